// Messages between the content scripts, the background and the popup (typed, one map).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Audit, Finding } from '../lib/report';

/** What one frame's audit script reports. */
export interface FrameReport {
  frameId: number;
  /** random per document: tells this page's messages from the previous page's in the frame */
  docId: string;
  url: string;
  audit: Audit;
  /** the cells the overlay could place on the page, so the popup knows which findings it can show */
  placed: string[];
  /** the remembered reports of the same agency, a year before or after, it was compared with */
  compared?: { origin: string; year: number | null }[];
}

/** What the background answers a frame's report: the across-reports findings on it (shown on its cells). */
export interface AcrossReply {
  across: Finding[];
}

interface ProtocolMap {
  /** detector → background: this frame holds a report, inject the audit script into it */
  requestAudit(): void;
  /** audit script → background: the frame's result; the answer adds what the reports this browser remembers say */
  reportAudit(report: Omit<FrameReport, 'frameId' | 'compared'>): AcrossReply;
  /** extension page (options: "silent on this site") → background: dispose the audit in every frame of a tab */
  disposeTab(tabId: number): void;
  /** popup → background: audit every frame of a tab (the user asked: activeTab) */
  auditTab(tabId: number): boolean;
  /** popup → audit script of a frame: scroll to a cell and flash it */
  showCell(cellId: string): boolean;
}

declare const chrome: typeof import('@wxt-dev/browser').browser;

export const messenger = defineExtensionMessaging<ProtocolMap>();

/*
 * A frame's life, in plain runtime messages rather than the messenger's: the messenger posts only
 * after an await (its sendMessage is async throughout), and a frame that its parent's script
 * removes is torn down before that await resumes, so its "gone" would never leave. The messenger's
 * listeners ignore these (they carry no timestamp); the background checks frameGone against
 * FrameGoneSchema (utils/protocol-schema.ts) on receipt.
 */

/** audit script → background: the document went away (pagehide) or its audit was disposed */
export interface FrameGone {
  type: 'reportChecker.frameGone';
  /** the docId of the frame's reports: a late "gone" from the previous page cannot wipe the next */
  docId: string;
}

/** background → audit scripts of a tab: remove every mark and the overlay, stop watching the page */
export interface DisposeAudit {
  type: 'reportChecker.disposeAudit';
}

/** Posts frameGone at once (plain chrome.runtime with a callback, Chrome and Firefox): wxt/browser
 * would bring the polyfill into the detector, which shares this file. */
export function sendFrameGone(docId: string): void {
  const message: FrameGone = { type: 'reportChecker.frameGone', docId };
  chrome.runtime.sendMessage(message, () => void chrome.runtime.lastError);
}

export const DISPOSE_AUDIT: DisposeAudit = { type: 'reportChecker.disposeAudit' };

export const isDisposeAudit = (message: unknown): message is DisposeAudit =>
  (message as DisposeAudit | null)?.type === DISPOSE_AUDIT.type;

/** The audit script's path in the build, for scripting.executeScript. */
export const AUDIT_SCRIPT = '/audit.js';
