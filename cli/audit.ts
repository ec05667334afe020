// npm run --silent audit -- [--json] [--lang zh|en] [--debug] [--xlsx FILE] FILE...
import { parseArgs } from 'node:util';
import { addAcrossFindings } from './across';
import type { FileAudit } from './audit-file';
import { countBySeverity, formatFile, type Printer } from './format';
import { uiText } from '../lib/ui-text';
import { auditAll } from './pool';
import { expandPaths } from './read-file';
import { writeWorkbookFile } from './xlsx';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, lang: { type: 'string' }, debug: { type: 'boolean' }, xlsx: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const lang = values.lang === 'en' || (!values.lang && /^en/i.test(process.env.LANG ?? '')) ? 'en' : 'zh';
  const t = uiText(lang);
  const printer: Printer = { lang, color: process.stdout.isTTY === true && !process.env.NO_COLOR };
  if (values.help || positionals.length === 0) {
    console.log(t('cli.usage'));
    return values.help ? 0 : 2;
  }
  const results: FileAudit[] = [];
  let unreadable = false;
  await auditAll(await expandPaths(positionals), { rethrow: values.debug === true }, (outcome) => {
    if (!outcome.ok) {
      unreadable = true;
      const reason = t(outcome.reason === 'unreadable' ? 'unknown' : `cli.${outcome.reason}`) + (outcome.detail ? ` (${outcome.detail})` : '');
      console.error(`${outcome.file}: ${t('cli.unreadable', { reason })}`);
      return;
    }
    results.push(outcome.result);
  });
  // every report is in before any is printed: the across-reports rules need them all
  addAcrossFindings(results, (r) => r.file);
  // the engine's output has the schema's shape by construction (the tests validate it)
  if (values.json) console.log(JSON.stringify(results, null, 2));
  else for (const result of results) console.log(`${formatFile(printer, result)}\n`);
  if (!values.json && results.length > 1) console.log(t('cli.summary', { files: results.length, ...countBySeverity(results) }));
  if (values.xlsx !== undefined && !(await writeWorkbookFile(values.xlsx, results, t))) return 2;
  if (unreadable) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
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
