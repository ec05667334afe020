// How close a page's label is to the template's.
import { compactLabel } from './normalize';

interface Prepared {
  compact: string;
  grams: Map<string, number>;
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
  prepared = { compact, grams };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(label, prepared);
  return prepared;
}

function dice(a: Prepared, b: Prepared): number {
  if (a.compact.length < 2 || b.compact.length < 2) return 0;
  let shared = 0;
  for (const [g, n] of b.grams) shared += Math.min(n, a.grams.get(g) ?? 0);
  return (2 * shared) / (a.compact.length + b.compact.length - 2);
}

const pairs = new Map<string, number>();

/** 1 for the same label, 0.8 for one cut short or padded, the bigram overlap otherwise. */
export function labelSimilarity(found: string, wanted: string): number {
  const key = `${found}\u0000${wanted}`;
  let score = pairs.get(key);
  if (score === undefined) {
    score = similarity(prepare(found), prepare(wanted));
    if (pairs.size >= CACHE_LIMIT * 4) pairs.clear();
    pairs.set(key, score);
  }
  return score;
}

function similarity(pa: Prepared, pb: Prepared): number {
  const [a, b] = [pa.compact, pb.compact];
  if (!a || !b) return 0;
  if (a === b) return 1;
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 4 && (a.includes(b) || b.includes(a))) return 0.8;
  return dice(pa, pb);
}

export const MATCH_THRESHOLD = 0.55;

/** The best-matching candidate, if any is close enough. */
export function bestMatch<T>(text: string, candidates: T[], labelsOf: (c: T) => string[]): { item: T; score: number } | undefined {
  // most pages use the template's words: try equality before similarity
  const compact = compactOf(text);
  if (!compact) return undefined;
  for (const item of candidates) for (const label of labelsOf(item)) if (compactOf(label) === compact) return { item, score: 1 };
  let best: { item: T; score: number } | undefined;
  for (const item of candidates) {
    for (const label of labelsOf(item)) {
      const score = labelSimilarity(text, label);
      if (score >= MATCH_THRESHOLD && (!best || score > best.score)) best = { item, score };
    }
  }
  return best;
}

export const compactOf = (label: string): string => prepare(label).compact;
