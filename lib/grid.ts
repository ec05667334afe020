// Tables as cell grids. The engine reads every table, HTML or text, as rows of cells that
// know where they came from (an element, a line number) so findings can point back at them.

export interface GridCell<S> {
  text: string;
  source: S;
}
export type GridRow<S> = GridCell<S>[];

export interface TextBlock<S = unknown> {
  kind: 'text';
  text: string;
  /** the paragraph element (or line number) it came from, for findings about the text */
  source?: S;
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
export type Block<S> = TextBlock<S> | TableBlock<S> | ImageBlock;
