// Blocks → typed report → findings: the engine's spine, shared by the DOM and text front ends.
import { activeNames, appealNames, checkAppeals, checkCells, checkRequests, requestNames } from './checks';
import { classifyTable, continues, detectTemplate, tableText } from './classify';
import type { Block, GridRow } from './grid';
import { makeFinding } from './messages';
import { extractMeta, type MetaHints } from './meta';
import { cellId, type Audit, type Finding, type Report } from './report';
import { findSections, type SectionHit } from './sections';
import { readActive } from './tables/active';
import { readAppeals } from './tables/appeals';
import { sourceOf, tableName, type TableRead } from './tables/common';
import { readRequests } from './tables/requests';
import { ACTIVE_BLOCKS, perTemplate, REQUEST_ROWS, SECTIONS, TABLE_SECTION, type TableKey, type TemplateId } from './template';

export interface EngineResult<S> {
  audit: Audit;
  /** cellId → the page cell, for every cell a finding points at */
  cells: Map<string, S>;
  tables: Map<TableKey, S[]>;
}

interface Located<S> {
  key: TableKey;
  rows: GridRow<S>[];
  sources: S[];
  /** tableText(rows), while the table is in one piece */
  text?: string;
}

/** Groups the page's tables by kind; a headerless table right after one of a kind continues it (a page break). */
function locateTables<S>(blocks: Block<S>[], sectionStarts: Set<number>): Map<TableKey, Located<S>> {
  const found = new Map<TableKey, Located<S>>();
  let previous: TableKey | undefined;
  blocks.forEach((block, i) => {
    if (sectionStarts.has(i)) previous = undefined;
    if (block.kind !== 'table') return;
    const text = tableText(block.rows);
    const key = classifyTable(text) ?? (previous && continues(previous, text) ? previous : undefined);
    previous = key;
    if (!key) return;
    const located = found.get(key);
    if (located) {
      located.rows.push(...block.rows);
      located.sources.push(...block.sources);
      located.text = undefined;
    } else found.set(key, { key, rows: block.rows.slice(), sources: block.sources.slice(), text });
  });
  return found;
}

function sectionFindings(hits: SectionHit[]): Finding[] {
  return SECTIONS.flatMap(({ n, heading }) => {
    const hit = hits.find((h) => h.n === n);
    if (!hit) return [makeFinding('section-missing', 'error', { section: n }, 'section-missing', { n, heading })];
    return hit.exact ? [] : [makeFinding('label-mismatch', 'info', { section: n }, 'section-reworded', { n, heading, found: hit.heading })];
  });
}

/** Blocks that belong to section n: from its heading to the next found heading. */
function sectionRange(hits: SectionHit[], n: number, total: number): [number, number] | undefined {
  const i = hits.findIndex((h) => h.n === n);
  if (i < 0) return undefined;
  return [hits[i].block, hits[i + 1]?.block ?? total];
}

export function auditBlocks<S>(blocks: Block<S>[], hints: MetaHints = {}): EngineResult<S> {
  const lines: { text: string; block: number }[] = [];
  blocks.forEach((b, block) => {
    if (b.kind === 'text') lines.push({ text: b.text, block });
  });
  const hits = findSections(lines);
  const located = locateTables(blocks, new Set(hits.map((h) => h.block)));
  const meta = extractMeta(lines.map((l) => l.text), hints);
  const detected = located.size > 0 || hits.length >= 4;
  const template: TemplateId | null = located.size ? detectTemplate([...located.values()].map((t) => t.text ?? tableText(t.rows)).join('')) : null;

  const report: Report = {
    detected,
    template,
    ...meta,
    sections: SECTIONS.map(({ n }) => {
      const hit = hits.find((h) => h.n === n);
      return { n, found: !!hit, heading: hit?.heading ?? null };
    }),
    tables: {},
  };
  const tables = new Map<TableKey, S[]>();
  const findings: Finding[] = [];
  const reads: Partial<Record<TableKey, TableRead<S>>> = {};
  if (detected) {
    findings.push(...sectionFindings(hits));
    const t = template ?? '2021';
    for (const [key, { rows, sources }] of located) {
      reads[key] = key === 'requests' ? readRequests(rows, t) : key === 'active' ? readActive(rows, t) : readAppeals(rows);
      tables.set(key, sources);
    }
    for (const key of ['active', 'requests', 'appeals'] as TableKey[]) {
      const read = reads[key];
      const n = TABLE_SECTION[key];
      if (!read) {
        const range = sectionRange(hits, n, blocks.length);
        const image = range && blocks.slice(range[0], range[1]).some((b) => b.kind === 'image');
        findings.push(makeFinding('table-missing', 'error', { section: n, table: key }, image ? 'table-image' : 'table-missing', { n, table: tableName(key) }));
        continue;
      }
      report.tables[key] = read.data;
      findings.push(...read.findings, ...rowMissing(key, read, t));
      if (key === 'requests') findings.push(...checkCells(key, read.data, requestNames(t)), ...checkRequests(read.data, t));
      else if (key === 'appeals') findings.push(...checkCells(key, read.data, appealNames), ...checkAppeals(read.data));
      else findings.push(...checkCells(key, read.data, activeNames(t)));
    }
    if (template === '2019' && meta.year !== null && meta.year >= 2021) {
      findings.push(makeFinding('template-outdated', 'warning', { section: 2 }, 'template-outdated', { year: meta.year }));
    }
    findings.push(...feeStatement(blocks, hits, t));
  }
  // The shape is the schema's by construction (Audit is inferred from it); the boundaries where a
  // report leaves the engine (CLI JSON, the popup's export, the tests) validate it.
  return { audit: { ...report, findings }, cells: findingCells(findings, reads), tables };
}

/** The page cell of every finding that points at one: the overlay's anchors. */
function findingCells<S>(findings: Finding[], reads: Partial<Record<TableKey, TableRead<S>>>): Map<string, S> {
  const cells = new Map<string, S>();
  for (const { table, row = '', column } of findings) {
    if (!table || column === undefined) continue;
    const read = reads[table];
    const source = read && sourceOf(read, row, column);
    if (source !== undefined) cells.set(cellId(table, row, column), source);
  }
  return cells;
}

function rowMissing<S>(key: TableKey, read: TableRead<S>, template: TemplateId): Finding[] {
  const rows: readonly { key: string; label: string }[] = key === 'requests' ? REQUEST_ROWS[template] : key === 'active' ? activeRows(template) : [];
  return rows
    .filter((r) => !read.rows.has(r.key))
    .map((r) => makeFinding('row-missing', 'error', { section: TABLE_SECTION[key], table: key, row: r.key }, 'row-missing', { table: tableName(key), label: r.label }));
}

const activeRows = perTemplate((template) => ACTIVE_BLOCKS[template].flatMap((b) => b.rows));

/** Section 六 of the 2021 template must say whether information-processing fees were charged. */
function feeStatement<S>(blocks: Block<S>[], hits: SectionHit[], template: TemplateId): Finding[] {
  const range = sectionRange(hits, 6, blocks.length);
  if (template !== '2021' || !range) return [];
  const text = blocks
    .slice(range[0], blocks.length)
    .map((b) => (b.kind === 'text' ? b.text : ''))
    .join('');
  return /处理费|收费/.test(text) ? [] : [makeFinding('fee-statement-missing', 'warning', { section: 6 }, 'fee-statement-missing', {})];
}

