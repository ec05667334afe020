// A PDF → blocks for the engine: per page, the text with positions and the ruling lines of its
// operator list; cells rebuilt from the lines (lib/pdf/table.ts), the rest of the text in lines and
// paragraphs (lib/pdf/lines.ts), all in reading order (top to bottom). No Node or DOM API: the
// caller hands in pdfjs (its legacy build in Node, the modern one in a browser) with its worker set up.
import type { Attachment } from '../attachment';
import type { Block, GridCell, GridRow, TableBlock } from '../grid';
import type { MetaHints } from '../meta';
import { normalizeText } from '../normalize';
import { contains, glyphCenter, type Box, type Glyph } from './geometry';
import { pageGraphics, type OpCodes } from './graphics';
import { linesOf, paragraphsOf } from './lines';
import { tablesOf, type PdfCell, type PdfTable } from './table';

/** Where a cell or a table is: its page (1-based) and its box in PDF points, y upwards. */
export interface PdfSource {
  page: number;
  box: Box;
}

// the part of pdfjs read here (structural, so that lib/ needs neither of its builds)
type TextItem = { str: string; transform: number[]; width: number; height: number };
interface PdfPage {
  getTextContent(): Promise<{ items: (TextItem | { type: string })[] }>;
  getOperatorList(): Promise<{ fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> }>;
  cleanup(): unknown;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  getMetadata(): Promise<{ info: object }>;
  destroy(): Promise<void>;
}
export interface PdfJs {
  getDocument(source: Record<string, unknown>): { promise: Promise<PdfDocument> };
  OPS: OpCodes;
}
export interface PdfOptions {
  /** where the bundled CMaps are (a directory path in Node, a URL in a browser), ending in "/" */
  cMapUrl?: string;
}
export interface PdfReport {
  blocks: Block<PdfSource>[];
  hints: MetaHints;
  pages: number;
}

type Placed = { top: number; block: Block<PdfSource> };

function glyphsOf(items: (TextItem | { type: string })[]): Glyph[] {
  const glyphs: Glyph[] = [];
  for (const item of items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const t = item.transform;
    glyphs.push({ text: item.str, x: t[4], y: t[5], width: item.width, size: Math.hypot(t[2], t[3]) || item.height });
  }
  return glyphs;
}

/** A table as the engine reads it, with each cell's place in the grid (to join a row cut by a page break). */
interface ReadTable {
  table: PdfTable;
  block: TableBlock<PdfSource>;
  cells: { grid: GridCell<PdfSource>; cell: PdfCell }[];
}

function readTable(table: PdfTable, glyphs: Glyph[], page: number): ReadTable {
  const rows: GridRow<PdfSource>[] = [];
  const cells: ReadTable['cells'] = [];
  let row = -1;
  for (const cell of table.cells) {
    const inside = glyphs.filter((g) => contains(cell.box, ...glyphCenter(g)));
    // a label wrapped over several lines ("商业/企业") is one text; normalizeText drops the space beside CJK
    const grid = { text: normalizeText(linesOf(inside).map((l) => l.text).join(' ')), source: { page, box: cell.box } };
    if (cell.row !== row) rows.push([]);
    row = cell.row;
    rows[rows.length - 1].push(grid);
    cells.push({ grid, cell });
  }
  return { table, block: { kind: 'table', rows, sources: [{ page, box: table.box }] }, cells };
}

const overlap = (a: Box, b: Box) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);

/**
 * A row cut by a page break (the table's last row open at the bottom, the next page's first table
 * open at the top): each piece of its first grid row goes back into the cell above it.
 */
function joinCutRow(above: ReadTable, below: ReadTable): void {
  if (!above.table.openBottom || !below.table.openTop) return;
  const last = above.cells.filter(({ cell }) => cell.row + cell.rows === above.table.rows);
  const moved = new Set<GridCell<PdfSource>>();
  for (const { grid, cell } of below.cells) {
    if (cell.row !== 0) continue;
    const into = last.find((c) => overlap(c.cell.box, cell.box) > (cell.box.x1 - cell.box.x0) / 2);
    if (!into) continue;
    into.grid.text = normalizeText(`${into.grid.text} ${grid.text}`);
    moved.add(grid);
  }
  below.block.rows = below.block.rows.map((r) => r.filter((c) => !moved.has(c))).filter((r) => r.length);
}

interface PageRead {
  placed: Placed[];
  tables: ReadTable[];
}

async function readPage(pdf: PdfDocument, n: number, OPS: OpCodes): Promise<PageRead> {
  const page = await pdf.getPage(n);
  const [content, ops] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
  page.cleanup();
  const glyphs = glyphsOf(content.items);
  const { rulings, pictures } = pageGraphics(ops.fnArray, ops.argsArray, OPS);
  const tables = tablesOf(rulings).map((t) => readTable(t, glyphs, n));
  const inTable = (x: number, y: number) => tables.some((t) => contains(t.table.box, x, y));
  const placed: Placed[] = tables.map((t) => ({ top: t.table.box.y1, block: t.block }));
  for (const lines of paragraphsOf(linesOf(glyphs.filter((g) => !inTable(...glyphCenter(g)))))) {
    const text = normalizeText(lines.map((l) => l.text).join(' '));
    const last = lines[lines.length - 1];
    const box = { x0: Math.min(...lines.map((l) => l.x0)), x1: Math.max(...lines.map((l) => l.x1)), y0: last.y - last.size / 4, y1: lines[0].y + lines[0].size };
    if (text) placed.push({ top: box.y1, block: { kind: 'text', text, source: { page: n, box } } });
  }
  for (const p of pictures) if (!inTable((p.x0 + p.x1) / 2, (p.y0 + p.y1) / 2)) placed.push({ top: p.y1, block: { kind: 'image' } });
  return { placed: placed.sort((a, b) => b.top - a.top), tables };
}

// pdfjs 5.4.624 mixes up documents open at the same time ("Invalid page request", pdf.js issue
// #20629, fixed after the last release whose engines accept Node 20): one document at a time
let reading: Promise<unknown> = Promise.resolve();

/** Reads a PDF (a scan: image blocks only). Never throws: a locked or broken file is a problem, not an exception. */
export function readPdf(pdfjs: PdfJs, bytes: Uint8Array, options: PdfOptions = {}): Promise<Attachment<PdfReport>> {
  const read = reading.then(() => readPdfNow(pdfjs, bytes, options));
  reading = read;
  return read;
}

async function readPdfNow(pdfjs: PdfJs, bytes: Uint8Array, options: PdfOptions): Promise<Attachment<PdfReport>> {
  let pdf: PdfDocument | undefined;
  try {
    // a plain copy: pdfjs may transfer the buffer it is given to its worker, and refuses a Node Buffer
    pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), cMapUrl: options.cMapUrl, cMapPacked: true, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
    const blocks: Block<PdfSource>[] = [];
    let previous: PageRead | undefined;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await readPage(pdf, n, pdfjs.OPS);
      const [above, below] = [previous?.tables.at(-1), page.tables[0]];
      if (above && below) joinCutRow(above, below);
      blocks.push(...page.placed.map((p) => p.block));
      previous = page;
    }
    const { info } = await pdf.getMetadata();
    const title = 'Title' in info && typeof info.Title === 'string' ? info.Title.trim() : '';
    return { ok: true, value: { blocks, hints: title ? { titles: [title] } : {}, pages: pdf.numPages } };
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') return { ok: false, problem: 'encrypted' };
    return { ok: false, problem: 'damaged', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    await pdf?.destroy();
  }
}
