import { sumTerms, valueShown } from '../messages';
import { namesFor } from '../names';
import { REQUEST_COLUMNS, resultLeaves } from '../template';
import { defineRule } from './rule';
import { differs, numberIn, sumOf } from './sums';

export default defineRule({
  id: 'column-sum',
  severity: 'error',
  stage: 'table',
  tables: ['requests'],
  run(ctx, table, { data }) {
    const names = namesFor(table, ctx.template);
    const leafRows = resultLeaves(ctx.template).map((row) => data[row]);
    const handled = data['3.7'];
    const findings = [];
    for (const { key: column } of REQUEST_COLUMNS) {
      const leaves = leafRows.map((cells) => numberIn(cells, column));
      const expected = sumOf(leaves);
      const actual = numberIn(handled, column);
      if (expected === undefined || actual === undefined || !differs(expected, actual)) continue;
      const place = { section: 3, table, row: '3.7', column, expected, actual };
      findings.push(this.finding(place, 'column-sum', { column: names.column(column), actual: valueShown(handled?.[column]), expected, terms: sumTerms(leaves as number[]) }));
    }
    return findings;
  },
});
