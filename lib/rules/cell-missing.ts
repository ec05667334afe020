import { cellPlace } from '../names';
import { TABLE_SECTION } from '../template';
import { defineRule } from './rule';

export default defineRule({
  id: 'cell-missing',
  severity: 'warning',
  stage: 'table',
  tables: ['active', 'requests', 'appeals'],
  run(ctx, table, { data }) {
    const findings = [];
    // for…in, not entries(): every cell of every table passes here, and most hold a number
    for (const row in data) {
      const cells = data[row];
      for (const column in cells) {
        const cell = cells[column];
        if (cell.status !== 'blank') continue;
        const where = cellPlace(table, ctx.template, row, column);
        findings.push(this.finding({ section: TABLE_SECTION[table], table, row, column, actual: cell.raw }, 'cell-missing', { where }));
      }
    }
    return findings;
  },
});
