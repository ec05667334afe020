// The viewer page's side panel for an attachment: why it cannot be shown yet (a permission to
// ask, a download, a problem) or the summary the popup shows for a web report.
import { t } from '../utils/i18n';
import { ReportView, type ReportActions, type ShownReport } from './ReportView';
import type { UiKey } from '../lib/ui-text';

export type AttachmentState =
  | { kind: 'loading' }
  /** the file is on an origin the extension may not read: the user grants it (a click) */
  | { kind: 'permission'; origin: string }
  | { kind: 'problem'; message: UiKey; detail?: string }
  | { kind: 'shown'; report: ShownReport };

interface AttachmentPanelProps extends ReportActions {
  name: string;
  state: AttachmentState;
  onAllow: () => void;
}

export function AttachmentPanel({ name, state, onAllow, ...actions }: AttachmentPanelProps) {
  let body;
  if (state.kind === 'loading') body = <p class="note">{t('attachment.loading', { name })}</p>;
  else if (state.kind === 'permission')
    body = (
      <section class="permission">
        <p class="note">{t('attachment.allow', { origin: state.origin })}</p>
        <button type="button" class="primary" onClick={onAllow}>
          {t('attachment.allowButton')}
        </button>
      </section>
    );
  else if (state.kind === 'problem')
    body = (
      <p class="note" role="alert" data-problem={state.message}>
        {t(state.message, { detail: state.detail ?? '' })}
      </p>
    );
  else if (!state.report.audit.detected) body = <p class="note">{t('attachment.notReport')}</p>;
  else body = <ReportView report={state.report} {...actions} />;
  return (
    <main>
      <header class="top">
        <h1>{t('extName')}</h1>
      </header>
      <p class="file">{name}</p>
      {body}
    </main>
  );
}
