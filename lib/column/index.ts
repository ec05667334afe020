// A column's list page → the reports it lists and its other pages. Pure: DOM in, addresses out;
// the CLI's crawl and the extension's column page fetch, this only reads.
import { reportLinks, type PageLinks } from './links';
import { readPagination, type Pagination } from './pagination';

export { readsAsReport, sameSite, ATTACHMENT, type ListedLink } from './links';
export { MAX_PAGES, type Pagination } from './pagination';

export interface ListPage extends PageLinks {
  pagination: Pagination;
}

/** What a list page lists: report links (its own pages left out), attachments, pagination. */
export function readListPage(doc: Document, pageUrl: string): ListPage {
  const pagination = readPagination(doc, pageUrl);
  return { ...reportLinks(doc, pageUrl, new Set(pagination.pages)), pagination };
}
