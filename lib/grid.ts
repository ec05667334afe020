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

/**
 * The blocks with each source (a page element) replaced by its index in `sources`: blocks that
 * can cross a message to the engine while the page keeps the elements they point at.
 */
export function numberSources<S>(blocks: Block<S>[]): { blocks: Block<number>[]; sources: S[] } {
  const sources: S[] = [];
  const index = new Map<S, number>();
  const n = (source: S): number => {
    let i = index.get(source);
    if (i === undefined) index.set(source, (i = sources.push(source) - 1));
    return i;
  };
  const numbered = blocks.map((b): Block<number> => {
    if (b.kind === 'table') return { kind: 'table', rows: b.rows.map((row) => row.map((c) => ({ text: c.text, source: n(c.source) }))), sources: b.sources.map(n) };
    if (b.kind === 'text') return b.source === undefined ? { kind: 'text', text: b.text } : { kind: 'text', text: b.text, source: n(b.source) };
    return b;
  });
  return { blocks: numbered, sources };
}
