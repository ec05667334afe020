// The attachment viewer (report.html?src=<URL>), opened by the user from the popup: fetches that
// one file, shows it as a page, audits it and marks it as a web report is marked.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AttachmentPanel, type AttachmentState } from '../../components/AttachmentPanel';
import { Overlay } from '../../components/overlay/overlay';
import { placeableCells } from '../../components/overlay/cell';
import { auditDocument } from '../../lib/audit-dom';
import { fileNameOf } from '../../lib/attachment-link';
import { loadAttachment, missingPermission } from '../../utils/attachment';
import { copy } from '../../utils/clipboard';
import { downloadWorkbook } from '../../utils/exports';
import { uiLang } from '../../utils/i18n';
import { loadUiLanguage } from '../../utils/settings';
import { generatorName } from '../../utils/tab-wiring';

const src = new URLSearchParams(location.search).get('src') ?? '';
const name = fileNameOf(src);
const shownDoc = document.getElementById('doc')!;
let overlay: Overlay | undefined;

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** The file as a document, without anything that could run or load: scripts, frames, handlers. */
function parseSafely(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const e of parsed.querySelectorAll('script, iframe, object, embed, link, style, base, form')) e.remove();
  for (const el of parsed.body.querySelectorAll('*')) {
    for (const a of [...el.attributes]) if (/^on/i.test(a.name) || ((a.name === 'src' || a.name === 'href') && !/^(?:https?:|#|$)/i.test(a.value.trim()))) el.removeAttribute(a.name);
  }
  return parsed;
}

async function auditAttachment(): Promise<AttachmentState> {
  const loaded = await loadAttachment(src);
  if (!loaded.ok) return { kind: 'problem', message: loaded.problem === 'fetch' ? 'attachment.fetch' : `cli.${loaded.problem}`, detail: loaded.detail };
  const parsed = parseSafely(loaded.html);
  // audited in its own document (its title and headings are the hints, not this page's), then
  // moved here: the same elements, so the marks find their cells
  const dom = { ...auditDocument(parsed), ...(loaded.audit && { audit: loaded.audit }) };
  shownDoc.replaceChildren(...parsed.body.childNodes);
  overlay?.dispose();
  overlay = dom.audit.detected ? new Overlay(document) : undefined;
  overlay?.render(dom);
  const placed = overlay ? placeableCells(dom) : [];
  return { kind: 'shown', report: { audit: dom.audit, placed, url: src } };
}

function App() {
  const [state, setState] = useState<AttachmentState>(isWebUrl(src) ? { kind: 'loading' } : { kind: 'problem', message: 'attachment.noSource' });
  const start = () => {
    setState({ kind: 'loading' });
    void auditAttachment().then(setState);
  };
  useEffect(() => {
    if (!isWebUrl(src)) return;
    void missingPermission(src).then((origin) => (origin ? setState({ kind: 'permission', origin }) : start()));
  }, []);
  // requested in the click itself: the browser grants a permission only in a user's gesture
  const allow = () => {
    if (state.kind !== 'permission') return;
    void browser.permissions.request({ origins: [state.origin] }).then((granted) => granted && start());
  };
  return (
    <AttachmentPanel
      name={name}
      state={state}
      onAllow={allow}
      onShowCell={(_, cellId) => overlay?.flash(cellId)}
      onCopy={copy}
      generator={generatorName()}
      onWorkbook={(report) => downloadWorkbook([{ ...report.audit, url: report.url }])}
    />
  );
}

document.title = name || 'report';
void loadUiLanguage().then(() => {
  document.documentElement.lang = uiLang();
  render(<App />, document.getElementById('app')!);
});
