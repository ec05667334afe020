import { describe, expect, it } from 'vitest';
import { clipTo, placeAbove, placeMark, type Box } from '../../components/overlay/place';

const doc = { width: 1000, height: 2000 };
const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeMark', () => {
  it('goes inside the top-right corner of a roomy cell', () => {
    const cell = { left: 100, top: 100, width: 80, height: 30 };
    const text = { left: 135, top: 107, width: 10, height: 16 };
    const m = placeMark(cell, text, 18, 0, doc);
    expect(m).toEqual({ left: 161, top: 101, width: 18, height: 18 });
    expect(overlaps(m, text)).toBe(false);
  });
  it('moves off the number in a narrow cell', () => {
    const cell = { left: 100, top: 100, width: 34, height: 53 };
    const text = { left: 112, top: 117, width: 9, height: 17 };
    expect(overlaps(placeMark(cell, text, 18, 0, doc), text)).toBe(false);
    const wide = { left: 101, top: 102, width: 32, height: 50 };
    expect(overlaps(placeMark(cell, wide, 18, 0, doc), wide)).toBe(false);
  });
  it('lines further findings of a cell up to the left', () => {
    const cell = { left: 100, top: 100, width: 80, height: 30 };
    expect(placeMark(cell, null, 18, 1, doc).left).toBe(161 - 20);
  });
  it('never leaves the document (a mark there would widen the page)', () => {
    const m = placeMark({ left: 990, top: 0, width: 10, height: 10 }, { left: 990, top: 0, width: 10, height: 10 }, 18, 0, doc);
    expect(m.left + m.width).toBeLessThanOrEqual(doc.width);
    expect(m.top).toBeGreaterThanOrEqual(0);
  });
});

describe('placeAbove', () => {
  it('sits above the right end of the table', () => {
    expect(placeAbove({ left: 0, top: 100, width: 500, height: 300 }, 18, doc)).toEqual({ left: 482, top: 79, width: 18, height: 18 });
  });
});

describe('clipTo', () => {
  it('keeps the visible part, or null when scrolled out of its wrapper', () => {
    const cell = { left: 50, top: 50, width: 100, height: 20 };
    expect(clipTo(cell, [{ left: 0, top: 0, width: 100, height: 100 }])).toEqual({ left: 50, top: 50, width: 50, height: 20 });
    expect(clipTo(cell, [{ left: 200, top: 0, width: 100, height: 100 }])).toBeNull();
  });
});
