// What the background and the extension pages ask of a frame's audit script (plain messages, see utils/protocol.ts).
import { browser } from 'wxt/browser';
import type { ShowCell } from './protocol';

/** Scrolls the tab's frame to a cell and flashes it (false when that frame's audit is gone). */
export function showCell(tabId: number, frameId: number, cell: string): Promise<boolean> {
  const message: ShowCell = { type: 'reportChecker.showCell', cell };
  return browser.tabs.sendMessage(tabId, message, { frameId }).then((shown) => shown === true, () => false);
}
