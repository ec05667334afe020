// Finding messages in Chinese and English, from the locale files.
import en from './locales/en.json';
import zh from './locales/zh.json';
import type { FindingBase, Severity } from './report';

export type MessageKey = keyof typeof zh;
export type Lang = 'zh' | 'en';
type Params = Record<string, string | number>;
/** A parameter that reads differently per language (a row label vs a row key). */
export type Localised = { zh: string; en: string };

const LOCALES: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** A message split at its {placeholders}: text, name, text, name, …, text. */
type Compiled = string[];
const compiled: Record<Lang, Map<MessageKey, Compiled>> = { zh: new Map(), en: new Map() };
function compile(lang: Lang, key: MessageKey): Compiled {
  let parts = compiled[lang].get(key);
  if (!parts) compiled[lang].set(key, (parts = LOCALES[lang][key].split(/\{(\w+)\}/)));
  return parts;
}

export function message(lang: Lang, key: MessageKey, params: Record<string, string | number | Localised> = {}): string {
  const parts = compile(lang, key);
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const value = params[parts[i]];
    text += (value === undefined ? `{${parts[i]}}` : typeof value === 'object' ? value[lang] : String(value)) + parts[i + 1];
  }
  return text;
}

export const localised = (key: MessageKey, params: Record<string, string | number | Localised> = {}): Localised => ({
  zh: message('zh', key, params),
  en: message('en', key, params),
});

/** "31+3+2 (3 others are 0)": the parts of a sum, zeros folded away. */
export function sumTerms(values: number[]): Localised {
  const nonZero = values.filter((v) => v !== 0);
  const rest = values.length - nonZero.length;
  const head = nonZero.length ? nonZero.map(formatNumber).join('+') : '0';
  const tail = nonZero.length && rest ? localised('terms.rest', { count: rest }) : { zh: '', en: '' };
  return { zh: head + tail.zh, en: head + tail.en };
}

/** A total as a message shows it: " 37", or that it is blank and counted as 0. */
export const valueShown = (cell: { status: string; value: number | null } | undefined): Localised =>
  cell?.status === 'blank' ? localised('value.blank') : { zh: ` ${formatNumber(cell?.value ?? 0)}`, en: ` ${formatNumber(cell?.value ?? 0)}` };

export const formatNumber = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/** Where a finding points: any of section, table, row, column, and the figures it compares. */
export type Place = Partial<Pick<FindingBase, 'section' | 'table' | 'row' | 'column' | 'expected' | 'actual'>>;

export function makeFinding<Id extends string>(rule: Id, severity: Severity, place: Place, key: MessageKey, params: Record<string, string | number | Localised> = {}): FindingBase & { rule: Id } {
  const text = localised(key, params);
  const finding: FindingBase & { rule: Id } = { rule, severity, message: text.zh, message_en: text.en };
  for (const field of ['section', 'table', 'row', 'column', 'expected', 'actual'] as const) {
    if (place[field] !== undefined) (finding as Record<string, unknown>)[field] = place[field];
  }
  return finding;
}
