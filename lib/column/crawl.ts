// A column audited: its list page and the pages of its pagination (at most MAX_LIST_PAGES), then
// every report they list, a report in an iframe read from its frame once, a report published as an
// attachment (listed itself, or linked from its page) read from the file. The fetching, the HTML
// parser and the PDF/DOCX readers are the caller's (undici, linkedom and the CLI's readers; fetch,
// DOMParser and the page's): this is the order of the work, the same on both sides.
import { attachmentKind, type AttachmentKind } from '../attachment';
import { reportAttachments } from '../attachment-link';
import { auditAttachmentBytes, problemText, type ReadAttachment } from '../attachment-audit';
import { auditDocument } from '../audit-dom';
import { decodeResponse } from '../decode';
import type { Lang } from '../messages';
import type { Audit } from '../report';
import { ATTACHMENT, linkText, linkUrl, readsAsReport, sameSite, type ListedLink } from './links';
import { readListPage } from './index';

export const MAX_LIST_PAGES = 20;

/** A response's bytes by its address (after redirects), or why it could not be had ("HTTP 404", "timeout"). */
export type Loaded = { ok: true; url: string; contentType: string; bytes: Uint8Array } | { ok: false; error: string };
export type Load = (url: string) => Promise<Loaded>;
/** HTML → Document; `list` pages keep their scripts (pagination is laid out in them) */
export type Parse = (html: string, kind: 'list' | 'report') => Document;

/** What a crawl needs from its side: the loader (its pace, its cache), the HTML parser, the PDF/DOCX readers, the language of its messages. */
export interface Crawler {
  load: Load;
  parse: Parse;
  readAttachment: ReadAttachment;
  lang: Lang;
}

export type PageAudit = Audit & {
  url: string;
  /** the frame's page the report was read from */
  frame?: string;
  /** the attachment (PDF, DOCX…) the report was read from: the listed address itself, or the file its page links */
  attachment?: string;
};
export type PageFailure = { url: string; error: string; attachment?: string };
export type PageOutcome = PageAudit | PageFailure;

export type Column = { ok: true; links: ListedLink[]; listPages: number } | { ok: false; error: string };

type PageText = { ok: true; url: string; text: string } | { ok: false; error: string };
type Got = Extract<Loaded, { ok: true }>;

/** A response as a web page's text, or what it is instead. */
function pageText(got: Got): PageText {
  const text = decodeResponse(got.bytes, got.contentType);
  return text === undefined ? { ok: false, error: `not a web page (${got.contentType.split(';')[0] || 'binary'})` } : { ok: true, url: got.url, text };
}

async function loadPage(load: Load, url: string): Promise<PageText> {
  const got = await load(url);
  return got.ok ? pageText(got) : got;
}

/** The report links of a column, from its list page and the pages its pagination leads to. */
export async function listColumn({ load, parse }: Crawler, listUrl: string, onListPage: (listPages: number, links: number) => void = () => {}): Promise<Column> {
  const pages = [listUrl];
  const links = new Map<string, ListedLink>();
  let read = 0;
  for (let i = 0; i < pages.length && i < MAX_LIST_PAGES; ) {
    // the pages known so far, side by side (the loader keeps the pace)
    const wave = pages.slice(i, MAX_LIST_PAGES);
    i += wave.length;
    const texts = await Promise.all(wave.map((url) => loadPage(load, url)));
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

/** The first same-site link of a page to its report as an attachment ("附件：某镇2024年…年度报告.pdf"). */
function attachmentLink(doc: Document, pageUrl: string): string | undefined {
  const page = new URL(pageUrl);
  const links = [...doc.querySelectorAll('a[href]')].flatMap((a) => {
    const url = linkUrl(a, pageUrl);
    return url && sameSite(url, page) ? [{ href: url.href, text: linkText(a) }] : [];
  });
  return reportAttachments(links)[0]?.url;
}

const pathOf = (url: string) => new URL(url).pathname;
const FILE_KINDS = new Set<AttachmentKind>(['pdf', 'docx', 'legacy-word']);

/** A file rather than a web page, by its name or its first bytes (a download.jsp?id= that sends a PDF). */
const isFile = (got: Got) => ATTACHMENT.test(pathOf(got.url)) || FILE_KINDS.has(attachmentKind(got.bytes, ''));

/** An attachment read and audited; `attachment` is where its bytes came from. */
async function auditFetchedFile(c: Crawler, url: string, got: Got): Promise<PageOutcome> {
  const parsePage = (text: string) => auditDocument(c.parse(text, 'report')).audit;
  const audit = await auditAttachmentBytes(got.bytes, pathOf(got.url), c.readAttachment, parsePage);
  return audit.ok ? { url, attachment: got.url, ...audit.value } : { url, attachment: got.url, error: problemText(c.lang, audit.problem, audit.detail) };
}

/**
 * One listed report audited. A file (PDF, DOCX, a .doc) is read as an attachment; a page without a
 * report is read from its frame, else from the report attachment it links.
 */
export async function auditPage(c: Crawler, url: string): Promise<PageOutcome> {
  const got = await c.load(url);
  if (!got.ok) return { url, error: got.error };
  if (isFile(got)) return auditFetchedFile(c, url, got);
  const page = pageText(got);
  if (!page.ok) return { url, error: page.error };
  const doc = c.parse(page.text, 'report');
  const audit = auditDocument(doc).audit;
  if (audit.detected) return { url, ...audit };
  const frame = frameUrl(doc, got.url);
  if (frame) {
    const inner = await loadPage(c.load, frame);
    if (inner.ok) {
      const framed = auditDocument(c.parse(inner.text, 'report')).audit;
      if (framed.detected) return { url, frame, ...framed };
    }
  }
  const linked = attachmentLink(doc, got.url);
  if (linked) {
    const file = await c.load(linked);
    if (!file.ok) return { url, attachment: linked, error: file.error };
    const outcome = await auditFetchedFile(c, url, file);
    // a linked file that is no report either: the page stays what it was, a page to visit
    if (!('detected' in outcome) || outcome.detected) return outcome;
  }
  return { url, ...audit };
}

/** Every address audited at the loader's pace; `onResult` gets them in the order given. */
export async function auditPages(c: Crawler, urls: string[], onResult: (outcome: PageOutcome) => void, onDone: (done: number) => void = () => {}): Promise<void> {
  const outcomes: (PageOutcome | undefined)[] = new Array(urls.length);
  let emitted = 0;
  let done = 0;
  await Promise.all(
    urls.map(async (url, index) => {
      outcomes[index] = await auditPage(c, url);
      onDone(++done);
      while (emitted < urls.length && outcomes[emitted]) {
        onResult(outcomes[emitted]!);
        outcomes[emitted++] = undefined;
      }
    }),
  );
}
