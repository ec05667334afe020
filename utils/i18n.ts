// UI text comes from public/_locales (Chinese default, English second). The two catalogues are
// bundled and picked as chrome.i18n would pick them (an English browser gets English, any other
// language the default, zh_CN): chrome.i18n.getMessage's first call in a page's frame loads the
// extension's message bundle from the browser (≈ 2 ms on each report page), and the overlay runs
// in every such frame.
import type { Severity } from '../lib/report';
import zh from '../public/_locales/zh_CN/messages.json';
import en from '../public/_locales/en/messages.json';

// The plain `chrome.i18n` (Chrome and Firefox both have it, synchronous): importing wxt/browser
// would bring the whole webextension-polyfill into the audit script for one call.
declare const chrome: typeof import('@wxt-dev/browser').browser;

export type MessageKey = keyof typeof zh;
type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

let catalogue: Catalogue | undefined;
const catalogueInUse = (): Catalogue => (catalogue ??= /^en\b/i.test(chrome.i18n?.getUILanguage?.() ?? '') ? en : zh);

/** A message with its $NAME$ placeholders filled from their $1…$9 contents, as chrome.i18n does. */
export function formatMessage(entry: Catalogue[string] | undefined, subs: string[]): string {
  if (!entry) return '';
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) =>
    (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (_s, i: string) => subs[Number(i) - 1] ?? ''),
  );
}

export const t = (key: MessageKey, ...subs: (string | number)[]): string => formatMessage(catalogueInUse()[key], subs.map(String)) || key;

/** Which of the engine's two messages to show: the one matching the locale file in use. */
export const uiLang = (): 'zh' | 'en' => (t('lang') === 'en' ? 'en' : 'zh');

export const SEVERITY_WORD: Record<Severity, MessageKey> = { error: 'sevError', warning: 'sevWarning', info: 'sevInfo' };
