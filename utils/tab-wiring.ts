// What the views of one tab's findings (components/) are wired to: the tab, its stored findings
// (live), "show this cell" and "audit this tab" messages, the clipboard. The popup uses it; a side
// panel would too.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabView } from '../components/Popup';
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

/** The tab's findings as the background stores them, followed as they change. */
export function useTabView(tabId: number | null | undefined): TabView {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  useEffect(() => {
    if (tabId == null) return;
    const item = tabItem(tabId);
    void item.getValue().then(setState);
    return item.watch(setState);
  }, [tabId]);
  if (tabId === null) return { kind: 'noTab' };
  if (tabId === undefined || state === undefined) return { kind: 'loading' };
  return { kind: 'tab', reports: reportsOf(state), audited: Object.keys(state?.frames ?? {}).length > 0 };
}

/** Scrolls the tab's frame to a cell and flashes it (false when that frame's audit is gone). */
export const showCell = (tabId: number, frameId: number, cellId: string): Promise<boolean> =>
  messenger.sendMessage('showCell', cellId, { tabId, frameId }).catch(() => false);

/** Audits every frame of the tab: the user asked, so activeTab lets us into any page. */
export const auditTab = (tabId: number): Promise<boolean> => messenger.sendMessage('auditTab', tabId);

/** Names the program and its version in exported JSON. */
export const generatorName = (): string => `report-checker ${browser.runtime.getManifest().version}`;
