// The command line as a user runs it: output, JSON contract, exit status, bad files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliOutputSchema } from '../../lib';
import { buildCli, runCli as run } from '../support/run-cli';
import { encodeGbk } from '../support/gbk';
import { cleanModel, renderReport } from '../support/synthetic';

buildCli();
const dir = mkdtempSync(join(tmpdir(), 'audit-cli-'));
const write = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('npm run audit', () => {
  it('prints a readable summary per file and exits 0 when no file has an error', () => {
    const { code, stdout } = run('--lang', 'zh', 'samples/text/004_98cb17f5974e782f.txt');
    expect(code).toBe(0);
    expect(stdout).toContain('下各镇 · 2023 年度 · 2019 版模板 · 发布于 2024-01-16');
    expect(stdout).toContain('template-outdated');
  });
  it('--json validates against the schema and carries the contract fields', () => {
    const { code, stdout } = run('--json', 'samples/text');
    expect(code).toBe(0);
    const results = CliOutputSchema.parse(JSON.parse(stdout));
    expect(results).toHaveLength(5);
    expect(results[4]).toMatchObject({ detected: true, template: '2019', year: 2023, agency: '下各镇', published: '2024-01-16' });
    expect(results[4].findings[0]).toMatchObject({ rule: 'template-outdated', severity: 'warning' });
  });
  it('audits a large batch on worker threads, in the order given', () => {
    const batch = mkdtempSync(join(tmpdir(), 'audit-batch-'));
    const model = cleanModel();
    model.requests['1'][6] = '37';
    const broken = renderReport(model);
    const clean = renderReport(cleanModel());
    for (let i = 0; i < 120; i++) writeFileSync(join(batch, `p${String(i).padStart(3, '0')}.html`), i % 7 === 3 ? broken : clean);
    const { code, stdout } = run('--json', batch);
    const results = CliOutputSchema.parse(JSON.parse(stdout));
    expect(results.map((r) => r.file)).toEqual(Array.from({ length: 120 }, (_, i) => join(batch, `p${String(i).padStart(3, '0')}.html`)));
    expect(results.map((r) => r.findings.length > 0)).toEqual(Array.from({ length: 120 }, (_, i) => i % 7 === 3));
    expect(code).toBe(1);
  }, 30_000); // a correctness test: 120 pages on a loaded machine may take more than the default 5 s
  it('writes all of a large --json result through a pipe', () => {
    const { code, stdout } = run('--json', 'samples/html');
    expect(stdout.length).toBeGreaterThan(65_536);
    expect(CliOutputSchema.parse(JSON.parse(stdout))).toHaveLength(15);
    expect(code).toBe(0);
  });
  it('exits 1 when a file has an error finding, and says the arithmetic', () => {
    const model = cleanModel();
    model.requests['1'][6] = '37';
    const { code, stdout } = run('--lang', 'en', write('broken.html', renderReport(model)));
    expect(code).toBe(1);
    expect(stdout).toContain('total 37 ≠ 31+3+2');
  });
  it('reads GBK pages', () => {
    const html = renderReport(cleanModel()).replace('charset="utf-8"', 'charset="gb2312"');
    const { code, stdout } = run('--json', write('gbk.html', encodeGbk(html)));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0]).toMatchObject({ agency: '某某县某某镇人民政府', year: 2024 });
  });
  it('a missing or binary file gets one line and exit 2, never a stack trace', () => {
    const missing = run(join(dir, 'nope.html'));
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const binary = run(write('x.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])));
    expect(binary.code).toBe(2);
    expect(binary.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
  it('a page that is not a report says so and exits 0', () => {
    const { code, stdout } = run('--lang', 'en', write('news.html', '<html><body><p>今天天气很好。</p></body></html>'));
    expect(code).toBe(0);
    expect(stdout).toContain('not an annual report');
  });
});
