import { namesFor } from '../names';
import { REQUEST_COLUMNS } from '../template';
import { defineRule, type Finding } from './rule';
import { differs } from './sums';

/** Year N's 上年结转 (row 2) is year N−1's 结转下年度 (row 4), column by column. */
export default defineRule({
  id: 'carryover-mismatch',
  severity: 'warning',
  stage: 'across',
  compare(earlier, later) {
    const found: { later: Finding[]; earlier: Finding[] } = { later: [], earlier: [] };
    const carriedIn = later.requests['2'];
    const carriedOut = earlier.requests['4'];
    if (!carriedIn || !carriedOut) return found;
    const names = namesFor('requests', later.template ?? '2021');
    for (const { key: column } of REQUEST_COLUMNS) {
      const [into, out] = [carriedIn[column], carriedOut[column]];
      if (into == null || out == null || !differs(into, out)) continue;
      const params = { column: names.column(column), earlierYear: earlier.year ?? '', earlier: earlier.origin, laterYear: later.year ?? '', later: later.origin };
      found.later.push(this.finding({ section: 3, table: 'requests', row: '2', column, expected: out, actual: into }, 'carryover-mismatch', { ...params, expected: out, actual: into }));
      found.earlier.push(this.finding({ section: 3, table: 'requests', row: '4', column, expected: into, actual: out }, 'carryover-mismatch-earlier', { ...params, expected: into, actual: out }));
    }
    return found;
  },
});
