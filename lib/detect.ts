// Is this page an annual report? Runs on every page the extension may see, so it reads as
// little as it can: the title, a few headings, and the first rows of each table.
import { normalizeText } from './normalize';

const REPORT_WORDS = /政府信息公开.{0,6}(?:年度报告|年报)|信息公开工作年度报告/;
const TABLE_MARKERS = ['本年新收政府信息公开申请', '第二十条第', '本年度办理结果', '复议后起诉', '结转下年度继续办理'];
// numbered, as headings are: prose that lists the six parts ("应包括总体情况、主动公开…") does not count
const SECTION_HEADINGS = /([一二三四五六])[、.．]\s*(?:总体情况|主动公开政府信息|收到和处理政府信息公开申请|政府信息公开行政复议|存在的主要问题|其他需要报告)/g;
const MAX_TABLES = 60;
const HEAD_ROWS = 6;

function tableHead(table: HTMLTableElement): string {
  // table.rows is the cheap live list; DOMs without it (linkedom in the CLI's tests) have tr
  const rows = table.rows ?? table.getElementsByTagName('tr');
  let text = '';
  for (let i = 0; i < rows.length && i < HEAD_ROWS; i++) text += rows[i].textContent ?? '';
  return normalizeText(text);
}

/** Tables whose first rows carry the template's own words. */
function markerTables(doc: Document): number {
  const tables = doc.getElementsByTagName('table');
  let count = 0;
  for (let i = 0; i < tables.length && i < MAX_TABLES; i++) {
    const table = tables[i] as HTMLTableElement;
    if (table.getElementsByTagName('table').length) continue;
    const head = tableHead(table);
    if (TABLE_MARKERS.some((m) => head.includes(m))) count++;
  }
  return count;
}

function titleSaysReport(doc: Document): boolean {
  if (REPORT_WORDS.test(doc.title ?? '')) return true;
  const headings = doc.querySelectorAll('h1, h2, h3, .title, #title, [class*="title"]');
  for (let i = 0; i < headings.length && i < 12; i++) {
    if (REPORT_WORDS.test(normalizeText(headings[i].textContent ?? '').slice(0, 200))) return true;
  }
  return false;
}

/** Section headings in the body: only read when the title already says "annual report". */
function sectionHeadings(doc: Document): number {
  const text = normalizeText(doc.body?.textContent ?? '');
  return new Set(Array.from(text.matchAll(SECTION_HEADINGS), (m) => m[1])).size;
}

export function isReportPage(doc: Document): boolean {
  try {
    const tables = markerTables(doc);
    if (tables >= 2) return true;
    if (!titleSaysReport(doc)) return tables >= 1 && sectionHeadings(doc) >= 2;
    return tables >= 1 || sectionHeadings(doc) >= 4;
  } catch {
    return false;
  }
}
