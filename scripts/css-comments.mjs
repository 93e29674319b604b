import { readFileSync } from 'node:fs';

// The comments in the kit's css`` templates are for its developers. A host's minifier leaves a
// template's contents alone, so they reached every page (about 1.8 KB gzip of a widget page,
// issue 21): the library build (vite.config.ts) and the no-bundler build (build-cdn.mjs) blank
// them. Each comment becomes as many spaces (its line breaks kept), so every position in the
// module stays where it was and the source maps hold; gzip makes little of the spaces.

/** A css`` template's body: Lit's styles hold no backtick (no nested template). */
const CSS_TEMPLATE = /\bcss`[^`]*`/g;
const COMMENT = /\/\*[\s\S]*?\*\//g;

/** `code` with every comment inside its css`` templates blanked (same length, line breaks kept). */
export function blankCssComments(code) {
  return code.replace(CSS_TEMPLATE, (template) => template.replace(COMMENT, (c) => c.replace(/[^\n]/g, ' ')));
}

/** The esbuild plugin (the no-bundler build): the kit's own TypeScript modules, as they are loaded. */
export function cssCommentsEsbuild() {
  return {
    name: 'channelkit-css-comments',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.includes('/node_modules/')) return undefined;
        const code = readFileSync(args.path, 'utf8');
        return code.includes('css`') ? { contents: blankCssComments(code), loader: 'ts' } : undefined;
      });
    },
  };
}

/** The Vite plugin: the kit's own modules, before TypeScript is compiled. */
export function cssComments() {
  return {
    name: 'channelkit-css-comments',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = blankCssComments(code);
      // Nothing moved: the source map of the module as it was still holds.
      return out === code ? null : { code: out, map: null };
    },
  };
}
