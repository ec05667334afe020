// The seeds as published (text and three HTML renderings), the fault pages and the odd pages:
// every error and warning exactly, the required infos, and the report's facts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText, type Audit } from '../../lib';
import { compareFindings } from '../fixtures/expected';
import { FAULT_CASES } from '../fixtures/faults/cases';
import { PAGE_CASES } from '../fixtures/pages/cases';
import { SEED_EXPECTATIONS } from '../fixtures/seeds';
import { auditHtml } from '../support/audit-html';

const SEED_FILES: Record<string, string> = {
  '000': '000_1d81e49aefde190d.txt',
  '001': '001_9fc5a355c4b21346.txt',
  '002': '002_bef0e282cde1829d.txt',
  '003': '003_3745e5d640bda969.txt',
  '004': '004_98cb17f5974e782f.txt',
};
const read = (path: string) => readFileSync(path, 'utf8');

function expectFindings(audit: Audit, want: Parameters<typeof compareFindings>[0]): void {
  const { missing, unexpected } = compareFindings(want, audit.findings);
  expect({ missing, unexpected: unexpected.map((f) => `${f.rule} ${f.table ?? ''} ${f.row ?? ''} ${f.column ?? ''}: ${f.message}`) }).toEqual({ missing: [], unexpected: [] });
}

describe.each(Object.entries(SEED_EXPECTATIONS))('seed %s', (id, seed) => {
  const variants: [string, () => Audit][] = [
    ['text', () => auditText(read(`samples/text/${SEED_FILES[id]}`))],
    ...(['word', 'cms', 'semantic'] as const).map((style): [string, () => Audit] => [style, () => auditHtml(read(`samples/html/${id}-${style}.html`)).audit]),
  ];
  it.each(variants)('%s: facts and findings', (style, audit) => {
    const a = audit();
    expect(a).toMatchObject({ detected: true, year: seed.year, template: seed.template });
    expect([seed.agency, ...seed.agencyAlternatives]).toContain(a.agency);
    expect(a.published).toBe(style === 'cms' ? seed.cmsPublished : seed.published);
    expect(a.sections.every((s) => s.found)).toBe(true);
    expectFindings(a, seed.findings);
  });
});

describe.each(FAULT_CASES)('fault page $file', ({ file, expect: want, mustNot }) => {
  it('fires exactly what it should', () => {
    const { audit } = auditHtml(read(`test/fixtures/faults/${file}`));
    expectFindings(audit, want);
    expect(audit.findings.filter((f) => mustNot.includes(f.rule)).map((f) => f.message)).toEqual([]);
  });
});

describe.each(PAGE_CASES)('page $file', ({ file, report, expect: want }) => {
  it(report === 'none' ? 'is not a report' : 'yields what it should', () => {
    const { audit } = auditHtml(read(`test/fixtures/pages/${file}`));
    if (report === 'none') expect(audit).toMatchObject({ detected: false, findings: [] });
    // an iframe's or a script's report is read in its own frame or once inserted, not from the host's HTML
    else if (report === 'inline') expectFindings(audit, want ?? []);
  });
});
