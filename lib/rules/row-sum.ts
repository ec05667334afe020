import { sumTerms, valueShown } from '../messages';
import { namesFor } from '../names';
import { APPLICANT_COLUMNS, REQUEST_ROWS } from '../template';
import { defineRule } from './rule';
import { differs, numberIn, sumOf } from './sums';

export default defineRule({
  id: 'row-sum',
  severity: 'error',
  stage: 'table',
  tables: ['requests'],
  run(ctx, table, { data }) {
    const names = namesFor(table, ctx.template);
    const findings = [];
    for (const { key: row } of REQUEST_ROWS[ctx.template]) {
      const cells = data[row];
      if (!cells) continue;
      const parts = APPLICANT_COLUMNS.map((c) => numberIn(cells, c));
      const expected = sumOf(parts);
      const actual = numberIn(cells, 'total');
      if (expected === undefined || actual === undefined || !differs(expected, actual)) continue;
      const place = { section: 3, table, row, column: 'total', expected, actual };
      findings.push(this.finding(place, 'row-sum', { row: names.row(row), actual: valueShown(cells.total), expected, terms: sumTerms(parts as number[]) }));
    }
    return findings;
  },
});
