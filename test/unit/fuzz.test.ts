// Thousands of seeded random and mutated inputs: the engine never throws and its output always
// validates. FUZZ_RUNS scales the count (CI runs the default, ≥ 10,000 inputs in all).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditText, AuditSchema, type Audit } from '../../lib';
import { REQUEST_ROWS } from '../../lib/template';
import { auditHtml } from '../support/audit-html';
import { Random } from '../support/random';
import { cleanModel, renderReport } from '../support/synthetic';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3400);
const SEEDS = readdirSync('samples/text').map((f) => readFileSync(join('samples/text', f), 'utf8'));
const VOCAB = [
  '', ' ', '0', '１２', '1,000', '12件', '—', '/', '无', '若干', '-3', '2.5', '251000元', '1e9', 'NaN', '∞', '<b>0</b>',
  '一、本年新收政府信息公开申请数量', '（三）不予公开', '3.其他', '总计', '自然人', '第二十条第（一）项', '规章', '行政复议',
  '二、主动公开政府信息情况', '四、结转下年度继续办理', '商业<br>企业', '&nbsp;', '\t', '9'.repeat(400),
];

function check(audit: Audit): void {
  const parsed = AuditSchema.safeParse(audit);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues.slice(0, 3)));
  expect(audit.findings.every((f) => f.message.length > 0 && f.message_en.length > 0)).toBe(true);
}

function randomTable(r: Random): string {
  const rows = Array.from({ length: r.int(30) }, () => {
    const cells = Array.from({ length: r.int(18) }, () => {
      const span = r.chance(0.15) ? ` rowspan="${r.pick(['0', '2', '5', '-1', 'x', '99999'])}"` : '';
      const col = r.chance(0.15) ? ` colspan="${r.pick(['0', '2', '3', '1000'])}"` : '';
      return `<${r.pick(['td', 'th'])}${span}${col}>${r.pick(VOCAB)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table>${rows.join('')}</table>`;
}

function randomPage(r: Random): string {
  const parts = Array.from({ length: r.int(8) }, () =>
    r.chance(0.5) ? randomTable(r) : `<p>${r.pick(VOCAB)}${r.pick(['一、总体情况', '三、收到和处理政府信息公开申请情况', '六、其他需要报告的事项', '2024年政府信息公开工作年度报告', ''])}</p>`,
  );
  return `<html><head><title>${r.pick(['', '2023年某镇政府信息公开工作年度报告'])}</title></head><body>${parts.join('')}</body></html>`;
}

function mutatedModel(r: Random): string {
  const m = cleanModel(r.pick(['2021', '2019'] as const));
  for (let k = r.int(12); k > 0; k--) {
    const row = r.pick(REQUEST_ROWS[m.template]).key;
    const action = r.int(6);
    if (action === 0) m.requests[row][r.int(7)] = r.pick(VOCAB);
    else if (action === 1) m.dropRows.push(row);
    else if (action === 2) m.labels[row] = r.pick(VOCAB);
    else if (action === 3) m.headings[r.int(6)] = r.pick([null, '五、存在的问题', '']);
    else if (action === 4) m.appeals[r.int(15)] = r.pick(VOCAB);
    else m.requests[row] = m.requests[row].map((v) => v.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))));
  }
  let html = renderReport(m);
  if (r.chance(0.3)) html = html.replace(/rowspan="(\d+)"/g, () => `rowspan="${r.int(40)}"`);
  if (r.chance(0.2)) html = html.replace(/<\/tr>/g, (t) => (r.chance(0.1) ? '' : t));
  return html;
}

function mutatedText(r: Random): string {
  const lines = r.pick(SEEDS).split('\n');
  for (let k = r.int(20); k > 0; k--) {
    const i = r.int(lines.length);
    const action = r.int(5);
    if (action === 0) lines.splice(i, 1);
    else if (action === 1) [lines[i], lines[(i + 1) % lines.length]] = [lines[(i + 1) % lines.length], lines[i]];
    else if (action === 2) lines[i] = lines[i].replace(/\t\d+/, '\t');
    else if (action === 3) lines[i] = lines[i].replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    else lines.splice(i, 0, r.pick(VOCAB));
  }
  return lines.join('\n');
}

describe('fuzz', () => {
  it(`random pages (${RUNS} seeds)`, { timeout: 180_000 }, () => {
    for (let seed = 0; seed < RUNS; seed++) check(auditHtml(randomPage(new Random(seed))).audit);
  });
  it(`mutated synthetic reports (${RUNS} seeds)`, { timeout: 180_000 }, () => {
    for (let seed = 0; seed < RUNS; seed++) check(auditHtml(mutatedModel(new Random(seed))).audit);
  });
  it(`mutated seed texts and garbage (${RUNS} seeds)`, { timeout: 180_000 }, () => {
    for (let seed = 0; seed < RUNS; seed++) {
      const r = new Random(seed);
      check(auditText(r.chance(0.1) ? Array.from({ length: r.int(2000) }, () => String.fromCharCode(r.int(0xffff))).join('') : mutatedText(r)));
    }
  });
});
