import { claimsIn, type Claim, type ClaimKind } from '../claims';
import { formatNumber } from '../messages';
import type { TableData } from '../report';
import { APPLICANT_COLUMNS, REQUEST_ROWS, type TemplateId } from '../template';
import type { AuditContext } from './rule';
import { defineRule } from './rule';
import { differs, numberIn, sumOf } from './sums';

/** Where a claim's figure is in the tables: the finding's row and column, and the rows (or appeal cells) that add up to it. */
interface Target {
  table: 'requests' | 'appeals';
  row: string;
  column: string;
  /** requests: row keys, or a group prefix ("3.3." takes 3.3.1…3.3.8); appeals: cells */
  parts: (template: TemplateId) => string[];
}

const rows = (...keys: string[]) => () => keys;
const group = (prefix: string) => (template: TemplateId) => REQUEST_ROWS[template].map((r) => r.key).filter((k) => k === prefix || k.startsWith(`${prefix}.`));
const requests = (row: string, parts: Target['parts']): Target => ({ table: 'requests', row, column: 'total', parts });

const TARGETS: Record<ClaimKind, Target> = {
  received: requests('1', rows('1')),
  carried: requests('2', rows('2')),
  handled: requests('3.7', rows('3.7')),
  carriedOn: requests('4', rows('4')),
  granted: requests('3.1', rows('3.1')),
  partly: requests('3.2', rows('3.2')),
  grantedAndPartly: requests('3.1+3.2', rows('3.1', '3.2')),
  refused: requests('3.3', group('3.3')),
  unable: requests('3.4', group('3.4')),
  notProcessed: requests('3.5', group('3.5')),
  otherHandling: requests('3.6', group('3.6')),
  review: { table: 'appeals', row: '', column: 'review.total', parts: () => ['review'] },
  litigation: { table: 'appeals', row: '', column: 'litigation.total', parts: () => ['litigation_direct', 'litigation_after_review'] },
};

/** A requests row's figure: its total, or where that is blank or invalid, the sum of its six applicant columns. */
function requestFigure(data: TableData, row: string): number | undefined {
  const cells = data[row];
  if (!cells) return undefined;
  if (cells.total?.status === 'number') return cells.total.value ?? 0;
  return sumOf(APPLICANT_COLUMNS.map((c) => numberIn(cells, c)));
}

/** An appeals group's figure: its total, or where that is blank or invalid, its four outcomes. */
function appealFigure(data: TableData, group: string): number | undefined {
  const cells = data[''];
  const total = cells?.[`${group}.total`];
  if (!cells || !total) return undefined;
  if (total.status === 'number') return total.value ?? 0;
  return sumOf(['upheld', 'corrected', 'other', 'pending'].map((c) => numberIn(cells, `${group}.${c}`)));
}

/** The table's figure for a claim and its parts, or undefined where the table cannot say. */
function figureOf<S>(ctx: AuditContext<S>, target: Target): { total: number; parts: number[] } | undefined {
  const data = ctx.reads[target.table]?.data;
  if (!data) return undefined;
  const keys = target.parts(ctx.template);
  const parts = keys.map((key) => (target.table === 'requests' ? requestFigure(data, key) : appealFigure(data, key)));
  const total = keys.length ? sumOf(parts) : undefined;
  return total === undefined ? undefined : { total, parts: parts as number[] };
}

/** "272＋3＝275", or "275" for a single figure: the table's side of the comparison. */
function arithmetic(parts: number[], total: number): string {
  const shown = parts.length > 1 ? parts.filter((p) => p !== 0) : parts;
  return shown.length > 1 ? `${shown.map(formatNumber).join('＋')}＝${formatNumber(total)}` : formatNumber(total);
}

export default defineRule({
  id: 'text-table-mismatch',
  severity: 'warning',
  stage: 'document',
  anchor: 'text',
  run(ctx) {
    const claims: Claim[] = [];
    ctx.blocks.forEach((block, i) => {
      if (block.kind === 'text') claims.push(...claimsIn(block.text, i, ctx.sectionOf(i)));
    });
    const said = new Set<ClaimKind>();
    const findings = [];
    for (const claim of claims) {
      if (said.has(claim.kind)) continue; // one finding per figure: the first clause that contradicts it
      const target = TARGETS[claim.kind];
      const figure = figureOf(ctx, target);
      if (!figure || !differs(figure.total, claim.value)) continue;
      said.add(claim.kind);
      const place = { section: ctx.sectionOf(claim.block) || undefined, table: target.table, row: target.row, column: target.column, expected: figure.total, actual: claim.value };
      const finding = this.finding(place, 'text-table-mismatch', { quote: claim.quote, figure: arithmetic(figure.parts, figure.total) });
      ctx.pointAt(finding, claim.block);
      findings.push(finding);
    }
    return findings;
  },
});
