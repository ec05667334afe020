// Is this page an annual report? Runs on every page the extension may see, so its cost must not
// grow with the page: it reads the title, the first h1, and the first rows of each table (never
// the inside of a long data table). Only a page that already looks like a report has its body
// text read.
import { normalizeText } from './normalize';
import { ownRows } from './rows';

const REPORT_WORDS = /政府信息公开.{0,6}(?:年度报告|年报)|信息公开工作年度报告/;
const TABLE_MARKERS = ['本年新收政府信息公开申请', '第二十条第', '本年度办理结果', '复议后起诉', '结转下年度继续办理'];
// numbered, as headings are: prose that lists the six parts ("应包括总体情况、主动公开…") does not count
const SECTION_HEADINGS = /([一二三四五六])[、.．]\s*(?:总体情况|主动公开政府信息|收到和处理政府信息公开申请|政府信息公开行政复议|存在的主要问题|其他需要报告)/g;
// a report's table speaks of requests, disclosure, reviews… from its first row on; a budget does not
const REPORT_VOCABULARY = /申请|公开|行政|复议|诉讼|信息|条|件数|本列|自然人|结转/;
const MAX_TABLES = 60;
const HEAD_ROWS = 6;
const CELL_PREFIX = 40;
const CELL_NODES = 40;
/** Tables longer than this are data, not page layout. */
const LAYOUT_ROWS = 40;

/** The first characters of an element's text, visiting a bounded number of nodes. */
function textPrefix(el: Element): string {
  let text = '';
  let visited = 0;
  let node: Node | null = el.firstChild;
  while (node && text.length < CELL_PREFIX && visited++ < CELL_NODES) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    if (node.firstChild && node.nodeType === 1) node = node.firstChild;
    else {
      while (node && node !== el && !node.nextSibling) node = node.parentNode;
      node = node && node !== el ? node.nextSibling : null;
    }
  }
  return text;
}

// Live lists are read with item(i), never [i]: Chromium counts a whole list the first time it is
// indexed, which on a page of big tables is most of the page's elements.
/** A table's rows: the browser's live list, or (DOMs without table.rows: linkedom) a walk. */
function rowsOf(table: Element): { item(index: number): Element | null } {
  const rows = (table as HTMLTableElement).rows;
  if (rows) return rows;
  const own = ownRows(table);
  return { item: (i) => own[i] ?? null };
}

interface Head {
  /** the first rows carry the template's own words */
  marked: boolean;
  /** worth entering: short, and not one of the report's own tables */
  layout: boolean;
}

/**
 * A table's first rows. A long table (a budget, a list) is data: its rows are read and it is
 * never entered. A short one holding a table lays out the page: it is entered, not read.
 */
function readHead(table: Element): Head {
  const rows = rowsOf(table);
  const long = rows.item(LAYOUT_ROWS) !== null;
  let head = '';
  let spoken = false;
  for (let r = 0, row = rows.item(0); row && r < HEAD_ROWS; row = rows.item(++r)) {
    if (!long && row.querySelector('table')) return { marked: false, layout: true };
    const text = row.textContent ?? '';
    head += text + '|';
    if (spoken || !/\S/.test(text)) continue;
    // the first row with text speaks the report's vocabulary, or the table is read no further
    if (!REPORT_VOCABULARY.test(normalizeText(text))) return { marked: false, layout: !long };
    spoken = true;
  }
  const text = normalizeText(head);
  const marked = TABLE_MARKERS.some((m) => text.includes(m));
  return { marked, layout: !long && !marked };
}

/** The next table in document order after `table`, inside it only when `enter`. */
function nextTable(table: Element, root: Element, enter: boolean): Element | null {
  const inner = enter ? table.querySelector('table') : null;
  if (inner) return inner;
  for (let el: Element | null = table; el && el !== root; el = el.parentElement) {
    for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
      const found = next.localName === 'table' ? next : next.firstElementChild && next.querySelector('table');
      if (found) return found;
    }
  }
  return null;
}

/**
 * Tables whose first rows carry the template's own words. Each search for the next table is the
 * browser's own (querySelector) and skips the subtree of a data table: a page of big unrelated
 * tables costs its tables' count, not its cells'.
 */
function markerTables(doc: Document): number {
  const root = doc.body ?? doc.documentElement;
  let count = 0;
  let table: Element | null = root?.querySelector('table') ?? null;
  for (let examined = 0; table && examined < MAX_TABLES; examined++) {
    const { marked, layout } = readHead(table);
    if (marked && ++count >= 2) break;
    table = nextTable(table, root!, layout);
  }
  return count;
}

function titleSaysReport(doc: Document): boolean {
  if (REPORT_WORDS.test(doc.title ?? '')) return true;
  const h1 = doc.querySelector('h1');
  return h1 !== null && REPORT_WORDS.test(normalizeText(textPrefix(h1)));
}

/** Numbered section headings in the body. */
function sectionHeadings(doc: Document): number {
  const text = normalizeText(doc.body?.textContent ?? '');
  return new Set(Array.from(text.matchAll(SECTION_HEADINGS), (m) => m[1])).size;
}

export function isReportPage(doc: Document): boolean {
  try {
    const tables = markerTables(doc);
    if (tables >= 2) return true;
    if (tables === 1) return titleSaysReport(doc) || sectionHeadings(doc) >= 2;
    // no table reads as the report's: a report whose tables are pictures still has its title and headings
    return REPORT_WORDS.test(doc.title ?? '') && sectionHeadings(doc) >= 4;
  } catch {
    return false;
  }
}
