// Findings per tab and frame, in session storage: they survive an MV3 service-worker restart
// and vanish with the browser session. The background writes, the popup reads and watches.
import { storage } from '@wxt-dev/storage';
import type { FrameReport } from './protocol';

export interface TabState {
  /** the top frame's URL without its hash, to tell a real navigation from a #fragment change */
  url?: string;
  frames: Record<string, FrameReport>;
}

export const tabItem = (tabId: number) => storage.defineItem<TabState>(`session:tab-${tabId}`);

/** Where the next/previous-finding shortcuts stand in a tab's marked cells (an index; none: before the first). */
export const cursorItem = (tabId: number) => storage.defineItem<number>(`session:cursor-${tabId}`);

/** Frames whose audit found a report, top frame first. */
export const reportsOf = (state: TabState | null): FrameReport[] =>
  Object.values(state?.frames ?? {})
    .filter((f) => f.audit.detected)
    .sort((a, b) => a.frameId - b.frameId);

export const withoutHash = (url: string): string => url.split('#')[0];
