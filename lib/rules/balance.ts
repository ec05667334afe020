import { valueShown } from '../messages';
import { namesFor } from '../names';
import { REQUEST_COLUMNS } from '../template';
import { defineRule } from './rule';
import { differs, numberIn } from './sums';

/** 第一项加第二项之和，等于第三项加第四项之和: row 4 must be 1 + 2 − 3.7, column by column. */
export default defineRule({
  id: 'balance',
  severity: 'error',
  stage: 'table',
  tables: ['requests'],
  run(ctx, table, { data }) {
    const names = namesFor(table, ctx.template);
    const findings = [];
    for (const { key: column } of REQUEST_COLUMNS) {
      const [received, carried, handled, carriedOn] = ['1', '2', '3.7', '4'].map((row) => numberIn(data[row], column));
      if (received === undefined || carried === undefined || handled === undefined || carriedOn === undefined) continue;
      const due = received + carried - handled;
      if (!differs(due, carriedOn)) continue;
      const place = { section: 3, table, row: '4', column, expected: due, actual: carriedOn };
      findings.push(this.finding(place, 'balance', { column: names.column(column), actual: valueShown(data['4']?.[column]), expected: due, received, carried, handled }));
    }
    return findings;
  },
});
