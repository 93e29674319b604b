/** channelkit/provider: context keys and the <channelkit-provider> element (class only; import define-provider to register it). */
export * from './contexts.js';
export * from './provider.js';
export * from './widget-element.js';
export { registerMessages, registerLoader, loadLanguage, missingMessages, availableLanguages, translate, defineMessages, isolate } from '../i18n/catalog.js';
