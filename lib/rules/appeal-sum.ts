import { sumTerms, valueShown } from '../messages';
import { APPEAL_COLUMNS, APPEAL_GROUPS } from '../template';
import { defineRule } from './rule';
import { differs, numberIn, sumOf } from './sums';

const PARTS = APPEAL_COLUMNS.filter((c) => c.key !== 'total');

export default defineRule({
  id: 'appeal-sum',
  severity: 'error',
  stage: 'table',
  tables: ['appeals'],
  run(_ctx, table, { data }) {
    const row = data[''];
    const findings = [];
    for (const group of APPEAL_GROUPS) {
      const parts = PARTS.map((c) => numberIn(row, `${group.key}.${c.key}`));
      const column = `${group.key}.total`;
      const [expected, actual] = [sumOf(parts), numberIn(row, column)];
      if (expected === undefined || actual === undefined || !differs(expected, actual)) continue;
      findings.push(
        this.finding({ section: 4, table, row: '', column, expected, actual }, 'appeal-sum', {
          group: { zh: group.label, en: group.key },
          actual: valueShown(row?.[column]),
          expected,
          terms: sumTerms(parts as number[]),
        }),
      );
    }
    return findings;
  },
});
