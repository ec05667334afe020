// Injects the audit script where a report was found, keeps each frame's findings per tab (session
// storage, so a service-worker restart keeps them), and shows the error count on the toolbar.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { AUDIT_SCRIPT, DISPOSE_AUDIT, messenger } from '../utils/protocol';
import { FrameGoneSchema } from '../utils/protocol-schema';
import { AuditSchema } from '../lib/report';
import { errorCount, reportsOf, tabItem, withoutHash, type TabState } from '../utils/tab-store';

const RED = '#c62828';
const GREEN = '#2e7d32';

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
    const errors = errorCount(reports);
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

  messenger.onMessage('requestAudit', async ({ sender }) => {
    if (sender.tab?.id == null) return;
    await inject(sender.tab.id, [sender.frameId ?? 0]);
  });

  messenger.onMessage('auditTab', async ({ data: tabId }) => {
    await inject(tabId);
    return true;
  });

  messenger.onMessage('reportAudit', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const frameId = sender.frameId ?? 0;
    // the report crosses from a page's frame here: keep it only if it is what the schema says
    if (tabId == null || !AuditSchema.safeParse(data.audit).success) return;
    await update(tabId, (s) => ({
      url: frameId === 0 ? withoutHash(data.url) : s.url,
      frames: { ...s.frames, [frameId]: { ...data, frameId } },
    }));
  });

  // a plain message (see utils/protocol.ts): checked here, where it crosses from a page's frame
  browser.runtime.onMessage.addListener((message, sender) => {
    const gone = FrameGoneSchema.safeParse(message);
    const tabId = sender.tab?.id;
    if (!gone.success || tabId == null) return;
    const frameId = String(sender.frameId ?? 0);
    void update(tabId, (s) => {
      if (s.frames[frameId]?.docId !== gone.data.docId) return s;
      const { [frameId]: _gone, ...frames } = s.frames;
      return { ...s, frames };
    });
  });

  // every frame of the tab: each audit script removes its marks and reports itself gone
  messenger.onMessage('disposeTab', async ({ data: tabId }) => {
    await browser.tabs.sendMessage(tabId, DISPOSE_AUDIT).catch(() => undefined);
  });

  // A new document in the tab: forget its findings. (webNavigation is not among our permissions;
  // tabs.onUpdated needs none.) A change of #fragment alone is no new document.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status !== 'loading') return;
    void update(tabId, (s) => (info.url && s.url && withoutHash(info.url) === s.url ? s : null));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void tabItem(tabId).removeValue();
  });
});
