// UI text comes from public/_locales (Chinese default, English second), through chrome.i18n,
// so the UI follows the browser's language.
import type { Severity } from '../lib/report';

// The plain `chrome.i18n` (Chrome and Firefox both have it, synchronous): importing wxt/browser
// would bring the whole webextension-polyfill into the audit script for one call.
declare const chrome: typeof import('@wxt-dev/browser').browser;

export type MessageKey = keyof typeof import('../public/_locales/zh_CN/messages.json');

const getMessage = (key: string, subs: string[]): string => chrome.i18n.getMessage(key, subs);

export const t = (key: MessageKey, ...subs: (string | number)[]): string => getMessage(key, subs.map(String)) || key;

/** Which of the engine's two messages to show: the one matching the locale file in use. */
export const uiLang = (): 'zh' | 'en' => (t('lang') === 'en' ? 'en' : 'zh');

export const SEVERITY_WORD: Record<Severity, MessageKey> = { error: 'sevError', warning: 'sevWarning', info: 'sevInfo' };
