// The full audit: engine + overlay. Injected on demand (by the background when the detector
// found a report, or from the popup's "audit this page") into one frame or all frames.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { auditDocument } from '../lib/audit-dom';
import { HOST_ATTR, Overlay } from '../components/overlay/overlay';
import { placeableCells } from '../components/overlay/cell';
import { messenger, sendFrameGone } from '../components/protocol';
import { watchMutations } from '../components/watch';
import type { Audit } from '../lib/report';

const KEY = '__reportCheckerAudit';

const elementOf = (n: Node): Element | null => (n.nodeType === Node.ELEMENT_NODE ? (n as Element) : n.parentElement);

/** A change the audit could see: inside a table, or bringing one. A ticker elsewhere on the page
 * (or our own overlay host) costs one cheap test per mutation and no re-audit. */
function aboutTables(r: MutationRecord): boolean {
  if (elementOf(r.target)?.closest('table')) return true;
  for (let i = 0; i < r.addedNodes.length; i++) {
    const e = r.addedNodes[i];
    if (e instanceof Element && !e.hasAttribute(HOST_ATTR) && (e.tagName === 'TABLE' || e.getElementsByTagName('table').length > 0)) return true;
  }
  return false;
}

function createRunner(): () => void {
  // one id per document, so a late "gone" from the previous page cannot wipe the next one
  const docId = Math.random().toString(36).slice(2);
  let overlay: Overlay | undefined;
  let last: Audit | undefined;
  // serialised only when a re-audit needs the comparison, not on the first run
  let lastSignature: string | undefined;
  let drawing = 0;
  const run = (force: boolean): boolean => {
    const dom = auditDocument(document);
    if (!force && last) {
      lastSignature ??= JSON.stringify(last);
      const signature = JSON.stringify(dom.audit);
      if (signature === lastSignature) return false;
      lastSignature = signature;
    } else lastSignature = undefined;
    last = dom.audit;
    const placed = dom.audit.detected ? placeableCells(dom) : [];
    messenger.sendMessage('reportAudit', { docId, url: location.href, audit: dom.audit, placed }).catch(() => undefined);
    if (dom.audit.detected) {
      // drawn after the next frame: the page's layout is done by then and the audit's task stays short
      cancelAnimationFrame(drawing);
      drawing = requestAnimationFrame(() =>
        setTimeout(() => {
          overlay ??= new Overlay(document);
          overlay.render(dom);
        }),
      );
    }
    return false;
  };
  messenger.onMessage('showCell', ({ data }) => overlay?.flash(data) ?? false);
  addEventListener('pagehide', () => sendFrameGone(docId));
  addEventListener('pageshow', (e) => {
    if (e.persisted) run(true); // back from the back/forward cache: the background forgot us
  });
  run(true);
  // tables filled in after the body: re-audit when the page settles, re-draw only on change
  watchMutations(document, () => run(false), { debounceMs: 400, quietMs: 10_000, maxChecks: 15, ignore: (r) => !aboutTables(r) });
  return () => run(true);
}

export default defineUnlistedScript(() => {
  try {
    const g = globalThis as unknown as Record<string, (() => void) | undefined>;
    const rerun = g[KEY];
    if (rerun) rerun();
    else g[KEY] = createRunner();
  } catch {
    // never throw into the page
  }
});
