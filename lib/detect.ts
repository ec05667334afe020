// Is this page an annual report? Runs on every page the extension may see, so its cost must not
// grow with the page: it reads the title, the first h1, and a bounded prefix of the first rows
// of each table. Only a page that already looks like a report has its body text read.
import { normalizeText } from './normalize';

const REPORT_WORDS = /政府信息公开.{0,6}(?:年度报告|年报)|信息公开工作年度报告/;
const TABLE_MARKERS = ['本年新收政府信息公开申请', '第二十条第', '本年度办理结果', '复议后起诉', '结转下年度继续办理'];
// numbered, as headings are: prose that lists the six parts ("应包括总体情况、主动公开…") does not count
const SECTION_HEADINGS = /([一二三四五六])[、.．]\s*(?:总体情况|主动公开政府信息|收到和处理政府信息公开申请|政府信息公开行政复议|存在的主要问题|其他需要报告)/g;
const MAX_TABLES = 60;
const HEAD_ROWS = 6;
const HEAD_CELLS = 24;
const CELL_PREFIX = 40;
const CELL_NODES = 40;

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

/** Tables whose first rows carry the template's own words. */
function markerTables(doc: Document): number {
  const tables = doc.getElementsByTagName('table');
  let count = 0;
  for (let i = 0; i < MAX_TABLES; i++) {
    const table = tables[i] as HTMLTableElement | undefined;
    if (!table) break;
    // table.rows is the cheap live list; DOMs without it (linkedom in the CLI's tests) have tr
    const rows = table.rows ?? table.getElementsByTagName('tr');
    let head = '';
    // rows[r] without rows.length: Chromium counts a whole live list the first time its length is read
    for (let r = 0; r < HEAD_ROWS && rows[r]; r++) {
      const cells = rows[r].children;
      for (let c = 0; c < cells.length && c < HEAD_CELLS; c++) head += textPrefix(cells[c]) + '|';
    }
    const text = normalizeText(head);
    if (TABLE_MARKERS.some((m) => text.includes(m))) count++;
  }
  return count;
}

function titleSaysReport(doc: Document): boolean {
  if (REPORT_WORDS.test(doc.title ?? '')) return true;
  const h1 = doc.getElementsByTagName('h1')[0];
  return h1 !== undefined && REPORT_WORDS.test(normalizeText(textPrefix(h1)));
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
