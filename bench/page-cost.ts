// What a page pays for the extension, measured from outside (issue 15): the same page loaded with
// and without the built extension in alternation, Chromium's own main-thread figures
// (Performance.getMetrics) compared by their medians; then one traced load per page for the
// extension's longest task and where its time goes. A second build of the extension (a
// reference) can take part in the same alternation, so that two builds are compared under the
// same load of the machine.
import type { Chromium, Server } from './chromium';
import { median } from './chromium';
import { TASK_CATEGORIES, mainThreadCpu, summarizeTrace, traceLoad, traced, type TraceSummary } from './trace';

/** main-thread work the page pays: script + style + layout (seconds, as CDP gives them) */
const COST = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'] as const;
type Metric = (typeof COST)[number] | 'LayoutCount';
type Metrics = Record<Metric, number>;
const METRICS: Metric[] = [...COST, 'LayoutCount'];

/** how long after `load` a page is left before its figures are read: the extension's deferred work must be in */
export const SETTLE_MS = 1200;

export interface CostPage {
  file: string;
  report: boolean;
}

/** medians over the loads: script + style + layout (ms), main-thread CPU (ms), layouts */
export interface Summary {
  cost: number;
  /** CPU time of the main thread's tasks (trace), ms */
  cpu: number;
  layouts: number;
  /** loads whose overlay showed marks */
  marked: number;
}

export interface Side {
  name: string;
  browser: Chromium;
}

interface Load {
  metrics: Metrics;
  cpu: number;
  marked: boolean;
}

async function load(b: Chromium, url: string): Promise<Load> {
  const page = await b.context.newPage();
  try {
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    let all: Record<string, number> = {};
    const events = await traced(b, TASK_CATEGORIES, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
      const { metrics } = await cdp.send('Performance.getMetrics');
      all = Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    });
    const marked = (await page.locator('[data-report-checker] .mark').count()) > 0;
    return { metrics: Object.fromEntries(METRICS.map((k) => [k, all[k] ?? 0])) as Metrics, cpu: mainThreadCpu(events, url), marked };
  } finally {
    await page.close();
  }
}

/** `runs` loads on each side, in rotation (the side that goes first rotates too). */
export async function measurePage(sides: Side[], server: Server, page: CostPage, runs: number): Promise<Record<string, Summary>> {
  const url = server.url('/' + page.file);
  const got = new Map<string, Load[]>(sides.map((s) => [s.name, []]));
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < sides.length; k++) {
      const side = sides[(i + k) % sides.length];
      got.get(side.name)!.push(await load(side.browser, url));
    }
  }
  // the median of each load's sum, not a sum of medians
  return Object.fromEntries(
    [...got].map(([name, loads]) => [
      name,
      {
        cost: median(loads.map((l) => COST.reduce((s, k) => s + l.metrics[k], 0) * 1000)),
        cpu: median(loads.map((l) => l.cpu)),
        layouts: median(loads.map((l) => l.metrics.LayoutCount)),
        marked: loads.filter((l) => l.marked).length,
      },
    ]),
  );
}

/** one load with the extension under Chromium's tracing */
export async function tracePage(b: Chromium, server: Server, page: CostPage): Promise<TraceSummary> {
  const url = server.url('/' + page.file);
  return summarizeTrace(await traceLoad(b, url, SETTLE_MS), url);
}
