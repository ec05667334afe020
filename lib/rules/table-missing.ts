import { tableName } from '../tables/common';
import { TABLE_SECTION, TABLE_ORDER } from '../template';
import { defineRule } from './rule';

export default defineRule({
  id: 'table-missing',
  severity: 'error',
  stage: 'document',
  run(ctx) {
    return TABLE_ORDER.filter((table) => !ctx.reads[table]).map((table) => {
      const n = TABLE_SECTION[table];
      const range = ctx.sectionRange(n);
      // a picture where the table should be says why it cannot be read
      const image = range !== undefined && ctx.blocks.slice(range[0], range[1]).some((b) => b.kind === 'image');
      return this.finding({ section: n, table }, image ? 'table-image' : 'table-missing', { n, table: tableName(table) });
    });
  },
});
