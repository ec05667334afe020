// The CLI's web side: a column crawled (--crawl), report addresses given or listed (--from), each
// outcome handed to `emit` in order. Says whether every address the user gave could be read.
// Loaded only when there is an address: the HTTP client weighs more than the rest of the CLI.
import type { Lang } from '../../lib/messages';
import { uiText } from '../../lib/ui-text';
import { auditPages, listColumn, type PageOutcome } from '../../lib/column/crawl';
import { createFetcher, type FetchOptions } from './fetcher';
import { crawler } from './load';
import type { WebInputs } from './options';

interface CrawlProgress {
  listPages: number;
  done: number;
  total: number;
}

export async function auditWeb(inputs: WebInputs, options: FetchOptions, lang: Lang, emit: (outcome: PageOutcome) => void): Promise<boolean> {
  const crawl = crawler(createFetcher(options), lang);
  const progress = progressLine(lang);
  let readable = true;
  const given = new Set(inputs.urls);
  const report = (outcome: PageOutcome) => {
    if ('error' in outcome && given.has(outcome.url)) readable = false;
    emit(outcome);
  };
  const urls = [...inputs.urls, ...inputs.listed];
  let listPages = 0;
  if (inputs.crawl) {
    const column = await listColumn(crawl, inputs.crawl, (pages, links) => {
      listPages = pages;
      progress.show({ listPages, done: 0, total: links });
    });
    if (!column.ok) {
      progress.clear();
      console.error(`${inputs.crawl}: ${uiText(lang)('cli.unreadable', { reason: column.error })}`);
      readable = false;
    } else urls.push(...column.links.map((l) => l.url).filter((url) => !urls.includes(url)));
  }
  await auditPages(crawl, urls, report, (done) => progress.show({ listPages, done, total: urls.length }));
  progress.clear();
  return readable;
}

/** One line on stderr, rewritten in place, when stderr is a terminal. */
function progressLine(lang: Lang) {
  const tty = process.stderr.isTTY === true;
  return {
    show(p: CrawlProgress) {
      if (tty) process.stderr.write(`\r\x1b[K${uiText(lang)('cli.progress', { ...p })}`);
    },
    clear() {
      if (tty) process.stderr.write('\r\x1b[K');
    },
  };
}
