// The printable audit note as a view (components/AuditNote.tsx): plain data in, the findings with
// their arithmetic and decisions, the tables with their marked cells out.
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditNote } from '../../components/AuditNote';
import { findingKey } from '../../lib/review';
import { REQUEST_ROWS } from '../../lib/template';
import { auditHtml } from '../support/audit-html';
import { cleanModel, renderReport } from '../support/synthetic';

const { document, window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
beforeAll(() => {
  Object.assign(globalThis, { document, window, chrome: { i18n: { getUILanguage: () => 'zh-CN' } } });
});

const model = cleanModel();
model.requests['1'][6] = '37';
model.requests['2'][6] = '5';
model.requests['3.5.3'][2] = '—';
const audit = auditHtml(renderReport(model)).audit;
const rowSum = (row: string) => audit.findings.find((f) => f.rule === 'row-sum' && f.row === row)!;

function renderNote() {
  const root = document.getElementById('app')!;
  const decisions = {
    [findingKey(rowSum('1'))]: { status: 'confirmed' as const, at: '2026-11-29T10:00:00Z' },
    [findingKey(rowSum('2'))]: { status: 'dismissed' as const, note: '已在更正公告中说明', at: '2026-11-29T10:01:00Z' },
  };
  render(h(AuditNote, { reports: [{ audit, url: 'https://www.example.gov.cn/a.html', decisions }], auditedAt: '2026年11月29日', onPrint: () => {} }), root as unknown as Element);
  return root;
}

describe('AuditNote', () => {
  it('says whose report, where and when, and how much is reviewed', () => {
    const root = renderNote();
    expect(root.querySelector('h1')!.textContent).toBe('政府信息公开工作年度报告审核记录');
    const facts = root.querySelector('.note-facts')!.textContent!;
    for (const text of ['某某县某某镇人民政府', '2024', 'https://www.example.gov.cn/a.html', '2026年11月29日']) expect(facts).toContain(text);
    expect(root.querySelector('.note-counts')!.textContent).toContain(`已复核 2 / ${audit.findings.length}`);
  });

  it('lists every finding with its arithmetic and the decision', () => {
    const root = renderNote();
    const rows = [...root.querySelectorAll('.note-finding')];
    expect(rows).toHaveLength(audit.findings.length);
    const confirmed = root.querySelector('.note-finding[data-rule="row-sum"][data-review="confirmed"]')!;
    expect(confirmed.textContent).toContain('37 ≠ 31+3+2');
    expect(confirmed.textContent).toContain('已核实');
    const dismissed = root.querySelector('.note-finding[data-review="dismissed"]')!;
    expect(dismissed.textContent).toContain('忽略');
    expect(dismissed.textContent).toContain('已在更正公告中说明');
  });

  it('draws the tables in template order with the failing, dismissed and blank cells marked', () => {
    const root = renderNote();
    const requests = root.querySelector('.note-table[data-table="requests"]')!;
    expect([...requests.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-row'))).toEqual(REQUEST_ROWS['2021'].map((r) => r.key));
    const cell = (row: string, column: string) => requests.querySelector(`tr[data-row="${row}"] td[data-column="${column}"]`)!;
    expect([cell('1', 'total').textContent, cell('1', 'total').getAttribute('class')]).toEqual(['37', 'mark-fail']);
    expect([cell('2', 'total').textContent, cell('2', 'total').getAttribute('class')]).toEqual(['5', 'mark-dismissed']);
    expect([cell('3.5.3', 'research').textContent, cell('3.5.3', 'research').getAttribute('class')]).toEqual(['—', 'mark-blank']);
    expect(cell('1', 'natural').getAttribute('class') || null).toBeNull();
    expect(root.querySelectorAll('.note-table[data-table="appeals"] tbody tr')).toHaveLength(3);
  });
});
