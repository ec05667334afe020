import { tableName } from '../tables/common';
import { ACTIVE_BLOCKS, perTemplate, REQUEST_ROWS, TABLE_SECTION } from '../template';
import { defineRule } from './rule';

const activeRows = perTemplate((template) => ACTIVE_BLOCKS[template].flatMap((b) => b.rows));

export default defineRule({
  id: 'row-missing',
  severity: 'error',
  stage: 'table',
  tables: ['active', 'requests'],
  run(ctx, table, read) {
    const rows = table === 'requests' ? REQUEST_ROWS[ctx.template] : activeRows(ctx.template);
    return rows
      .filter((r) => !read.rows.has(r.key))
      .map((r) => this.finding({ section: TABLE_SECTION[table], table, row: r.key }, 'row-missing', { table: tableName(table), label: r.label }));
  },
});
