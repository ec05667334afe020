// A page's operator list → its ruling lines and pictures. Tables are drawn as thin filled
// rectangles (Chromium, Word) or stroked lines (WPS, LibreOffice); both become segments.
import { apply, IDENTITY, multiply, type Box, type Matrix, type Segment } from './geometry';

/** The operator codes read here (pdfjs's `OPS`; passed in so that this file needs no pdfjs build). */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintImageXObjectRepeat: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** A filled rectangle this thin (points) is a line. */
const THIN = 2.5;
/** Pictures smaller than this (points, either side) are bullets and logos, not tables. */
const MIN_PICTURE = 40;
// pdfjs's path buffer codes (DrawOPS)
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;
const CLOSE = 4;

export interface PageGraphics {
  rulings: Segment[];
  pictures: Box[];
}

function boxOf(points: [number, number][]): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** A subpath's axis-aligned straight pieces, in page space. */
function subpaths(buffer: ArrayLike<number>, ctm: Matrix): { points: [number, number][]; straight: boolean }[] {
  const out: { points: [number, number][]; straight: boolean }[] = [];
  let current: { points: [number, number][]; straight: boolean } | undefined;
  for (let k = 0; k < buffer.length; ) {
    const op = buffer[k++];
    if (op === MOVE) {
      current = { points: [apply(ctm, buffer[k], buffer[k + 1])], straight: true };
      out.push(current);
      k += 2;
    } else if (op === LINE) {
      current?.points.push(apply(ctm, buffer[k], buffer[k + 1]));
      k += 2;
    } else if (op === CURVE) {
      if (current) current.straight = false;
      k += 6;
    } else if (op === QUADRATIC) {
      if (current) current.straight = false;
      k += 4;
    } else if (op === CLOSE) {
      if (current?.points.length) current.points.push(current.points[0]);
    } else break;
  }
  return out;
}

function filledLine(points: [number, number][]): Segment | undefined {
  const b = boxOf(points);
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  if (Math.min(w, h) > THIN || Math.max(w, h) <= THIN) return undefined;
  return w > h ? { horizontal: true, at: (b.y0 + b.y1) / 2, from: b.x0, to: b.x1 } : { horizontal: false, at: (b.x0 + b.x1) / 2, from: b.y0, to: b.y1 };
}

function strokedLines(points: [number, number][]): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    if (Math.abs(y1 - y0) < 0.5 && Math.abs(x1 - x0) > 1) out.push({ horizontal: true, at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
    else if (Math.abs(x1 - x0) < 0.5 && Math.abs(y1 - y0) > 1) out.push({ horizontal: false, at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
  }
  return out;
}

export function pageGraphics(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, OPS: OpCodes): PageGraphics {
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const pictureOps = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);
  const rulings: Segment[] = [];
  const pictures: Box[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.constructPath) {
      // [paint op, [path buffer], bounds]; a path only clipped (endPath) draws nothing
      const paint = args[0] as number;
      const buffer = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
      if (!buffer || (!strokes.has(paint) && !fills.has(paint))) continue;
      for (const { points, straight } of subpaths(buffer, ctm)) {
        if (!straight || points.length < 2) continue;
        if (fills.has(paint)) {
          const line = filledLine(points);
          if (line) rulings.push(line);
        }
        if (strokes.has(paint)) rulings.push(...strokedLines(points));
      }
    } else if (pictureOps.has(fn)) {
      const box = boxOf([apply(ctm, 0, 0), apply(ctm, 1, 0), apply(ctm, 0, 1), apply(ctm, 1, 1)]);
      if (box.x1 - box.x0 >= MIN_PICTURE && box.y1 - box.y0 >= MIN_PICTURE) pictures.push(box);
    }
  }
  return { rulings, pictures };
}
