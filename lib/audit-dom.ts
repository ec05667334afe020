// The DOM front end: a page (or part of one) → blocks → the engine.
import { auditBlocks, type EngineResult } from './audit';
import { blocksFromDom } from './dom';
import type { MetaHints } from './meta';

export type DomAudit = EngineResult<Element>;

const META_PUBLISHED = ['PubDate', 'pubdate', 'publishdate', 'PublishDate', 'firstpublishedtime', 'article:published_time', 'dc.date', 'DC.Date'];
const META_TITLE = ['ArticleTitle', 'og:title', 'title'];
const META_PUBLISHER = ['ContentSource', 'SiteName', 'author'];

function metaContents(doc: Document, names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const el = doc.querySelector(`meta[name="${name}"], meta[property="${name}"]`);
    const content = el?.getAttribute('content');
    if (content) out.push(content);
  }
  return out;
}

function hintsOf(doc: Document | null): MetaHints {
  if (!doc) return {};
  const headings = Array.from(doc.querySelectorAll('h1, h2')).slice(0, 4).map((h) => h.textContent ?? '');
  return {
    titles: [...metaContents(doc, META_TITLE), ...headings, doc.title ?? ''],
    published: metaContents(doc, META_PUBLISHED),
    publishers: metaContents(doc, META_PUBLISHER).map((p) => `发布机构:${p}`),
  };
}

/** Audits a document or an element of one. Never throws: a page it cannot read is `detected: false`. */
export function auditDocument(root: Document | Element): DomAudit {
  const doc = 'documentElement' in root ? root : root.ownerDocument;
  const element = 'documentElement' in root ? (root.body ?? root.documentElement) : root;
  try {
    return auditBlocks(element ? blocksFromDom(element) : [], hintsOf(doc));
  } catch {
    return auditBlocks([], {});
  }
}
