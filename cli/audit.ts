// npm run --silent audit -- [--json|--jsonl] [--lang zh|en] [--crawl LIST_URL] [--from FILE] FILE_OR_URL...
import { parseArgs } from 'node:util';
import { checkAcrossReports } from '../lib/across';
import { figuresOf } from '../lib/figures';
import type { FileAudit } from './audit-file';
import type { PageOutcome } from '../lib/column/crawl';
import { fetchOptions, isUrl, readInputList } from './crawl/options';
import { countBySeverity, formatResult, say, type Printer } from './format';
import { auditAll } from './pool';
import { expandPaths } from './read-file';

export type CliResult = FileAudit | PageOutcome;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      lang: { type: 'string' },
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
  const printer: Printer = { lang, color: process.stdout.isTTY === true && !process.env.NO_COLOR };
  if (values.help || (positionals.length === 0 && !values.crawl && !values.from)) {
    console.log(say(lang, 'usage'));
    return values.help ? 0 : 2;
  }
  const fetching = fetchOptions(values);
  if (typeof fetching === 'string') {
    console.error(say(lang, 'badOption', { option: fetching }));
    return 2;
  }
  const listed = values.from ? await readInputList(values.from) : [];
  const results: CliResult[] = [];
  let failing = false;
  const hasError = (r: CliResult) => 'findings' in r && r.findings.some((f) => f.severity === 'error');
  // --jsonl: each report on its own line as soon as it is in (and so no across-reports stage)
  const emit = values.jsonl
    ? (r: CliResult) => {
        failing ||= hasError(r);
        process.stdout.write(`${JSON.stringify(r)}\n`);
      }
    : (r: CliResult) => results.push(r);
  let unreadable = false;
  await auditAll(await expandPaths([...positionals, ...listed].filter((p) => !isUrl(p))), (outcome) => {
    if (!outcome.ok) {
      unreadable = true;
      const reason = say(lang, outcome.reason === 'unreadable' ? 'unknown' : outcome.reason) + (outcome.detail ? ` (${outcome.detail})` : '');
      console.error(`${outcome.file}: ${say(lang, 'unreadable', { reason })}`);
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
    const audited = results.filter((r) => 'findings' in r);
    const across = checkAcrossReports(audited.map((r) => figuresOf(r, 'file' in r ? r.file : r.url)));
    audited.forEach((r, i) => r.findings.push(...across[i]));
    if (values.json) console.log(JSON.stringify(results, null, 2));
    else for (const result of results) console.log(`${formatResult(printer, result)}\n`);
    if (!values.json && results.length > 1) console.log(say(lang, 'summary', { files: results.length, ...countBySeverity(results.filter((r) => 'findings' in r)) }));
    failing = results.some(hasError);
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
