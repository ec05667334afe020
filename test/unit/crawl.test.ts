// `audit --crawl` and `audit URL` against a local site: pagination, charsets, dead links, frames,
// redirects, retries, --resume, --jsonl and the exit status. Never the internet.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { AuditSchema } from '../../lib';
import { ATTACHMENT_REPORTS, attachmentColumnRoutes, brokenReport, COLUMN_REPORTS, columnRoutes, sample, startSite, type Site } from '../support/column-site';

const UrlOutputSchema = z.array(
  z.union([
    z.extend(AuditSchema, { url: z.string(), frame: z.optional(z.string()), attachment: z.optional(z.string()) }),
    z.strictObject({ url: z.string(), error: z.string(), attachment: z.optional(z.string()) }),
  ]),
);

beforeAll(() => {
  expect(spawnSync(process.execPath, ['scripts/build-cli.mjs']).status).toBe(0);
});
const run = (...args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['.output/cli/audit.mjs', '--delay-ms', '0', ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

let site: Site;
beforeAll(async () => {
  site = await startSite({
    ...columnRoutes(),
    '/one/clean.html': { body: sample('002-cms.html') },
    '/one/broken.html': { body: brokenReport() },
    '/hang.html': { hold: new Promise(() => {}) },
    ...attachmentColumnRoutes(),
  });
});
afterAll(() => site.close());
const at = (path: string) => site.base + path;

// each test spawns the CLI, some twice: seconds on a loaded machine
describe('audit --crawl', { timeout: 30_000 }, () => {
  it('follows script and link pagination, audits every report in list order, and a dead link is one row', async () => {
    site.hits.clear();
    site.maxInFlight = 0;
    const { code, stdout, stderr } = await run('--json', '--crawl', at('/col/index.shtml'));
    expect(site.maxInFlight).toBeLessThanOrEqual(2); // --concurrency's default
    const results = UrlOutputSchema.parse(JSON.parse(stdout));
    expect(results.map((r) => r.url)).toEqual(COLUMN_REPORTS.map((r) => at(r.path)));
    for (const [i, want] of COLUMN_REPORTS.entries()) {
      const got = results[i];
      if ('error' in want && want.error) expect(got).toEqual({ url: at(want.path), error: want.error });
      else if ('detected' in want) expect(got).toMatchObject({ detected: false });
      else expect(got).toMatchObject({ detected: true, agency: want.agency, year: want.year, ...('frame' in want && { frame: at(want.frame) }) });
    }
    // the across-reports stage over the whole crawl: the town's 2024 report does not carry over its 2023 one
    const rules = (r: (typeof results)[number]) => ('findings' in r ? r.findings.map((f) => f.rule) : []);
    expect(rules(results[0])).toContain('carryover-mismatch');
    expect(rules(results[1])).not.toContain('carryover-mismatch');
    // the notice the list names is never fetched; the flaky page was asked twice (a 503, then the page)
    expect(site.hits.get('/tzgg/notice.html')).toBeUndefined();
    expect(site.hits.get('/col/flaky.html')).toBe(2);
    expect(site.hits.get('/col/index.shtml')).toBe(1);
    // the broken report's error makes the status 1; the dead link does not make it 2
    expect(code).toBe(1);
    expect(stderr).toBe('');
  });

  it('prints the readable report with the dead link saying why', async () => {
    const { stdout } = await run('--lang', 'en', '--crawl', at('/col/index.shtml'));
    expect(stdout).toContain(`${at('/col/dead.html')}\n  cannot read: HTTP 404`);
    expect(stdout).toContain('下各镇 · report year 2023');
    expect(stdout).toContain('not an annual report');
  });

  it('exits 2 when the list page itself cannot be read, with one line on stderr', async () => {
    const { code, stdout, stderr } = await run('--json', '--crawl', at('/nothing/index.html'));
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual([]);
    expect(stderr.trim()).toBe(`${at('/nothing/index.html')}: 无法读取：HTTP 404`);
  });

  it('--resume: a second run fetches nothing it already has', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'crawl-cache-'));
    const first = await run('--json', '--resume', '--cache-dir', cache, '--crawl', at('/col/index.shtml'));
    site.hits.clear();
    const second = await run('--json', '--resume', '--cache-dir', cache, '--crawl', at('/col/index.shtml'));
    expect(second.stdout).toBe(first.stdout);
    // only the dead link is asked again: it is not something the first run got
    expect([...site.hits.keys()]).toEqual(['/col/dead.html']);
  });

  it('--jsonl writes each report as it is done, one JSON object a line', async () => {
    let release!: () => void;
    const held = await startSite({
      '/l/index.html': { body: `<ul><li><a href="/l/a.html">甲单位2024年政府信息公开工作年度报告</a></li><li><a href="/l/b.html">乙单位2024年政府信息公开工作年度报告</a></li></ul>` },
      '/l/a.html': { body: sample('002-cms.html') },
      '/l/b.html': { body: sample('000-cms.html'), hold: new Promise<void>((r) => (release = r)) },
    });
    const child = spawn(process.execPath, ['.output/cli/audit.mjs', '--delay-ms', '0', '--jsonl', '--crawl', `${held.base}/l/index.html`]);
    let stdout = '';
    const firstLine = new Promise<string>((resolve) =>
      child.stdout.on('data', (d) => {
        stdout += d;
        if (stdout.includes('\n')) resolve(stdout.split('\n')[0]);
      }),
    );
    // b.html is held until a's line is out: a CLI that printed at the end would never get here
    expect(JSON.parse(await firstLine)).toMatchObject({ url: `${held.base}/l/a.html`, agency: '重庆市綦江区三角镇人民政府' });
    release();
    const code = await new Promise((resolve) => child.on('close', resolve));
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.url)).toEqual([`${held.base}/l/a.html`, `${held.base}/l/b.html`]);
    expect(code).toBe(0);
    await held.close();
  });
});

describe('audit --crawl: reports published as attachments', { timeout: 60_000 }, () => {
  it('reads a listed PDF or DOCX, the PDF a report page links, a file behind a download address; says where each came from', async () => {
    site.hits.clear();
    const { code, stdout, stderr } = await run('--json', '--lang', 'en', '--crawl', at('/att/index.html'));
    const results = UrlOutputSchema.parse(JSON.parse(stdout));
    expect(results.map((r) => r.url)).toEqual(ATTACHMENT_REPORTS.map((r) => at(r.path)));
    for (const [i, want] of ATTACHMENT_REPORTS.entries()) {
      const got = results[i];
      if ('problem' in want) expect(got).toEqual({ url: at(want.path), attachment: at(want.attachment), error: want.problem === 'encrypted' ? 'the PDF is encrypted: it needs a password' : expect.stringContaining('save as .docx') });
      else if ('detected' in want) expect(got).toMatchObject({ detected: false });
      else {
        expect(got).toMatchObject({ detected: true, attachment: at(want.attachment), agency: want.agency, year: want.year });
        expect('findings' in got && got.findings.filter((f) => f.severity === 'error').length).toBe(want.errors);
      }
    }
    // the scan: its tables are images, said once per table
    const scan = results[ATTACHMENT_REPORTS.findIndex((r) => r.path === '/att/files/scan.pdf')];
    expect('findings' in scan && scan.findings.map((f) => f.message_en)).toEqual(['Section 2: the proactive disclosure table is an image; its numbers cannot be checked.', expect.stringMatching(/^Section 3: .+ is an image/), expect.stringMatching(/^Section 4: .+ is an image/)]);
    // a page linking only a form: the form is not fetched
    expect(site.hits.get('/att/files/form.docx')).toBeUndefined();
    expect(site.hits.get('/att/files/P020240116.pdf')).toBe(1);
    expect(code).toBe(1); // the scan's errors
    expect(stderr).toBe('');
  });

  it('prints where the report came from and why a file could not be read', async () => {
    const { stdout } = await run('--lang', 'zh', '--crawl', at('/att/index.html'));
    expect(stdout).toContain(`${at('/att/xiage-2023.html')}\n  附件：${at('/att/files/P020240116.pdf')}\n  下各镇 · 2023 年度`);
    expect(stdout).toContain(`${at('/att/files/locked.pdf')}\n  附件：${at('/att/files/locked.pdf')}\n  无法读取：PDF 已加密，需要密码才能打开`);
  });

  it('--resume keeps the files\' bytes: a second run reads them from the cache and says the same', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'crawl-cache-'));
    const first = await run('--json', '--resume', '--cache-dir', cache, '--crawl', at('/att/index.html'));
    site.hits.clear();
    const second = await run('--json', '--resume', '--cache-dir', cache, '--crawl', at('/att/index.html'));
    expect(second.stdout).toBe(first.stdout);
    expect(JSON.parse(second.stdout)[3]).toMatchObject({ agency: '孟津区常袋镇人民政府', attachment: at('/att/files/changdai-2024.pdf') });
    expect([...site.hits.keys()]).toEqual([]);
  });
});

describe('audit URL and --from', { timeout: 30_000 }, () => {
  it('audits one report page by its address', async () => {
    const clean = await run('--json', at('/one/clean.html'));
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject([{ url: at('/one/clean.html'), detected: true, year: 2024 }]);
    expect((await run('--json', at('/one/broken.html'))).code).toBe(1);
  });
  it('a report address given on the command line that cannot be read exits 2', async () => {
    const { code, stdout } = await run('--json', at('/one/missing.html'));
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual([{ url: at('/one/missing.html'), error: 'HTTP 404' }]);
  });
  it('--from takes addresses and files; a dead or hanging address is a row, not an exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crawl-from-'));
    const list = join(dir, 'urls.txt');
    writeFileSync(list, [`# shard 1`, at('/one/clean.html'), '', at('/hang.html'), at('/one/missing.html'), 'samples/html/004-cms.html'].join('\n'));
    const { code, stdout } = await run('--json', '--timeout-ms', '2000', '--from', list);
    expect(JSON.parse(stdout).map((r: { url?: string; file?: string; error?: string }) => [r.url ?? r.file, r.error])).toEqual([
      ['samples/html/004-cms.html', undefined],
      [at('/one/clean.html'), undefined],
      [at('/hang.html'), 'timeout'],
      [at('/one/missing.html'), 'HTTP 404'],
    ]);
    expect(code).toBe(0);
  });
  it('a bad option is one line and exit 2', async () => {
    site.hits.clear();
    const { code, stderr } = await run('--concurrency', '0', '--crawl', at('/col/index.shtml'));
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('选项有误：--concurrency: 0 (1–16)');
    expect(site.hits.size).toBe(0);
  });
});
