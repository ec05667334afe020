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

/** CJK ideographs, their punctuation and full-width forms, and curly quotes: no space beside them. */
const isCjk = (c: number): boolean =>
  (c >= 0x3000 && c <= 0x303f) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2018 && c <= 0x2019) || (c >= 0x201c && c <= 0x201d);

/** A run of white space: gone at the ends and beside CJK, else one space. */
function foldRun(run: string, at: number, text: string): string {
  const end = at + run.length;
  return at === 0 || end === text.length || isCjk(text.charCodeAt(at - 1)) || isCjk(text.charCodeAt(end)) ? '' : ' ';
}

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
  return WHITE_SPACE.test(folded) ? folded.replace(WHITE_RUNS, foldRun) : folded;
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
