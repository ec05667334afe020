// The extension's UI text (lib/ui-text.ts) in the language the options page names, or by default
// the browser's UI language: English for an English browser, Chinese otherwise, as chrome.i18n
// picks between our two _locales. Bundled rather than
// read through chrome.i18n.getMessage: its first call in a page's frame loads the extension's
// message bundle from the browser (≈ 2 ms on each report page), and the overlay runs in every such frame.
import type { Lang } from '../lib/messages';
import type { Severity } from '../lib/report';
import { uiText, type Translate, type UiKey } from '../lib/ui-text';
import type { UiLanguage } from './settings';

// The plain `chrome.i18n` (Chrome and Firefox both have it, synchronous): importing wxt/browser
// would bring the whole webextension-polyfill into the audit script for one call.
declare const chrome: typeof import('@wxt-dev/browser').browser;

let lang: Lang | undefined;
let translate: Translate | undefined;

/** The language a choice means ('auto': the browser's). */
export const languageOf = (choice: UiLanguage): Lang => (choice !== 'auto' ? choice : /^en\b/i.test(chrome.i18n?.getUILanguage?.() ?? '') ? 'en' : 'zh');

/** Which language the UI speaks, and so which of the engine's two messages it shows. */
export const uiLang = (): Lang => (lang ??= languageOf('auto'));

/** Speak the language chosen in the options ('auto': the browser's) from now on. */
export function setUiLanguage(choice: UiLanguage): void {
  lang = choice === 'auto' ? undefined : choice;
  translate = undefined;
}

export const t: Translate = (key, params) => (translate ??= uiText(uiLang()))(key, params);

export const SEVERITY_WORD: Record<Severity, UiKey> = { error: 'severity.error', warning: 'severity.warning', info: 'severity.info' };
