import { namesFor } from '../names';
import { defineRule, type Finding } from './rule';
import { differs } from './sums';

/** 现行有效 carries on: last year's in force + this year's issued − repealed (documents also lapse, hence info). */
export default defineRule({
  id: 'stock-mismatch',
  severity: 'info',
  stage: 'across',
  compare(earlier, later) {
    const found: { later: Finding[]; earlier: Finding[] } = { later: [], earlier: [] };
    if (earlier.template !== '2021' || later.template !== '2021') return found;
    const names = namesFor('active', '2021');
    for (const row of ['rules', 'normative_docs']) {
      const previous = earlier.active[row]?.in_force;
      const { issued, repealed, in_force: actual } = later.active[row] ?? {};
      if (previous == null || issued == null || repealed == null || actual == null) continue;
      const expected = previous + issued - repealed;
      if (!differs(expected, actual)) continue;
      const params = { row: names.row(row), actual, previous, issued, repealed, expected, earlierYear: earlier.year ?? '', earlier: earlier.origin };
      found.later.push(this.finding({ section: 2, table: 'active', row, column: 'in_force', expected, actual }, 'stock-mismatch', params));
    }
    return found;
  },
});
