// Copy buttons, each labelled with its format; a confirmation read out after copying.
import { useState } from 'preact/hooks';
import { findingsAsText, toCSV, toExportJSON, toHTMLTable, toMarkdown, toTSV } from '../lib/export';
import type { Audit } from '../lib/report';
import type { UiKey } from '../lib/ui-text';
import { t, uiLang } from '../utils/i18n';
import { ButtonBar } from './ButtonBar';

/** Puts text (and an HTML version beside it, when given) where the user can paste it. */
export type CopyFn = (text: string, html?: string) => Promise<void>;

interface Source {
  audit: Audit;
  url: string;
  generator: string;
}

interface Format {
  id: string;
  text: UiKey;
  label: UiKey;
  make: (s: Source) => [string, string?];
}

const FORMATS: Format[] = [
  { id: 'tsv', text: 'copyTSV', label: 'copyTSVLabel', make: (s) => [toTSV(s.audit), toHTMLTable(s.audit)] },
  { id: 'csv', text: 'copyCSV', label: 'copyCSVLabel', make: (s) => [toCSV(s.audit)] },
  { id: 'json', text: 'copyJSON', label: 'copyJSONLabel', make: (s) => [toExportJSON(s.audit, s.url, s.generator)] },
  { id: 'markdown', text: 'copyMarkdown', label: 'copyMarkdownLabel', make: (s) => [toMarkdown(s.audit)] },
  { id: 'findings', text: 'copyFindings', label: 'copyFindingsLabel', make: (s) => [findingsAsText(s.audit, uiLang())] },
];

export function CopyBar({ onCopy, ...source }: Source & { onCopy: CopyFn }) {
  const [status, setStatus] = useState('');
  const run = async (f: Format) => {
    try {
      await onCopy(...f.make(source));
      setStatus(t('copied', { format: t(f.text) }));
    } catch (e) {
      setStatus(t('copyFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <ButtonBar name="copy" heading={t('copyHeading')} status={status}>
      {FORMATS.map((f) => (
        <button key={f.id} type="button" data-format={f.id} title={t(f.label)} aria-label={t(f.label)} onClick={() => run(f)}>
          {t(f.text)}
        </button>
      ))}
    </ButtonBar>
  );
}
