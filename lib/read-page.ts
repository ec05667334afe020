// What the engine reads of a page: its blocks and its <meta> hints. Apart from the engine: the
// injected audit script reads the page with this and leaves the auditing to the background.
import { blocksFromDom } from './dom';
import type { Block } from './grid';
import type { MetaHints } from './meta';

const META_PUBLISHED = ['PubDate', 'pubdate', 'publishdate', 'PublishDate', 'firstpublishedtime', 'article:published_time', 'dc.date', 'DC.Date'];
const META_TITLE = ['ArticleTitle', 'og:title', 'title'];
const META_PUBLISHER = ['ContentSource', 'SiteName', 'author'];

function hintsOf(doc: Document | null): MetaHints {
  // an empty document: no root element, and some DOMs (linkedom) throw when asked for its head
  if (!doc?.documentElement) return {};
  const metas = new Map<string, string>();
  // <meta> belongs in <head>: reading the whole document for it costs as much as the audit
  const metaList = (doc.head ?? doc).getElementsByTagName('meta');
  for (let i = 0; i < metaList.length; i++) {
    const meta = metaList[i];
    const name = meta.getAttribute('name') ?? meta.getAttribute('property');
    const content = meta.getAttribute('content');
    if (name && content && !metas.has(name)) metas.set(name, content);
  }
  const contents = (names: string[]) => names.flatMap((n) => metas.get(n) ?? []);
  // item(i), not [i]: Chromium counts the whole live list the first time it is indexed
  const h1 = doc.getElementsByTagName('h1');
  const headings = [h1.item(0), h1.item(1), h1.item(2)].flatMap((h) => (h ? [h.textContent ?? ''] : []));
  return {
    titles: [...contents(META_TITLE), ...headings, doc.title ?? ''],
    published: contents(META_PUBLISHED),
    publishers: contents(META_PUBLISHER).map((p) => `发布机构:${p}`),
  };
}

/** What the engine reads of a document or an element of one: its blocks and its <meta> hints. May throw. */
export function readPage(root: Document | Element): { blocks: Block<Element>[]; hints: MetaHints } {
  const doc = 'documentElement' in root ? root : root.ownerDocument;
  // an empty document has no root element: asking it for its body throws in some DOMs (linkedom)
  const element = 'documentElement' in root ? root.documentElement && (root.body ?? root.documentElement) : root;
  return { blocks: element ? blocksFromDom(element) : [], hints: hintsOf(doc) };
}

