// DOM → blocks: paragraphs of text and data tables, in reading order.
import type { Block, GridRow } from './grid';
import { normalizeText } from './normalize';
import { ownRows } from './rows';

// Tag names as localName gives them (lower case in HTML documents; XHTML pages write them so too).
// One lookup per element tells what it is: skipped whole, a block (breaks the line), or (absent) inline
// — span, font, o:p, time, custom tags.
const SKIP = 1;
const BLOCK = 2;
const TAG_KINDS = new Map<string, number>([
  ...['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'select', 'button', 'textarea'].map((t) => [t, SKIP] as const),
  ...[
    'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'thead', 'tbody',
    'tfoot', 'caption', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'blockquote', 'pre', 'hr', 'form',
    'fieldset', 'address', 'figure', 'figcaption', 'center',
  ].map((t) => [t, BLOCK] as const),
]);
/** A cell this long holds an article, not a label or a number: its table is page layout. */
const LAYOUT_CELL_TEXT = 200;
const MAX_DEPTH = 200;

// Word hides text with display:none;mso-hide:all. Only inline styles are read: computing styles
// would force layout on the host page.
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i;
// A page repeats a few styles on every cell and span ("border-left:none" included): each is judged once.
const STYLE_CACHE_LIMIT = 512;
const styleHides = new Map<string, boolean>();
function hidesByStyle(style: string): boolean {
  let hides = styleHides.get(style);
  if (hides === undefined) {
    hides = (style.includes('none') || style.includes('hidden') || style.includes('all')) && HIDDEN_STYLE.test(style);
    if (styleHides.size >= STYLE_CACHE_LIMIT) styleHides.clear();
    styleHides.set(style, hides);
  }
  return hides;
}

function isHidden(el: Element): boolean {
  if (!el.hasAttributes()) return false; // most elements of a plain page: one call
  const style = el.getAttribute('style');
  // the hidden property, not hasAttribute('hidden'): no name to look up (SVG is skipped whole anyway)
  return (style !== null && hidesByStyle(style)) || Boolean((el as HTMLElement).hidden);
}

/**
 * A cell's text: runs cut mid-word joined, <br> and block children as spaces (CJK spaces fall
 * away). Cells without <br> (nearly all) take the native textContent.
 */
export function cellText(el: Element, mayBreak = true): string {
  if (!mayBreak || !el.firstElementChild || el.querySelector('br') === null) return normalizeText(el.textContent ?? '');
  const parts: string[] = [];
  const walk = (node: Node, depth: number): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1 && depth < MAX_DEPTH) {
        const el = child as Element;
        const tag = el.localName;
        const kind = TAG_KINDS.get(tag);
        if (kind === SKIP || isHidden(el)) continue;
        if (kind === BLOCK) parts.push(' ');
        if (tag === 'br') parts.push(' ');
        else walk(el, depth + 1);
        if (kind === BLOCK) parts.push(' ');
      }
    }
  };
  walk(el, 0);
  return normalizeText(parts.join(''));
}

/** Tables that lay out a page (an article in a cell, tables inside) are read through as text. */
const isLayout = (rows: GridRow<Element>[]): boolean => rows.some((row) => row.some((cell) => cell.text.length > LAYOUT_CELL_TEXT));

/**
 * An HTML table as rows of the cells as written, each knowing its element. Spans are not
 * expanded: the table readers take a row's labels, then its values, in order.
 */
export function rowsFromTable(table: Element): GridRow<Element>[] {
  // most tables hold no <br> at all: one look for the table, not one per cell
  const mayBreak = table.getElementsByTagName('br').item(0) !== null;
  return ownRows(table).map((tr) => {
    const cells = [];
    for (let cell = tr.firstElementChild; cell; cell = cell.nextElementSibling) {
      const tag = cell.localName;
      if (tag !== 'td' && tag !== 'th') continue;
      if (isHidden(cell)) continue;
      cells.push({ text: cellText(cell, mayBreak), source: cell });
    }
    return cells;
  });
}

/** Walks the page in reading order; tables that hold other tables are layout, read through. */
export function blocksFromDom(root: Element): Block<Element>[] {
  const blocks: Block<Element>[] = [];
  let line: string[] = [];
  // the element whose walk began the line: the paragraph a finding about its text points at
  let lineSource: Element = root;
  const flush = (): void => {
    if (line.length === 0) return;
    const text = normalizeText(line.join(''));
    if (text) blocks.push({ kind: 'text', text, source: lineSource });
    line = [];
  };
  const walk = (node: Element, depth: number): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3) {
        if (line.length === 0) lineSource = node;
        line.push(child.nodeValue ?? '');
        continue;
      }
      if (type !== 1 || depth >= MAX_DEPTH) continue;
      const el = child as Element;
      const tag = el.localName;
      const kind = TAG_KINDS.get(tag);
      if (kind === SKIP || isHidden(el)) continue;
      // the collection, not querySelector: a tag-name walk, and Chromium keeps it for the next look
      if (tag === 'table' && el.getElementsByTagName('table').item(0) === null) {
        const rows = rowsFromTable(el);
        if (!isLayout(rows)) {
          flush();
          blocks.push({ kind: 'table', rows, sources: [el] });
          continue;
        }
      }
      if (kind === BLOCK) flush();
      if (tag === 'img') blocks.push({ kind: 'image' });
      else if (tag === 'br') flush();
      else if (!el.firstElementChild) {
        // only text inside: one native read
        if (line.length === 0) lineSource = kind === BLOCK ? el : node;
        line.push(el.textContent ?? '');
      }
      else walk(el, depth + 1);
      if (kind === BLOCK) flush();
    }
  };
  walk(root, 0);
  flush();
  return blocks;
}
