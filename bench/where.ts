// npm run bench:where -- PAGE...: where the extension's main-thread time goes on a page, by
// Chromium's own trace events, with − without the extension (and a second build in the same
// rotation: REPORT_CHECKER_REF=DIR). PAGE: a file bench/pages.ts writes (000-semantic.html,
// ucap-county.html, news.html…). Thread time, medians of BENCH_WHERE_RUNS loads (default 7).
// Events are the tasks' children: "EXT audit.js EvaluateScript" is the injected script's run,
// "· " marks an event inside another (a compile inside an evaluation). Prints; never fails.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, median, startServer, type Chromium } from './chromium';
import { SETTLE_MS } from './page-cost';
import { writePages } from './pages';
import { TASK_CATEGORIES, traced, type TraceEvent } from './trace';

const RUNS = Number(process.env.BENCH_WHERE_RUNS ?? 7);
const isTask = (e: TraceEvent): boolean => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask';
type Data = { url?: string; stackTrace?: { url?: string }[]; beginData?: { url?: string; stackTrace?: { url?: string }[] } };

/** the script an event ran, when it is the extension's: "EXT audit.js " */
function owner(e: TraceEvent): string {
  const args = e.args as Data & { data?: Data; beginData?: Data };
  const d = args?.data ?? {};
  const url = d.url ?? d.stackTrace?.[0]?.url ?? args?.beginData?.stackTrace?.[0]?.url ?? '';
  return url.startsWith('chrome-extension://') ? `EXT ${url.replace(/.*\//, '')} ` : '';
}

/** thread ms by event name on the main thread of the page's renderer, over the tasks' children */
function breakdown(events: TraceEvent[], url: string): Map<string, number> {
  const out = new Map<string, number>();
  const main = events.find((e) => e.name === 'ParseHTML' && (e.args as Data | undefined)?.beginData?.url === url);
  if (!main) return out;
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let total = 0;
  for (const task of mine.filter(isTask)) {
    total += task.tdur ?? 0;
    const end = task.ts + (task.dur ?? 0);
    let outerEnd = -1;
    for (const e of mine) {
      if (isTask(e) || e.ts < task.ts || e.ts >= end) continue;
      const nested = e.ts < outerEnd;
      if (!nested) outerEnd = e.ts + (e.dur ?? 0);
      const key = `${nested ? '  · ' : ''}${owner(e)}${e.name}`;
      out.set(key, (out.get(key) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
    }
  }
  out.set('all tasks', total / 1000);
  return out;
}

async function load(b: Chromium, url: string): Promise<Map<string, number>> {
  const page = await b.context.newPage();
  try {
    const events = await traced(b, TASK_CATEGORIES, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
    });
    return breakdown(events, url);
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  if (!files.length) throw new Error('usage: npm run bench:where -- PAGE...');
  const pages = writePages(join(mkdtempSync(join(tmpdir(), 'report-checker-where-')), 'pages'));
  const server = await startServer(pages.dir);
  const refPath = process.env.REPORT_CHECKER_REF;
  const sides: [string, Chromium][] = [['without', await launch({ extension: false })], ['with', await launch({ extension: true })]];
  if (refPath) sides.push(['ref', await launch({ extension: true, path: refPath })]);
  try {
    for (const file of files) {
      const url = server.url('/' + file);
      const got = new Map<string, Map<string, number>[]>(sides.map(([name]) => [name, []]));
      for (let i = 0; i < RUNS; i++) for (const [name, b] of sides) got.get(name)!.push(await load(b, url));
      const keys = new Set([...got.values()].flatMap((loads) => loads.flatMap((l) => [...l.keys()])));
      const med = (side: string, key: string) => median(got.get(side)!.map((l) => l.get(key) ?? 0));
      const sign = (v: number) => `${v < 0 ? '−' : '+'}${Math.abs(v).toFixed(2)}`;
      console.log(`\n${file}: thread ms, medians of ${RUNS} loads; without · with · with − without${refPath ? ' · ref − without' : ''}`);
      const rows = [...keys].map((k) => ({ k, a: med('without', k), b: med('with', k), r: refPath ? med('ref', k) : NaN }));
      for (const { k, a, b, r } of rows.filter((x) => Math.abs(x.b - x.a) > 0.3 || Math.abs(x.r - x.a) > 0.3).sort((x, y) => y.b - y.a - (x.b - x.a))) {
        console.log(`  ${k.padEnd(44)} ${a.toFixed(2).padStart(8)} ${b.toFixed(2).padStart(8)} ${sign(b - a).padStart(8)}${refPath ? `  ${sign(r - a).padStart(8)}` : ''}`);
      }
    }
  } finally {
    await Promise.all([...sides.map(([, b]) => b.close()), server.close()]);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
