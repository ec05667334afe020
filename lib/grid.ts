// Tables as cell grids. The engine reads every table, HTML or text, as rows of cells that
// know where they came from (an element, a line number) so findings can point back at them.

export interface GridCell<S> {
  text: string;
  source: S;
}
export type GridRow<S> = GridCell<S>[];

export interface LogicalCell<S> extends GridCell<S> {
  /** false for the copies a rowspan/colspan makes of its cell */
  origin: boolean;
}

export interface TextBlock {
  kind: 'text';
  text: string;
}
export interface TableBlock<S> {
  kind: 'table';
  /** the rows as written: one entry per physical cell, span copies left out */
  rows: GridRow<S>[];
  /** the page elements (or line numbers) this table came from */
  sources: S[];
}
/** a picture in the body: where a table should be, it explains why the table is unreadable */
export interface ImageBlock {
  kind: 'image';
}
export type Block<S> = TextBlock | TableBlock<S> | ImageBlock;

// wider than any real report table; a page can say colspan=1000 and would cost a million cells
const MAX_SPAN = 100;

/**
 * Expands rowspan/colspan into a rectangular logical grid. Spans are clamped (a page can say
 * rowspan=65534) and rowspan=0 means "to the end of the section".
 */
export function expandSpans<S>(rows: { text: string; source: S; rowSpan: number; colSpan: number }[][]): LogicalCell<S>[][] {
  const grid: LogicalCell<S>[][] = [];
  rows.forEach((cells, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of cells) {
      while (grid[r][c]) c++;
      const rowSpan = cell.rowSpan === 0 ? rows.length - r : Math.min(Math.max(cell.rowSpan, 1), rows.length - r, MAX_SPAN);
      const colSpan = Math.min(Math.max(cell.colSpan, 1), MAX_SPAN);
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) {
          target[c + dc] = { text: cell.text, source: cell.source, origin: dr === 0 && dc === 0 };
        }
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? { text: '', source: undefined as S, origin: false }));
}

/** The cells as written, left to right: span copies and padding dropped. */
export const physicalRows = <S>(grid: LogicalCell<S>[][]): GridRow<S>[] =>
  grid.map((row) => row.filter((cell) => cell.origin).map(({ text, source }) => ({ text, source })));
