// Timings taken inside a page: bundled with the engine and the overlay into one IIFE (global RC,
// see bundle.ts), injected into the page, called as RC.timeInPage(…) etc.
import { isReportPage } from '../lib/detect';
import { auditDocument } from '../lib/audit-dom';
import { Overlay } from '../components/overlay/overlay';

export { isReportPage, auditDocument };

const WARM_UP_MS = 300;

export interface Timing {
  /** the very first call on a fresh page, ms */
  first: number;
  /** median per call over the runs, ms (after 300 ms of warm-up calls; each run repeats the call for ≥ 2 ms) */
  median: number;
  runs: number;
}

export type Measured = 'detect' | 'audit' | 'floor' | 'visit';

/** Every node under `node` visited once from script, nothing asked of it but its type: the least any walk of the page pays. */
function visit(node: Node): number {
  let n = 0;
  for (let child = node.firstChild; child; child = child.nextSibling) n += child.nodeType === 1 ? visit(child) : 1;
  return n;
}

/**
 * Detection, audit and floor on the page as it is; `what` picks which. Several are timed in
 * alternating runs, so that a machine's drift weighs on each alike and their ratio holds.
 */
export function timeInPage({ what, runs }: { what: Measured[]; runs: number }): Record<string, Timing> {
  const fns: Record<Measured, () => unknown> = {
    detect: () => isReportPage(document),
    audit: () => auditDocument(document),
    // the floor: read the text of every cell of the page's tables
    floor: () => {
      let n = 0;
      for (const cell of document.querySelectorAll('td, th')) n += (cell.textContent ?? '').length;
      return n;
    },
    visit: () => visit(document.body),
  };
  const first: Record<string, number> = {};
  const per: Record<string, number[]> = {};
  for (const w of what) {
    const t = performance.now();
    fns[w]();
    first[w] = performance.now() - t;
    per[w] = [];
  }
  // the steady state: V8 optimises a function only after it has run hot for a while
  const warm = performance.now();
  while (performance.now() - warm < WARM_UP_MS) for (const w of what) fns[w]();
  for (let r = 0; r < runs; r++) {
    for (const w of r % 2 ? what : [...what].reverse()) {
      let n = 0;
      const t0 = performance.now();
      let t1 = t0;
      do {
        fns[w]();
        n++;
        t1 = performance.now();
      } while (t1 - t0 < 2);
      per[w].push((t1 - t0) / n);
    }
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return Object.fromEntries(what.map((w) => [w, { first: first[w], median: median(per[w]), runs }]));
}

export interface BadgeTiming {
  /** new Overlay + render(), synchronous, ms */
  render: number;
  /** the overlay's positioning pass in the next animation frame, ms */
  position: number;
  /** from the audit's result to the task after that frame (includes the wait for vsync), ms */
  painted: number;
  marks: number;
}

/** From an audit result to badges on screen, `runs` times (each with a fresh overlay). */
export async function timeBadges(runs: number): Promise<BadgeTiming[]> {
  const dom = auditDocument(document);
  const frame = () => new Promise<number>((ok) => requestAnimationFrame(() => ok(performance.now())));
  const out: BadgeTiming[] = [];
  let previous: Record<string, unknown> | undefined;
  for (let r = 0; r < runs; r++) {
    // tear down the previous overlay (whatever its API: destroy(), or its host and observers)
    if (previous) {
      const p = previous as { destroy?: () => void; resize?: ResizeObserver; host?: Element };
      if (p.destroy) p.destroy();
      else {
        p.resize?.disconnect();
        p.host?.remove();
      }
    }
    await frame();
    let before = 0;
    requestAnimationFrame(() => (before = performance.now())); // runs first in the next frame
    const t0 = performance.now();
    const overlay = new Overlay(document);
    overlay.render(dom);
    const t1 = performance.now();
    const after = await frame(); // queued after the overlay's own frame callback
    const painted = await new Promise<number>((ok) => setTimeout(() => ok(performance.now())));
    const host = document.querySelector('[data-report-checker], report-checker-overlay');
    out.push({ render: t1 - t0, position: after - before, painted: painted - t0, marks: host?.shadowRoot?.querySelectorAll('.mark').length ?? 0 });
    previous = overlay as unknown as Record<string, unknown>;
  }
  return out;
}
