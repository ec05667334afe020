// How close a page's label is to the template's.
import { compactLabel } from './normalize';

interface Prepared {
  compact: string;
  /** bigram → how often it occurs */
  grams: Map<string, number>;
  /** the same, as lists: walked without an iterator */
  gramList: string[];
  gramCounts: number[];
}

// Labels recur (template labels on every row, a page's labels in several passes): prepare each once.
const CACHE_LIMIT = 4096;
const cache = new Map<string, Prepared>();

function prepare(label: string): Prepared {
  let prepared = cache.get(label);
  if (prepared) return prepared;
  const compact = compactLabel(label);
  const grams = new Map<string, number>();
  for (let i = 0; i < compact.length - 1; i++) {
    const g = compact.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  prepared = { compact, grams, gramList: [...grams.keys()], gramCounts: [...grams.values()] };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(label, prepared);
  return prepared;
}

function dice(a: Prepared, b: Prepared): number {
  if (a.compact.length < 2 || b.compact.length < 2) return 0;
  let shared = 0;
  for (let i = 0; i < b.gramList.length; i++) shared += Math.min(b.gramCounts[i], a.grams.get(b.gramList[i]) ?? 0);
  return (2 * shared) / (a.compact.length + b.compact.length - 2);
}

/**
 * 1 for the same label, 0.8 for one cut short or padded, the bigram overlap otherwise: 0 when
 * that cannot reach `floor` (labels of very different lengths share too few bigrams).
 */
function similarity(pa: Prepared, pb: Prepared, floor = 0): number {
  const [a, b] = [pa.compact, pb.compact];
  if (!a || !b) return 0;
  if (a === b) return 1;
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 4 && (a.includes(b) || b.includes(a))) return 0.8;
  // at most shorter − 1 bigrams are shared
  if ((2 * (shorter - 1)) / (a.length + b.length - 2) < floor) return 0;
  return dice(pa, pb);
}

export const labelSimilarity = (found: string, wanted: string): number => similarity(prepare(found), prepare(wanted));

export const MATCH_THRESHOLD = 0.55;

export interface Match<T> {
  item: T;
  score: number;
}

/**
 * Candidates (template rows, headings) prepared for matching a page's labels against them: an
 * exact match (most pages use the template's words) is one lookup, similarity the fallback.
 */
export class LabelIndex<T> {
  private readonly exactly = new Map<string, T>();
  private readonly labels: { item: T; prepared: Prepared }[] = [];

  constructor(items: readonly T[], labelsOf: (item: T) => readonly string[]) {
    for (const item of items) {
      for (const label of labelsOf(item)) {
        const prepared = prepare(label);
        if (!this.exactly.has(prepared.compact)) this.exactly.set(prepared.compact, item);
        this.labels.push({ item, prepared });
      }
    }
  }

  /** The candidate with exactly this label (numbering, punctuation and spaces aside). */
  exact(text: string): T | undefined {
    const compact = prepare(text).compact;
    return compact ? this.exactly.get(compact) : undefined;
  }

  /** The best-matching candidate, if any is close enough; the first of equals. */
  best(text: string): Match<T> | undefined {
    const found = prepare(text);
    if (!found.compact) return undefined;
    const exact = this.exactly.get(found.compact);
    if (exact !== undefined) return { item: exact, score: 1 };
    let best: Match<T> | undefined;
    for (const { item, prepared } of this.labels) {
      const score = similarity(found, prepared, best ? best.score : MATCH_THRESHOLD);
      if (score >= MATCH_THRESHOLD && (!best || score > best.score)) best = { item, score };
    }
    return best;
  }
}

export const compactOf = (label: string): string => prepare(label).compact;
