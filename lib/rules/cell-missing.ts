import { cellPlace } from '../names';
import { TABLE_SECTION } from '../template';
import { defineRule } from './rule';
import { cellsWith } from './sums';

export default defineRule({
  id: 'cell-missing',
  severity: 'warning',
  stage: 'table',
  tables: ['active', 'requests', 'appeals'],
  run(ctx, table, { data }) {
    return cellsWith(data, 'blank').map(({ row, column, cell }) =>
      this.finding({ section: TABLE_SECTION[table], table, row, column, actual: cell.raw }, 'cell-missing', { where: cellPlace(table, ctx.template, row, column) }),
    );
  },
});
