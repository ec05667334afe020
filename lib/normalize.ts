// Text as agency pages write it → text we can compare. Kept free of imports: the declared
// content script (detect.ts) bundles this file and nothing else.

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef“”‘’';
const PLAIN = /^[\x21-\x7e]*$/;
// characters NFKC leaves alone (ASCII, common CJK and its punctuation): text of only these skips it
const COMPATIBILITY = /[^\x00-\x7f\u4e00-\u9fff\u3001\u3002\u201c\u201d\u300a-\u300f]/;
const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g');

/**
 * Full-width digits and punctuation to ASCII (NFKC), &nbsp; and ideographic spaces to plain
 * spaces, runs of white space folded, and white space next to CJK removed: Word exports and
 * justified cells put spaces between characters ("自 然 人", "2024 年").
 */
export function normalizeText(text: string): string {
  if (PLAIN.test(text)) return text; // most cells: "0", "12"
  const folded = COMPATIBILITY.test(text) ? text.normalize('NFKC') : text;
  return /\s/.test(folded) ? folded.replace(/\s+/g, ' ').replace(SPACE_NEAR_CJK, '').trim() : folded;
}

/**
 * A label reduced to what identifies it: no numbering (一、 (三) 1.), no punctuation, quotes or
 * white space. Used to match row labels and headings leniently.
 */
export function compactLabel(text: string): string {
  return normalizeText(text)
    .replace(/^\s*(?:[一二三四五六七八九十]+\s*[、.．,]|\(\s*[一二三四五六七八九十]+\s*\)|\d+\s*[.、．](?!\d))\s*/u, '')
    .replace(/^\s*(?:\(\s*[一二三四五六七八九十]+\s*\)|\d+\s*[.、．](?!\d))\s*/u, '')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

export const hasCjk = (text: string): boolean => /[\u3400-\u9fff]/.test(text);
