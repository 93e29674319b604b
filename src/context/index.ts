/** channelkit/provider: context keys and the <channelkit-provider> element (class only; import define-provider to register it). */
export * from './contexts.js';
export * from './provider.js';
export * from './widget-element.js';
export { registerMessages, registerLoader, loadLanguage, missingMessages, availableLanguages, translate, defineMessages, isolate } from '../i18n/catalog.js';
// Registers a class and the parts it renders under ck-* tags, skipping tags already taken (see docs/frameworks.md, "Your own tag names").
export { defineElement } from '../ui/define-element.js';
export { KIT_TAGS, type KitTag } from './tags.js';
