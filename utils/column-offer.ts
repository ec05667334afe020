// The popup's way into the column audit: ask the page how many reports it lists, open the page.
import { browser } from 'wxt/browser';

export interface ListedHere {
  url: string;
  reports: number;
}

/** What the tab's top page lists; null where the extension may not read it (no activeTab grant). */
export async function probeColumn(tabId: number): Promise<ListedHere | null> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/column-probe.js'] });
    return (result?.result as ListedHere | null | undefined) ?? null;
  } catch {
    return null;
  }
}

export function openColumnAudit(listUrl: string): void {
  void browser.tabs.create({ url: `${browser.runtime.getURL('/column.html')}?src=${encodeURIComponent(listUrl)}` });
}
