// The readable report of one audited file.
import { styleText } from 'node:util';
import type { FileAudit } from './audit-file';
import type { PageAudit, PageFailure } from '../lib/column/crawl';
import { TABLE_KEYS, type Finding } from '../lib/report';
import type { Lang } from '../lib/messages';
import { message } from '../lib/messages';
import { uiText } from '../lib/ui-text';

type Style = Parameters<typeof styleText>[0];

export interface Printer {
  lang: Lang;
  color: boolean;
}

const paint = (p: Printer, style: Style, text: string): string => (p.color ? styleText(style, text) : text);

const SEVERITY_STYLE: Record<Finding['severity'], Style> = { error: 'red', warning: 'yellow', info: 'cyan' };
const BLANK_GROUP_MIN = 4;

function place(f: Finding): string {
  return [f.row, f.column].filter((x) => x !== undefined && x !== '').join(' / ');
}

function findingLine(p: Printer, f: Finding): string {
  const tag = paint(p, SEVERITY_STYLE[f.severity], uiText(p.lang)(`severity.${f.severity}`));
  const where = place(f);
  return `    ${tag} ${paint(p, 'dim', f.rule)}${where ? ` ${where}` : ''}  ${p.lang === 'zh' ? f.message : f.message_en}`;
}

function groupLines(p: Printer, findings: Finding[]): string[] {
  const blanks = findings.filter((f) => f.rule === 'cell-missing');
  const grouped = blanks.length >= BLANK_GROUP_MIN;
  const lines = findings.filter((f) => !grouped || f.rule !== 'cell-missing').map((f) => findingLine(p, f));
  if (grouped) {
    const tag = paint(p, SEVERITY_STYLE.warning, uiText(p.lang)('severity.warning'));
    lines.push(`    ${tag} ${paint(p, 'dim', 'cell-missing')}  ${uiText(p.lang)('cli.blankGroup', { count: blanks.length, cells: blanks.map(place).join(', ') })}`);
  }
  return lines;
}

/** A file's or an address's report; an address that could not be fetched says why. */
export function formatResult(p: Printer, result: FileAudit | PageAudit | PageFailure): string {
  if ('error' in result) {
    const t = uiText(p.lang);
    return [paint(p, 'bold', result.url), result.attachment && `  ${t('fromAttachment', { name: result.attachment })}`, `  ${t('cli.unreadable', { reason: result.error })}`].filter(Boolean).join('\n');
  }
  return formatFile(p, result);
}

function formatFile(p: Printer, result: FileAudit | PageAudit): string {
  const t = uiText(p.lang);
  const out = [paint(p, 'bold', 'file' in result ? result.file : result.url)];
  if ('attachment' in result && result.attachment) out.push(`  ${t('fromAttachment', { name: result.attachment })}`);
  // a page the engine failed to read says why (engine-error) instead of only "not a report"
  if (!result.detected) return [...out, `  ${t('cli.notReport')}`, ...result.findings.map((f) => findingLine(p, f))].join('\n');
  const unknown = t('unknown');
  const facts = [
    result.agency ?? unknown,
    result.year ? t('cli.year', { year: result.year }) : unknown,
    t('cli.template', { template: result.template ?? unknown }),
    result.published ? t('cli.published', { date: result.published }) : '',
  ].filter(Boolean);
  out.push(`  ${facts.join(' · ')}`);
  const counts = countBySeverity([result]);
  out.push(`  ${t('cli.counts', counts)}${counts.error + counts.warning === 0 ? ` — ${paint(p, 'green', t('cli.clean'))}` : ''}`);
  const groups: [string, Finding[]][] = [
    [t('cli.report'), result.findings.filter((f) => !f.table)],
    ...TABLE_KEYS.map((t): [string, Finding[]] => [message(p.lang, `table.${t}`), result.findings.filter((f) => f.table === t)]),
  ];
  for (const [title, findings] of groups) {
    if (!findings.length) continue;
    out.push(`  ${paint(p, 'underline', title)}`, ...groupLines(p, findings));
  }
  return out.join('\n');
}

export function countBySeverity(results: { findings: Finding[] }[]): Record<Finding['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const f of r.findings) counts[f.severity]++;
  return counts;
}
