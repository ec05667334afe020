// Where a mark goes: at a corner of its cell, never over the cell's own text, never past the
// document's edge (a mark there would widen the page's scroll area). Pure geometry.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/**
 * A square mark of `size` for the `index`-th finding of a cell: inside the top-right corner if
 * that leaves the text free, else straddling the corner, else above the cell. Further findings
 * on the same cell line up to the left of the first.
 */
export function placeMark(cell: Box, text: Box | null, size: number, index: number, doc: { width: number; height: number }): Box {
  const shift = index * (size + 2);
  const right = cell.left + cell.width;
  const candidates: Box[] = [
    { left: right - size - 1 - shift, top: cell.top + 1, width: size, height: size },
    { left: right - size / 2 - shift, top: cell.top - size / 2, width: size, height: size },
    { left: right - size - shift, top: cell.top - size - 1, width: size, height: size },
  ];
  const free = candidates.find((c) => text == null || !overlaps(c, text)) ?? candidates[candidates.length - 1];
  return {
    left: clamp(free.left, 0, doc.width - size),
    top: clamp(free.top, 0, doc.height - size),
    width: size,
    height: size,
  };
}

/**
 * A finding about a paragraph: in the margin left of its first line, else (no margin) just inside
 * its right edge. Further findings on the same paragraph line up below the first.
 */
export function placeBeside(paragraph: Box, size: number, index: number, doc: { width: number; height: number }): Box {
  const inMargin = paragraph.left - size - 6 >= 0;
  return {
    left: clamp(inMargin ? paragraph.left - size - 6 : paragraph.left + paragraph.width - size, 0, doc.width - size),
    top: clamp(paragraph.top + 2 + index * (size + 2), 0, doc.height - size),
    width: size,
    height: size,
  };
}

/** A table's ✓: just above its top-right corner, where the heading text rarely reaches. */
export function placeAbove(table: Box, size: number, doc: { width: number; height: number }): Box {
  return {
    left: clamp(table.left + table.width - size, 0, doc.width - size),
    top: clamp(table.top - size - 3, 0, doc.height - size),
    width: size,
    height: size,
  };
}

/** The part of `box` left visible by its clipping ancestors (scrolling wrappers), or null. */
export function clipTo(box: Box, clips: Box[]): Box | null {
  let { left, top } = box;
  let right = box.left + box.width;
  let bottom = box.top + box.height;
  for (const c of clips) {
    left = Math.max(left, c.left);
    top = Math.max(top, c.top);
    right = Math.min(right, c.left + c.width);
    bottom = Math.min(bottom, c.top + c.height);
  }
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
}
