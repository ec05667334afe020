// The options page: automatic audit, silent sites, UI language, high contrast, forgetting what
// the browser remembers. Plain values in, changes out (entrypoints/options wires them to storage).
import { useState } from 'preact/hooks';
import type { UiKey } from '../lib/ui-text';
import { t } from '../utils/i18n';
import { siteOf, type UiLanguage } from '../utils/settings';

export interface Settings {
  autoAudit: boolean;
  silentSites: string[];
  uiLanguage: UiLanguage;
  highContrast: boolean;
}

interface OptionsProps {
  settings: Settings;
  onChange: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
  onForget: () => Promise<void>;
}

const LANGUAGES: [UiLanguage, UiKey][] = [['auto', 'optLangAuto'], ['zh', 'optLangZh'], ['en', 'optLangEn']];

export function Options({ settings, onChange, onForget }: OptionsProps) {
  const [status, setStatus] = useState('');
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <label class="check">
        <input type="checkbox" name="autoAudit" checked={settings.autoAudit} onChange={(e) => onChange('autoAudit', e.currentTarget.checked)} />
        {t('optAutoAudit')}
      </label>
      <p class="hint">{t('optAutoAuditHint')}</p>
      <SilentSites sites={settings.silentSites} onChange={(sites) => onChange('silentSites', sites)} />
      <fieldset>
        <legend>{t('optLanguage')}</legend>
        {LANGUAGES.map(([value, label]) => (
          <label key={value} class="radio">
            <input type="radio" name="uiLanguage" value={value} checked={settings.uiLanguage === value} onChange={() => onChange('uiLanguage', value)} />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <label class="check">
        <input type="checkbox" name="highContrast" checked={settings.highContrast} onChange={(e) => onChange('highContrast', e.currentTarget.checked)} />
        {t('optHighContrast')}
      </label>
      <p>
        <button type="button" data-action="forget" onClick={() => void onForget().then(() => setStatus(t('optForgotten')), (e) => setStatus(String(e)))}>
          {t('optForget')}
        </button>
      </p>
      <p class="status" role="status">
        {status}
      </p>
    </main>
  );
}

function SilentSites({ sites, onChange }: { sites: string[]; onChange: (sites: string[]) => void }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const site = siteOf(input);
    if (!site) return setError(t('optSilentInvalid', { input }));
    setError('');
    setInput('');
    if (!sites.includes(site)) onChange([...sites, site]);
  };
  return (
    <section class="silent" aria-labelledby="silent-heading">
      <h2 id="silent-heading">{t('optSilentSites')}</h2>
      <p class="hint">{t('optSilentHint')}</p>
      <ul>
        {sites.map((site) => (
          <li key={site} data-site={site}>
            <span>{site}</span>
            <button type="button" aria-label={t('optSilentRemove', { site })} onClick={() => onChange(sites.filter((s) => s !== site))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <input
          type="text"
          name="site"
          value={input}
          placeholder={t('optSilentPlaceholder')}
          aria-label={t('optSilentSites')}
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <button type="submit">{t('optSilentAdd')}</button>
      </form>
      <p class="error" role="alert">
        {error}
      </p>
    </section>
  );
}
