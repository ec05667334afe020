// The report's files: the Excel workbook and the printable audit note. Plain callbacks in; the
// container decides how a workbook is made and where the note opens.
import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { ButtonBar } from './ButtonBar';

export interface ExportActions {
  /** download the report's workbook (with its review decisions) */
  onWorkbook?: () => Promise<void>;
  /** open the printable audit note */
  onNote?: () => void;
}

export function ExportBar({ onWorkbook, onNote }: ExportActions) {
  const [status, setStatus] = useState('');
  if (!onWorkbook && !onNote) return null;
  const workbook = async () => {
    setStatus(t('export.working'));
    try {
      await onWorkbook!();
      setStatus(t('export.saved'));
    } catch (e) {
      setStatus(t('export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <ButtonBar name="exports" heading={t('export.heading')} status={status}>
      {onWorkbook && (
        <button type="button" data-export="xlsx" title={t('export.xlsxLabel')} aria-label={t('export.xlsxLabel')} onClick={workbook}>
          Excel
        </button>
      )}
      {onNote && (
        <button type="button" data-export="note" title={t('export.noteLabel')} aria-label={t('export.noteLabel')} onClick={onNote}>
          {t('export.note')}
        </button>
      )}
    </ButtonBar>
  );
}
