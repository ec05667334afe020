import { localised } from '../messages';
import { cellPlace } from '../names';
import { normalizeText } from '../normalize';
import { TABLE_SECTION } from '../template';
import { defineRule } from './rule';
import { cellsWith } from './sums';

function invalidReason(raw: string): 'negative' | 'fraction' | 'text' {
  const text = normalizeText(raw).replace(/\s/g, '');
  if (/^-\d/.test(text)) return 'negative';
  if (/^\d[\d,]*\.\d+/.test(text)) return 'fraction';
  return 'text';
}

export default defineRule({
  id: 'cell-invalid',
  severity: 'error',
  stage: 'table',
  tables: ['active', 'requests', 'appeals'],
  run(ctx, table, { data }) {
    return cellsWith(data, 'invalid').map(({ row, column, cell }) => {
      const where = cellPlace(table, ctx.template, row, column);
      const reason = localised(`reason.${invalidReason(cell.raw)}`);
      return this.finding({ section: TABLE_SECTION[table], table, row, column, actual: cell.raw }, 'cell-invalid', { where, raw: cell.raw, reason });
    });
  },
});
