// Which links of a page point at a report published as an attachment: a .pdf or .docx whose link
// text or file name reads as an annual report ("附件：XX镇2024年政府信息公开工作年度报告.pdf").
export interface PageLink {
  href: string;
  text: string;
}
export interface AttachmentLink {
  url: string;
  /** the link's text when it names the report, else the file name */
  name: string;
}

const ATTACHMENT_PATH = /\.(?:pdf|docx)$/i;
const REPORT_WORDS = /年度报告|年报/;
const MOST = 5;

/** A file's name as its address gives it (decoded), else the address itself. */
export function fileNameOf(href: string): string {
  try {
    const path = new URL(href).pathname;
    const last = path.slice(path.lastIndexOf('/') + 1);
    try {
      return decodeURIComponent(last) || href;
    } catch {
      return last;
    }
  } catch {
    return href;
  }
}

/** The URL as an attachment's, when its path ends in .pdf or .docx (query and hash aside). */
export function attachmentUrl(href: string): URL | undefined {
  try {
    const url = new URL(href);
    return /^https?:$/.test(url.protocol) && ATTACHMENT_PATH.test(url.pathname) ? url : undefined;
  } catch {
    return undefined;
  }
}

export function reportAttachments(links: PageLink[]): AttachmentLink[] {
  const out = new Map<string, AttachmentLink>();
  for (const { href, text } of links) {
    const url = attachmentUrl(href);
    if (!url || out.has(url.href)) continue;
    const label = text.replace(/\s+/g, ' ').trim();
    const name = REPORT_WORDS.test(label) ? label : fileNameOf(url.href);
    if (REPORT_WORDS.test(name)) out.set(url.href, { url: url.href, name });
    if (out.size >= MOST) break;
  }
  return [...out.values()];
}
