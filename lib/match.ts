// How close a page's label is to the template's.
import { compactLabel } from './normalize';

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const g = text.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

function dice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return 0;
  const ga = bigrams(a);
  let shared = 0;
  for (const [g, n] of bigrams(b)) shared += Math.min(n, ga.get(g) ?? 0);
  return (2 * shared) / (a.length + b.length - 2);
}

/** 1 for the same label, ~0.8 for one cut short or padded, the bigram overlap otherwise. */
export function labelSimilarity(found: string, wanted: string): number {
  const [a, b] = [compactLabel(found), compactLabel(wanted)];
  if (!a || !b) return 0;
  if (a === b) return 1;
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 4 && (a.includes(b) || b.includes(a))) return 0.8;
  return dice(a, b);
}

export const MATCH_THRESHOLD = 0.55;

/** The best-matching candidate, if any is close enough. */
export function bestMatch<T>(text: string, candidates: T[], labelsOf: (c: T) => string[]): { item: T; score: number } | undefined {
  let best: { item: T; score: number } | undefined;
  for (const item of candidates) {
    for (const label of labelsOf(item)) {
      const score = labelSimilarity(text, label);
      if (score >= MATCH_THRESHOLD && (!best || score > best.score)) best = { item, score };
    }
  }
  return best;
}
