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

// the text is NFKC-folded (，→ ,): a comma between a digit and three more is a thousands separator
const CLAUSE_END = /[，。；：;:！？!?]|(?<!\d),|,(?!\d{3}(?!\d))/;
const SENTENCE_END = /[。；;！？!?]/;
/** a count: an optional 共/合计…, digits, a unit */
const COUNT = /^(共计|合计|累计|总计|共|约)?\s*(\d{1,3}(?:,\d{3})+|\d+)\s*(?:件|条|个|起|宗|次)/;
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

function phrasesIn(clause: string, afterReview: boolean): Hit[] {
  const hits: Hit[] = [];
  PHRASE.lastIndex = 0;
  for (let m = PHRASE.exec(clause); m; m = PHRASE.exec(clause)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    if (group === BARE && !(afterReview || hits.some((h) => h.kind === 'review'))) continue;
    hits.push({ kind: group === BARE ? 'litigation' : PHRASES[group][0], start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/** The count right after a phrase, before the next phrase: undefined when there is none or it is not the figure. */
function countAfter(clause: string, from: number, to: number): { value: number; end: number } | undefined {
  const rest = clause.slice(from, to);
  for (let gap = 0; gap <= Math.min(rest.length, MAX_GAP + 12); gap++) {
    const m = COUNT.exec(rest.slice(gap));
    if (!m) continue;
    const between = rest.slice(0, gap).replace(YEAR, '');
    if (between.length > MAX_GAP || NOT_THE_FIGURE.test(between)) return undefined;
    return { value: Number(m[2].replace(/,/g, '')), end: from + gap + m[0].length };
  }
  return undefined;
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
  // most paragraphs state no figure: one scan for any phrase before cutting them into clauses
  PHRASE.lastIndex = 0;
  if (!PHRASE.test(text) && !text.includes('依申请公开')) return [];
  const claims: Claim[] = [];
  for (const sentence of text.split(SENTENCE_END)) {
    let afterReview = false;
    for (const raw of sentence.split(CLAUSE_END)) {
      const clause = raw.trim();
      const hits = phrasesIn(clause, afterReview);
      afterReview = false;
      hits.forEach((hit, i) => {
        if (!inScope(hit.kind, clause, sentence, section)) return;
        const count = countAfter(clause, hit.end, hits[i + 1]?.start ?? clause.length);
        if (count) claims.push({ kind: hit.kind, value: count.value, quote: clause.slice(hit.start, count.end), block });
        else if (negates(hit.kind, clause, hit.start)) claims.push({ kind: hit.kind, value: 0, quote: clause, block });
        else return;
        afterReview = hit.kind === 'review';
      });
      // a receipt phrase absent but 依申请公开 negated ("暂无依申请公开事项") claims no request received
      if (!hits.some((h) => h.kind === 'received') && /依申请公开/.test(clause) && RECEIPT_NEGATED.test(clause)) {
        claims.push({ kind: 'received', value: 0, quote: clause, block });
      }
    }
  }
  return claims;
}
