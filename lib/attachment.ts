// What an attachment's front end (DOCX, PDF) says when it cannot give the engine a report: one
// reason, which the CLI and the viewer page put in a sentence.
export type AttachmentProblem =
  /** a password is needed to open it */
  | 'encrypted'
  /** pages of pictures and no text: a scan (no OCR here) */
  | 'scanned'
  /** not the format its name says, or cut short */
  | 'damaged';

export type Attachment<T> = { ok: true; value: T } | { ok: false; problem: AttachmentProblem; detail?: string };
