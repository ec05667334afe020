// Messages between the content scripts, the background and the popup (typed, one map).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Audit } from '../lib/report';

/** What one frame's audit script reports. */
export interface FrameReport {
  frameId: number;
  /** random per document: tells this page's messages from the previous page's in the frame */
  docId: string;
  url: string;
  audit: Audit;
  /** the cells the overlay could place on the page, so the popup knows which findings it can show */
  placed: string[];
}

interface ProtocolMap {
  /** detector → background: this frame holds a report, inject the audit script into it */
  requestAudit(): void;
  /** audit script → background: the frame's result */
  reportAudit(report: Omit<FrameReport, 'frameId'>): void;
  /** audit script → background: the document went away (pagehide); its docId */
  frameGone(docId: string): void;
  /** popup → background: audit every frame of a tab (the user asked: activeTab) */
  auditTab(tabId: number): boolean;
  /** popup → audit script of a frame: scroll to a cell and flash it */
  showCell(cellId: string): boolean;
}

declare const chrome: typeof import('@wxt-dev/browser').browser;

export const messenger = defineExtensionMessaging<ProtocolMap>();

/**
 * frameGone, posted at once. The messenger sends only after an await, and a frame that its parent's
 * script removes is torn down before that await resumes: the message never left and the tab kept the
 * frame's findings. The shape is the messenger's own (type, data, timestamp), so its listener takes it.
 */
export function sendFrameGone(docId: string): void {
  // plain chrome.runtime with a callback (Chrome and Firefox): wxt/browser would bring the polyfill
  // into the detector, which shares this file
  chrome.runtime.sendMessage({ id: 0, type: 'frameGone', data: docId, timestamp: Date.now() }, () => void chrome.runtime.lastError);
}

/** The audit script's path in the build, for scripting.executeScript. */
export const AUDIT_SCRIPT = '/audit.js';
