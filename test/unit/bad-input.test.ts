// Input the engine was not written for still gives a report and findings, never an exception.
import { describe, expect, it } from 'vitest';
import { auditText, AuditSchema } from '../../lib';
import { auditHtml } from '../support/audit-html';
import { cleanModel, renderReport } from '../support/synthetic';

const title = '<title>某镇2024年政府信息公开工作年度报告</title>';
const page = (body: string) => `<html><head>${title}</head><body><h2>三、收到和处理政府信息公开申请情况</h2>${body}</body></html>`;

describe('bad input', () => {
  it.each([
    ['an empty table', page('<table></table>')],
    ['a one-column table', page(`<table>${'<tr><td>本年新收政府信息公开申请数量</td></tr>'.repeat(30)}</table>`)],
    ['a page with no tables', page('<p>本年度未收到申请。</p>')],
    ['no body at all', '<html></html>'],
    ['an empty string', ''],
  ])('%s', (_, html) => {
    const { audit } = auditHtml(html);
    expect(AuditSchema.safeParse(audit).success).toBe(true);
  });
  it('a 10,000-row table is read in reasonable time and its rows do not crowd out the template', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `<tr><td>第${i}行</td>${'<td>1</td>'.repeat(7)}</tr>`).join('');
    const html = renderReport(cleanModel()).replace('</body>', `<table><tr><td>本年新收</td><td>自然人</td></tr>${rows}</table></body>`);
    const { audit } = auditHtml(html);
    expect(audit.detected).toBe(true);
    expect(audit.findings.filter((f) => f.severity === 'error')).toEqual([]);
  }, 30_000); // what "reasonable" means on a loaded 2-core machine: the figure itself is the bench's
  it('a table of cases after the appeals table is not read as its continuation', () => {
    const cases = '<table><tr><td>序号</td><td>案件名称</td><td>结果</td></tr><tr><td>1</td><td>张某诉某局信息公开案</td><td>驳回</td></tr></table>';
    const html = renderReport(cleanModel()).replace('<h2>五、', `${cases}<h2>五、`);
    expect(auditHtml(html).audit.findings).toEqual([]);
  });
  it('garbage text is not a report', () => {
    const audit = auditText('\u0000\u0001 ��� 1 2 3\t\t\t\n'.repeat(500));
    expect(audit).toMatchObject({ detected: false, findings: [] });
  });
});
