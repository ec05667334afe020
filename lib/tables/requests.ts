// Table 三: requests received and handled.
import { readEntries, fitValues, type Entry } from '../entries';
import type { GridRow } from '../grid';
import { compactOf, LabelIndex, type Match } from '../match';
import { perTemplate, REQUEST_COLUMNS, REQUEST_ROWS, type RequestRowDef, type TemplateId } from '../template';
import { newRead, putRow, tableName, type TableRead } from './common';

// the column headings' words: one pattern, one scan of a label
const HEADER_WORDS = /自然人|法人或其他组织|商业企业|申请人情况|勾稽关系/;
const GROUP_LABELS = ['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'];
const GROUPS = new LabelIndex(GROUP_LABELS, (g) => [g]);

interface RowIndex {
  rows: RequestRowDef[];
  labels: LabelIndex<RequestRowDef>;
  /** "3.其他" and "其他处理" are short: only an exact match counts for them */
  short: Set<RequestRowDef>;
  order: Map<RequestRowDef, number>;
  /** a group heading's best row (a match depends on the label's compact form only): its search done once */
  groupBest: Map<string, Match<RequestRowDef> | undefined>;
}
const indexOf = perTemplate((template): RowIndex => {
  const rows = REQUEST_ROWS[template];
  const short = new Set(rows.filter((r) => compactOf(r.label).length <= 3));
  const labels = new LabelIndex(rows, (r) => [r.label]);
  const groupBest = new Map(GROUP_LABELS.map((g) => [g, labels.best(g)]));
  return { rows, labels, short, order: new Map(rows.map((r, i) => [r, i])), groupBest };
});

interface RowHit {
  row: RequestRowDef;
  exact: boolean;
  found: string;
}

/** The template row an entry's label names, judged by its last label cell that names one. */
function matchRow(entry: Entry<unknown>, index: RowIndex): RowHit | undefined {
  for (let i = entry.labels.length - 1; i >= 0; i--) {
    const text = entry.labels[i].text;
    const group = GROUPS.exact(text);
    const hit = group === undefined ? index.labels.best(text) : index.groupBest.get(group);
    if (hit && (hit.score === 1 || !index.short.has(hit.item))) return { row: hit.item, exact: hit.score === 1, found: text };
    if (group !== undefined) return undefined;
  }
  return undefined;
}

const isHeader = (entry: Entry<unknown>): boolean => entry.labels.some((c) => HEADER_WORDS.test(c.text));

export function readRequests<S>(tableRows: GridRow<S>[], template: TemplateId): TableRead<S> {
  const read = newRead<S>();
  const index = indexOf(template);
  const { rows, order } = index;
  const known = (text: string) => (index.labels.best(text)?.score ?? 0) >= 0.8 || GROUPS.exact(text) !== undefined;
  const entries = readEntries(tableRows, known).filter((e) => e.values.length > 0 && !isHeader(e));
  const matched = entries.map((e) => matchRow(e, index));
  // for each entry, the template position of the next entry with a recognised label (−1: none)
  const nextKnown = new Array<number>(entries.length);
  for (let i = entries.length - 1, next = -1; i >= 0; i--) {
    nextKnown[i] = next;
    const hit = matched[i];
    if (hit) next = order.get(hit.row)!;
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
      read.labels.push({ place: { table: 'requests', row: slot.key }, key: 'label-position', params: { table: tableName('requests'), label: slot.label } });
    } else if (!hit.exact) {
      read.labels.push({ place: { table: 'requests', row: hit.row.key }, key: 'label-row', params: { table: tableName('requests'), found: hit.found, label: hit.row.label } });
    }
    previous = Math.max(previous, order.get(hit.row)!);
    read.rows.add(hit.row.key);
    const fitted = fitValues(entry.values, REQUEST_COLUMNS.length);
    extra = Math.max(extra, fitted.extra);
    putRow(read, 'requests', { key: hit.row.key, label: { zh: hit.row.label, en: hit.row.key } }, REQUEST_COLUMNS, fitted.cells);
  });
  if (extra) read.labels.push({ place: { table: 'requests' }, key: 'label-extra-column', params: { table: tableName('requests'), count: extra } });
  return read;
}
