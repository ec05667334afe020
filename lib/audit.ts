// Blocks → typed report → findings: the engine's spine, shared by the DOM and text front ends.
import { classifyTable, continues, detectTemplate, tableText } from './classify';
import type { Block, GridRow, TextBlock } from './grid';
import { anchorId, isAboutText } from './anchors';
import { extractMeta, type MetaHints } from './meta';
import { cellId, type Audit, type Finding, type Report } from './report';
import { engineError, REGISTRY } from './rules/index';
import type { AuditContext, Finding as RuleFinding, RuleDef } from './rules/rule';
import { findSections, type SectionHit } from './sections';
import { readActive } from './tables/active';
import { readAppeals } from './tables/appeals';
import { sourceOf, type TableRead } from './tables/common';
import { readRequests } from './tables/requests';
import { SECTIONS, TABLE_ORDER, type TableKey, type TemplateId } from './template';

export interface EngineResult<S> {
  audit: Audit;
  /** anchorId (lib/anchors.ts) → the page cell, or the paragraph, of every finding that points at one: the overlay's anchors */
  cells: Map<string, S>;
  tables: Map<TableKey, S[]>;
  /** the page cell of any table cell (findings added later, by the across-reports stage, point at cells no rule named) */
  locate(table: TableKey, row: string, column: string): S | undefined;
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

export interface EngineOptions {
  /** re-throw a rule's failure instead of reporting it as engine-error (tests, the CLI's --debug) */
  rethrow?: boolean;
}

type Rule = (typeof REGISTRY)[number];
type TableRule = Extract<Rule, { stage: 'table' }>;
type DocumentRule = Extract<Rule, { stage: 'document' }>;
// which rules run on which table, sorted out once rather than on every audit
const TABLE_RULES = new Map(
  TABLE_ORDER.map((table) => [table, REGISTRY.filter((r): r is TableRule => r.stage === 'table' && (r.tables as readonly TableKey[]).includes(table))]),
);
const DOCUMENT_RULES = REGISTRY.filter((r): r is DocumentRule => r.stage === 'document');

/** Runs every rule of the table and document stages; a rule that throws becomes one engine-error finding. */
function runRules<S>(ctx: AuditContext<S>, options: EngineOptions): Finding[] {
  const findings: Finding[] = [];
  const guarded = (rule: RuleDef, check: () => RuleFinding[]): void => {
    try {
      // the registry's ids are the schema's: a rule's finding is a Finding
      findings.push(...(check() as Finding[]));
    } catch (error) {
      if (options.rethrow) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      findings.push(engineError.finding({}, 'engine-error', { rule: rule.id, detail }) as Finding);
    }
  };
  for (const table of TABLE_ORDER) {
    const read = ctx.reads[table];
    if (read) for (const rule of TABLE_RULES.get(table)!) guarded(rule, () => rule.run(ctx, table, read));
  }
  for (const rule of DOCUMENT_RULES) guarded(rule, () => rule.run(ctx));
  return findings;
}

function readTable<S>(key: TableKey, rows: GridRow<S>[], template: TemplateId): TableRead<S> {
  return key === 'requests' ? readRequests(rows, template) : key === 'active' ? readActive(rows, template) : readAppeals(rows);
}

export function auditBlocks<S>(blocks: Block<S>[], hints: MetaHints = {}, options: EngineOptions = {}): EngineResult<S> {
  const lines: { text: string; block: number }[] = [];
  blocks.forEach((b, block) => {
    if (b.kind === 'text') lines.push({ text: b.text, block });
  });
  const hits = findSections(lines);
  const located = locateTables(blocks, new Set(hits.map((h) => h.block)));
  const meta = extractMeta(lines.map((l) => l.text), hints);
  const detected = located.size > 0 || hits.length >= 4;
  const detectedTemplate: TemplateId | null = located.size ? detectTemplate([...located.values()].map((t) => t.text ?? tableText(t.rows)).join('')) : null;

  const report: Report = {
    detected,
    template: detectedTemplate,
    ...meta,
    sections: SECTIONS.map(({ n }) => {
      const hit = hits.find((h) => h.n === n);
      return { n, found: !!hit, heading: hit?.heading ?? null };
    }),
    tables: {},
  };
  const tables = new Map<TableKey, S[]>();
  const reads: Partial<Record<TableKey, TableRead<S>>> = {};
  let findings: Finding[] = [];
  const paragraphs = new Map<string, S>();
  if (detected) {
    const template = detectedTemplate ?? '2021';
    for (const [key, { rows, sources }] of located) {
      reads[key] = readTable(key, rows, template);
      report.tables[key] = reads[key].data;
      tables.set(key, sources);
    }
    // the section of every block, once: the claims ask it of each paragraph
    const sectionAt = new Array<number>(blocks.length).fill(0);
    for (const hit of hits) sectionAt.fill(hit.n, hit.block);
    const ctx: AuditContext<S> = {
      blocks,
      sections: hits,
      meta,
      detectedTemplate,
      template,
      reads,
      sectionRange: (n) => sectionRange(hits, n, blocks.length),
      sectionOf: (block) => sectionAt[block] ?? 0,
      pointAt: (finding, block) => {
        const source = blocks[block]?.kind === 'text' ? (blocks[block] as TextBlock<S>).source : undefined;
        if (source !== undefined) paragraphs.set(anchorId(finding as Finding), source);
      },
    };
    findings = runRules(ctx, options);
  }
  // The shape is the schema's by construction (Audit is inferred from it); the boundaries where a
  // report leaves the engine (CLI JSON, the popup's export, the tests) validate it.
  const locate = (table: TableKey, row: string, column: string): S | undefined => {
    const read = reads[table];
    return read && sourceOf(read, row, column);
  };
  return { audit: { ...report, findings }, cells: findingCells(findings, locate, paragraphs), tables, locate };
}

/** auditBlocks that never throws (unless asked to): a failure outside the rules is an audit that says so. */
export function auditGuarded<S>(blocks: Block<S>[], hints: MetaHints = {}, options: EngineOptions = {}): EngineResult<S> {
  try {
    return auditBlocks(blocks, hints, options);
  } catch (error) {
    return failedAudit(error, options);
  }
}

/** The result with findings added after the audit (the across-reports stage), their cells located. */
export function withFindings<S>(result: EngineResult<S>, added: Finding[]): EngineResult<S> {
  const cells = new Map(result.cells);
  for (const f of added) {
    const source = f.table && f.column !== undefined ? result.locate(f.table, f.row ?? '', f.column) : undefined;
    if (source !== undefined) cells.set(anchorId(f), source);
  }
  return { ...result, audit: { ...result.audit, findings: [...result.audit.findings, ...added] }, cells };
}

/** What an audit says when reading the page itself failed: no report found, and why. */
export function failedAudit<S>(error: unknown, options: EngineOptions = {}): EngineResult<S> {
  if (options.rethrow) throw error;
  const result = auditBlocks<S>([]);
  const detail = error instanceof Error ? error.message : String(error);
  result.audit.findings.push(engineError.finding({}, 'engine-error', { rule: 'reader', detail }) as Finding);
  return result;
}

/** Blocks that belong to section n: from its heading to the next found heading. */
function sectionRange(hits: SectionHit[], n: number, total: number): [number, number] | undefined {
  const i = hits.findIndex((h) => h.n === n);
  if (i < 0) return undefined;
  return [hits[i].block, hits[i + 1]?.block ?? total];
}

/** The page cell of every finding that points at one: the overlay's anchors. */
function findingCells<S>(findings: Finding[], locate: EngineResult<S>['locate'], paragraphs: Map<string, S>): Map<string, S> {
  const cells = new Map<string, S>(paragraphs);
  for (const finding of findings) {
    const { table, row = '', column } = finding;
    // a finding about the text points at its paragraph (above), not at the cell it compares with
    if (!table || column === undefined || isAboutText(finding)) continue;
    const source = locate(table, row, column);
    if (source !== undefined) cells.set(cellId(table, row, column), source);
  }
  return cells;
}
