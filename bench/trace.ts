// One load of a page traced by Chromium (Tracing over the browser's CDP session, so the page's
// renderer is recorded whatever process it lands in): the extension's longest task and the
// sampled costs of its functions. Function names come through the build's source maps when the
// bench built them (BENCH_SOURCEMAP=1 wxt build), else they are the minified ones.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { EXTENSION, ROOT, type Chromium } from './chromium';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
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
  const events: TraceEvent[] = [];
  const onData = ({ value }: { value: object[] }) => void events.push(...(value as TraceEvent[]));
  b.cdp.on('Tracing.dataCollected', onData);
  await b.cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' } });
  const page = await b.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
  } finally {
    const done = new Promise<void>((ok) => b.cdp.once('Tracing.tracingComplete', () => ok()));
    await b.cdp.send('Tracing.end');
    await done;
    b.cdp.off('Tracing.dataCollected', onData);
    await page.close();
  }
  return events;
}

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

export function summarizeTrace(events: TraceEvent[]): TraceSummary {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
  const ext = onMain.filter(isExt);
  const tasks = onMain.filter((e) => e.name === 'RunTask');
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
  return { longestTask, longestOwn, longestWhat, longTasks, extensionMs, functions: profileByFunction(events) };
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
    const source = relative(ROOT, join(EXTENSION, at.source)).replace(/^(\.\.\/)+/, '');
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
