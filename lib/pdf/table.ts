// Ruling lines → tables: the lines that touch each other make one table; the x of its vertical
// lines and the y of its horizontal ones make a grid; two neighbouring grid cells with no line
// between them are one merged cell (a colspan or rowspan); a cell with no text is a blank cell.
import type { Box, Segment } from './geometry';

/** points: lines closer than this are one line; ends closer than this touch */
const NEAR = 2;

export interface PdfCell {
  box: Box;
  /** the grid rows and columns it covers */
  row: number;
  column: number;
  rows: number;
  columns: number;
}
export interface PdfTable {
  box: Box;
  cells: PdfCell[];
  /** grid rows */
  rows: number;
  /** no ruling along its top (bottom) edge: a row cut by a page break */
  openTop: boolean;
  openBottom: boolean;
}

/** Collinear segments that overlap or touch, as one. */
function mergeSegments(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const line of groupNear(segments, (s) => s.at)) {
    line.sort((a, b) => a.from - b.from);
    const at = line.reduce((sum, s) => sum + s.at, 0) / line.length;
    let current: Segment | undefined;
    for (const s of line) {
      if (current && s.from <= current.to + NEAR) current.to = Math.max(current.to, s.to);
      else out.push((current = { ...s, at }));
    }
  }
  return out;
}

const touches = (h: Segment, v: Segment) => v.at >= h.from - NEAR && v.at <= h.to + NEAR && h.at >= v.from - NEAR && h.at <= v.to + NEAR;

/** Items whose positions are closer than NEAR to the next, in runs, by position. */
function groupNear<T>(items: T[], position: (item: T) => number): T[][] {
  const sorted = items.slice().sort((a, b) => position(a) - position(b));
  const groups: T[][] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    if (last && position(item) - position(last[last.length - 1]) <= NEAR) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

/** Positions closer than NEAR as one (their mean), sorted. */
const cluster = (values: number[]): number[] => groupNear(values, (v) => v).map((g) => g.reduce((a, b) => a + b, 0) / g.length);

const covers = (lines: Segment[], at: number, from: number, to: number) => lines.some((l) => Math.abs(l.at - at) <= NEAR && l.from <= from + NEAR && l.to >= to - NEAR);

function gridOf(horizontals: Segment[], verticals: Segment[]): PdfTable | undefined {
  // a table cut by a page break has no ruling at the cut, and some tables no frame: the other lines' ends stand in
  const ends = (lines: Segment[]) => (lines.length ? [Math.min(...lines.map((l) => l.from)), Math.max(...lines.map((l) => l.to))] : []);
  const xs = cluster([...verticals.map((v) => v.at), ...ends(horizontals)]);
  const ys = cluster([...horizontals.map((h) => h.at), ...ends(verticals)]).reverse(); // top first
  if (xs.length < 2 || ys.length < 2) return undefined;
  const rows = ys.length - 1;
  const columns = xs.length - 1;
  // runs of grid cells with no vertical line between them (a colspan), row by row; then runs of the
  // same extent with no horizontal line between them (a rowspan). Two passes keep every cell a
  // rectangle where a row has fewer cells than its neighbours (space with no borders at its end).
  const open: { r0: number; r1: number; c0: number; c1: number }[] = [];
  const cells: PdfCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c0 = 0, c1 = 0; c0 < columns; c0 = c1 = c1 + 1) {
      while (c1 + 1 < columns && !covers(verticals, xs[c1 + 1], ys[r + 1], ys[r])) c1++;
      const above = open.find((o) => o.r1 === r - 1 && o.c0 === c0 && o.c1 === c1 && !covers(horizontals, ys[r], xs[c0], xs[c1 + 1]));
      if (above) above.r1 = r;
      else open.push({ r0: r, r1: r, c0, c1 });
    }
  }
  for (const { r0, r1, c0, c1 } of open) cells.push({ row: r0, column: c0, rows: r1 - r0 + 1, columns: c1 - c0 + 1, box: { x0: xs[c0], x1: xs[c1 + 1], y0: ys[r1 + 1], y1: ys[r0] } });
  cells.sort((a, b) => a.row - b.row || a.column - b.column);
  const ruled = (y: number) => horizontals.some((h) => Math.abs(h.at - y) <= NEAR);
  return { box: { x0: xs[0], x1: xs[columns], y0: ys[rows], y1: ys[0] }, cells, rows, openTop: !ruled(ys[0]), openBottom: !ruled(ys[rows]) };
}

/** The tables a page's ruling lines draw (a frame with no inner lines is one cell, not a table). */
export function tablesOf(rulings: Segment[]): PdfTable[] {
  const horizontals = mergeSegments(rulings.filter((s) => s.horizontal));
  const verticals = mergeSegments(rulings.filter((s) => !s.horizontal));
  // connected lines: union-find over horizontals then verticals
  const all = [...horizontals, ...verticals];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  horizontals.forEach((h, i) =>
    verticals.forEach((v, j) => {
      if (touches(h, v)) parent[find(i)] = find(horizontals.length + j);
    }),
  );
  const components = new Map<number, Segment[]>();
  all.forEach((s, i) => {
    const root = find(i);
    components.set(root, [...(components.get(root) ?? []), s]);
  });
  const tables: PdfTable[] = [];
  for (const lines of components.values()) {
    const table = gridOf(
      lines.filter((s) => s.horizontal),
      lines.filter((s) => !s.horizontal),
    );
    if (table && table.cells.length > 1) tables.push(table);
  }
  return tables.sort((a, b) => b.box.y1 - a.box.y1);
}
