// The arithmetic of REPORT-FORMAT.md "Rules": blank counts as 0 (reported once per cell),
// an invalid cell suspends every sum it takes part in.
import { localised, makeFinding, sumTerms, type Localised } from './messages';
import { normalizeText } from './normalize';
import type { Finding, TableData } from './report';
import { tableName } from './tables/common';
import { ACTIVE_BLOCKS, APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_COLUMNS, perTemplate, REQUEST_COLUMNS, REQUEST_ROWS, resultLeaves, TABLE_SECTION, type TableKey, type TemplateId } from './template';

type Names = { row: (key: string) => Localised; column: (key: string) => Localised };

const differs = (a: number, b: number): boolean => Math.abs(a - b) > 1e-9;

type RowCells = TableData[string] | undefined;

/** The cell's number for a sum: blank → 0; absent or invalid → undefined (the sum is not checked). */
function numberIn(row: RowCells, column: string): number | undefined {
  const cell = row?.[column];
  if (!cell || cell.status === 'invalid') return undefined;
  return cell.value ?? 0;
}

function sumOf(values: (number | undefined)[]): number | undefined {
  let sum = 0;
  for (const v of values) {
    if (v === undefined) return undefined;
    sum += v;
  }
  return sum;
}

function invalidReason(raw: string): 'negative' | 'fraction' | 'text' {
  const text = normalizeText(raw).replace(/\s/g, '');
  if (/^-\d/.test(text)) return 'negative';
  if (/^\d[\d,]*\.\d+/.test(text)) return 'fraction';
  return 'text';
}

export function checkCells(table: TableKey, data: TableData, names: Names): Finding[] {
  const findings: Finding[] = [];
  for (const row of Object.keys(data)) {
    const columns = data[row];
    for (const column of Object.keys(columns)) {
      const cell = columns[column];
      if (cell.status === 'number') continue;
      const where =
        table === 'appeals'
          ? localised('where.appeal', { table: tableName(table), column: names.column(column) })
          : localised('where.cell', { table: tableName(table), row: names.row(row), column: names.column(column) });
      const place = { section: TABLE_SECTION[table], table, row, column, actual: cell.raw };
      if (cell.status === 'blank') findings.push(makeFinding('cell-missing', 'warning', place, 'cell-missing', { where }));
      else findings.push(makeFinding('cell-invalid', 'error', place, 'cell-invalid', { where, raw: cell.raw, reason: localised(`reason.${invalidReason(cell.raw)}`) }));
    }
  }
  return findings;
}

/** Names of rows or columns by key, in Chinese (the template's label) and English (the key). */
function namesOf(items: readonly { key: string; label: string }[]): (key: string) => Localised {
  const byKey = new Map<string, Localised>();
  for (const { key, label } of items) if (!byKey.has(key)) byKey.set(key, { zh: label, en: key });
  return (key) => byKey.get(key) ?? { zh: key, en: key };
}

export const requestNames = perTemplate((template): Names => ({ row: namesOf(REQUEST_ROWS[template]), column: namesOf(REQUEST_COLUMNS) }));

export const activeNames = perTemplate((template): Names => {
  const blocks = ACTIVE_BLOCKS[template];
  return { row: namesOf(blocks.flatMap((b) => b.rows)), column: namesOf(blocks.flatMap((b) => b.columns)) };
});

export function checkRequests(data: TableData, template: TemplateId): Finding[] {
  const names = requestNames(template);
  const findings: Finding[] = [];
  const place = (row: string, column: string, expected: number, actual: number) => ({ section: 3, table: 'requests' as const, row, column, expected, actual });
  for (const row of REQUEST_ROWS[template]) {
    const cells = data[row.key];
    if (!cells) continue;
    const parts = APPLICANT_COLUMNS.map((c) => numberIn(cells, c));
    const expected = sumOf(parts);
    const actual = numberIn(cells, 'total');
    if (expected === undefined || actual === undefined || !differs(expected, actual)) continue;
    findings.push(makeFinding('row-sum', 'error', place(row.key, 'total', expected, actual), 'row-sum', { row: names.row(row.key), actual, expected, terms: sumTerms(parts as number[]) }));
  }
  const leafRows = resultLeaves(template).map((row) => data[row]);
  const [receivedRow, carriedRow, handledRow, carriedOnRow] = ['1', '2', '3.7', '4'].map((row) => data[row]);
  for (const { key: column } of REQUEST_COLUMNS) {
    const leaves = leafRows.map((cells) => numberIn(cells, column));
    const expected = sumOf(leaves);
    const actual = numberIn(handledRow, column);
    if (expected !== undefined && actual !== undefined && differs(expected, actual)) {
      findings.push(makeFinding('column-sum', 'error', place('3.7', column, expected, actual), 'column-sum', { column: names.column(column), actual, expected, terms: sumTerms(leaves as number[]) }));
    }
    const received = numberIn(receivedRow, column);
    const carried = numberIn(carriedRow, column);
    const handled = actual;
    const carriedOn = numberIn(carriedOnRow, column);
    if (received === undefined || carried === undefined || handled === undefined || carriedOn === undefined) continue;
    const due = received + carried - handled;
    if (!differs(due, carriedOn)) continue;
    findings.push(
      makeFinding('balance', 'error', place('4', column, due, carriedOn), 'balance', { column: names.column(column), actual: carriedOn, expected: due, received, carried, handled }),
    );
  }
  return findings;
}

export const appealNames: Names = {
  row: () => ({ zh: '', en: '' }),
  column: (key) => {
    const [group, column] = key.split('.');
    const g = APPEAL_GROUPS.find((x) => x.key === group);
    const c = APPEAL_COLUMNS.find((x) => x.key === column);
    return { zh: `${g?.label ?? group}·${c?.label ?? column}`, en: key };
  },
};

export function checkAppeals(data: TableData): Finding[] {
  const findings: Finding[] = [];
  for (const group of APPEAL_GROUPS) {
    const parts = APPEAL_COLUMNS.filter((c) => c.key !== 'total').map((c) => numberIn(data[''], `${group.key}.${c.key}`));
    const [expected, actual] = [sumOf(parts), numberIn(data[''], `${group.key}.total`)];
    if (expected === undefined || actual === undefined || !differs(expected, actual)) continue;
    findings.push(
      makeFinding('appeal-sum', 'error', { section: 4, table: 'appeals', row: '', column: `${group.key}.total`, expected, actual }, 'appeal-sum', {
        group: { zh: group.label, en: group.key },
        actual,
        expected,
        terms: sumTerms(parts as number[]),
      }),
    );
  }
  return findings;
}
