// The crawl's loading and parsing on Node: the fetcher's bytes decoded, linkedom's documents.
import { parseHTML } from 'linkedom';
import type { Load, Parse } from '../../lib/column/crawl';
import { decodeResponse } from '../../lib/decode';
import { parseReportPage } from '../audit-file';
import type { Fetcher } from './fetcher';

export function loader(fetcher: Fetcher): Load {
  return async (url) => {
    const got = await fetcher(url);
    if (!got.ok) return got;
    const text = decodeResponse(got.page.bytes, got.page.contentType);
    if (text === undefined) return { ok: false, error: `not a web page (${got.page.contentType.split(';')[0] || 'binary'})` };
    return { ok: true, url: got.page.url, text };
  };
}

/** Report pages without what the engine never reads; list pages whole (their scripts lay out the pagination). */
export const parse: Parse = (html, kind) => (kind === 'report' ? parseReportPage(html) : (parseHTML(html).document as unknown as Document));
