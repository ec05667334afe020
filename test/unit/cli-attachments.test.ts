// The command line on attachments: PDF, DOCX and Markdown audited like saved pages; old binary
// Word files and locked PDFs answered with one clear line (exit 2), a scan audited as tables that are images; the readers kept out
// of the CLI's start-up; the GB1 CMaps bundled beside it and used.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliOutputSchema } from '../../lib';
import { cidFontPdf, SECTION_HEADINGS } from '../support/cid-pdf';
import { buildCli, runCli, scratchFolder } from '../support/run-cli';

const SLOW = 120_000;
buildCli();
const { write } = scratchFolder('audit-attachments-');
const run = runCli;
const identity = (findings: { rule: string; table?: string; row?: string; column?: string }[]) => findings.map((f) => [f.rule, f.table, f.row, f.column].join(' ')).sort();

describe('npm run audit -- report.pdf report.docx report.md', () => {
  it('audits each like the saved page it came from', () => {
    const { code, stdout, stderr } = run('--json', 'samples/html/001-word.html', 'samples/pdf/001-word.pdf', 'samples/docx/001-word.docx', 'samples/md/001-word.md');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [html, ...others] = CliOutputSchema.parse(JSON.parse(stdout));
    expect(others.map((r) => r.file)).toEqual(['samples/pdf/001-word.pdf', 'samples/docx/001-word.docx', 'samples/md/001-word.md']);
    expect(html.findings.length).toBeGreaterThan(5);
    for (const r of others) {
      expect(r).toMatchObject({ detected: true, agency: html.agency, year: html.year, template: html.template });
      expect(identity(r.findings)).toEqual(identity(html.findings));
    }
  }, SLOW);
  it('a directory stands for its attachments too; an error finding in a PDF sets exit 1', () => {
    const { code, stdout } = run('--json', 'samples/pdf', 'test/fixtures/attachments/column-sum-fires.pdf');
    expect(code).toBe(1);
    const results = CliOutputSchema.parse(JSON.parse(stdout));
    expect(results.map((r) => r.file)).toEqual(['000-word', '001-word', '002-cms', '002-word', '003-word', '004-word'].map((n) => `samples/pdf/${n}.pdf`).concat('test/fixtures/attachments/column-sum-fires.pdf'));
    expect(results[6].findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.row} ${f.column}`)).toEqual(['column-sum 3.7 natural', 'column-sum 3.7 total']);
  }, SLOW);
  it('old binary Word, a locked PDF and a broken file: one clear line each, exit 2, the rest (a scan too) still audited', () => {
    const doc = write('报告.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    const wps = write('报告.wps', 'x');
    const broken = write('broken.pdf', '%PDF-1.7\nnothing here');
    const { code, stdout, stderr } = run('--lang', 'zh', doc, wps, 'test/fixtures/attachments/encrypted.pdf', 'test/fixtures/attachments/scanned.pdf', broken, 'samples/md/002-word.md');
    expect(code).toBe(2);
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([
      `${doc}: 无法读取：旧版 Word/WPS 二进制格式（.doc/.wps）无法读取，请另存为 .docx`,
      `${wps}: 无法读取：旧版 Word/WPS 二进制格式（.doc/.wps）无法读取，请另存为 .docx`,
      'test/fixtures/attachments/encrypted.pdf: 无法读取：PDF 已加密，需要密码才能打开',
      expect.stringMatching(new RegExp(`^${broken}: 无法读取：文件已损坏或不是其扩展名所示的格式 \\(.+\\)$`)),
    ]);
    expect(stdout).toContain('重庆市綦江区三角镇人民政府');
    // the scan is audited: its tables are images
    expect(stdout).toMatch(/test\/fixtures\/attachments\/scanned\.pdf\n[\s\S]*?错误 table-missing {2}第2部分的主动公开情况表是图片，无法核对数字。/);
    expect(run('--lang', 'en', doc).stderr).toContain('save as .docx');
  }, SLOW);
  it('a .doc that is really a DOCX is read as one', () => {
    const renamed = write('renamed.doc', readFileSync('samples/docx/003-word.docx'));
    const { code, stdout } = run('--json', renamed);
    expect(code).toBe(0);
    expect(CliOutputSchema.parse(JSON.parse(stdout))[0]).toMatchObject({ detected: true, agency: '孟津区西霞院街道办事处' });
  }, SLOW);
  it('reads Chinese in fonts not embedded through the CMaps bundled beside it', () => {
    expect(existsSync('.output/cli/cmaps/UniGB-UCS2-H.bcmap')).toBe(true);
    expect(existsSync('.output/cli/cmaps/Adobe-Japan1-UCS2.bcmap')).toBe(false);
    const { stdout } = run('--json', write('cid.pdf', cidFontPdf(SECTION_HEADINGS)));
    const [result] = CliOutputSchema.parse(JSON.parse(stdout));
    expect(result.sections.every((s) => s.found)).toBe(true);
    expect(result.findings.filter((f) => f.rule === 'table-missing')).toHaveLength(3);
  }, SLOW);
  it('loads neither pdfjs nor mammoth unless such a file is given', () => {
    // the modules the CLI imports statically, from its entry through its chunks
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import(?:[\s\S]*?from)?\s*"(\.[^"]+)"/gm)) visit(join(dirname(file), spec));
    };
    visit('.output/cli/audit.mjs');
    expect(seen.size).toBeGreaterThan(1);
    const startup = [...seen].map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(startup).not.toContain('PasswordException');
    expect(startup).not.toContain('WorkerMessageHandler');
    expect(startup).not.toMatch(/mammoth|convertToHtml/);
    expect(startup).toContain('import("./'); // the readers, behind dynamic imports
  });
});

describe('what a file is, by its first bytes', () => {
  it('a web page Word saved as .doc is audited as the page it is; a text file named .doc is old Word', () => {
    const page = write('报告.doc', readFileSync('samples/html/003-word.html'));
    const { code, stdout, stderr } = runCli('--json', page, write('notes.doc', 'plain text'));
    expect(code).toBe(2);
    expect(CliOutputSchema.parse(JSON.parse(stdout))[0]).toMatchObject({ detected: true, agency: '孟津区西霞院街道办事处' });
    expect(stderr).toContain('notes.doc');
  }, SLOW);
});
