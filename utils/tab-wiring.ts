// What the views of one tab's findings (components/) are wired to: the tab, its stored findings
// and review decisions (live), the "audit this tab" message, the clipboard. The
// popup and the side panel use it.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DecisionChange } from '../components/Findings';
import type { TabView } from '../components/Popup';
import type { Finding } from '../lib/report';
import { reportKey } from '../lib/review';
import { decide, decisionsFor, watchDecisions, type Decisions } from './decisions';
import { messenger } from './protocol';
import { reportsOf, tabItem, type TabState } from './tab-store';

/** The tab given (popup.html?tab=<id>), else the active tab of this window; null when none. */
export function useTabId(given: number | null): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    const active = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null;
    void (given != null ? Promise.resolve(given) : active()).then(setTabId, () => setTabId(null));
  }, [given]);
  return tabId;
}

/**
 * The active tab of the window this page belongs to (the side panel's), followed as the user
 * switches tabs. `windowId` names another window (a test opens the panel as a page of its own).
 */
export function useActiveTabId(windowId: number | null): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    let window: number | undefined;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === window) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    void (async () => {
      window = windowId ?? (await browser.windows.getCurrent()).id;
      const [active] = await browser.tabs.query({ active: true, windowId: window });
      setTabId(active?.id ?? null);
    })().catch(() => setTabId(null));
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [windowId]);
  return tabId;
}

/** The decisions on each of these reports (by URL without #fragment), followed as they change. */
function useDecisions(urls: string[]): Record<string, Decisions> {
  const [byUrl, setByUrl] = useState<Record<string, Decisions>>({});
  const keys = [...new Set(urls.map(reportKey))].sort().join('\n');
  useEffect(() => {
    const list = keys ? keys.split('\n') : [];
    const set = (url: string, d: Decisions) => setByUrl((prev) => ({ ...prev, [url]: d }));
    for (const url of list) void decisionsFor(url).then((d) => set(url, d));
    const stops = list.map((url) => watchDecisions(url, (d) => set(url, d)));
    return () => stops.forEach((stop) => stop());
  }, [keys]);
  return byUrl;
}

/** The tab's findings as the background stores them, and the decisions on them, followed as they change. */
export function useTabView(tabId: number | null | undefined): TabView {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  useEffect(() => {
    setState(undefined);
    if (tabId == null) return;
    const item = tabItem(tabId);
    void item.getValue().then(setState);
    return item.watch(setState);
  }, [tabId]);
  const reports = reportsOf(state ?? null);
  const decisions = useDecisions(reports.map((r) => r.url));
  if (tabId === null) return { kind: 'noTab' };
  if (tabId === undefined || state === undefined) return { kind: 'loading' };
  return {
    kind: 'tab',
    reports: reports.map((r) => ({ ...r, decisions: decisions[reportKey(r.url)] ?? {} })),
    audited: Object.keys(state?.frames ?? {}).length > 0,
  };
}

/** Keeps the auditor's decision on a finding of the report at this URL, dated now. */
export const saveDecision = (url: string, finding: Finding, change: DecisionChange): Promise<void> =>
  decide(url, finding, change && { ...change, at: new Date().toISOString() });

/**
 * Opens the side panel of this window. Called straight from the click (Chrome and Firefox open it
 * only in answer to the user's gesture): Chrome's sidePanel, Firefox's sidebarAction.
 */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(o: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel && windowId != null) return api.sidePanel.open({ windowId });
  if (api.sidebarAction) return api.sidebarAction.open();
  return Promise.reject(new Error('no side panel'));
}

/** Audits every frame of the tab: the user asked, so activeTab lets us into any page. */
export const auditTab = (tabId: number): Promise<boolean> => messenger.sendMessage('auditTab', tabId);

/** Names the program and its version in exported JSON. */
export const generatorName = (): string => `report-checker ${browser.runtime.getManifest().version}`;
