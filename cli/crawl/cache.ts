// The --resume cache: every page fetched, kept on disk under a hash of its address, so that a
// second run of the same crawl reads what the first one got instead of asking the site again.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Fetched } from './fetcher';

export const defaultCacheDir = (): string => join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'report-checker', 'pages');

interface Entry {
  url: string;
  finalUrl: string;
  contentType: string;
}

export class PageCache {
  constructor(readonly dir: string) {}

  private path(url: string): string {
    return join(this.dir, createHash('sha256').update(url).digest('hex').slice(0, 32));
  }

  async get(url: string): Promise<Fetched | undefined> {
    const path = this.path(url);
    try {
      const entry = JSON.parse(await readFile(`${path}.json`, 'utf8')) as Entry;
      if (entry.url !== url) return undefined;
      return { url: entry.finalUrl, contentType: entry.contentType, bytes: new Uint8Array(await readFile(`${path}.body`)) };
    } catch {
      return undefined; // not fetched yet, or left half-written by an interrupted run
    }
  }

  /**
   * The body first, its entry last, each written aside and renamed into place: an entry always has
   * its whole body, even when one page is fetched twice at once (a report listed and framed) and both
   * fetches store it — two writers of one file could leave it torn.
   */
  async put(url: string, page: Fetched): Promise<void> {
    const path = this.path(url);
    const aside = `${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    await mkdir(this.dir, { recursive: true });
    await writeFile(`${path}.body.${aside}`, page.bytes);
    await rename(`${path}.body.${aside}`, `${path}.body`);
    const entry: Entry = { url, finalUrl: page.url, contentType: page.contentType };
    await writeFile(`${path}.json.${aside}`, JSON.stringify(entry));
    await rename(`${path}.json.${aside}`, `${path}.json`);
  }
}
