// Copy buttons, each labelled with its format; a confirmation read out after copying.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { findingsAsText, toCSV, toExportJSON, toHTMLTable, toMarkdown, toTSV } from '../lib/export';
import { copy } from '../utils/clipboard';
import { t, uiLang, type MessageKey } from '../utils/i18n';
import type { FrameReport } from '../utils/protocol';

interface Format {
  id: string;
  text: MessageKey;
  label: MessageKey;
  make: (r: FrameReport) => [string, string?];
}

const generator = () => `report-checker ${browser.runtime.getManifest().version}`;

const FORMATS: Format[] = [
  { id: 'tsv', text: 'copyTSV', label: 'copyTSVLabel', make: (r) => [toTSV(r.audit), toHTMLTable(r.audit)] },
  { id: 'csv', text: 'copyCSV', label: 'copyCSVLabel', make: (r) => [toCSV(r.audit)] },
  { id: 'json', text: 'copyJSON', label: 'copyJSONLabel', make: (r) => [toExportJSON(r.audit, r.url, generator())] },
  { id: 'markdown', text: 'copyMarkdown', label: 'copyMarkdownLabel', make: (r) => [toMarkdown(r.audit)] },
  { id: 'findings', text: 'copyFindings', label: 'copyFindingsLabel', make: (r) => [findingsAsText(r.audit, uiLang())] },
];

export function CopyBar({ report }: { report: FrameReport }) {
  const [status, setStatus] = useState('');
  const run = async (f: Format) => {
    try {
      await copy(...f.make(report));
      setStatus(t('copied', t(f.text)));
    } catch (e) {
      setStatus(t('copyFailed', e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <section class="copy" aria-label={t('copyHeading')}>
      <h2>{t('copyHeading')}</h2>
      <div class="buttons">
        {FORMATS.map((f) => (
          <button key={f.id} type="button" data-format={f.id} title={t(f.label)} aria-label={t(f.label)} onClick={() => run(f)}>
            {t(f.text)}
          </button>
        ))}
      </div>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
