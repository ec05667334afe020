// Text as agency pages write it → text we can compare. Kept free of imports: the declared
// content script (detect.ts) bundles this file and nothing else.

/** Printable ASCII only: nothing to fold. A loop, not a regex: it runs on every cell. */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}
// characters NFKC leaves alone (ASCII, common CJK and its punctuation): text of only these skips it
const COMPATIBILITY = /[^\x00-\x7f\u4e00-\u9fff\u3001\u3002\u201c\u201d\u300a-\u300f]/;
const WHITE_SPACE = /\s/;
const WHITE_RUNS = /\s+/g;
// CJK ideographs, their punctuation and full-width forms, and curly quotes: no space beside them.
// Two native passes (runs to one space, then the spaces beside CJK out) rather than a replace with a
// callback per run: a page's first read runs cold, where a callback per run cost most of the read.
const SPACE_BESIDE_CJK = /(?<=[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2018\u2019\u201c\u201d]) | (?=[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2018\u2019\u201c\u201d])/g;

/**
 * Full-width digits and punctuation to ASCII (NFKC), &nbsp; and ideographic spaces to plain
 * spaces, runs of white space folded, and white space next to CJK removed: Word exports and
 * justified cells put spaces between characters ("自 然 人", "2024 年").
 */
export function normalizeText(text: string): string {
  if (isPlain(text)) return text; // most cells: "0", "12"
  // trimmed first: cells of Word pages come wrapped in line breaks ("\n  0\n  ")
  const trimmed = text.trim();
  if (isPlain(trimmed)) return trimmed;
  if (trimmed.length === 1) {
    const c = trimmed.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0); // a full-width digit alone in a cell
  }
  const folded = COMPATIBILITY.test(trimmed) ? trimmed.normalize('NFKC') : trimmed;
  // trimmed again: NFKC can put white space at an end (¨ → space + diaeresis)
  return WHITE_SPACE.test(folded) ? folded.replace(WHITE_RUNS, ' ').replace(SPACE_BESIDE_CJK, '').trim() : folded;
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

/** Whether the text holds a CJK ideograph (a loop, not a regex: it runs on every cell). */
export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) return true;
  }
  return false;
}
