// The crawl's options and inputs as the command line gives them.
import { readFile } from 'node:fs/promises';
import { defaultCacheDir, PageCache } from './cache';
import type { FetchOptions } from './fetcher';

export const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

export interface WebInputs {
  /** --crawl: a column's list page */
  crawl?: string;
  /** report addresses on the command line: one that cannot be read is an input error (exit 2) */
  urls: string[];
  /** report addresses from --from: one that cannot be read is a result, like a crawl's dead link */
  listed: string[];
}

export interface WebFlags {
  concurrency?: string;
  'delay-ms'?: string;
  'timeout-ms'?: string;
  resume?: boolean;
  'cache-dir'?: string;
}

const DEFAULTS = { concurrency: 2, 'delay-ms': 250, 'timeout-ms': 20_000 };
const LIMITS = { concurrency: [1, 16], 'delay-ms': [0, 60_000], 'timeout-ms': [100, 600_000] } as const;

/** The fetch options the flags ask for, or what is wrong with them. */
export function fetchOptions(flags: WebFlags): FetchOptions | string {
  const numbers = {} as Record<keyof typeof DEFAULTS, number>;
  for (const name of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) {
    const value = flags[name] === undefined ? DEFAULTS[name] : Number(flags[name]);
    const [min, max] = LIMITS[name];
    if (!Number.isInteger(value) || value < min || value > max) return `--${name}: ${flags[name]} (${min}–${max})`;
    numbers[name] = value;
  }
  return {
    concurrency: numbers.concurrency,
    delayMs: numbers['delay-ms'],
    timeoutMs: numbers['timeout-ms'],
    ...(flags.resume && { cache: new PageCache(flags['cache-dir'] ?? defaultCacheDir()) }),
  };
}

/** The lines of a --from file: addresses and paths, blank lines and #comments left out. */
export async function readInputList(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8');
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}
