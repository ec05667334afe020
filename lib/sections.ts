// The six sections, found leniently by their headings.
import { compactOf } from './match';
import { normalizeText } from './normalize';
import { SECTIONS } from './template';

const NUMERALS = ['一', '二', '三', '四', '五', '六'];
const MAX_HEADING = 40;

export interface SectionHit {
  n: number;
  /** index of the block holding the heading */
  block: number;
  heading: string;
  /** the template's wording of the heading */
  template: string;
  exact: boolean;
}

const numeralOf = (text: string): number => {
  const m = /^第?([一二三四五六])\s*(?:部分)?\s*[、.．,:：]/.exec(text);
  return m ? NUMERALS.indexOf(m[1]) + 1 : 0;
};

const mentions = (n: number, text: string): boolean => SECTIONS[n - 1].keywords.some((k) => text.includes(k));

/** "三、收到和处理政府信息公开申请情况" or a reworded heading with the right numeral. */
export function isSectionHeading(text: string): boolean {
  const t = normalizeText(text);
  const n = numeralOf(t);
  return n > 0 && t.length <= MAX_HEADING && mentions(n, t);
}

/** A heading written without its numeral: short, and nothing else but the heading's words. */
const isBareHeading = (n: number, text: string): boolean =>
  text.length <= 20 && !/^\(/.test(text) && !/[。，,;；]/.test(text) && mentions(n, text) && !/^\d/.test(text);

export function findSections(lines: { text: string; block: number }[]): SectionHit[] {
  const hits: SectionHit[] = [];
  const numerals = lines.map((l) => numeralOf(l.text));
  let from = 0;
  for (const { n, heading } of SECTIONS) {
    // a heading merged with its first paragraph still counts: look at its start only
    const numbered = (k: number) => numerals[k] === n && mentions(n, lines[k].text.slice(0, MAX_HEADING));
    let i = from;
    while (i < lines.length && !numbered(i)) i++;
    if (i === lines.length) {
      i = from;
      while (i < lines.length && !isBareHeading(n, lines[i].text)) i++;
    }
    if (i === lines.length) continue;
    const t = lines[i].text;
    const [found, wanted] = [compactOf(t), compactOf(heading)];
    const exact = numbered(i) && (found === wanted || (t.length > MAX_HEADING && found.startsWith(wanted)));
    hits.push({ n, block: lines[i].block, heading: t.length > MAX_HEADING ? t.slice(0, MAX_HEADING) + '…' : t, template: heading, exact });
    from = i + 1;
  }
  return hits;
}
