// Reports published as attachments: the same report read as HTML, PDF (Chromium's print, A4, its
// big tables broken across pages), DOCX (merged cells as gridSpan/vMerge) and converter Markdown
// (pipe tables cut in pieces) gives the same findings and the same tables. Inputs: samples/{pdf,
// docx,md} and test/fixtures/attachments, made by scripts/make-attachments.ts.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { auditDocument } from '../../lib';
import { auditBlocks } from '../../lib/audit';
import { htmlFromBlocks } from '../../lib/blocks-html';
import type { TableBlock } from '../../lib/grid';
import { htmlFromDocx } from '../../lib/docx';
import type { PdfSource } from '../../lib/pdf/read';
import type { Audit } from '../../lib/report';
import { compareFindings } from '../fixtures/expected';
import { FAULT_CASES } from '../fixtures/faults/cases';
import { auditAttachmentFile, pdfOf } from '../support/attachments';
import { cidFontPdf, SECTION_HEADINGS } from '../support/cid-pdf';

const SLOW = 120_000;
const SAMPLES = ['000', '001', '002', '003', '004'].map((seed) => ({ html: `samples/html/${seed}-word.html`, base: `samples/%s/${seed}-word.%s` }));
const FAULTS = ['cell-missing-fires', 'cell-missing-fires-2', 'column-sum-fires'].map((name) => ({ html: `test/fixtures/faults/${name}.html`, base: `test/fixtures/attachments/${name}.%s`, name }));
const FORMS = ['pdf', 'docx', 'md'] as const;
const pathOf = (base: string, form: string) => base.replaceAll('%s', form);

/** What must agree across forms: each finding's identity, the tables' values, the report's facts. */
const essence = (a: Audit) => ({
  detected: a.detected,
  template: a.template,
  year: a.year,
  agency: a.agency,
  published: a.published,
  sections: a.sections.map((s) => s.found),
  findings: a.findings.map((f) => [f.rule, f.severity, f.table ?? '', f.row ?? '', f.column ?? '', f.expected ?? '', f.actual ?? ''].join(' ')).sort(),
  tables: a.tables,
});
const audit = async (path: string): Promise<Audit> => {
  const result = await auditAttachmentFile(path);
  if ('problem' in result) throw new Error(`${path}: ${result.problem}`);
  return result;
};

describe.each([...SAMPLES, ...FAULTS])('$html in every form', ({ html, base }) => {
  it.each(FORMS)('%s gives the findings and tables of the HTML', async (form) => {
    const want = essence(await audit(html));
    expect(want.detected).toBe(true);
    expect(essence(await audit(pathOf(base, form)))).toEqual(want);
  }, SLOW);
});

it('a CMS page printed as it is (navigation, footer, four pages) gives the findings and tables of the page', async () => {
  expect(essence(await audit('samples/pdf/002-cms.pdf'))).toEqual(essence(await audit('samples/html/002-cms.html')));
}, SLOW);

describe('the fault cases hold in every form (not only equal to the HTML: right)', () => {
  it.each(FAULTS.flatMap((f) => FORMS.map((form) => ({ ...f, form }))))('$name ($form)', async ({ name, base, form }) => {
    const fault = FAULT_CASES.find((c) => c.file === `${name}.html`)!;
    const { findings } = await audit(pathOf(base, form));
    expect(compareFindings(fault.expect, findings)).toEqual({ missing: [], unexpected: [] });
    expect(findings.filter((f) => fault.mustNot.includes(f.rule))).toEqual([]);
  }, SLOW);
});

describe('PDF: cells from ruling lines', () => {
  const tablesOf = async (path: string) => {
    const read = await pdfOf(new Uint8Array(readFileSync(path)));
    if (!read.ok) throw new Error(read.problem);
    return read.value.blocks.filter((b): b is TableBlock<PdfSource> => b.kind === 'table');
  };
  it('the requests table breaks across pages, its header not repeated, and is read whole', async () => {
    const tables = await tablesOf('samples/pdf/002-word.pdf');
    const pages = tables.filter((t) => t.rows.some((r) => r.some((c) => /予以公开|结转下年度|不予处理/.test(c.text)))).map((t) => t.sources[0].page);
    expect(new Set(pages).size).toBeGreaterThan(1);
    const continuation = tables.find((t) => t.sources[0].page === pages.at(-1) && !t.rows.some((r) => r.some((c) => c.text === '自然人')));
    expect(continuation).toBeDefined();
    const { findings, tables: read } = await audit('samples/pdf/002-word.pdf');
    expect(findings).toEqual([]);
    expect(read.requests?.['4']?.total).toMatchObject({ status: 'number', value: 0 });
  }, SLOW);
  it('merged header cells stay one cell each; a header wrapped over lines is one text; blank cells are cells', async () => {
    // this page's <thead> is printed again on every page the table reaches: three pieces, a header each
    const tables = await tablesOf('test/fixtures/attachments/cell-missing-fires.pdf');
    const headed = tables.filter((t) => t.rows.flat().some((c) => c.text === '申请人情况'));
    expect(headed.length).toBeGreaterThan(1);
    for (const t of headed) {
      expect(t.rows.flat().filter((c) => c.text === '申请人情况')).toHaveLength(1);
      expect(t.rows.flat().filter((c) => c.text === '法人或其他组织')).toHaveLength(1);
    }
    const cells = tables.flatMap((t) => t.rows.flat());
    expect(cells.some((c) => c.text === '商业企业')).toBe(true);
    const row = tables.flatMap((t) => t.rows).find((r) => r.some((c) => c.text === '1.属于国家秘密'))!;
    expect(row.map((c) => c.text)).toContain('');
    // the merged cell spans several columns of the grid: its box is as wide as theirs together
    const header = cells.find((c) => c.text === '法人或其他组织')!;
    const company = cells.find((c) => c.text === '商业企业')!;
    expect(header.source.box.x1 - header.source.box.x0).toBeGreaterThan(3 * (company.source.box.x1 - company.source.box.x0));
  }, SLOW);
  it('tables drawn as pictures: table-missing, saying the tables are images', async () => {
    const { findings } = await audit('test/fixtures/attachments/image-tables.pdf');
    const missing = findings.filter((f) => f.rule === 'table-missing');
    expect(missing.map((f) => f.table).sort()).toEqual(['active', 'appeals', 'requests']);
    for (const f of missing) expect(f.message).toContain('是图片');
  }, SLOW);
  it('a scan is a report whose tables are images: detected, table-missing saying so for each table (no OCR)', async () => {
    const scan = await audit('test/fixtures/attachments/scanned.pdf');
    expect(scan.detected).toBe(true);
    expect(scan.findings.map((f) => [f.rule, f.severity, f.table, f.section])).toEqual([
      ['table-missing', 'error', 'active', 2],
      ['table-missing', 'error', 'requests', 3],
      ['table-missing', 'error', 'appeals', 4],
    ]);
    for (const f of scan.findings) expect(f.message).toMatch(/^第[234]部分的.+是图片，无法核对数字。$/);
    // the same finding, word for word, as a text PDF whose tables are pictures
    const imageTables = await audit('test/fixtures/attachments/image-tables.pdf');
    expect(scan.findings).toEqual(imageTables.findings.filter((f) => f.rule === 'table-missing'));
  }, SLOW);
  it('a locked file and bytes that are no PDF are problems, not exceptions', async () => {
    expect(await auditAttachmentFile('test/fixtures/attachments/encrypted.pdf')).toEqual({ problem: 'encrypted' });
    expect(await pdfOf(new TextEncoder().encode('<html>not a pdf</html>'))).toMatchObject({ ok: false, problem: 'damaged' });
    expect(await pdfOf(readFileSync('samples/pdf/000-word.pdf').subarray(0, 5000))).toMatchObject({ ok: false, problem: 'damaged' });
  }, SLOW);
  it('Chinese text in a font not embedded is read through the bundled GB1 CMaps', async () => {
    const withCMaps = await pdfOf(cidFontPdf(SECTION_HEADINGS));
    expect(withCMaps.ok && withCMaps.value.blocks.map((b) => (b.kind === 'text' ? b.text : b.kind))).toEqual(SECTION_HEADINGS);
    const without = await pdfOf(cidFontPdf(SECTION_HEADINGS), null);
    expect(without.ok && without.value.blocks.some((b) => b.kind === 'text' && b.text.includes('总体情况'))).toBe(false);
  }, SLOW);
});

describe('DOCX', () => {
  it("Word's gridSpan, vMerge and empty cells come through as colspan, rowspan and empty cells", async () => {
    const xml = execFileSync('unzip', ['-p', 'test/fixtures/attachments/cell-missing-fires.docx', 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toMatch(/<w:gridSpan w:val="[2-9]"/);
    expect(xml).toContain('<w:vMerge w:val="continue"/>');
    const html = await htmlFromDocx(new Uint8Array(readFileSync('test/fixtures/attachments/cell-missing-fires.docx')));
    expect(html.ok).toBe(true);
    if (!html.ok) return;
    expect(html.value).toMatch(/<td colspan="7"><p>申请人情况<\/p><\/td>/);
    expect(html.value).toMatch(/<td rowspan="\d+"><p>三、本年度办理结果<\/p><\/td>/);
    expect(html.value).toContain('<td></td>');
  });
  it('bytes that are no DOCX are a problem, not an exception', async () => {
    expect(await htmlFromDocx(new TextEncoder().encode('not a zip'))).toMatchObject({ ok: false, problem: 'damaged' });
  });
});

describe('the viewer page\'s HTML (lib/blocks-html.ts)', () => {
  it.each(['samples/pdf/002-cms.pdf', 'test/fixtures/attachments/column-sum-fires.pdf', 'test/fixtures/attachments/image-tables.pdf'])('%s shown as HTML audits as the PDF does', async (path) => {
    const read = await pdfOf(new Uint8Array(readFileSync(path)));
    if (!read.ok) throw new Error(read.problem);
    const shown = auditDocument(parseHTML(htmlFromBlocks(read.value.blocks, 'x.pdf')).document as unknown as Document).audit;
    expect(essence(shown)).toEqual(essence(auditBlocks(read.value.blocks, read.value.hints).audit));
  }, SLOW);
  it('escapes what the file says', () => {
    expect(htmlFromBlocks([{ kind: 'text', text: '<img src=x onerror=alert(1)>' }], '<t>')).toContain('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
  });
});
