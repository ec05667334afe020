// The page's side of the audit: reads the page into blocks, has the background's engine audit
// them (off the page's thread: neither the engine nor its first, cold run costs the page), and
// draws the marks. Injected on demand (by the background when the detector found a report, or
// from the popup's "audit this page") into one frame or all frames.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPage } from '../lib/read-page';
import { numberSources } from '../lib/grid';
import { withSources, type Marks, type MarksMessage } from '../lib/marks';
import { HOST_ATTR, Overlay } from '../components/overlay/overlay';
import { setUiLanguage } from '../utils/i18n';
import { pageMessage, sendFrameGone, sendFromPage, type OverlayView, type PageRead } from '../utils/protocol';
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

/** What the page holds for the engine: blocks whose sources are numbers, and the elements they stand for. */
function readForEngine(): { read: PageRead; elements: Element[] } {
  try {
    const { blocks, hints } = readPage(document);
    const { blocks: numbered, sources } = numberSources(blocks);
    return { read: { blocks: numbered, hints }, elements: sources };
  } catch (error) {
    return { read: { blocks: [], hints: {}, error: error instanceof Error ? error.message : String(error) }, elements: [] };
  }
}

/** Audits the document now and whenever its tables change; returns "audit again" (a second
 * injection into the frame). disposeAudit from the background ends it all: marks, overlay,
 * watchers, listeners; a later injection (the user asks again) starts afresh. */
function createRunner(forget: () => void): () => void {
  // one id per document, so a late "gone" from the previous page cannot wipe the next one
  const docId = Math.random().toString(36).slice(2);
  let overlay: Overlay | undefined;
  let view: OverlayView | undefined;
  let runs = 0;
  let drawing = 0;
  let disposed = false;
  // what was last sent: a page that did not change is not sent again
  let sent: string | undefined;
  /** drawn after the next frame: the page's own layout is done by then */
  const draw = (marks: Marks<Element>): void => {
    if (!marks.audit.detected) return;
    cancelAnimationFrame(drawing);
    drawing = requestAnimationFrame(() =>
      setTimeout(() => {
        if (disposed || !view) return;
        overlay ??= new Overlay(document);
        overlay.setHighContrast(view.contrast);
        overlay.review(view.reviews);
        overlay.render(marks);
      }),
    );
  };
  const run = (force: boolean): boolean => {
    const { read, elements } = readForEngine();
    const page = JSON.stringify(read);
    if (!force && page === sent) return false;
    sent = page;
    const thisRun = ++runs;
    sendFromPage({ type: 'reportChecker.auditPage', docId, url: location.href, page }, (answer) => {
      if (!answer || thisRun !== runs || disposed) return;
      if (!view) setUiLanguage(answer.view.language);
      view = answer.view;
      draw(withSources(JSON.parse(answer.marks) as MarksMessage, elements));
    });
    return false;
  };
  const gone = () => sendFrameGone(docId);
  const back = (e: PageTransitionEvent) => {
    if (e.persisted) run(true); // back from the back/forward cache: the background forgot us
  };
  addEventListener('pagehide', gone);
  addEventListener('pageshow', back);
  run(true);
  // tables filled in after the body: read again when the page settles, send only what changed
  const stopWatching = watchMutations(document, () => run(false), { debounceMs: 400, quietMs: 10_000, maxChecks: 15, ignore: (r) => !aboutTables(r) });
  const onMessage = (raw: unknown, _sender: unknown, answer: (shown: boolean) => void): boolean | undefined => {
    const message = pageMessage(raw);
    if (message?.type === 'reportChecker.showCell') answer(overlay?.flash(message.cell) ?? false);
    else if (message?.type === 'reportChecker.view') {
      view = message.view;
      overlay?.setHighContrast(view.contrast);
      overlay?.review(view.reviews);
    } else if (message?.type === 'reportChecker.disposeAudit') {
      disposed = true;
      stopWatching();
      chrome.runtime.onMessage.removeListener(onMessage);
      removeEventListener('pagehide', gone);
      removeEventListener('pageshow', back);
      cancelAnimationFrame(drawing);
      overlay?.dispose();
      overlay = undefined;
      gone();
      forget();
    }
    return undefined;
  };
  chrome.runtime.onMessage.addListener(onMessage);
  return () => run(true);
}

export default defineUnlistedScript(() => {
  try {
    const g = globalThis as unknown as Record<string, (() => void) | undefined>;
    const rerun = g[KEY];
    if (rerun) return rerun();
    g[KEY] = createRunner(() => delete g[KEY]);
  } catch {
    // never throw into the page
  }
});
