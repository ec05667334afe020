// The other pages of a paginated list: its links (下一页, numbered pages, 尾页) and the page count
// that gov CMSs write into a script (TRS WCM's createPageHTML, countPage) or the text (共N页).
import { normalizeText } from '../normalize';
import { linkUrl, sameSite } from './links';

export interface Pagination {
  /** the 下一页 / next link */
  next?: string;
  /** every other page of the list found, in page order where known, without the page itself */
  pages: string[];
  /** the number of pages the page states (共N页, the script's page count) */
  pageCount?: number;
}

const NEXT = /^(?:下一?页|后一?页|next(?: page)?|[>›»]|>>)$/i;
const LAST = /^(?:尾页|末页|最后一?页|last(?: page)?)$/i;
const NUMBER = /^\[?(\d{1,3})\]?$/;
const STATED_COUNT = /共\s*(\d{1,4})\s*页/;
// a numbered link is a page of the list only inside a pager (not a calendar's days, not a footnote)
const PAGER_WORDS = /下一?页|上一?页|首页|尾页|末页|共\s*\d+\s*页|next|prev/i;
const PAGER_NAME = /pag|fenye|\bfy\b/i;
const PAGER_TEXT_MAX = 400;
// TRS WCM: createPageHTML(count, current, "index", "shtml") or createPageHTML("page_div", count, current, "index", "shtml", records)
const CREATE_PAGE_HTML = /createPageHTML\s*\(([^)]*)\)/;
const SCRIPT_VARS: Record<'count' | 'prefix' | 'suffix', RegExp> = {
  count: /\b(?:countPage|pageCount|totalPages?|page_count|pageTotal|maxPage)\s*[=:]\s*["']?(\d{1,4})/,
  prefix: /\bprefixName\s*[=:]\s*["']([\w-]+)["']/,
  suffix: /\bsuffixName\s*[=:]\s*["'](\w+)["']/,
};
/** no list is read further: a script saying countPage = 99999 must not make 99,999 addresses */
export const MAX_PAGES = 100;

/** The pagination of a list page. */
export function readPagination(doc: Document, pageUrl: string): Pagination {
  const page = new URL(pageUrl);
  const numbered = new Map<number, string>();
  let next: string | undefined;
  let last: string | undefined;
  for (const a of doc.querySelectorAll('a[href]')) {
    const text = normalizeText(a.textContent ?? '').replace(/\s/g, '');
    const url = linkUrl(a, pageUrl);
    if (!url || !sameSite(url, page) || url.href === page.href) continue;
    const n = NUMBER.exec(text);
    if (n && inPager(a)) {
      if (!numbered.has(Number(n[1]))) numbered.set(Number(n[1]), url.href);
    } else if (NEXT.test(text) || NEXT.test(normalizeText(a.getAttribute('title') ?? ''))) next ??= url.href;
    else if (LAST.test(text)) last ??= url.href;
  }
  const scripts = [...doc.querySelectorAll('script')].map((s) => s.textContent ?? '').join('\n');
  const scripted = scriptPages(scripts, pageUrl);
  const stated = Number(STATED_COUNT.exec(normalizeText(doc.body?.textContent ?? ''))?.[1] ?? NaN);
  const pageCount = scripted?.count ?? (stated > 0 ? stated : undefined);
  const pages = [...(scripted?.pages ?? []), ...[...numbered.entries()].sort(([a], [b]) => a - b).map(([, url]) => url)];
  if (pageCount) pages.push(...countedPages(numbered, pageCount));
  if (next) pages.push(next);
  if (last) pages.push(last);
  return { ...(next && { next }), pages: [...new Set(pages)].filter((url) => url !== page.href).slice(0, MAX_PAGES), ...(pageCount && { pageCount }) };
}

function inPager(a: Element): boolean {
  let el = a.parentElement;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    if (PAGER_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return true;
    const text = el.textContent ?? '';
    if (text.length <= PAGER_TEXT_MAX && PAGER_WORDS.test(text)) return true;
  }
  return false;
}

/** The pages a TRS-style script lays out: page 0 is prefix.suffix, page i is prefix_i.suffix. */
function scriptPages(script: string, pageUrl: string): { count: number; pages: string[] } | undefined {
  const call = CREATE_PAGE_HTML.exec(script)?.[1];
  let count: number | undefined;
  let prefix: string | undefined;
  let suffix: string | undefined;
  if (call) {
    const args = call.split(',').map((s) => s.trim());
    const numbers = args.map((s, i) => [i, /^\d+$/.test(s) ? Number(s) : NaN] as const).filter(([, n]) => !Number.isNaN(n));
    const strings = args.map((s, i) => [i, /^["']([\w-]*)["']$/.exec(s)?.[1]] as const).filter(([i, s]) => s !== undefined && i > (numbers[0]?.[0] ?? Infinity));
    count = numbers[0]?.[1];
    [prefix, suffix] = strings.map(([, s]) => s);
  }
  count ??= Number(SCRIPT_VARS.count.exec(script)?.[1] ?? NaN);
  prefix ??= SCRIPT_VARS.prefix.exec(script)?.[1];
  suffix ??= SCRIPT_VARS.suffix.exec(script)?.[1];
  if (!count || Number.isNaN(count)) return undefined;
  if (!prefix || !suffix) return { count, pages: [] };
  const pages = Array.from({ length: Math.min(count, MAX_PAGES) }, (_, i) => new URL(i === 0 ? `${prefix}.${suffix}` : `${prefix}_${i}.${suffix}`, pageUrl).href);
  return { count, pages };
}

/**
 * Pages up to the stated count beyond the numbered links shown (a pager shows 1 … 5 of 30): the
 * address of a numbered link with its page number in it, the number shifted for each page
 * (TRS's index_1.html is page 2, a ?page=2 is page 2).
 */
function countedPages(numbered: Map<number, string>, count: number): string[] {
  for (const [n, url] of [...numbered.entries()].sort(([a], [b]) => b - a)) {
    if (n < 2) continue;
    const digits = [...url.matchAll(/\d+/g)].reverse().find((m) => Math.abs(Number(m[0]) - n) <= 1);
    if (!digits || digits.index === undefined) continue;
    const at = digits.index;
    const shift = Number(digits[0]) - n;
    return Array.from({ length: Math.min(count, MAX_PAGES) - 1 }, (_, i) => i + 2)
      .filter((p) => !numbered.has(p))
      .map((p) => url.slice(0, at) + String(p + shift) + url.slice(at + digits[0].length));
  }
  return [];
}
