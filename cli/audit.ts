// npm run --silent audit -- [--json|--jsonl] [--lang zh|en] [--debug] [--xlsx FILE] [--crawl LIST_URL] [--from FILE] FILE_OR_URL...
import { parseArgs } from 'node:util';
import { addAcrossFindings } from './across';
import type { FileAudit } from './audit-file';
import type { PageAudit, PageOutcome } from '../lib/column/crawl';
import { fetchOptions, isUrl, readInputList } from './crawl/options';
import { countBySeverity, formatResult, type Printer } from './format';
import { uiText } from '../lib/ui-text';
import { auditAll } from './pool';
import { expandPaths } from './read-file';
import { writeWorkbookFile } from './xlsx';

export type CliResult = FileAudit | PageOutcome;
const isAudit = (r: CliResult): r is FileAudit | PageAudit => 'findings' in r;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      lang: { type: 'string' },
      debug: { type: 'boolean' },
      xlsx: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      crawl: { type: 'string' },
      from: { type: 'string' },
      concurrency: { type: 'string' },
      'delay-ms': { type: 'string' },
      'timeout-ms': { type: 'string' },
      resume: { type: 'boolean' },
      'cache-dir': { type: 'string' },
    },
  });
  const lang = values.lang === 'en' || (!values.lang && /^en/i.test(process.env.LANG ?? '')) ? 'en' : 'zh';
  const t = uiText(lang);
  const printer: Printer = { lang, color: process.stdout.isTTY === true && !process.env.NO_COLOR };
  if (values.help || (positionals.length === 0 && !values.crawl && !values.from)) {
    console.log(t('cli.usage'));
    return values.help ? 0 : 2;
  }
  const fetching = fetchOptions(values);
  if (typeof fetching === 'string') {
    console.error(t('cli.badOption', { option: fetching }));
    return 2;
  }
  const listed = values.from ? await readInputList(values.from) : [];
  const results: CliResult[] = [];
  let failing = false;
  const hasError = (r: CliResult) => isAudit(r) && r.findings.some((f) => f.severity === 'error');
  // --jsonl: each report on its own line as soon as it is in (and so no across-reports stage)
  const emit = values.jsonl
    ? (r: CliResult) => {
        failing ||= hasError(r);
        process.stdout.write(`${JSON.stringify(r)}\n`);
      }
    : (r: CliResult) => results.push(r);
  let unreadable = false;
  await auditAll(await expandPaths([...positionals, ...listed].filter((p) => !isUrl(p))), { rethrow: values.debug === true }, (outcome) => {
    if (!outcome.ok) {
      unreadable = true;
      const reason = t(outcome.reason === 'unreadable' ? 'unknown' : `cli.${outcome.reason}`) + (outcome.detail ? ` (${outcome.detail})` : '');
      console.error(`${outcome.file}: ${t('cli.unreadable', { reason })}`);
      return;
    }
    emit(outcome.result);
  });
  const web = { crawl: values.crawl, urls: positionals.filter(isUrl), listed: listed.filter(isUrl) };
  if (web.crawl || web.urls.length || web.listed.length) {
    const { auditWeb } = await import('./crawl/run');
    unreadable = !(await auditWeb(web, fetching, lang, emit)) || unreadable;
  }
  if (!values.jsonl) {
    // the complete result list, and the one place it goes to the printer: every report is in
    // before any is printed (the across-reports rules need them all). The engine's output has
    // the schema's shape by construction (the tests validate it).
    const audited = results.filter(isAudit);
    addAcrossFindings(audited, (r) => ('file' in r ? r.file : r.url));
    if (values.json) console.log(JSON.stringify(results, null, 2));
    else for (const result of results) console.log(`${formatResult(printer, result)}\n`);
    if (!values.json && results.length > 1) console.log(t('cli.summary', { files: results.length, ...countBySeverity(audited) }));
    failing = results.some(hasError);
    if (values.xlsx !== undefined && !(await writeWorkbookFile(values.xlsx, audited, t))) return 2;
  }
  if (unreadable) return 2;
  return failing ? 1 : 0;
}

// exitCode, not exit(): exit() drops whatever stdout has not yet written to a pipe
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
