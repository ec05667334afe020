// Table 三: requests received and handled.
import { readEntries, fitValues, type Entry } from '../entries';
import type { GridRow } from '../grid';
import { bestMatch, labelSimilarity } from '../match';
import { makeFinding } from '../messages';
import { compactLabel } from '../normalize';
import { REQUEST_COLUMNS, REQUEST_ROWS, type RequestRowDef, type TemplateId } from '../template';
import { newRead, putCell, tableName, type TableRead } from './common';

const HEADER_WORDS = ['自然人', '法人或其他组织', '商业企业', '申请人情况', '勾稽关系'];
const GROUPS = ['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'];

const rowName = (row: RequestRowDef) => ({ zh: row.label, en: row.key });

/** The template row an entry's label names, judged by its last label cell that names one. */
function matchRow(entry: Entry<unknown>, rows: RequestRowDef[]): { row: RequestRowDef; exact: boolean; found: string } | undefined {
  for (let i = entry.labels.length - 1; i >= 0; i--) {
    const text = entry.labels[i].text;
    // "3.其他" and "其他处理" are short: only an exact match counts for them
    const hit = bestMatch(text, rows, (r) => [r.label]);
    if (hit && (hit.score === 1 || compactLabel(hit.item.label).length > 3)) return { row: hit.item, exact: hit.score === 1, found: text };
    if (GROUPS.some((g) => labelSimilarity(text, g) === 1)) return undefined;
  }
  return undefined;
}

export function readRequests<S>(tableRows: GridRow<S>[], template: TemplateId): TableRead<S> {
  const read = newRead<S>();
  const rows = REQUEST_ROWS[template];
  const known = (text: string) => rows.some((r) => labelSimilarity(text, r.label) >= 0.8) || GROUPS.some((g) => labelSimilarity(text, g) === 1);
  const entries = readEntries(tableRows, known).filter((e) => e.values.length > 0 && !e.labels.some((c) => HEADER_WORDS.some((w) => c.text.includes(w))));
  const matched = entries.map((e) => matchRow(e, rows));
  const order = (row: RequestRowDef) => rows.indexOf(row);
  // for each entry, the template position of the next entry with a recognised label (−1: none)
  const nextKnown = new Array<number>(entries.length);
  for (let i = entries.length - 1, next = -1; i >= 0; i--) {
    nextKnown[i] = next;
    if (matched[i]) next = order(matched[i]!.row);
  }
  let extra = 0;
  let previous = -1;
  entries.forEach((entry, i) => {
    let hit = matched[i];
    if (hit && read.rows.has(hit.row.key)) return; // a repeat
    if (!hit) {
      if (entry.values.every((v) => v.text === '')) return; // a label cut in two: its second half holds no values
      // a row without a recognisable label takes the next free slot, if one is free before the next known row
      const slot = rows[previous + 1];
      if (!slot || (nextKnown[i] >= 0 && nextKnown[i] <= previous + 1)) return;
      hit = { row: slot, exact: false, found: '' };
      read.findings.push(makeFinding('label-mismatch', 'info', { table: 'requests', row: slot.key }, 'label-position', { table: tableName('requests'), label: slot.label }));
    } else if (!hit.exact) {
      read.findings.push(
        makeFinding('label-mismatch', 'info', { table: 'requests', row: hit.row.key }, 'label-row', { table: tableName('requests'), found: hit.found, label: hit.row.label }),
      );
    }
    previous = Math.max(previous, order(hit.row));
    read.rows.add(hit.row.key);
    const fitted = fitValues(entry.values, REQUEST_COLUMNS.length);
    extra = Math.max(extra, fitted.extra);
    REQUEST_COLUMNS.forEach((column, c) => putCell(read, 'requests', { key: hit.row.key, label: rowName(hit.row) }, column, fitted.cells[c]));
  });
  if (extra) read.findings.push(makeFinding('label-mismatch', 'info', { table: 'requests' }, 'label-extra-column', { table: tableName('requests'), count: extra }));
  return read;
}
