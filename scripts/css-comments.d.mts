import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

/** `code` with every comment inside its css`` templates blanked (same length, line breaks kept). */
export function blankCssComments(code: string): string;
/** The Vite plugin blanking the comments in the kit's css`` templates. */
export function cssComments(): Plugin;
/** The esbuild plugin blanking them in the no-bundler build. */
export function cssCommentsEsbuild(): EsbuildPlugin;
