// The across-reports stage over one run's reports: carry-over and stock between consecutive years
// of each agency (lib/across.ts), added to the later report's findings.
import { checkAcrossReports } from '../lib/across';
import { figuresOf } from '../lib/figures';
import type { Audit } from '../lib/report';

export function addAcrossFindings<R extends Audit>(results: R[], originOf: (r: R) => string): void {
  const added = checkAcrossReports(results.map((r) => figuresOf(r, originOf(r))));
  results.forEach((r, i) => r.findings.push(...added[i]));
}
