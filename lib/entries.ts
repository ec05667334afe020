// Table rows → labelled entries: a label and the value cells that follow it. Works for grids
// (label and values on one row) and for cell streams (a label row, then value-only rows).
import type { GridCell, GridRow } from './grid';
import { isPlaceholder, looksNumeric } from './number';
import { hasCjk } from './normalize';
import { compactOf } from './match';

export interface Entry<S> {
  labels: GridCell<S>[];
  values: GridCell<S>[];
}

const NUMBERED = /^[(（]?[一二三四五六七八九十]+[)）、]/;

/** A cell that names a row rather than holding a value ("若干" in a value slot stays a value). */
export function isLabelCell(text: string, known: (text: string) => boolean): boolean {
  if (!text || !hasCjk(text) || isPlaceholder(text) || looksNumeric(text)) return false;
  return compactOf(text).length >= 3 || NUMBERED.test(text) || known(text);
}

/** A value: a number or a placeholder. Text led by an ideograph and longer than 暂无 is neither, told without a regex (every label of a table is asked). */
function isValueCell(text: string): boolean {
  if (text === '') return false;
  const c = text.charCodeAt(0);
  if (c >= 0x3400 && c <= 0x9fff && text.length > 2) return false;
  return looksNumeric(text) || isPlaceholder(text);
}

/**
 * The row's last label cell: labels lead a row, values follow. Text after a value is a value that
 * is not a number (a total that says 待统计), not a label: it must not take the row's values away.
 * A value before the first label (a row number) does not end the labels.
 */
function lastLabel<S>(row: GridRow<S>, known: (text: string) => boolean): number {
  // the common row, read from the right as before: values, then its one label
  let last = row.length - 1;
  while (last >= 0 && !isLabelCell(row[last].text, known)) last--;
  let valueBefore = false;
  for (let i = 0; i < last && !valueBefore; i++) valueBefore = isValueCell(row[i].text);
  if (!valueBefore) return last;
  // a value left of that "label": read from the left, the labels end at the first value after one
  last = -1;
  for (let i = 0; i < row.length; i++) {
    const text = row[i].text;
    if (isLabelCell(text, known)) last = i;
    else if (last >= 0 && isValueCell(text)) break;
  }
  return last;
}

export function readEntries<S>(rows: GridRow<S>[], known: (text: string) => boolean): Entry<S>[] {
  const entries: Entry<S>[] = [];
  let streaming: Entry<S> | undefined;
  for (const row of rows) {
    const last = lastLabel(row, known);
    if (last < 0) {
      if (streaming) streaming.values.push(...row);
      else entries.push({ labels: [], values: row.slice() });
      continue;
    }
    const labels: GridCell<S>[] = [];
    for (let i = 0; i <= last; i++) if (row[i].text !== '') labels.push(row[i]);
    const entry = { labels, values: row.slice(last + 1) };
    entries.push(entry);
    streaming = entry.values.length === 0 ? entry : undefined;
  }
  return entries;
}

/** Fits a run of value cells to `width`: span artefacts (empty cells) dropped from the ends first. */
export function fitValues<S>(values: GridCell<S>[], width: number): { cells: (GridCell<S> | undefined)[]; extra: number } {
  let start = 0;
  let end = values.length;
  while (end - start > width && values[end - 1].text === '') end--;
  while (end - start > width && values[start].text === '') start++;
  const extra = Math.max(0, end - start - width);
  const cells: (GridCell<S> | undefined)[] = [];
  // extra cells sit before the last one (the total): keep the leading columns and the total
  for (let i = 0; i < width; i++) cells.push(extra && i === width - 1 ? values[end - 1] : start + i < end ? values[start + i] : undefined);
  return { cells, extra };
}
