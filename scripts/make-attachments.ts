// The bundled HTML reports as the attachments agencies publish: PDF printed by Chromium (A4, so the
// big tables break across pages), DOCX written with the `docx` library (merged cells as gridSpan /
// vMerge, blank cells kept) and Markdown as PDF-to-Markdown converters emit it (pipe tables, merged
// cells left blank, a long table cut into pieces). Every attachment test input comes from here:
//
//   npx tsx scripts/make-attachments.ts [NAME...]     (only the outputs whose file name contains a NAME)
//
// Deterministic apart from the PDFs' creation dates. Needs Debian's Chromium (/usr/bin/chromium).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { parseHTML } from 'linkedom';
import { chromium, type Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLES = ['000', '001', '002', '003', '004'].map((seed) => `samples/html/${seed}-word.html`);
/** blank cells, placeholders and failing sums, for the tests: into test/fixtures/attachments */
const FAULTS = ['cell-missing-fires', 'cell-missing-fires-2', 'column-sum-fires'].map((name) => `test/fixtures/faults/${name}.html`);
const FIXTURES = join(ROOT, 'test/fixtures/attachments');
/** a web page printed as it is, site navigation and all: four pages, the bench's PDF */
const PRINTED = ['samples/html/002-cms.html'];
const ONLY = process.argv.slice(2);
/** rows per piece when the Markdown cuts a long table, as a converter does at page breaks */
const MD_PIECE_ROWS = 14;

interface Cell {
  text: string;
  colspan: number;
  rowspan: number;
}
type Item = { kind: 'heading'; level: number; text: string } | { kind: 'paragraph'; text: string } | { kind: 'table'; rows: Cell[][] };

const BLOCK = /^(?:P|DIV|H[1-6]|LI|SECTION|ARTICLE|MAIN|HEADER|FOOTER|UL|OL|BLOCKQUOTE|TABLE|CENTER)$/;
const isHidden = (el: Element) => el.hasAttribute('hidden') || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');

function textOf(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 || isHidden(node as Element)) return '';
  return [...node.childNodes].map(textOf).join('');
}
const fold = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

/** The page's body as headings, paragraphs and tables, in order (navigation and scripts left out). */
function itemsOf(root: Element, out: Item[] = []): Item[] {
  for (const child of root.children) {
    if (isHidden(child) || /^(?:SCRIPT|STYLE|NAV|TEMPLATE)$/.test(child.tagName)) continue;
    if (child.tagName === 'TABLE') {
      const rows = [...child.querySelectorAll('tr')].map((tr) =>
        [...tr.children]
          .filter((c) => /^T[DH]$/.test(c.tagName) && !isHidden(c))
          .map((c) => ({ text: fold(textOf(c)), colspan: Number(c.getAttribute('colspan') ?? 1) || 1, rowspan: Number(c.getAttribute('rowspan') ?? 1) || 1 })),
      );
      out.push({ kind: 'table', rows });
    } else if ([...child.querySelectorAll('*')].some((d) => BLOCK.test(d.tagName))) itemsOf(child, out);
    else {
      const text = fold(textOf(child));
      if (!text) continue;
      const level = /^H([1-6])$/.exec(child.tagName)?.[1];
      out.push(level ? { kind: 'heading', level: Number(level), text } : { kind: 'paragraph', text });
    }
  }
  return out;
}

// ── DOCX ──
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

function docxOf(title: string, items: Item[]): Promise<Buffer> {
  const children = items.map((item) => {
    if (item.kind === 'heading') return new Paragraph({ text: item.text, heading: HEADINGS[item.level - 1] });
    if (item.kind === 'paragraph') return new Paragraph({ text: item.text });
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: item.rows.map(
        (row) =>
          new TableRow({
            children: row.map((c) => new TableCell({ children: [new Paragraph({ text: c.text, alignment: AlignmentType.CENTER })], columnSpan: c.colspan, rowSpan: c.rowspan })),
          }),
      ),
    });
  });
  return Packer.toBuffer(new Document({ title, creator: 'report-checker', sections: [{ children }] }));
}

// ── Markdown ──
/** A table's rows with spans expanded: the text in the spanning cell's first slot, blanks in the rest. */
function expand(rows: Cell[][]): string[][] {
  const grid: string[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r][c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowspan && r + dr < rows.length; dr++) for (let dc = 0; dc < cell.colspan; dc++) grid[r + dr][c + dc] = dr === 0 && dc === 0 ? cell.text : '';
      c += cell.colspan;
    }
  });
  const width = Math.max(...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}

const pipeRow = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
const pipeTable = (rows: string[][]) => [pipeRow(rows[0]), pipeRow(rows[0].map(() => '---')), ...rows.slice(1).map(pipeRow)].join('\n');

function markdownOf(items: Item[]): string {
  const parts = items.map((item) => {
    if (item.kind === 'heading') return `${'#'.repeat(item.level)} ${item.text}`;
    if (item.kind === 'paragraph') return item.text;
    const rows = expand(item.rows);
    const pieces: string[] = [];
    for (let i = 0; i < rows.length; i += MD_PIECE_ROWS) pieces.push(pipeTable(rows.slice(i, i + MD_PIECE_ROWS)));
    return pieces.join('\n\n');
  });
  return parts.join('\n\n') + '\n';
}

// ── PDF ──
async function printPdf(page: Page, file: string): Promise<Buffer> {
  await page.goto(`file://${join(ROOT, file)}`);
  return page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' } });
}

/** The same report with every table replaced by a picture of it: the text is text, the tables are not. */
async function imageTablesPdf(page: Page, file: string): Promise<Buffer> {
  await page.goto(`file://${join(ROOT, file)}`);
  const tables = await page.$$('table');
  for (const table of tables) {
    const png = await table.screenshot({ type: 'png' });
    await table.evaluate((el, src) => {
      const img = document.createElement('img');
      img.src = src;
      img.style.maxWidth = '100%';
      el.replaceWith(img);
    }, `data:image/png;base64,${png.toString('base64')}`);
  }
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  return page.pdf({ format: 'A4' });
}

/** A page with no text at all, only its picture: what a scanner produces. */
async function scannedPdf(page: Page, file: string): Promise<Buffer> {
  await page.goto(`file://${join(ROOT, file)}`);
  const png = await page.screenshot({ type: 'png' });
  await page.setContent(`<img style="width:100%" src="data:image/png;base64,${png.toString('base64')}">`);
  return page.pdf({ format: 'A4' });
}

/**
 * The PDF with a standard security handler added by an incremental update: the empty user password
 * does not open it (its /U belongs to another password), as with a report locked by its author.
 */
function encrypt(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const size = Number(/\/Size (\d+)/.exec(text.slice(text.lastIndexOf('trailer')))![1]);
  const root = /\/Root (\d+ \d+ R)/.exec(text.slice(text.lastIndexOf('trailer')))![1];
  const previous = Number(/startxref\s+(\d+)/.exec(text.slice(text.lastIndexOf('startxref')))![1]);
  const hex = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
  const object = `${size} 0 obj\n<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${hex(1)}> /U <${hex(2)}> >>\nendobj\n`;
  const offset = pdf.length + 1;
  const xref = `xref\n${size} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
  const trailer = `trailer\n<< /Size ${size + 1} /Root ${root} /Encrypt ${size} 0 R /ID [<${hex(3).slice(0, 32)}> <${hex(3).slice(0, 32)}>] /Prev ${previous} >>\n`;
  const update = `\n${object}`;
  return Buffer.concat([pdf, Buffer.from(update + xref + trailer + `startxref\n${offset + object.length}\n%%EOF\n`, 'latin1')]);
}

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const page = await browser.newPage();
  const write = async (path: string, make: () => string | Buffer | Promise<Buffer>) => {
    if (ONLY.length && !ONLY.some((name) => basename(path).includes(name))) return;
    const data = await make();
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, data);
    console.log(`${path.slice(ROOT.length + 1)}  ${(data.length / 1024).toFixed(0)} KB`);
  };
  try {
    for (const file of [...SAMPLES, ...FAULTS]) {
      const name = basename(file, '.html');
      const out = (kind: string) => (SAMPLES.includes(file) ? join(ROOT, 'samples', kind, `${name}.${kind}`) : join(FIXTURES, `${name}.${kind}`));
      const { document } = parseHTML(await readFile(join(ROOT, file), 'utf8'));
      const items = itemsOf(document.body);
      await write(out('pdf'), () => printPdf(page, file));
      await write(out('docx'), () => docxOf(document.title, items));
      await write(out('md'), () => markdownOf(items));
    }
    for (const file of PRINTED) await write(join(ROOT, 'samples/pdf', `${basename(file, '.html')}.pdf`), () => printPdf(page, file));
    await write(join(FIXTURES, 'image-tables.pdf'), () => imageTablesPdf(page, 'test/fixtures/faults/base.html'));
    await write(join(FIXTURES, 'scanned.pdf'), () => scannedPdf(page, 'test/fixtures/faults/base.html'));
    await write(join(FIXTURES, 'encrypted.pdf'), async () => {
      await page.setContent('<p>年度报告（加密）</p>');
      return encrypt(await page.pdf({ format: 'A4' }));
    });
  } finally {
    await browser.close();
  }
}

await main();
