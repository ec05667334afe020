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
    for (const row of Object.keys(data)) {
      for (const [column, cell] of Object.entries(data[row])) {
        if (cell.status !== 'blank') continue;
        const where = cellPlace(table, ctx.template, row, column);
        findings.push(this.finding({ section: TABLE_SECTION[table], table, row, column, actual: cell.raw }, 'cell-missing', { where }));
      }
    }
    return findings;
  },
});
