// Injects the audit script where a report was found (unless the options say otherwise), keeps each
// frame's findings per tab (session storage, so a service-worker restart keeps them), shows the
// count of errors not dismissed on the toolbar, and walks the marks on the next/previous-finding
// shortcuts.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { AUDIT_SCRIPT, DISPOSE_AUDIT, messenger, type AuditPage, type FrameReport, type PageRead, type OverlayView, type PageAudited, type ViewChanged } from '../utils/protocol';
import { AuditPageSchema, FrameGoneSchema, pageRead, RequestAuditSchema } from '../utils/protocol-schema';
import { compareWithRemembered } from '../lib/across';
import { anchorId } from '../lib/anchors';
import { auditGuarded, failedAudit, withFindings } from '../lib/audit';
import { figuresOf } from '../lib/figures';
import { marksMessage } from '../lib/marks';
import type { Audit, Finding } from '../lib/report';
import { isPageFinding, placeableCells } from '../components/overlay/cell';
import { decisionsFor, isDecisionsKey, openErrors } from '../utils/decisions';
import { inListOrder, stepCursor } from '../utils/finding-order';
import { remember } from '../utils/memory';
import { reviewStatuses } from '../utils/review-status';
import { autoAudit, highContrast, isSilent, silentSites, uiLanguage } from '../utils/settings';
import { showCell } from '../utils/page-commands';
import { languageOf } from '../utils/i18n';
import { cursorItem, reportsOf, tabItem, withoutHash, type TabState } from '../utils/tab-store';

const RED = '#c62828';
const GREEN = '#2e7d32';

/** Remembers a report's figures (storage.local) and compares it with the remembered reports of its agency. */
async function compareAcross(audit: Audit, url: string): Promise<{ across: Finding[]; compared: FrameReport['compared'] }> {
  if (!audit.detected || audit.year === null || !audit.agency) return { across: [], compared: [] };
  const figures = figuresOf(audit, withoutHash(url));
  try {
    const { findings, compared } = compareWithRemembered(figures, await remember(figures));
    return { across: findings, compared: compared.map(({ origin, year }) => ({ origin, year })) };
  } catch {
    return { across: [], compared: [] }; // storage unavailable: the page's own findings still stand
  }
}

/** How the overlay on the report at this URL draws. */
async function overlayView(url: string): Promise<OverlayView> {
  const [choice, contrast, reviews] = await Promise.all([
    uiLanguage.getValue().catch(() => 'auto' as const),
    highContrast.getValue().catch(() => false),
    reviewStatuses(url).catch(() => ({})),
  ]);
  return { language: languageOf(choice), contrast, reviews };
}

export default defineBackground(() => {
  // MV2 (Firefox) names it browserAction
  const action = browser.action ?? browser.browserAction;

  // One write at a time per tab: frames report concurrently, each update reads then writes.
  const queues = new Map<number, Promise<void>>();
  const update = (tabId: number, change: (s: TabState) => TabState | null): Promise<void> => {
    const next = (queues.get(tabId) ?? Promise.resolve()).then(async () => {
      const item = tabItem(tabId);
      const state = change((await item.getValue()) ?? { frames: {} });
      // a tab with no frame's findings keeps no entry (its last frame gone, or a late "gone")
      if (state && Object.keys(state.frames).length > 0) await item.setValue(state);
      else await item.removeValue();
      await showBadge(tabId, state);
    });
    const settled = next.catch(() => undefined);
    queues.set(tabId, settled);
    void settled.then(() => queues.get(tabId) === settled && queues.delete(tabId));
    return next;
  };

  async function showBadge(tabId: number, state: TabState | null): Promise<void> {
    const reports = reportsOf(state);
    let errors = 0;
    for (const r of reports) errors += openErrors(r.audit.findings, await decisionsFor(r.url));
    const text = reports.length === 0 ? '' : errors > 0 ? String(errors) : '✓';
    try {
      await action.setBadgeText({ tabId, text });
      if (text) await action.setBadgeBackgroundColor({ tabId, color: errors > 0 ? RED : GREEN });
      await action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
    } catch {
      // the tab closed meanwhile
    }
  }

  const inject = (tabId: number, frameIds?: number[]) =>
    browser.scripting.executeScript({
      target: frameIds ? { tabId, frameIds } : { tabId, allFrames: true },
      files: [AUDIT_SCRIPT],
    });

  // the detector found a report: audit it, unless the user audits only when asking, or silenced the site
  async function requestAudit(tab: { id?: number; url?: string } | undefined, frameId: number, url?: string): Promise<void> {
    if (tab?.id == null || !(await autoAudit.getValue())) return;
    const silent = await silentSites.getValue();
    if (isSilent(tab.url, silent) || isSilent(url, silent)) return;
    await inject(tab.id, [frameId]);
  }

  messenger.onMessage('auditTab', async ({ data: tabId }) => {
    await inject(tabId);
    return true;
  });

  /** The engine over what a frame's audit script read of its page, the across-reports stage over
   * what the browser remembers; kept for the popup, answered with the marks to draw. */
  async function auditPage(page: AuditPage, read: PageRead, tabId: number, frameId: number): Promise<PageAudited> {
    // a page the audit script could not read is an audit that says so
    const result = read.error === undefined ? auditGuarded(read.blocks, read.hints) : failedAudit<number>(new Error(read.error));
    const [{ across, compared }, view] = await Promise.all([compareAcross(result.audit, page.url), overlayView(page.url)]);
    const shown = across.length ? withFindings(result, across) : result;
    const report: FrameReport = { frameId, docId: page.docId, url: page.url, audit: shown.audit, placed: shown.audit.detected ? placeableCells(shown) : [], compared };
    // kept while the page draws (the answer does not wait for the store; a failure to store loses the popup's view, not the marks)
    void update(tabId, (s) => ({ url: frameId === 0 ? withoutHash(page.url) : s.url, frames: { ...s.frames, [frameId]: report } })).catch(() => undefined);
    return { marks: JSON.stringify(marksMessage(shown)), view };
  }

  // the page scripts' plain messages (see utils/protocol.ts), each checked here, where it crosses from a page's frame
  browser.runtime.onMessage.addListener((message: unknown, sender, answer: (reply: PageAudited) => void) => {
    const tabId = sender.tab?.id;
    if (tabId == null) return;
    const frameId = sender.frameId ?? 0;
    if (RequestAuditSchema.safeParse(message).success) {
      void requestAudit(sender.tab, frameId, sender.url);
      return;
    }
    const page = AuditPageSchema.safeParse(message);
    const read = page.success ? pageRead(page.data.page) : undefined;
    if (page.success && read) {
      void auditPage(page.data, read, tabId, frameId).then(answer, () => undefined);
      return true; // answered later
    }
    const gone = FrameGoneSchema.safeParse(message);
    if (!gone.success) return;
    void update(tabId, (s) => {
      if (s.frames[frameId]?.docId !== gone.data.docId) return s;
      const { [frameId]: _gone, ...frames } = s.frames;
      return { ...s, frames };
    });
  });

  // every frame of the tab: each audit script removes its marks and reports itself gone
  const dispose = (tabId: number) => browser.tabs.sendMessage(tabId, DISPOSE_AUDIT).catch(() => undefined);
  messenger.onMessage('disposeTab', async ({ data: tabId }) => {
    await dispose(tabId);
  });

  /** Every tab holding findings, with them. */
  const auditedTabs = async () => {
    const out: [number, TabState][] = [];
    for (const tab of await browser.tabs.query({})) {
      const state = tab.id == null ? null : await tabItem(tab.id).getValue();
      if (state) out.push([tab.id!, state]);
    }
    return out;
  };

  // a site silenced while its pages are open: their marks go at once
  silentSites.watch(async (sites) => {
    for (const [tabId, state] of await auditedTabs()) {
      if (Object.values(state.frames).some((f) => isSilent(f.url, sites ?? []))) await dispose(tabId);
    }
  });

  // a decision changed: recount the badges of the tabs showing that report; a decision or a
  // setting the marks show changed: tell the frames' audit scripts
  const VIEW_KEYS = [highContrast.key, uiLanguage.key].map((key) => key.replace(/^local:/, ''));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const keys = Object.keys(changes);
    const decisions = keys.some(isDecisionsKey);
    if (!decisions && !keys.some((k) => VIEW_KEYS.includes(k))) return;
    void auditedTabs().then((tabs) => {
      for (const [tabId, state] of tabs) {
        if (decisions) void showBadge(tabId, state);
        for (const frame of Object.values(state.frames)) {
          void overlayView(frame.url)
            .then((view) => {
              const message: ViewChanged = { type: 'reportChecker.view', view };
              return browser.tabs.sendMessage(tabId, message, { frameId: frame.frameId });
            })
            .catch(() => undefined);
        }
      }
    });
  });

  // next / previous finding from the page (commands in the manifest): the tab's cursor walks its
  // marked cells in the order the panel lists them, and the cell's frame flashes it
  browser.commands?.onCommand.addListener((command, tab) => {
    const step = command === 'next-finding' ? 1 : command === 'previous-finding' ? -1 : 0;
    if (tab?.id != null && step) void stepFinding(tab.id, step);
  });
  async function stepFinding(tabId: number, step: 1 | -1): Promise<void> {
    const targets = reportsOf(await tabItem(tabId).getValue()).flatMap((r) => {
      const placed = new Set(r.placed);
      const cells = inListOrder(r.audit.findings).filter(isPageFinding).map(anchorId).filter((c) => placed.has(c));
      return [...new Set(cells)].map((cell) => ({ frameId: r.frameId, cell }));
    });
    const cursor = cursorItem(tabId);
    const at = stepCursor((await cursor.getValue()) ?? -1, targets.length, step);
    await cursor.setValue(at);
    const target = targets[at];
    if (target) await showCell(tabId, target.frameId, target.cell);
  }

  // A new document in the tab: forget its findings. (webNavigation is not among our permissions;
  // tabs.onUpdated needs none.) A change of #fragment alone is no new document.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status !== 'loading') return;
    void update(tabId, (s) => (info.url && s.url && withoutHash(info.url) === s.url ? s : null));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void tabItem(tabId).removeValue();
    void cursorItem(tabId).removeValue();
  });
});
