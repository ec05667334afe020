// Figures the report's own text states (REPORT-FORMAT.md "Claims"): a clause in which a phrase is
// followed by a count ("共收到政府信息公开申请154件"), or negated ("全年未收到公开申请": 0). What
// cannot be read unambiguously is left out: a false alarm costs an auditor more than a missed claim.

export type ClaimKind =
  | 'received'
  | 'carried'
  | 'handled'
  | 'carriedOn'
  | 'grantedAndPartly'
  | 'granted'
  | 'partly'
  | 'refused'
  | 'unable'
  | 'notProcessed'
  | 'otherHandling'
  | 'review'
  | 'litigation';

export interface Claim {
  kind: ClaimKind;
  value: number;
  /** the words that state it: phrase to count, or the whole negated clause */
  quote: string;
  /** index of the text block it was read from */
  block: number;
}

// Longer phrases first: 予以公开及部分公开 before 予以公开, 行政诉讼 before the bare 诉讼. One pattern:
// at each place its alternatives are tried in this order, so the first that fits is the phrase.
const PHRASES: [ClaimKind, string][] = [
  ['grantedAndPartly', '予以公开(?:及|和|与|、|以及)部分公开'],
  ['granted', '予以公开'],
  ['partly', '部分公开'],
  ['refused', '不予公开'],
  ['unable', '无法提供'],
  ['notProcessed', '不予处理'],
  ['otherHandling', '其他处理'],
  ['carried', '上一?年度?结转'],
  ['carriedOn', '结转(?:至|到)?(?:下一?(?:个)?年度?|20\\d{2}\\s*年度?)'],
  ['handled', '办结|办理完毕|答复'],
  ['received', '收到|接收|新收|受理'],
  ['review', '行政复议'],
  ['litigation', '行政诉讼'],
];
/** the bare 诉讼, a lawsuit only right after a review claim ("行政复议7件，诉讼9件") */
const BARE = PHRASES.length;
const PHRASE = new RegExp([...PHRASES.map(([, p]) => `(${p})`), '(诉讼)'].join('|'), 'g');

const SENTENCE = 2;
const CLAUSE = 1;
/** What a character ends: a sentence (。；！？ and their ASCII forms), a clause (，： and ASCII), or nothing. By code: a CJK character read as a string is a new string each time. */
function ends(c: number): number {
  switch (c) {
    case 0x3002: case 0xff1b: case 0x3b: case 0xff01: case 0x21: case 0xff1f: case 0x3f:
      return SENTENCE;
    case 0xff0c: case 0xff1a: case 0x3a:
      return CLAUSE;
    default:
      return 0;
  }
}
const COMMA = 0x2c;
const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};
/** The text is NFKC-folded (，→ ,): a comma between a digit and three more is a thousands separator. */
const isClauseComma = (text: string, i: number): boolean =>
  !(isDigitAt(text, i - 1) && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && isDigitAt(text, i + 3) && !isDigitAt(text, i + 4));

/** What position i of the text ends: a sentence, a clause, or nothing. */
function endAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c === COMMA ? (isClauseComma(text, i) ? CLAUSE : 0) : ends(c);
}

/** The clause (between ，。；： and line ends) around position i, and its sentence: found by looking
 * left and right of i, so that only the clauses that hold a phrase are ever cut out. */
function clauseAround(text: string, i: number): { start: number; end: number; sentence: [number, number] } {
  let start = i;
  while (start > 0 && !endAt(text, start - 1)) start--;
  let end = i;
  while (end < text.length && !endAt(text, end)) end++;
  let from = start;
  while (from > 0 && endAt(text, from - 1) !== SENTENCE) from--;
  let to = end;
  while (to < text.length && endAt(text, to) !== SENTENCE) to++;
  return { start, end, sentence: [from, to] };
}

/** what follows a phrase up to its count: words (a year among them), an optional 共/合计…, digits, a unit */
const COUNT_AFTER = /^((?:20\d{2}\s*年度?|\D)*?)(?:共计|合计|累计|总计|共|约)?\s*(\d{1,3}(?:,\d{3})+|\d+)\s*(?:件|条|个|起|宗|次)/;
const YEAR = /20\d{2}\s*年度?/g;
/** words between phrase and count that make the number something else: a change, a share, a part */
const NOT_THE_FIGURE = /[\d%％]|较|增|减|占|比|多|少|超|下降|上升|其中|平均|每|第|各|均|率/;
const MAX_GAP = 16;
const NEGATION = /未|没有|暂无|无|不涉及/;
/** phrases, labels and words holding a negation word that negates nothing (未予公开 withholds, it does not deny) */
const FALSE_NEGATIONS = /无法提供|无正当理由|没有现成信息|无论|未予以?/g;
/** a receipt negated: the negation bears on the verb, or on 依申请公开 itself */
const RECEIPT_NEGATED = /(?:未|没有|暂无|无)(?:曾|有)?(?:收到|接到|接收|新收|受理)|(?:未|没有|暂无|无)(?:发生|产生)?依申请公开/;
/** other business an agency receives and settles: not information requests, unless 公开 is said */
const OTHER_BUSINESS = /许可|审批|政务服务|办件|信访|投诉|举报|热线|12345|来信|来访/;

interface Hit {
  kind: ClaimKind;
  start: number;
  end: number;
}

/** Every phrase of a text, in order: one scan. */
function phrasesIn(text: string): (Hit & { bare: boolean })[] {
  const hits: (Hit & { bare: boolean })[] = [];
  PHRASE.lastIndex = 0;
  for (let m = PHRASE.exec(text); m; m = PHRASE.exec(text)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    const bare = group === BARE;
    hits.push({ kind: bare ? 'litigation' : PHRASES[group][0], start: m.index, end: m.index + m[0].length, bare });
  }
  return hits;
}

/** The count right after a phrase, before the next phrase: undefined when there is none or it is not the figure. */
function countAfter(clause: string, from: number, to: number): { value: number; end: number } | undefined {
  const m = COUNT_AFTER.exec(clause.slice(from, to));
  if (!m) return undefined;
  const between = m[1].replace(YEAR, '');
  if (between.length > MAX_GAP || NOT_THE_FIGURE.test(between)) return undefined;
  return { value: Number(m[2].replace(/,/g, '')), end: from + m[0].length };
}

/** Whether a phrase in this clause speaks of information requests, of reviews and lawsuits about them. */
function inScope(kind: ClaimKind, clause: string, sentence: string, section: number): boolean {
  if (kind === 'received') return /申请/.test(clause) && (!OTHER_BUSINESS.test(clause) || /公开/.test(clause));
  if (kind === 'handled') return (/申请/.test(clause) || /申请/.test(sentence)) && (!OTHER_BUSINESS.test(sentence) || /公开/.test(sentence));
  if (kind === 'review' || kind === 'litigation') return section === 4 || /公开/.test(sentence);
  return true;
}

/** A negation before the phrase, in its clause ("未发生…行政复议"; not "行政复议结果均未被纠正"). */
function negates(kind: ClaimKind, clause: string, phraseStart: number): boolean {
  if (kind === 'received') return RECEIPT_NEGATED.test(clause);
  return NEGATION.test(clause.slice(0, phraseStart).replace(FALSE_NEGATIONS, ''));
}

/** Every claim of one text block; `section` is the section the block lies in. */
export function claimsIn(text: string, block: number, section: number): Claim[] {
  // most paragraphs state no figure: one scan for the phrases, then only their clauses are read
  const all = phrasesIn(text);
  const byApplication = text.includes('依申请公开');
  if (!all.length && !byApplication) return [];
  const claims: Claim[] = [];
  // where a clause worth reading is: a phrase, or 依申请公开 (negated, it claims no request received)
  const at = all.map((h) => h.start);
  for (let i = byApplication ? text.indexOf('依申请公开') : -1; i >= 0; i = text.indexOf('依申请公开', i + 1)) at.push(i);
  at.sort((a, b) => a - b);
  let afterReview = false;
  let sentenceOf = -1;
  let next = 0;
  let clauseEnd = -1;
  for (const position of at) {
    if (position <= clauseEnd) continue; // in the clause just read
    const { start, end, sentence } = clauseAround(text, position);
    clauseEnd = end;
    if (sentence[0] !== sentenceOf) afterReview = false;
    sentenceOf = sentence[0];
    while (next < all.length && all[next].start < start) next++;
    const first = next;
    while (next < all.length && all[next].end <= end) next++;
    const raw = text.slice(start, end);
    const clause = raw.trim();
    const shift = start + (raw.length - raw.trimStart().length);
    // the bare 诉讼 is a lawsuit only right after a review claim ("行政复议7件，诉讼9件")
    const hits: Hit[] = [];
    for (let k = first; k < next; k++) {
      const h = all[k];
      if (h.bare && !(afterReview || hits.some((x) => x.kind === 'review'))) continue;
      hits.push({ kind: h.kind, start: h.start - shift, end: h.end - shift });
    }
    if (!hits.length && !(byApplication && clause.includes('依申请公开'))) continue;
    const sentenceText = text.slice(sentence[0], sentence[1]);
    afterReview = false;
    hits.forEach((hit, i) => {
      if (!inScope(hit.kind, clause, sentenceText, section)) return;
      const count = countAfter(clause, hit.end, hits[i + 1]?.start ?? clause.length);
      if (count) claims.push({ kind: hit.kind, value: count.value, quote: clause.slice(hit.start, count.end), block });
      else if (negates(hit.kind, clause, hit.start)) claims.push({ kind: hit.kind, value: 0, quote: clause, block });
      else return;
      afterReview = hit.kind === 'review';
    });
    // a receipt phrase absent but 依申请公开 negated ("暂无依申请公开事项") claims no request received
    if (!hits.some((h) => h.kind === 'received') && clause.includes('依申请公开') && RECEIPT_NEGATED.test(clause)) {
      claims.push({ kind: 'received', value: 0, quote: clause, block });
    }
  }
  return claims;
}
