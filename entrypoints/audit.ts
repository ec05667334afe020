// The full audit: engine + overlay. Injected on demand (by the background when the detector
// found a report, or from the popup's "audit this page") into one frame or all frames.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { withFindings } from '../lib/audit';
import { auditDocument, type DomAudit } from '../lib/audit-dom';
import { HOST_ATTR, Overlay } from '../components/overlay/overlay';
import { reviewStatuses, watchReviewStatuses } from '../utils/review-status';
import { loadUiLanguage } from '../utils/i18n';
import { isDisposeAudit, messenger, sendFrameGone } from '../utils/protocol';
import { highContrast } from '../utils/settings';
import { watchMutations } from '../utils/watch';

const KEY = '__reportCheckerAudit';

declare const chrome: typeof import('@wxt-dev/browser').browser;

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

/** Audits the document now and whenever its tables change; returns "audit again" (a second
 * injection into the frame). disposeAudit from the background ends it all: marks, overlay,
 * watchers, listeners; a later injection (the user asks again) starts afresh. The settings it
 * draws with (language, contrast) and the auditor's decisions are read first, then followed. */
async function createRunner(forget: () => void): Promise<() => void> {
  // one id per document, so a late "gone" from the previous page cannot wipe the next one
  const docId = Math.random().toString(36).slice(2);
  let overlay: Overlay | undefined;
  let last = '';
  let [contrast, reviews] = await Promise.all([
    highContrast.getValue().catch(() => false),
    reviewStatuses(location.href).catch(() => ({})),
    loadUiLanguage(),
  ]);
  const stopContrast = highContrast.watch((on) => overlay?.setHighContrast((contrast = on)));
  const stopReviews = watchReviewStatuses(location.href, (s) => overlay?.review((reviews = s)));
  let runs = 0;
  const draw = (dom: DomAudit): string[] => {
    if (!dom.audit.detected) return [];
    overlay ??= new Overlay(document);
    overlay.setHighContrast(contrast);
    overlay.review(reviews);
    return overlay.render(dom);
  };
  const report = (dom: DomAudit, placed: string[]) => messenger.sendMessage('reportAudit', { docId, url: location.href, audit: dom.audit, placed });
  const run = (force: boolean): boolean => {
    const dom = auditDocument(document);
    const signature = JSON.stringify(dom.audit);
    if (!force && signature === last) return false;
    last = signature;
    const thisRun = ++runs;
    report(dom, draw(dom))
      .then(({ across }) => {
        // last year's (or next year's) report, remembered by the browser, has something to say on our cells
        if (!across.length || thisRun !== runs || !overlay) return;
        const shown = withFindings(dom, across);
        return report(shown, draw(shown));
      })
      .catch(() => undefined);
    return false;
  };
  const gone = () => sendFrameGone(docId);
  const back = (e: PageTransitionEvent) => {
    if (e.persisted) run(true); // back from the back/forward cache: the background forgot us
  };
  const stopShowCell = messenger.onMessage('showCell', ({ data }) => overlay?.flash(data) ?? false);
  addEventListener('pagehide', gone);
  addEventListener('pageshow', back);
  run(true);
  // tables filled in after the body: re-audit when the page settles, re-draw only on change
  const stopWatching = watchMutations(document, () => run(false), { debounceMs: 400, quietMs: 10_000, maxChecks: 15, ignore: (r) => !aboutTables(r) });
  const dispose = (message: unknown) => {
    if (!isDisposeAudit(message)) return;
    stopWatching();
    stopShowCell();
    stopContrast();
    stopReviews();
    chrome.runtime.onMessage.removeListener(dispose);
    removeEventListener('pagehide', gone);
    removeEventListener('pageshow', back);
    overlay?.dispose();
    overlay = undefined;
    gone();
    forget();
  };
  chrome.runtime.onMessage.addListener(dispose);
  return () => run(true);
}

export default defineUnlistedScript(() => {
  try {
    const g = globalThis as unknown as Record<string, (() => void) | undefined>;
    const rerun = g[KEY];
    if (rerun) return rerun();
    // taken at once: a second injection while the settings are read must not start a second runner
    g[KEY] = () => undefined;
    createRunner(() => delete g[KEY]).then(
      (run) => (g[KEY] = run),
      () => delete g[KEY],
    );
  } catch {
    // never throw into the page
  }
});
