// The links of a column's list page that lead to annual reports, read from the DOM alone.
import { normalizeText } from '../normalize';

export interface ListedLink {
  /** absolute, without its #fragment */
  url: string;
  /** the full title: the link's title attribute when its text is cut ("…") */
  text: string;
  /** the date beside the link in its list item or table row (YYYY-MM-DD), when there is one */
  date?: string;
}

// 年报 but not 年报送 / 年报表 / 年报名 (notices asking to submit or enrol)
const REPORT_WORDS = /年度报告|年报(?![送表名考])|政府信息公开工作.{0,12}报告|annual report/i;
// a page about the reports, not one: notices, readings, meetings
const NOT_A_REPORT = /通知|通报|公告|通告|征求|培训|会议|解读|图解|报送|编制工作/;
const YEAR = /(?:19|20)\d\d|[一二][〇零○Ｏ0一二三四五六七八九]{3}/;
const DATE = /((?:19|20)\d\d)\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})/;
const ELLIPSIS = /(?:…+|\.{2,}|。{2,})$/;
export const ATTACHMENT = /\.(?:pdf|docx?|wps)$/i;
// the list items a date sits beside: a link's container is one of these within a few levels
const ITEM_TAGS = new Set(['LI', 'TR', 'DD', 'DT', 'P']);
const ITEM_TEXT_MAX = 300;

/** Hosts are one site when equal but for a leading "www.". */
export function sameSite(a: URL, b: URL): boolean {
  return a.hostname.replace(/^www\./, '') === b.hostname.replace(/^www\./, '');
}

/** The address a link leads to, absolute and without fragment; undefined for script, mail and bad hrefs. */
export function linkUrl(a: Element, base: string): URL | undefined {
  const href = a.getAttribute('href')?.trim();
  if (!href || /^(?:javascript|mailto|tel|data):/i.test(href) || href.startsWith('#')) return undefined;
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url;
  } catch {
    return undefined;
  }
}

/** The link's full title: CMS lists cut long titles ("2023年某某镇政府信息公…") and keep them whole in `title`. */
export function linkText(a: Element): string {
  const text = normalizeText(a.textContent ?? '');
  const title = normalizeText(a.getAttribute('title') ?? '');
  const alt = normalizeText(a.querySelector('img')?.getAttribute('alt') ?? '');
  if (!text) return title || alt;
  if (title.length > text.length && (ELLIPSIS.test(text) || title.startsWith(text.replace(ELLIPSIS, '')))) return title;
  return text;
}

/** The date printed beside a link in its list item or row, as YYYY-MM-DD. */
function itemDate(a: Element): string | undefined {
  let el: Element | null = a.parentElement;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    if (!ITEM_TAGS.has(el.tagName.toUpperCase())) continue;
    const text = el.textContent ?? '';
    if (text.length > ITEM_TEXT_MAX) return undefined;
    const m = DATE.exec(normalizeText(text).replace(linkText(a), ''));
    return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : undefined;
  }
  return undefined;
}

/**
 * Whether a link's title reads as an annual report: the report words, no notice words, and a year in
 * the title or a date beside it (a column's own navigation link, "政府信息公开年报", has neither).
 */
export function readsAsReport(text: string, date?: string): boolean {
  return REPORT_WORDS.test(text) && !NOT_A_REPORT.test(text) && (YEAR.test(text) || date !== undefined);
}

export interface PageLinks {
  /** report pages listed, in page order, de-duplicated */
  reports: ListedLink[];
  /** attachments (.pdf, .docx, .doc, .wps) listed, in page order, de-duplicated */
  attachments: ListedLink[];
}

/** The report and attachment links of a page on its own site; `exclude` holds addresses that are not reports (the list's own pages). */
export function reportLinks(doc: Document, pageUrl: string, exclude: ReadonlySet<string> = new Set()): PageLinks {
  const page = new URL(pageUrl);
  const base = doc.querySelector('base[href]')?.getAttribute('href') ?? pageUrl;
  const seen = new Set<string>([...exclude, withoutHash(page)]);
  const out: PageLinks = { reports: [], attachments: [] };
  for (const a of doc.querySelectorAll('a[href]')) {
    const url = linkUrl(a, safeBase(base, pageUrl));
    if (!url || !sameSite(url, page) || seen.has(url.href)) continue;
    const text = linkText(a);
    const date = itemDate(a);
    const attachment = ATTACHMENT.test(url.pathname);
    if (!attachment && !readsAsReport(text, date)) continue;
    seen.add(url.href);
    (attachment ? out.attachments : out.reports).push(date ? { url: url.href, text, date } : { url: url.href, text });
  }
  return out;
}

const withoutHash = (url: URL): string => url.href.replace(/#.*$/, '');

function safeBase(base: string, pageUrl: string): string {
  try {
    return new URL(base, pageUrl).href;
  } catch {
    return pageUrl;
  }
}
