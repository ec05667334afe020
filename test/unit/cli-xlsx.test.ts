// `npm run audit -- --xlsx FILE` as a user runs it: the workbook on disk, read back.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliOutputSchema } from '../../lib';
import { readWorkbook, tableCell, values } from '../support/read-workbook';
import { buildCli, runCli as run } from '../support/run-cli';
import { cleanModel, renderReport } from '../support/synthetic';

buildCli();
const dir = mkdtempSync(join(tmpdir(), 'audit-xlsx-'));

describe('--xlsx', () => {
  const model = cleanModel();
  model.requests['1'][6] = '37';
  model.requests['3.5.3'][2] = '/';
  const broken = join(dir, 'broken.html');
  writeFileSync(broken, renderReport(model));

  it('writes one workbook for every input, beside the usual output, and keeps the exit status', async () => {
    const out = join(dir, 'all.xlsx');
    const { code, stdout, stderr } = run('--lang', 'zh', '--xlsx', out, broken, 'samples/text');
    expect(code).toBe(1); // the broken page has an error
    expect(stdout).toContain('某某县某某镇人民政府');
    expect(stderr.trim()).toBe(`已写入 Excel 工作簿 ${out}（6 份报告）`);
    const book = await readWorkbook(readFileSync(out));
    const summary = book.get('汇总')!;
    expect(summary.slice(2).map((r) => r[12].value)).toEqual([broken, ...[0, 1, 2, 3, 4].map((i) => expect.stringMatching(new RegExp(`^samples/text/00${i}_`)))]);
    expect(values(summary[2]).slice(0, 4)).toEqual([1, '某某县某某镇人民政府', 2024, '2021']);
    expect(summary[7][1].value).toBe('下各镇'); // samples/text/004_…
    const requests = book.get('1 依申请公开 某某县某某镇人民政府 2024年度')!;
    expect(tableCell(requests, '1', 'total')).toEqual({ value: 37, fill: 'FFC7CE' });
    expect(tableCell(requests, '1', 'natural')).toEqual({ value: 31 });
    expect(tableCell(requests, '3.5.3', 'research')).toEqual({ value: '/', fill: 'FFEB9C' });
    const findings = book.get('问题清单')!;
    const rowSum = findings.find((r) => r[2].value === 'row-sum')!;
    expect(values(rowSum).slice(0, 4)).toEqual([1, '某某县某某镇人民政府 2024年度', 'row-sum', '错误']);
    expect(values(rowSum).slice(9, 11)).toEqual([36, 37]);
  }, 30_000); // a process audits six files and the reader parses the workbook: seconds on a shared machine

  it('leaves --json on stdout intact', () => {
    const out = join(dir, 'json.xlsx');
    const { code, stdout, stderr } = run('--json', '--lang', 'en', '--xlsx', out, 'samples/text/004_98cb17f5974e782f.txt');
    expect(code).toBe(0);
    expect(CliOutputSchema.parse(JSON.parse(stdout))).toHaveLength(1);
    expect(stderr.trim()).toBe(`wrote the Excel workbook ${out} (1 reports)`);
    expect(existsSync(out)).toBe(true);
  });

  it('a workbook it cannot write: one line, exit 2, no stack trace', () => {
    const { code, stderr } = run('--lang', 'en', '--xlsx', join(dir, 'no', 'such', 'dir.xlsx'), broken);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(`cannot write the Excel workbook ${join(dir, 'no', 'such', 'dir.xlsx')}: ENOENT`);
  });

  it('no readable input: says so and writes nothing', () => {
    const out = join(dir, 'none.xlsx');
    const { code, stderr } = run('--lang', 'zh', '--xlsx', out, join(dir, 'missing.html'));
    expect(code).toBe(2);
    expect(stderr).toContain(`没有可读取的报告，未写入 ${out}`);
    expect(existsSync(out)).toBe(false);
  });
});
