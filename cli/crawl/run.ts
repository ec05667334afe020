// The CLI's web side: a column crawled (--crawl), report addresses given or listed (--from), each
// outcome handed to `emit` in order. Says whether every address the user gave could be read.
// Loaded only when there is an address: the HTTP client weighs more than the rest of the CLI.
import type { Lang } from '../../lib/messages';
import { say } from '../format';
import { auditUrls, listColumn, type CrawlProgress } from './crawl';
import { createFetcher, type FetchOptions } from './fetcher';
import type { UrlOutcome } from './audit-url';
import type { WebInputs } from './options';

export async function auditWeb(inputs: WebInputs, options: FetchOptions, lang: Lang, emit: (outcome: UrlOutcome) => void): Promise<boolean> {
  const fetcher = createFetcher(options);
  const progress = progressLine(lang);
  let readable = true;
  const given = new Set(inputs.urls);
  const report = (outcome: UrlOutcome) => {
    if ('error' in outcome && given.has(outcome.url)) readable = false;
    emit(outcome);
  };
  const urls = [...inputs.urls, ...inputs.listed];
  let listPages = 0;
  if (inputs.crawl) {
    const column = await listColumn(fetcher, inputs.crawl, (p) => {
      listPages = p.listPages;
      progress.show(p);
    });
    if (!column.ok) {
      progress.clear();
      console.error(`${inputs.crawl}: ${say(lang, 'unreadable', { reason: column.error })}`);
      readable = false;
    } else urls.push(...column.links.map((l) => l.url).filter((url) => !urls.includes(url)));
  }
  await auditUrls(fetcher, urls, report, (done) => progress.show({ listPages, done, total: urls.length }));
  progress.clear();
  return readable;
}

/** One line on stderr, rewritten in place, when stderr is a terminal. */
function progressLine(lang: Lang) {
  const tty = process.stderr.isTTY === true;
  return {
    show(p: CrawlProgress) {
      if (tty) process.stderr.write(`\r\x1b[K${say(lang, 'progress', { ...p })}`);
    },
    clear() {
      if (tty) process.stderr.write('\r\x1b[K');
    },
  };
}
