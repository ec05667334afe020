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

export const messenger = defineExtensionMessaging<ProtocolMap>();

/** The audit script's path in the build, for scripting.executeScript. */
export const AUDIT_SCRIPT = '/audit.js';
