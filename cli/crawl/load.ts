// The crawl's loading, parsing and reading on Node: the fetcher's responses, linkedom's documents,
// the CLI's PDF and DOCX readers.
import { parseHTML } from 'linkedom';
import type { Crawler, Parse } from '../../lib/column/crawl';
import type { Lang } from '../../lib/messages';
import { parseReportPage } from '../audit-file';
import { readAttachment } from '../read-attachment';
import type { Fetcher } from './fetcher';

/** Report pages without what the engine never reads; list pages whole (their scripts lay out the pagination). */
const parse: Parse = (html, kind) => (kind === 'report' ? parseReportPage(html) : (parseHTML(html).document as unknown as Document));

export function crawler(fetcher: Fetcher, lang: Lang): Crawler {
  return {
    load: async (url) => {
      const got = await fetcher(url);
      return got.ok ? { ok: true, ...got.page } : got;
    },
    parse,
    readAttachment: readAttachment(),
    lang,
  };
}
