// Text as agency pages write it → text we can compare. Kept free of imports: the declared
// content script (detect.ts) bundles this file and nothing else.

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef“”‘’';
const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g');

/**
 * Full-width digits and punctuation to ASCII (NFKC), &nbsp; and ideographic spaces to plain
 * spaces, runs of white space folded, and white space next to CJK removed: Word exports and
 * justified cells put spaces between characters ("自 然 人", "2024 年").
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').replace(SPACE_NEAR_CJK, '').trim();
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
