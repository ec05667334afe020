// Table 四: administrative reviews and lawsuits, fifteen numbers in one row.
import { fitValues, readEntries } from '../entries';
import type { GridRow } from '../grid';
import { APPEAL_COLUMNS, APPEAL_GROUPS } from '../template';
import { newRead, putRow, type NamedColumn, type TableRead } from './common';

const HEADER_WORDS = ['行政复议', '行政诉讼', '维持', '纠正', '其他', '审结', '总计', '结果', '起诉'];
const known = (text: string) => HEADER_WORDS.some((w) => text.includes(w));

/** The one row's fifteen columns, group by group. */
const COLUMNS: NamedColumn[] = APPEAL_GROUPS.flatMap((group) =>
  APPEAL_COLUMNS.map((column) => {
    const key = `${group.key}.${column.key}`;
    const name = { zh: `${group.label}·${column.label}`, en: key };
    return { key, label: name.zh, kind: 'count' as const, name };
  }),
);

export function readAppeals<S>(tableRows: GridRow<S>[]): TableRead<S> {
  const read = newRead<S>();
  const entries = readEntries(tableRows, known);
  // the values are whatever follows the last heading cell
  const lastHeading = entries.map((e) => e.labels.length > 0).lastIndexOf(true);
  const values = entries.slice(Math.max(lastHeading, 0)).flatMap((e) => e.values);
  const { cells } = fitValues(values, COLUMNS.length);
  read.rows.add('');
  putRow(read, 'appeals', { key: '', label: { zh: '', en: '' } }, COLUMNS, cells);
  return read;
}
