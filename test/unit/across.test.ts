// The across-reports stage: pages of one agency for consecutive years, through the engine and the CLI.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAcrossReports, compareWithRemembered } from '../../lib/across';
import { figuresOf } from '../../lib/figures';
import { ACROSS_CASES } from '../fixtures/across/cases';
import { compareFindings } from '../fixtures/expected';
import { auditHtml } from '../support/audit-html';

const ACROSS_RULES = ['carryover-mismatch', 'stock-mismatch'];
const audit = (file: string) => auditHtml(readFileSync(`test/fixtures/across/${file}`, 'utf8')).audit;

describe.each(ACROSS_CASES)('$description', ({ files, expect: want }) => {
  it('adds exactly the across findings expected, to the later report', () => {
    const audits = files.map(audit);
    const added = checkAcrossReports(audits.map((a, i) => figuresOf(a, files[i])));
    files.forEach((file, i) => {
      expect(added[i].every((f) => ACROSS_RULES.includes(f.rule))).toBe(true);
      expect(added[i]).toHaveLength(want[file]?.length ?? 0); // infos too: nothing beyond what is listed
      const { missing, unexpected } = compareFindings(want[file] ?? [], added[i]);
      expect({ file, missing, unexpected }).toEqual({ file, missing: [], unexpected: [] });
    });
  });
});

describe('the across findings', () => {
  const [a2023, a2024] = ['2023.html', '2024.html'].map(audit);
  it('name the earlier report and its year in both languages', () => {
    const [, later] = checkAcrossReports([figuresOf(a2023, 'reports/2023.html'), figuresOf(a2024, 'reports/2024.html')]);
    const total = later.find((f) => f.rule === 'carryover-mismatch' && f.column === 'total')!;
    expect(total.message).toBe('「总计」列：上年结转 4 ≠ 2023年度报告（reports/2023.html）的结转下年度 2。');
    expect(total.message_en).toContain('2023 report (reports/2023.html)');
  });
  it('mirrored for a reader of both pages: row 4 of the earlier report', () => {
    const [earlier] = checkAcrossReports([figuresOf(a2023, 'a'), figuresOf(a2024, 'b')], { mirror: true });
    expect(earlier.map((f) => `${f.rule}|${f.row}|${f.column}|${f.expected}|${f.actual}`)).toEqual([
      'carryover-mismatch|4|natural|3|2',
      'carryover-mismatch|4|commercial|1|0',
      'carryover-mismatch|4|total|4|2',
    ]);
  });
  it('compare reports of one site only, when both say their site', () => {
    const onA = figuresOf(a2023, 'https://a.gov.cn/2023.html');
    const onB = figuresOf(a2024, 'https://b.gov.cn/2024.html');
    expect(checkAcrossReports([onA, onB]).flat()).toEqual([]);
    expect(checkAcrossReports([onA, figuresOf(a2024, 'https://a.gov.cn/2024.html')]).flat().length).toBeGreaterThan(0);
  });
  it('skip a column whose cell is invalid, and reports without a year', () => {
    const later = figuresOf(a2024, 'b');
    later.requests['2'].natural = null;
    expect(checkAcrossReports([figuresOf(a2023, 'a'), later]).flat().map((f) => f.column)).not.toContain('natural');
    expect(checkAcrossReports([figuresOf(a2023, 'a'), { ...figuresOf(a2024, 'b'), year: null }]).flat()).toEqual([]);
  });
});

describe('npm run audit over two years', () => {
  it('--json shows the finding on the 2024 report only', () => {
    expect(spawnSync(process.execPath, ['scripts/build-cli.mjs']).status).toBe(0);
    const out = spawnSync(process.execPath, ['.output/cli/audit.mjs', '--json', 'test/fixtures/across/2023.html', 'test/fixtures/across/2024.html'], { encoding: 'utf8' });
    const [r2023, r2024] = JSON.parse(out.stdout) as { findings: { rule: string; row?: string; column?: string }[] }[];
    expect(r2023.findings.filter((f) => ACROSS_RULES.includes(f.rule))).toEqual([]);
    expect(r2024.findings.filter((f) => f.rule === 'carryover-mismatch').map((f) => f.column)).toEqual(['natural', 'commercial', 'total']);
    expect(out.status).toBe(0);
  }, 60_000);
});

describe('against the reports a reader remembers', () => {
  const [a2023, a2024, other] = ['2023.html', '2024.html', '2023-other-agency.html'].map(audit);
  const remembered = [figuresOf(a2023, 'https://x.gov.cn/2023.html'), figuresOf(other, 'https://x.gov.cn/other-2023.html')];
  it('the later report gets row 2, and names the report it was compared with', () => {
    const { findings, compared } = compareWithRemembered(figuresOf(a2024, 'https://x.gov.cn/2024.html'), remembered);
    expect(compared.map((r) => r.origin)).toEqual(['https://x.gov.cn/2023.html']);
    expect(findings.filter((f) => f.rule === 'carryover-mismatch').map((f) => `${f.row}|${f.column}`)).toEqual(['2|natural', '2|commercial', '2|total']);
  });
  it('the earlier report, opened after the later one, gets row 4', () => {
    const { findings } = compareWithRemembered(figuresOf(a2023, 'https://x.gov.cn/2023.html'), [figuresOf(a2024, 'https://x.gov.cn/2024.html')]);
    expect(findings.map((f) => `${f.rule}|${f.row}|${f.column}`)).toEqual(['carryover-mismatch|4|natural', 'carryover-mismatch|4|commercial', 'carryover-mismatch|4|total']);
  });
  it('two copies of the later report say it once', () => {
    const { findings } = compareWithRemembered(figuresOf(a2023, 'https://x.gov.cn/2023.html'), [figuresOf(a2024, 'https://x.gov.cn/2024.html'), figuresOf(a2024, 'https://x.gov.cn/copy/2024.html')]);
    expect(findings).toHaveLength(3);
  });
  it('a report is not compared with its own remembered copy', () => {
    const self = figuresOf(a2024, 'https://x.gov.cn/2024.html');
    expect(compareWithRemembered(self, [self])).toEqual({ findings: [], compared: [] });
  });
});
