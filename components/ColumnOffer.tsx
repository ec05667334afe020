// The popup's offer to audit the whole column: with the count when the page lists reports, a
// plain link otherwise (any page may be a list the reader did not recognise).
import { t } from '../utils/i18n';

export function ColumnOffer({ reports, onOpen }: { reports: number; onOpen(): void }) {
  return (
    <p class="column-offer">
      <button type="button" class={reports > 0 ? 'primary' : 'link'} onClick={onOpen} data-reports={reports}>
        {reports > 0 ? t('columnOffer', { n: reports }) : t('columnOpen')}
      </button>
    </p>
  );
}
