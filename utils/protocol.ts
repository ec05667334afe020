// Messages between the page scripts, the background and the extension pages: one contract, typed.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Block } from '../lib/grid';
import type { MarksMessage } from '../lib/marks';
import type { MetaHints } from '../lib/meta';
import type { Audit } from '../lib/report';
import type { ReviewStatus } from './review-status';
import type { Lang } from '../lib/messages';

/** What the background keeps of one frame's audit (session storage, utils/tab-store.ts): the popup and panel read it. */
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

interface ProtocolMap {
  /** extension page (options: "silent on this site") → background: dispose the audit in every frame of a tab */
  disposeTab(tabId: number): void;
  /** popup → background: audit every frame of a tab (the user asked: activeTab) */
  auditTab(tabId: number): boolean;
}

declare const chrome: typeof import('@wxt-dev/browser').browser;

// pure: the page scripts import this file for the plain messages only, and must not carry the messenger
export const messenger = /* @__PURE__ */ defineExtensionMessaging<ProtocolMap>();

/*
 * What the page's scripts (the detector, the audit script) and the background say to each other:
 * plain runtime messages, not the messenger's. They run on the page's main thread, where every KB
 * compiled and every await counts (issue 15), and a frame that its parent's script removes is torn
 * down before an await resumes, so its "gone" must leave at once. The messenger's listeners ignore
 * these (they carry no timestamp); the background checks each against its schema
 * (utils/protocol-schema.ts) on receipt.
 */

/** detector → background: this frame holds a report, inject the audit script into it */
export interface RequestAudit {
  type: 'reportChecker.requestAudit';
}

/** audit script → background: what the page holds (the engine runs in the background, off the page's thread) */
export interface AuditPage {
  type: 'reportChecker.auditPage';
  /** random per document: a late "gone" from the previous page cannot wipe the next one */
  docId: string;
  url: string;
  /** PageRead as JSON: the browser carries one string far faster than the same blocks as objects */
  page: string;
}

/** What the audit script read of its page. */
export interface PageRead {
  /** blocks whose sources are the indices of the page's elements (lib/grid.ts numberSources) */
  blocks: Block<number>[];
  hints: MetaHints;
  /** reading the page failed: why (the audit says so, rather than nothing) */
  error?: string;
}

/** How the overlay draws: the language chosen (told by the background: the page asks the browser nothing), high contrast, the auditor's decisions on this report. */
export interface OverlayView {
  language: Lang;
  contrast: boolean;
  reviews: ReviewStatus;
}

/** background → audit script: the answer to auditPage, with what the reports this browser remembers say (on its cells) */
export interface PageAudited {
  /** MarksMessage as JSON (one string crosses far faster than the findings as objects) */
  marks: string;
  view: OverlayView;
}

/** background → audit script: the settings or decisions changed */
export interface ViewChanged {
  type: 'reportChecker.view';
  view: OverlayView;
}

/** popup, side panel, shortcuts → audit script of a frame: scroll to a cell and flash it (answers whether it could) */
export interface ShowCell {
  type: 'reportChecker.showCell';
  cell: string;
}

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

/** Posts a page script's message at once (plain chrome.runtime with a callback, Chrome and
 * Firefox): wxt/browser would bring the polyfill into the page. The answer, or undefined when
 * there is none (the background gone, the extension reloaded). */
export function sendFromPage(message: RequestAudit | FrameGone): void;
export function sendFromPage(message: AuditPage, onAnswer: (answer: PageAudited | undefined) => void): void;
export function sendFromPage(message: RequestAudit | FrameGone | AuditPage, onAnswer?: (answer: PageAudited | undefined) => void): void {
  chrome.runtime.sendMessage(message, (answer: PageAudited | undefined) => {
    void chrome.runtime.lastError;
    onAnswer?.(answer);
  });
}

export const sendFrameGone = (docId: string): void => sendFromPage({ type: 'reportChecker.frameGone', docId });

export const DISPOSE_AUDIT: DisposeAudit = { type: 'reportChecker.disposeAudit' };

type ToPage = DisposeAudit | ViewChanged | ShowCell;
/** Tells the background's messages to a page's audit script apart (the page trusts nothing else). */
export const pageMessage = (message: unknown): ToPage | undefined => {
  const type = (message as ToPage | null)?.type;
  return type === 'reportChecker.disposeAudit' || type === 'reportChecker.view' || type === 'reportChecker.showCell' ? (message as ToPage) : undefined;
};

/** The audit script's path in the build, for scripting.executeScript. */
export const AUDIT_SCRIPT = '/audit.js';
