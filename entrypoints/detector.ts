// Declared on every *.gov.cn page, in every frame: a few KB that only read the page. When the
// page (or a body filled in later) is a report, ask the background for the full audit script.
// An unlisted script declared in the manifest by wxt.config.ts: WXT's content-script wrapper
// would add its context class and the browser polyfill (~15 KB) to every page.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isReportPage } from '../lib/detect';
import { sendFromPage } from '../utils/protocol';
import { watchMutations } from '../utils/watch';

export default defineUnlistedScript(() => {
  const check = (): boolean => {
    if (!isReportPage(document)) return false;
    sendFromPage({ type: 'reportChecker.requestAudit' });
    return true;
  };
  try {
    if (!check()) watchMutations(document, check);
  } catch {
    // never throw into the page
  }
});
