// The order findings are listed in (by table, errors first, blank cells together) — shared by the
// views and by the background's next/previous-finding shortcuts, so both walk the same way.
import type { Finding } from '../lib/report';
import type { UiKey } from '../lib/ui-text';

const GROUPS: [string | undefined, UiKey][] = [
  [undefined, 'tableGeneral'],
  ['active', 'tableActive'],
  ['requests', 'tableRequests'],
  ['appeals', 'tableAppeals'],
];
const RANK = { error: 0, warning: 1, info: 2 } as const;

export interface FindingGroup {
  table: string | undefined;
  title: UiKey;
  errors: Finding[];
  /** cell-missing: shown folded into one line */
  blanks: Finding[];
  /** warnings, then info */
  others: Finding[];
}

export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return GROUPS.flatMap(([table, title]) => {
    const group = findings.filter((f) => f.table === table).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    if (!group.length) return [];
    const rest = group.filter((f) => f.rule !== 'cell-missing');
    return [{
      table,
      title,
      errors: rest.filter((f) => f.severity === 'error'),
      blanks: group.filter((f) => f.rule === 'cell-missing'),
      others: rest.filter((f) => f.severity !== 'error'),
    }];
  });
}

/** Every finding in the order the views list them. */
export const inListOrder = (findings: readonly Finding[]): Finding[] =>
  groupFindings(findings).flatMap((g) => [...g.errors, ...g.blanks, ...g.others]);

/** The next (+1) or previous (−1) place of a cursor over n items, wrapping; −1 is "before the first". */
export const stepCursor = (at: number, n: number, step: 1 | -1): number =>
  n === 0 ? -1 : at < 0 || at >= n ? (step === 1 ? 0 : n - 1) : (at + step + n) % n;
