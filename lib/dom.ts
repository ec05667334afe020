// DOM → blocks: paragraphs of text and data tables, in reading order.
import { expandSpans, physicalRows, type Block, type LogicalCell } from './grid';
import { normalizeText } from './normalize';
import { ownRows } from './rows';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'IFRAME', 'OBJECT', 'SELECT', 'BUTTON', 'TEXTAREA']);
// Elements that break a line; anything else (span, font, o:p, time, custom tags) runs inline.
const BLOCK = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'TD', 'TH', 'THEAD', 'TBODY',
  'TFOOT', 'CAPTION', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'NAV', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'HR', 'FORM',
  'FIELDSET', 'ADDRESS', 'FIGURE', 'FIGCAPTION', 'CENTER',
]);
/** A cell this long holds an article, not a label or a number: its table is page layout. */
const LAYOUT_CELL_TEXT = 200;
const MAX_DEPTH = 200;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  // Word hides text with display:none;mso-hide:all. Only inline styles are read: computing
  // styles would force layout on the host page.
  const style = el.getAttribute('style');
  return style !== null && (style.includes('none') || style.includes('hidden') || style.includes('all')) && HIDDEN_STYLE.test(style);
}
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i;

/**
 * A cell's text: runs cut mid-word joined, <br> and block children as spaces (CJK spaces fall
 * away). Cells without <br> (nearly all) take the native textContent: reading every node from
 * script costs ten times more, and a page's whole audit should cost little more than reading it.
 */
export function cellText(el: Element): string {
  if (!el.firstElementChild || el.getElementsByTagName('br').length === 0) return normalizeText(el.textContent ?? '');
  const parts: string[] = [];
  const walk = (node: Node, depth: number): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1 && depth < MAX_DEPTH) {
        const el = child as Element;
        if (SKIP.has(el.tagName.toUpperCase()) || isHidden(el)) continue;
        const inline = !BLOCK.has(el.tagName.toUpperCase());
        if (!inline) parts.push(' ');
        if (el.tagName.toUpperCase() === 'BR') parts.push(' ');
        else walk(el, depth + 1);
        if (!inline) parts.push(' ');
      }
    }
  };
  walk(el, 0);
  return normalizeText(parts.join(''));
}

/** Tables that lay out a page (an article in a cell, tables inside) are read through as text. */
const isLayout = (grid: LogicalCell<Element>[][]): boolean => grid.some((row) => row.some((cell) => cell.text.length > LAYOUT_CELL_TEXT));


/** The browser's own parsed span (rowSpan/colSpan); DOMs without it (linkedom) get the attribute parsed. */
const spanOf = (el: Element, property: 'rowSpan' | 'colSpan'): number => {
  const parsed = (el as HTMLTableCellElement)[property];
  if (typeof parsed === 'number') return parsed;
  const value = parseInt(el.getAttribute(property.toLowerCase()) ?? '1', 10);
  return Number.isNaN(value) ? 1 : value;
};

const isCell = (el: Element): boolean => /^T[DH]$/i.test(el.tagName);

/** An HTML table as a logical grid, rowspan/colspan expanded, each cell knowing its element. */
export function gridFromTable(table: Element): LogicalCell<Element>[][] {
  const rows = ownRows(table).map((tr) => {
    const cells = [];
    for (let cell = tr.firstElementChild; cell; cell = cell.nextElementSibling) {
      if (!isCell(cell)) continue;
      // most cells carry no attributes at all: skip reading them
      const plain = !cell.hasAttributes();
      if (!plain && isHidden(cell)) continue;
      const [rowSpan, colSpan] = plain ? [1, 1] : [spanOf(cell, 'rowSpan'), spanOf(cell, 'colSpan')];
      cells.push({ text: cellText(cell), source: cell, rowSpan, colSpan });
    }
    return cells;
  });
  return expandSpans(rows);
}

/** Walks the page in reading order; tables that hold other tables are layout, read through. */
export function blocksFromDom(root: Element): Block<Element>[] {
  const blocks: Block<Element>[] = [];
  let line: string[] = [];
  const flush = (): void => {
    const text = normalizeText(line.join(''));
    if (text) blocks.push({ kind: 'text', text });
    line = [];
  };
  const walk = (node: Node, depth: number): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        line.push(child.nodeValue ?? '');
        continue;
      }
      if (child.nodeType !== 1 || depth >= MAX_DEPTH) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || isHidden(el)) continue;
      if (tag === 'TABLE' && el.getElementsByTagName('table').length === 0) {
        const grid = gridFromTable(el);
        if (!isLayout(grid)) {
          flush();
          blocks.push({ kind: 'table', rows: physicalRows(grid), sources: [el] });
          continue;
        }
      }
      const inline = !BLOCK.has(tag);
      if (!inline) flush();
      if (tag === 'IMG') blocks.push({ kind: 'image' });
      else if (tag === 'BR') flush();
      else walk(el, depth + 1);
      if (!inline) flush();
    }
  };
  walk(root, 0);
  flush();
  return blocks;
}
