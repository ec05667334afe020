// The rule registry, checked the way axe-core and refined-github check theirs: every rule of the
// contract is registered once, has a page that fires it and a near-miss that must not, and says
// what it found in both languages.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { auditDocument } from '../../lib';
import { FindingSchema, RULES } from '../../lib/report';
import { REGISTRY } from '../../lib/rules/index';
import { TEXT_ANCHORED } from '../../lib/rules/text-anchored';
import { ACROSS_CASES } from '../fixtures/across/cases';
import { FAULT_CASES } from '../fixtures/faults/cases';
import { auditHtml } from '../support/audit-html';
import { parseHTML } from 'linkedom';

// the contract lives beside the project (shared/), as in CI; a clone alone has no contract to compare with
const CONTRACT_PATH = '../shared/REPORT-FORMAT.md';
const page = (file: string) => readFileSync(`test/fixtures/faults/${file}`, 'utf8');
const ENGINE_ERROR = 'engine-error';

describe('the registry', () => {
  it('lists every rule once, and RULES and the finding schema come from it', () => {
    const ids = REGISTRY.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...RULES]).toEqual(ids);
    for (const id of ids) expect(FindingSchema.safeParse({ rule: id, severity: 'info', message: '', message_en: '' }).success).toBe(true);
    expect(FindingSchema.safeParse({ rule: 'no-such-rule', severity: 'info', message: '', message_en: '' }).success).toBe(false);
  });
  it.skipIf(!existsSync(CONTRACT_PATH))('holds exactly the rules of the contract, with the contract’s severities', () => {
    const table = [...readFileSync(CONTRACT_PATH, 'utf8').matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(REGISTRY.map((r) => `${r.id} ${r.severity}`).sort()).toEqual(table.sort());
  });
  it('lists apart exactly the rules that point at the text (the page overlay reads that list, not the engine)', () => {
    const text = REGISTRY.filter((r) => 'anchor' in r && r.anchor === 'text').map((r) => r.id);
    expect(text.length).toBeGreaterThan(0);
    expect([...TEXT_ANCHORED].sort()).toEqual(text.sort());
  });
  it.each(REGISTRY.map((r) => [r.id, r] as const))('%s has a stage and a check', (_id, rule) => {
    expect(['table', 'document', 'across']).toContain(rule.stage);
    if (rule.stage === 'across') expect(typeof rule.compare).toBe('function');
    else expect(typeof rule.run).toBe('function');
  });
});

describe.each(REGISTRY.filter((r) => r.id !== ENGINE_ERROR).map((r) => [r.id, r] as const))('%s', (id, rule) => {
  if (rule.stage === 'across') {
    it('fires on a pair of reports, stays silent on a near-miss pair', () => {
      expect(ACROSS_CASES.some((c) => Object.values(c.expect).flat().some((e) => e.rule === id))).toBe(true);
      expect(ACROSS_CASES.some((c) => /near miss/.test(c.description) && Object.keys(c.expect).length === 0)).toBe(true);
    });
    return;
  }
  const fires = FAULT_CASES.filter((c) => c.expect.some((e) => e.rule === id));
  const nearMisses = FAULT_CASES.filter((c) => c.file.startsWith(`${id}-near-miss`));
  it('has a page that fires it and a near-miss page that must not', () => {
    expect(fires.length).toBeGreaterThan(0);
    expect(nearMisses.length).toBeGreaterThan(0);
    for (const c of nearMisses) expect(c.mustNot.includes(id) || c.expect.some((e) => e.rule === id && e.severity === 'info')).toBe(true);
  });
  it('says what it found in Chinese and in English, every placeholder filled', () => {
    const found = fires.flatMap((c) => auditHtml(page(c.file)).audit.findings.filter((f) => f.rule === id));
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
      expect(f.message_en).toMatch(/[a-z]/);
      expect(`${f.message}${f.message_en}`).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('engine-error', () => {
  const fee = REGISTRY.find((r) => r.id === 'fee-statement-missing')!;
  const run = fee.stage === 'document' ? fee.run : undefined;
  afterEach(() => {
    if (fee.stage === 'document' && run) fee.run = run;
  });
  const breakFeeRule = () => {
    if (fee.stage === 'document') fee.run = () => { throw new Error('boom'); };
  };
  const doc = () => parseHTML(page('row-sum-fires.html')).document as unknown as Document;

  it('fires when a rule throws: one info naming the rule, the other rules’ findings stand', () => {
    breakFeeRule();
    const { findings, detected } = auditDocument(doc()).audit;
    expect(detected).toBe(true);
    const errors = findings.filter((f) => f.rule === ENGINE_ERROR);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ severity: 'info' });
    expect(errors[0].message).toContain('fee-statement-missing');
    expect(errors[0].message_en).toContain('boom');
    expect(findings.some((f) => f.rule === 'row-sum')).toBe(true);
  });
  it('is re-thrown where asked (tests, the CLI’s --debug)', () => {
    breakFeeRule();
    expect(() => auditDocument(doc(), { rethrow: true })).toThrow('boom');
  });
  it('near-miss: a page every rule reads without failing has none', () => {
    expect(auditDocument(doc()).audit.findings.filter((f) => f.rule === ENGINE_ERROR)).toEqual([]);
  });
});
