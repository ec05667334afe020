// Page geometry in PDF points, y upwards (the PDF's own space): what the PDF front end reads.

export type Matrix = [number, number, number, number, number, number];
export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `inner` applied first, then `outer` (PDF's CTM product). */
export const multiply = (outer: Matrix, inner: Matrix): Matrix => [
  outer[0] * inner[0] + outer[2] * inner[1],
  outer[1] * inner[0] + outer[3] * inner[1],
  outer[0] * inner[2] + outer[2] * inner[3],
  outer[1] * inner[2] + outer[3] * inner[3],
  outer[0] * inner[4] + outer[2] * inner[5] + outer[4],
  outer[1] * inner[4] + outer[3] * inner[5] + outer[5],
];
export const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A ruling line: horizontal at y = `at` from x = `from` to `to`, or vertical at x = `at`. */
export interface Segment {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

/** A run of text as the PDF draws it: often one CJK character. */
export interface Glyph {
  text: string;
  /** left end and baseline */
  x: number;
  y: number;
  width: number;
  /** the font size */
  size: number;
}

export const glyphCenter = (g: Glyph): [number, number] => [g.x + g.width / 2, g.y + g.size * 0.35];
export const contains = (b: Box, x: number, y: number): boolean => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;
