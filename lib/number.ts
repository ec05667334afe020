// A cell's text → a value, per REPORT-FORMAT.md "Numbers".
import { normalizeText } from './normalize';
import type { Cell } from './report';
import type { ValueKind } from './template';

const PLACEHOLDER = /^(?:[-—–―─‐‑﹣_~～/\\]+|无|空|暂无|N\/?A)$/i;
const UNITS = ['万元', '元', '件', '项', '个', '次'];
const NUMBER_START = /[\d+\-\s]/;
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;


/** Up to 15 digits and nothing else (a count Number() reads exactly): most cells. A loop, not a regex. */
export function isCount(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

export const isPlaceholder = (text: string): boolean => PLACEHOLDER.test(text);

/** Where the first CJK ideograph is (−1: none). */
function firstIdeograph(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) return i;
  }
  return -1;
}

/** Splits a trailing unit off: "12件" → ["12", "件"]. */
function splitUnit(text: string): [string, string | undefined] {
  const last = text.charCodeAt(text.length - 1);
  if (last >= 48 && last <= 57) return [text, undefined]; // ends in a digit: no unit
  for (const unit of UNITS) {
    if (text.endsWith(unit) && text.length > unit.length) return [text.slice(0, -unit.length).trim(), unit];
  }
  return [text, undefined];
}

/** A cell's text without white space, full-width forms folded: "１，０００ 件" → "1,000件". */
const compactNumber = (text: string): string => normalizeText(text).replace(/\s/g, '');

/** True when the text reads as a number (with or without a unit): the test for "is this a value cell". */
export function looksNumeric(text: string): boolean {
  if (isCount(text)) return true;
  // a number starts with a digit or a sign (once normalised): a label with an ideograph or "("
  const first = text.charCodeAt(0);
  if ((first >= 0x3400 && first <= 0x9fff) || (first < 0x80 && !NUMBER_START.test(text[0]))) return false;
  // an ideograph in a number can only start its unit: "1.属于国家秘密" is a label, looked at no further
  const ideograph = firstIdeograph(text);
  if (ideograph > 0 && !UNITS.includes(text.slice(ideograph).replace(/\s/g, ''))) return false;
  return NUMBER.test(splitUnit(compactNumber(text))[0]);
}

export function parseCell(rawText: string, kind: ValueKind): Cell {
  if (isCount(rawText)) return { value: Number(rawText), raw: rawText, status: 'number' }; // most cells
  const raw = rawText.replace(/\s+/g, ' ').trim();
  const text = compactNumber(raw);
  if (text === '' || isPlaceholder(text)) return { value: null, raw, status: 'blank' };
  const match = NUMBER.exec(splitUnit(text)[0]);
  const invalid: Cell = { value: null, raw, status: 'invalid' };
  if (!match) return invalid;
  const [, sign, whole, fraction] = match;
  const value = Number(`${sign}${whole.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return invalid;
  if (kind !== 'decimal' && fraction && /[1-9]/.test(fraction)) return invalid;
  if (kind !== 'signed' && value < 0) return invalid;
  return { value: value === 0 ? 0 : value, raw, status: 'number' };
}

/** The unit a number was written in, when it contradicts its column's (元 in a 万元 column). */
export function unitConflict(rawText: string, columnUnit: string): string | undefined {
  const unit = splitUnit(compactNumber(rawText))[1];
  return unit !== undefined && unit !== columnUnit && (unit === '元' || unit === '万元') ? unit : undefined;
}
