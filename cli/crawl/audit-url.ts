// One address → its audit, or why it could not be read. A report whose body sits in an iframe
// (or a frameset) is read from the frame's page, once.
import { parseHTML } from 'linkedom';
import { auditDocument } from '../../lib';
import { sameSite } from '../../lib/column';
import type { Audit } from '../../lib/report';
import { parseReportPage } from '../audit-file';
import { decode } from '../read-file';
import type { Fetcher } from './fetcher';

export type UrlAudit = Audit & { url: string; /** the frame's page the report was read from */ frame?: string };
export type UrlFailure = { url: string; error: string };
export type UrlOutcome = UrlAudit | UrlFailure;

const HTML_TYPE = /^\s*(?:text\/|application\/xhtml)|^\s*$/i;
const CHARSET = /charset\s*=\s*"?([\w-]+)/i;

export type PageText = { ok: true; url: string; text: string } | { ok: false; error: string };

/** A page fetched and decoded by its HTTP charset, else its <meta>, else as UTF-8 or GB18030, whichever reads. */
export async function fetchText(fetcher: Fetcher, url: string): Promise<PageText> {
  const got = await fetcher(url);
  if (!got.ok) return got;
  const { contentType, bytes } = got.page;
  const text = HTML_TYPE.test(contentType) ? decode(bytes, CHARSET.exec(contentType)?.[1]) : undefined;
  if (text === undefined) return { ok: false, error: `not a web page (${contentType.split(';')[0] || 'binary'})` };
  return { ok: true, url: got.page.url, text };
}

/** A page with its scripts kept (list pages lay out their pagination in them). */
export const parseListPage = (html: string): Document => parseHTML(html).document as unknown as Document;

/** The first same-site frame of a page, where CMSs put the report when they wrap it. */
function frameUrl(doc: Document, pageUrl: string): string | undefined {
  for (const frame of doc.querySelectorAll('iframe[src], frame[src]')) {
    try {
      const url = new URL(frame.getAttribute('src')!.trim(), pageUrl);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && sameSite(url, new URL(pageUrl)) && url.href !== pageUrl) return url.href;
    } catch {
      // a src that is no address: the next frame
    }
  }
  return undefined;
}

export async function auditUrl(fetcher: Fetcher, url: string): Promise<UrlOutcome> {
  const page = await fetchText(fetcher, url);
  if (!page.ok) return { url, error: page.error };
  const doc = parseReportPage(page.text);
  const audit = auditDocument(doc).audit;
  const frame = audit.detected ? undefined : frameUrl(doc, page.url);
  if (frame) {
    const inner = await fetchText(fetcher, frame);
    if (inner.ok) {
      const framed = auditDocument(parseReportPage(inner.text)).audit;
      if (framed.detected) return { url, frame, ...framed };
    }
  }
  return { url, ...audit };
}
