// The across-reports stage: reports of the same agency for consecutive years, compared by the
// registry's across rules (REPORT-FORMAT.md "Across reports"). Pure: the CLI runs it over the
// reports of one run, the extension over the figures it remembers.
import type { ReportFigures } from './figures';
import { normalizeText } from './normalize';
import type { Finding } from './report';
import { findingKey } from './review';
import { REGISTRY } from './rules/index';
import type { AcrossRule } from './rules/rule';

const ACROSS = REGISTRY.filter((rule): rule is (typeof REGISTRY)[number] & AcrossRule => rule.stage === 'across');
const ACROSS_IDS = new Set<string>(ACROSS.map((rule) => rule.id));

/** A finding of the across stage: recomputed whenever the reports compared change, never kept from before. */
export const isAcrossFinding = (f: Pick<Finding, 'rule'>): boolean => ACROSS_IDS.has(f.rule);

/** The same agency: its name with white space and full-width forms folded. */
const agencyKey = (agency: string): string => normalizeText(agency).replace(/\s/g, '');

/** Reports are of one agency when the names agree and, where both say which site they come from, the sites do. */
function sameAgency(a: ReportFigures, b: ReportFigures): boolean {
  if (!a.agency || !b.agency || agencyKey(a.agency) !== agencyKey(b.agency)) return false;
  return a.site === null || b.site === null || a.site === b.site;
}

export interface AcrossOptions {
  /** also say each finding on the earlier report (the extension marks both pages); the contract's findings are the later report's */
  mirror?: boolean;
}

/** For each report, the findings the across rules add to it (the same order as given). */
export function checkAcrossReports(reports: ReportFigures[], options: AcrossOptions = {}): Finding[][] {
  const added: Finding[][] = reports.map(() => []);
  reports.forEach((later, j) => {
    if (later.year === null) return;
    reports.forEach((earlier, i) => {
      if (i === j || earlier.year !== later.year! - 1 || !sameAgency(earlier, later)) return;
      for (const rule of ACROSS) {
        const found = rule.compare(earlier, later);
        // the registry's ids are the schema's
        added[j].push(...(found.later as Finding[]));
        if (options.mirror) added[i].push(...(found.earlier as Finding[]));
      }
    });
  });
  // one agency's report for a year published twice (a repost, a copy in another column) says the same twice: once is enough
  return added.map(onePerCell);
}

function onePerCell(findings: Finding[]): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const f of findings) if (!byKey.has(findingKey(f))) byKey.set(findingKey(f), f);
  return [...byKey.values()];
}

/**
 * One report against those a reader remembers (the extension keeps each audited report's figures):
 * the across findings on it, said from its side whether it is the later or the earlier year, and the
 * reports it was compared with.
 */
export function compareWithRemembered(current: ReportFigures, remembered: ReportFigures[]): { findings: Finding[]; compared: ReportFigures[] } {
  const others = remembered.filter((r) => r.origin !== current.origin);
  const [findings] = checkAcrossReports([current, ...others], { mirror: true });
  const compared = others.filter((r) => current.year !== null && r.year !== null && Math.abs(r.year - current.year) === 1 && sameAgency(r, current));
  return { findings, compared };
}
