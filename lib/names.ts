// How findings name a table's rows and columns: the template's label in Chinese, the key in English.
import { localised, type Localised } from './messages';
import { tableName } from './tables/common';
import { ACTIVE_BLOCKS, APPEAL_COLUMNS, APPEAL_GROUPS, perTemplate, REQUEST_COLUMNS, REQUEST_ROWS, type TableKey, type TemplateId } from './template';

export type Names = { row: (key: string) => Localised; column: (key: string) => Localised };

function namesOf(items: readonly { key: string; label: string }[]): (key: string) => Localised {
  const byKey = new Map<string, Localised>();
  for (const { key, label } of items) if (!byKey.has(key)) byKey.set(key, { zh: label, en: key });
  return (key) => byKey.get(key) ?? { zh: key, en: key };
}

const requestNames = perTemplate((template): Names => ({ row: namesOf(REQUEST_ROWS[template]), column: namesOf(REQUEST_COLUMNS) }));

const activeNames = perTemplate((template): Names => {
  const blocks = ACTIVE_BLOCKS[template];
  return { row: namesOf(blocks.flatMap((b) => b.rows)), column: namesOf(blocks.flatMap((b) => b.columns)) };
});

const appealNames: Names = {
  row: () => ({ zh: '', en: '' }),
  column: (key) => {
    const [group, column] = key.split('.');
    const g = APPEAL_GROUPS.find((x) => x.key === group);
    const c = APPEAL_COLUMNS.find((x) => x.key === column);
    return { zh: `${g?.label ?? group}·${c?.label ?? column}`, en: key };
  },
};

export const namesFor = (table: TableKey, template: TemplateId): Names =>
  table === 'requests' ? requestNames(template) : table === 'active' ? activeNames(template) : appealNames;

/** "收到和处理政府信息公开申请情况表「…」行「…」列": where a cell is, in words. */
export function cellPlace(table: TableKey, template: TemplateId, row: string, column: string): Localised {
  const names = namesFor(table, template);
  return table === 'appeals'
    ? localised('where.appeal', { table: tableName(table), column: names.column(column) })
    : localised('where.cell', { table: tableName(table), row: names.row(row), column: names.column(column) });
}
