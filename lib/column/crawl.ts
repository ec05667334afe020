// A column audited: its list page and the pages of its pagination (at most MAX_LIST_PAGES), then
// every report they list, a report in an iframe read from its frame once. The fetching and the
// HTML parser are the caller's (undici and linkedom in the CLI, fetch and DOMParser in the
// extension): this is the order of the work, the same on both sides.
import { auditDocument } from '../audit-dom';
import type { Audit } from '../report';
import { ATTACHMENT, readsAsReport, sameSite, type ListedLink } from './links';
import { readListPage } from './index';

export const MAX_LIST_PAGES = 20;

/** A page's text by its address (after redirects), or why it could not be had ("HTTP 404", "timeout"). */
export type Loaded = { ok: true; url: string; text: string } | { ok: false; error: string };
export type Load = (url: string) => Promise<Loaded>;
/** HTML → Document; `list` pages keep their scripts (pagination is laid out in them) */
export type Parse = (html: string, kind: 'list' | 'report') => Document;

export type PageAudit = Audit & { url: string; /** the frame's page the report was read from */ frame?: string };
export type PageFailure = { url: string; error: string };
export type PageOutcome = PageAudit | PageFailure;

export type Column = { ok: true; links: ListedLink[]; listPages: number } | { ok: false; error: string };

/** The report links of a column, from its list page and the pages its pagination leads to. */
export async function listColumn(load: Load, parse: Parse, listUrl: string, onListPage: (listPages: number, links: number) => void = () => {}): Promise<Column> {
  const pages = [listUrl];
  const links = new Map<string, ListedLink>();
  let read = 0;
  for (let i = 0; i < pages.length && i < MAX_LIST_PAGES; ) {
    // the pages known so far, side by side (the loader keeps the pace)
    const wave = pages.slice(i, MAX_LIST_PAGES);
    i += wave.length;
    const texts = await Promise.all(wave.map(load));
    for (const [k, page] of texts.entries()) {
      if (!page.ok) {
        if (wave[k] === listUrl) return page;
        continue; // a broken page of the pagination: the others still list their reports
      }
      read++;
      const list = readListPage(parse(page.text, 'list'), page.url);
      for (const url of list.pagination.pages) if (!pages.includes(url)) pages.push(url);
      for (const link of [...list.reports, ...list.attachments.filter((a) => readsAsReport(a.text, a.date))]) if (!links.has(link.url)) links.set(link.url, link);
    }
    onListPage(read, links.size);
  }
  // a report link that is one of the list's own pages (a pager's "1" back to the start)
  for (const url of pages) links.delete(url);
  return { ok: true, links: [...links.values()], listPages: read };
}

/** The first same-site frame of a page: where CMSs put the report when they wrap it. */
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

/** One report page audited; a page without a report whose frame holds one is read from the frame. */
export async function auditPage(load: Load, parse: Parse, url: string): Promise<PageOutcome> {
  if (ATTACHMENT.test(new URL(url).pathname)) return { url, error: `attachment (${new URL(url).pathname.replace(/^.*\./, '.').toLowerCase()}), not audited` };
  const page = await load(url);
  if (!page.ok) return { url, error: page.error };
  const doc = parse(page.text, 'report');
  const audit = auditDocument(doc).audit;
  const frame = audit.detected ? undefined : frameUrl(doc, page.url);
  if (frame) {
    const inner = await load(frame);
    if (inner.ok) {
      const framed = auditDocument(parse(inner.text, 'report')).audit;
      if (framed.detected) return { url, frame, ...framed };
    }
  }
  return { url, ...audit };
}

/** Every address audited at the loader's pace; `onResult` gets them in the order given. */
export async function auditPages(load: Load, parse: Parse, urls: string[], onResult: (outcome: PageOutcome) => void, onDone: (done: number) => void = () => {}): Promise<void> {
  const outcomes: (PageOutcome | undefined)[] = new Array(urls.length);
  let emitted = 0;
  let done = 0;
  await Promise.all(
    urls.map(async (url, index) => {
      outcomes[index] = await auditPage(load, parse, url);
      onDone(++done);
      while (emitted < urls.length && outcomes[emitted]) {
        onResult(outcomes[emitted]!);
        outcomes[emitted++] = undefined;
      }
    }),
  );
}
