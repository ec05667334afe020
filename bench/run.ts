// npm run bench: the figures of issue 4, in one run, next to their targets. Prints; never fails.
//   BENCH_RUNS=20 (runs per median)   REPORT_CHECKER_EXTENSION=.output/chrome-mv3
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { engineBundle } from './bundle';
import { EXTENSION, ROOT, launch, median, startServer, type Chromium, type Server } from './chromium';
import type { BadgeTiming, Measured, Timing } from './in-page';
import { measureCrawl } from './crawl';
import { writeCliBatch, writePages } from './pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const REPORT_PAGE = '002-cms.html'; // the report page of the with/without comparison
const E2E_PAGES = ['002-word.html', '002-cms.html', '002-semantic.html'];

// ── printing ────────────────────────────────────────────────────────────────────────────────
const ms = (v: number) => (v < 1 ? `${v.toFixed(3)} ms` : v < 100 ? `${v.toFixed(2)} ms` : `${v.toFixed(0)} ms`);
const x = (v: number) => `${v.toFixed(2)}×`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const misses: string[] = [];
function row(cells: (string | number)[], widths: number[]): void {
  console.log('  ' + cells.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join(' ').trimEnd());
}
function target(label: string, figure: string, goal: string, ok: boolean): void {
  if (!ok) misses.push(`${label}: ${figure} (target ${goal})`);
  row([label, figure, goal, verdict(ok)], [46, 22, 18]);
}
const section = (title: string) => console.log(`\n${title}`);

// ── helpers ─────────────────────────────────────────────────────────────────────────────────
let bundle = '';
const BUNDLE_URL = 'report-checker-bench.js';
const PROFILED = 20;
async function withEngine(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.addScriptTag({ content: bundle });
}
const inPage = <T>(page: Page, call: string) => page.evaluate(call) as Promise<T>;
/** the figures named, timed in alternating runs (see timeInPage) */
const time = (page: Page, what: Measured[], runs = RUNS) => inPage<Record<string, Timing>>(page, `RC.timeInPage(${JSON.stringify({ what, runs })})`);

/** The real extension: when did its first badge get its position (ms since navigation start)? */
const WATCH_FOR_BADGES = `(() => {
  const check = () => {
    const host = document.querySelector('[data-report-checker], report-checker-overlay');
    const marks = host && host.shadowRoot ? host.shadowRoot.querySelectorAll('.mark') : [];
    if (marks.length && marks[0].style.left) window.__rcBadges = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

// ── the sections ────────────────────────────────────────────────────────────────────────────
async function detection(b: Chromium, iso: Server, files: string[]): Promise<void> {
  section(`Detection: isReportPage (lib/detect.ts, bundled) on large pages that are not reports — ${RUNS} fresh loads each`);
  row(['page', 'size', 'elements', 'first call', 'warm', 'target', ''], [20, 9, 9, 11, 11, 12]);
  for (const file of files) {
    const firsts: number[] = [];
    const warms: number[] = [];
    const page = await b.context.newPage();
    for (let i = 0; i < RUNS; i++) {
      await withEngine(page, iso.url('/' + file, '127.0.0.1'));
      const t = (await time(page, ['detect'], 5)).detect;
      firsts.push(t.first);
      warms.push(t.median);
    }
    const size = kb(statSync(join(iso.root, file)).size);
    const elements = await inPage<number>(page, `document.getElementsByTagName('*').length`);
    const first = median(firsts);
    const ok = first <= 0.5;
    if (!ok) misses.push(`detection on ${file}: ${ms(first)} first call (target ≤ 0.5 ms)`);
    row([file, size, elements, ms(first), ms(median(warms)), '≤ 0.5 ms', verdict(ok)], [20, 9, 9, 11, 11, 12]);
    await page.close();
  }
  console.log('  (first call = what the declared detector pays once per page, JIT included; warm = median per call after it)');
}

interface SampleFigures {
  file: string;
  cells: number;
  detect: number;
  audit: Timing;
  floor: Timing;
  visit: Timing;
  badges: BadgeTiming[];
}

async function samples(b: Chromium, iso: Server, files: string[]): Promise<void> {
  section(`Audit on each sample report page (bundled engine; medians of ${RUNS} runs; first = first call on the fresh page)`);
  const W = [20, 6, 10, 10, 10, 8, 8, 6, 11, 10, 10, 6];
  row(['page', 'cells', 'detect', 'audit 1st', 'audit', 'floor', 'visit', '÷floor', 'ok ≤3×', 'badges', 'painted', 'marks'], W);
  const all: SampleFigures[] = [];
  for (const file of files) {
    const page = await b.context.newPage();
    await withEngine(page, iso.url('/' + file, '127.0.0.1'));
    const detect = (await time(page, ['detect'], 1)).detect.first;
    const { audit, floor } = await time(page, ['audit', 'floor']);
    // timed apart: touching every node gives each text node a JS wrapper, which slows the audit after it (≈ 7 %)
    const { visit } = await time(page, ['visit']);
    const badges = await inPage<BadgeTiming[]>(page, `RC.timeBadges(${RUNS})`);
    const cells = await inPage<number>(page, `document.querySelectorAll('td, th').length`);
    await page.close();
    all.push({ file, cells, detect, audit, floor, visit, badges });
    const ratio = audit.median / floor.median;
    const work = median(badges.map((t) => t.render + t.position));
    row([file, cells, ms(detect), ms(audit.first), ms(audit.median), ms(floor.median), ms(visit.median), x(ratio), verdict(ratio <= 3), ms(work), ms(median(badges.map((t) => t.painted))), badges[0]?.marks ?? 0], W);
  }
  console.log('  audit = auditDocument(document): parse + check; floor = read textContent of every td/th; visit = visit every node of <body> once');
  console.log('  (firstChild/nextSibling/nodeType, nothing more: what any walk of the page pays); audit and floor timed in alternating runs,');
  console.log('  visit after them; ÷floor = audit / floor');
  console.log('  badges = new Overlay + render() + its positioning frame (the work, target ≤ 16 ms); painted = wall time from the result to the');
  console.log('  task after the frame that shows them (includes waiting for the frame)');
  const ratios = all.map((s) => s.audit.median / s.floor.median);
  const works = all.map((s) => median(s.badges.map((t) => t.render + t.position)));
  target('audit ÷ floor, worst sample', `${x(Math.max(...ratios))} (median ${x(median(ratios))})`, '≤ 3×', Math.max(...ratios) <= 3);
  target('badges rendered, worst sample', ms(Math.max(...works)), '≤ 16 ms (a frame)', Math.max(...works) <= 16);
}

async function growth(b: Chromium, iso: Server, pages: { times: number; file: string }[]): Promise<void> {
  section(`Growth: the same report (002-semantic) with its tables repeated 10× and 100× (medians of ${RUNS})`);
  const W = [20, 7, 11, 11, 11, 11];
  row(['page', 'cells', 'audit', 'floor', 'audit ×1×', 'floor ×1×'], W);
  const base: { audit: number; floor: number }[] = [];
  for (const g of pages) {
    const page = await b.context.newPage();
    await withEngine(page, iso.url('/' + g.file, '127.0.0.1'));
    const measured = await time(page, ['audit', 'floor']);
    const [audit, floor] = [measured.audit.median, measured.floor.median];
    const cells = await inPage<number>(page, `document.querySelectorAll('td, th').length`);
    await page.close();
    base.push({ audit, floor });
    row([g.file, cells, ms(audit), ms(floor), x(audit / base[0].audit), x(floor / base[0].floor)], W);
  }
  target('10× the tables → time', x(base[1].audit / base[0].audit), '≤ 12×', base[1].audit / base[0].audit <= 12);
  target('100× the tables → time', x(base[2].audit / base[0].audit), '≤ 120× (linear)', base[2].audit / base[0].audit <= 120);
}

async function endToEnd(b: Chromium, server: Server, files: string[]): Promise<void> {
  section(`The built extension, end to end: navigation start → first badge positioned (${RUNS} fresh loads each; ms since navigation start)`);
  const W = [20, 12, 12, 14];
  row(['page', 'DOMContent', 'load', 'first badge', 'badge − DOMContentLoaded'], W);
  await b.context.addInitScript(WATCH_FOR_BADGES);
  for (const file of files) {
    const dcl: number[] = [];
    const load: number[] = [];
    const badge: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await b.context.newPage();
      await page.goto(server.url('/' + file));
      await page.waitForFunction('window.__rcBadges', undefined, { timeout: 15_000 });
      const t = await inPage<number[]>(page, `(() => { const n = performance.getEntriesByType('navigation')[0]; return [n.domContentLoadedEventEnd, n.loadEventEnd, window.__rcBadges]; })()`);
      dcl.push(t[0]);
      load.push(t[1]);
      badge.push(t[2]);
      await page.close();
    }
    row([file, ms(median(dcl)), ms(median(load)), ms(median(badge)), ms(median(badge.map((v, i) => v - dcl[i])))], W);
  }
  console.log('  (detector at document_idle → message → background injects audit.js → audit → overlay → next frame)');
}

function sizes(): void {
  section(`Bundle sizes (${EXTENSION.replace(ROOT + '/', '')}; gzip -6)`);
  const file = (rel: string) => readFileSync(join(EXTENSION, rel));
  const gz = (buf: Buffer) => gzipSync(buf).length;
  const manifest = JSON.parse(file('manifest.json').toString()) as { content_scripts?: { js: string[] }[] };
  const declared = (manifest.content_scripts ?? []).flatMap((c) => c.js);
  const cs = Buffer.concat(declared.map(file));
  target(`content script (${declared.join(', ')}) gzip`, `${kb(gz(cs))} (raw ${kb(cs.length)})`, '≤ 25 KB gzip', gz(cs) <= 25 * 1024);
  const audit = file('audit.js');
  row(['injected audit script (audit.js), where a report is', `${kb(gz(audit))} gzip (raw ${kb(audit.length)})`], [52]);
  const html = file('popup.html').toString();
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const popup = Buffer.concat([Buffer.from(html), ...refs.map(file)]);
  row([`popup (popup.html + ${refs.join(' + ')})`, `${kb(gz(popup))} gzip (raw ${kb(popup.length)})`], [52]);
  const bg = file('background.js');
  row(['background.js', `${kb(gz(bg))} gzip (raw ${kb(bg.length)})`], [52]);
}

async function cli(tmp: string): Promise<void> {
  section('The CLI on 1,000 saved pages (samples, synthetic reports with faults, news pages): one run of the bundled CLI, `node .output/cli/audit.mjs --json DIR` (what `npm run audit` runs)');
  const dir = join(tmp, 'cli');
  writeCliBatch(dir, 1000);
  const one = join(tmp, 'cli-one');
  writeCliBatch(one, 1);
  spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const run = (d: string) => {
    const out = join(tmp, 'cli.json');
    const fd = openSync(out, 'w');
    const t = performance.now();
    const r = spawnSync(process.execPath, ['.output/cli/audit.mjs', '--json', d], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'] });
    const secs = (performance.now() - t) / 1000;
    closeSync(fd);
    const files = (JSON.parse(readFileSync(out, 'utf8') || '[]') as unknown[]).length;
    return { secs, files, status: r.status };
  };
  const single = run(one);
  const batch = run(dir);
  const rate = batch.files / batch.secs;
  target(`pages/s (${batch.files} files in ${batch.secs.toFixed(2)} s, exit ${batch.status})`, `${rate.toFixed(0)} pages/s`, '≥ 200 pages/s', rate >= 200 && batch.files === 1000);
  row([`(start-up alone, one file: ${single.secs.toFixed(2)} s; without it: ${((batch.files - 1) / (batch.secs - single.secs)).toFixed(0)} pages/s)`], [0]);
}

async function crawl(): Promise<void> {
  section('The CLI crawling a local column of 1,000 reports (20 list pages of 50, sample pages as bodies): `audit --jsonl --delay-ms 0 --concurrency N --crawl URL`, one run each');
  for (const f of await measureCrawl()) {
    row([`--concurrency ${f.concurrency}: ${f.audited} of ${f.reports} audited in ${f.secs.toFixed(1)} s (exit ${f.status})`, `${(f.reports / f.secs).toFixed(0)} pages/s`], [60, 14]);
  }
  console.log('  (no target: the figure is what fetch + decode + parse + audit cost here; a real site sets its own pace, --delay-ms 250 by default)');
}

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'LayoutCount', 'RecalcStyleCount', 'JSHeapUsedSize', 'Nodes', 'JSEventListeners'];

async function withWithout(ext: Chromium, plain: Chromium, server: Server, file: string, isReport: boolean): Promise<void> {
  const sides = { with: [] as Record<string, number>[], without: [] as Record<string, number>[] };
  let audited = 0;
  for (let i = 0; i < RUNS; i++) {
    for (const [name, b] of [['without', plain], ['with', ext]] as const) {
      const page = await b.context.newPage();
      const cdp = await b.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(server.url('/' + file), { waitUntil: 'load' });
      await page.waitForTimeout(1500);
      const { metrics } = await cdp.send('Performance.getMetrics');
      sides[name].push(Object.fromEntries(metrics.map((m) => [m.name, m.value])));
      if (name === 'with' && isReport) audited += (await page.locator(':is(report-checker-overlay, [data-report-checker]) .mark').count()) > 0 ? 1 : 0;
      await page.close();
    }
  }
  console.log(`  ${file}${isReport ? ` (a report: badges drawn in ${audited}/${RUNS} loads with the extension)` : ' (not a report)'}`);
  const W = [22, 14, 14, 14, 8];
  row(['  metric', 'without', 'with', 'difference', 'ratio'], W);
  for (const k of METRICS) {
    const [a, b] = [median(sides.without.map((m) => m[k])), median(sides.with.map((m) => m[k]))];
    const fmt = (v: number) => (k.endsWith('Duration') ? ms(v * 1000) : k.endsWith('Size') ? kb(v) : v.toFixed(0));
    row([`  ${k}`, fmt(a), fmt(b), (b >= a ? '+' : '−') + fmt(Math.abs(b - a)), a > 0 ? x(b / a) : '—'], W);
  }
}

async function profile(b: Chromium, iso: Server, file: string): Promise<void> {
  section(`Where the audit's time goes: CPU profile of auditDocument × ${PROFILED} (after 5 warm-up runs) on ${file} (self time by function, bundled lib/)`);
  const page = await b.context.newPage();
  await withEngine(page, iso.url('/' + file, '127.0.0.1'));
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await inPage(page, 'for (let i = 0; i < 5; i++) RC.auditDocument(document)'); // warm: the profile is of optimised code
  await cdp.send('Profiler.start');
  await inPage(page, `for (let i = 0; i < ${PROFILED}; i++) RC.auditDocument(document)`);
  const { profile: p } = await cdp.send('Profiler.stop');
  await page.close();
  // the bundle marks each source file with a `// lib/x.ts` comment: map lines back to files
  const starts = bundle.split('\n').flatMap((l, i) => {
    const m = /^\s*\/\/ ((?:lib|components|bench)\/\S+\.ts)$/.exec(l);
    return m ? [[i, m[1]] as const] : [];
  });
  const fileOf = (line: number) => starts.filter(([i]) => i <= line).pop()?.[1] ?? '?';
  // self time, DOM and built-in calls charged to the bundle function that made them
  const self = new Map<number, number>();
  p.samples?.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas?.[i] ?? 0)));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owner = (id: number): string => {
    for (let n = byId.get(id); n; n = byId.get(parent.get(n.id) ?? -1)) {
      const f = n.callFrame;
      if (f.url === BUNDLE_URL) return `${f.functionName || '(anonymous)'}  ${fileOf(f.lineNumber)}`;
      if (['(garbage collector)', '(program)', '(idle)', '(root)'].includes(f.functionName)) return f.functionName;
    }
    return '(other)';
  };
  const byName = new Map<string, number>();
  let total = 0;
  for (const n of p.nodes) {
    const t = self.get(n.id) ?? 0;
    const key = owner(n.id);
    if (['(program)', '(idle)', '(root)', '(other)'].includes(key)) continue;
    total += t;
    byName.set(key, (byName.get(key) ?? 0) + t);
  }
  for (const [k, t] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 16)) row([`${((100 * t) / total).toFixed(1).padStart(5)} %`, ms(t / 1000 / PROFILED), k], [8, 12]);
  console.log(`  (shares of ${ms(total / 1000 / PROFILED)} sampled per audit — the profiler slows the page, read the shares; DOM and built-in`);
  console.log('  calls are counted in the function that made them; "(anonymous) lib/dom.ts" is rowsFromTable\'s per-row callback)');
}

// ── main ────────────────────────────────────────────────────────────────────────────────────
async function main(): Promise<void> {
  const t0 = performance.now();
  const tmp = await mkdtemp(join(tmpdir(), 'report-checker-bench-'));
  const pages = writePages(join(tmp, 'pages'));
  bundle = `${await engineBundle()}\n//# sourceURL=${BUNDLE_URL}`;
  // timings in the page: a cross-origin-isolated page gets a 5 µs timer instead of 100 µs
  const iso = await startServer(pages.dir, { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
  const server = await startServer(pages.dir);
  const plain = await launch({ extension: false });
  // the browser with the extension starts only when its section comes: on 2 cores, its start-up
  // (extension install, service worker) would run beside the first timings and inflate them
  let ext: Chromium | undefined;
  const version = plain.context.browser()?.version() ?? '?';
  console.log(`年报体检 bench — Chromium ${version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(2)} at start; medians of ${RUNS} runs`);
  console.log(`extension: ${EXTENSION.replace(ROOT + '/', '')} (built ${statSync(join(EXTENSION, 'manifest.json')).mtime.toISOString()}); samples: ${pages.samples.length} pages in samples/html`);
  try {
    const probe = await plain.context.newPage();
    await probe.goto(iso.url('/news.html', '127.0.0.1'));
    if (!(await probe.evaluate('crossOriginIsolated'))) console.log('  (warning: page not cross-origin isolated: timer resolution 100 µs)');
    await probe.close();

    await detection(plain, iso, pages.nonReports);
    await samples(plain, iso, pages.samples);
    await growth(plain, iso, pages.growth);
    sizes();
    await cli(tmp);
    await crawl();
    section(`With and without the extension: Chromium's Performance.getMetrics 1.5 s after load, alternating loads, medians of ${RUNS}`);
    ext = await launch({ extension: true });
    await withWithout(ext, plain, server, 'news.html', false);
    await withWithout(ext, plain, server, REPORT_PAGE, true);
    await endToEnd(ext, server, E2E_PAGES.filter((f) => pages.samples.includes(f)));
    await profile(plain, iso, pages.growth[0].file);
    await profile(plain, iso, pages.growth[2].file);
  } finally {
    await Promise.all([plain.close(), ext?.close(), iso.close(), server.close()]);
    await rm(tmp, { recursive: true, force: true });
  }
  section(misses.length ? `Missed targets (${misses.length}):` : 'Every target met.');
  for (const m of misses) console.log(`  - ${m}`);
  console.log(`\n(${((performance.now() - t0) / 1000).toFixed(0)} s; load average ${loadavg()[0].toFixed(2)} at the end)`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
