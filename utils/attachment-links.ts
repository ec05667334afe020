// What the popup offers to audit as an attachment: the tab itself when it shows a PDF, else the
// report attachments its page links to. The links are read when the user opens the popup
// (scripting on the tab: activeTab, or our *.gov.cn host permission); nothing is fetched here.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { attachmentUrl, reportAttachments, type AttachmentLink, type PageLink } from '../lib/attachment-link';

export type AttachmentOffer = AttachmentLink & { /** the tab shows this file itself */ inTab: boolean };

async function attachmentOffers(tabId: number): Promise<AttachmentOffer[]> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const shown = tab?.url ? attachmentUrl(tab.url) : undefined;
  if (shown && /\.pdf$/i.test(shown.pathname)) return [{ url: shown.href, name: tab?.title || shown.href, inTab: true }];
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: (): PageLink[] => Array.from(document.links, (a) => ({ href: a.href, text: a.textContent ?? '' })),
    });
    return reportAttachments((frame?.result as PageLink[] | undefined) ?? []).map((link) => ({ ...link, inTab: false }));
  } catch {
    return []; // a page the browser keeps scripts out of (its PDF viewer, the web store)
  }
}

export function useAttachmentOffers(tabId: number | null | undefined): AttachmentOffer[] {
  const [offers, setOffers] = useState<AttachmentOffer[]>([]);
  useEffect(() => {
    if (tabId != null) void attachmentOffers(tabId).then(setOffers);
  }, [tabId]);
  return offers;
}

/** The viewer page (entrypoints/report) for one attachment, in a new tab. */
export const openAttachment = (url: string) => browser.tabs.create({ url: `${browser.runtime.getURL('/report.html')}?src=${encodeURIComponent(url)}` });
