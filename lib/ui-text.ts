// The UI text of the extension (popup, overlay) and of the CLI: one catalogue per language
// (locales/ui.zh.json first, ui.en.json second), one placeholder syntax, {name}. The engine's own
// messages (locales/zh.json, en.json) are lib/messages.ts's. The browser's _locales keep only what
// the manifest names (__MSG_extName__, __MSG_extDescription__).
import zh from './locales/ui.zh.json';
import en from './locales/ui.en.json';
import type { Lang } from './messages';

export type UiKey = keyof typeof zh;
export type UiParams = Record<string, string | number>;
export type Translate = (key: UiKey, params?: UiParams) => string;

const CATALOGUES: Record<Lang, Record<UiKey, string>> = { zh, en };

/** `{name}` filled from params; a name without a value reads as nothing, as chrome.i18n does. */
export const fill = (template: string, params: UiParams = {}): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => (params[name] == null ? '' : String(params[name])));

/** The text of one language: `t(key, params)`. A key missing from it reads as the key. */
export const uiText =
  (lang: Lang): Translate =>
  (key, params) =>
    fill(CATALOGUES[lang][key] ?? key, params);
