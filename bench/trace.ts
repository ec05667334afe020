// One load of a page traced by Chromium (Tracing over the browser's CDP session, so the page's
// renderer is recorded whatever process it lands in): the extension's longest task and the
// sampled costs of its functions. Function names come through the build's source maps when the
// bench built them (BENCH_SOURCEMAP=1 wxt build), else they are the minified ones.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { EXTENSION, type Chromium } from './chromium';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** thread (CPU) time of an X event, µs */
  tdur?: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> & { url?: string } };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];
const EXT = 'chrome-extension://';
/** a frame at 60 Hz */
export const LONG_TASK_MS = 16;

export async function traceLoad(b: Chromium, url: string, settleMs: number): Promise<TraceEvent[]> {
  const page = await b.context.newPage();
  try {
    return await traced(b, CATEGORIES, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(settleMs);
    });
  } finally {
    await page.close();
  }
}

/** a top-level task of a thread (its name differs between Chromium versions) */
const isTask = (e: TraceEvent): boolean => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask';

/**
 * The thread (CPU) time of every task on the main thread of the page's renderer, ms: unlike wall
 * durations it leaves out the time the thread waited for a core, which on a shared machine is most of them.
 * The page's renderer is the one that parsed `url`.
 */
export function mainThreadCpu(events: TraceEvent[], url: string): number {
  const main = pageMain(events, url);
  if (!main) return NaN;
  return events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && isTask(e)).reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000;
}

/** the main thread of the renderer that parsed `url` */
function pageMain(events: TraceEvent[], url: string): { pid: number; tid: number } | undefined {
  return events.find((e) => e.name === 'ParseHTML' && (e.args as { beginData?: { url?: string } } | undefined)?.beginData?.url === url);
}

/** Runs `during` under Chromium's tracing (browser-wide: whatever process the page lands in), returns the events. */
export async function traced(b: Chromium, categories: string[], during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = ({ value }: { value: object[] }) => void events.push(...(value as TraceEvent[]));
  b.cdp.on('Tracing.dataCollected', onData);
  await b.cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories, recordMode: 'recordAsMuchAsPossible' } });
  try {
    await during();
  } finally {
    const done = new Promise<void>((ok) => b.cdp.once('Tracing.tracingComplete', () => ok()));
    await b.cdp.send('Tracing.end');
    await done;
    b.cdp.off('Tracing.dataCollected', onData);
  }
  return events;
}

/** the categories that name tasks and the page's parsing, nothing heavier */
export const TASK_CATEGORIES = ['toplevel', 'devtools.timeline'];

export interface TraceSummary {
  /** the longest main-thread task that ran extension code: its whole length, and the extension's part of it (ms) */
  longestTask: number;
  longestOwn: number;
  /** what the longest task was doing (its first extension event) */
  longestWhat: string;
  /** tasks with extension code longer than a frame */
  longTasks: number;
  /** extension code on the page's main thread, ms (outermost events: compile, evaluate, callbacks) */
  extensionMs: number;
  /** sampled time by function of the extension (innermost extension frame; DOM and built-ins it called included), ms */
  functions: { name: string; ms: number }[];
}

const isExt = (e: TraceEvent): boolean => {
  const d = e.args?.data;
  const url = d?.url ?? (d?.stackTrace as { url?: string }[] | undefined)?.[0]?.url;
  return typeof url === 'string' && url.startsWith(EXT);
};

/** total length of a set of intervals, overlaps counted once */
function covered(spans: [number, number][]): number {
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of spans.sort((a, b) => a[0] - b[0])) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

/** The extension's work on the page's main thread (not its service worker's: that runs in its own process). */
export function summarizeTrace(events: TraceEvent[], url: string): TraceSummary {
  const main = pageMain(events, url);
  const onMain = events.filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.ph === 'X');
  const ext = onMain.filter(isExt);
  const tasks = onMain.filter(isTask);
  let longestTask = 0;
  let longestOwn = 0;
  let longestWhat = '';
  let longTasks = 0;
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    const inside = ext.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < end);
    if (!inside.length) continue;
    const own = covered(inside.map((e) => [e.ts, e.ts + (e.dur ?? 0)])) / 1000;
    if (own > LONG_TASK_MS) longTasks++;
    if (own > longestOwn) {
      longestOwn = own;
      longestTask = (t.dur ?? 0) / 1000;
      longestWhat = inside[0].name;
    }
  }
  const extensionMs = covered(ext.map((e) => [e.ts, e.ts + (e.dur ?? 0)])) / 1000;
  return { longestTask, longestOwn, longestWhat, longTasks, extensionMs, functions: profileByFunction(events.filter((e) => e.pid === main?.pid)) };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** The sampling profiler's chunks, merged per profile; each sample charged to its innermost extension frame. */
function profileByFunction(events: TraceEvent[]): { name: string; ms: number }[] {
  interface Profile {
    nodes: Map<number, ProfileNode>;
    samples: number[];
    deltas: number[];
  }
  const profiles = new Map<string, Profile>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const key = `${e.pid}:${e.id}`;
    const p: Profile = profiles.get(key) ?? { nodes: new Map(), samples: [], deltas: [] };
    profiles.set(key, p);
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    for (const n of data?.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    p.samples.push(...(data?.cpuProfile?.samples ?? []));
    p.deltas.push(...(data?.timeDeltas ?? []));
  }
  const names = new SourceNames();
  const byName = new Map<string, number>();
  for (const p of profiles.values()) {
    p.samples.forEach((id, i) => {
      for (let n = p.nodes.get(id); n; n = n.parent == null ? undefined : p.nodes.get(n.parent)) {
        if (!n.callFrame.url?.startsWith(EXT)) continue;
        const name = names.of(n.callFrame);
        byName.set(name, (byName.get(name) ?? 0) + (p.deltas[i + 1] ?? p.deltas[i] ?? 0) / 1000);
        return;
      }
    });
  }
  return [...byName].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({ name, ms }));
}

/** Minified positions back to the sources through the build's `.map` files, when there are some. */
class SourceNames {
  private maps = new Map<string, SourceMapConsumer | null>();

  of(f: ProfileNode['callFrame']): string {
    const file = new URL(f.url).pathname.slice(1);
    const map = this.map(file);
    const fallback = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    if (!map) return fallback;
    const at = map.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
    if (!at.source) return fallback;
    // the maps name sources from the build's directory (../../lib/x.ts): the project's paths, wherever the build was copied
    const source = at.source.replace(/^(\.\.\/)+/, '');
    const text = map.sourceContentFor(at.source, true)?.split('\n')[at.line - 1] ?? '';
    // the name written at the function's start: `function x(`, `x(…) {`, `const x = (…) =>`, `x: (…) =>`
    const name = at.name ?? /(?:function\s*\*?\s*|(?:const|let|var)\s+|^\s*(?:(?:private|public|static|async|get|set)\s+)*)([\w$]+)/.exec(text)?.[1];
    return `${name ?? '(anonymous)'}  ${source}:${at.line}`;
  }

  private map(file: string): SourceMapConsumer | null {
    if (!this.maps.has(file)) {
      const path = join(EXTENSION, `${file}.map`);
      this.maps.set(file, existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : null);
    }
    return this.maps.get(file) ?? null;
  }
}
