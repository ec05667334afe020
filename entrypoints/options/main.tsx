// The options page's container: each setting read from and written to its storage item
// (utils/settings.ts), followed as it changes; "forget" clears the remembered reports and decisions.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from '@wxt-dev/storage';
import { Options, type Settings } from '../../components/Options';
import { forgetDecisions } from '../../utils/decisions';
import { setUiLanguage, t, uiLang } from '../../utils/i18n';
import { forgetReports } from '../../utils/memory';
import { autoAudit, highContrast, loadUiLanguage, silentSites, uiLanguage } from '../../utils/settings';

const ITEMS: { [K in keyof Settings]: WxtStorageItem<Settings[K], {}> } = { autoAudit, silentSites, uiLanguage, highContrast };
const KEYS = Object.keys(ITEMS) as (keyof Settings)[];

function App({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  useEffect(() => {
    const stops = KEYS.map((key) => ITEMS[key].watch((value) => setSettings((s) => ({ ...s, [key]: value }))));
    return () => stops.forEach((stop) => stop());
  }, []);
  // the page speaks the language just chosen
  setUiLanguage(settings.uiLanguage);
  document.documentElement.lang = uiLang();
  document.title = t('optionsTitle');
  return (
    <Options
      settings={settings}
      onChange={(key, value) => void (ITEMS[key] as WxtStorageItem<typeof value, {}>).setValue(value)}
      onForget={() => Promise.all([forgetReports(), forgetDecisions()]).then(() => undefined)}
    />
  );
}

void Promise.all([loadUiLanguage(), ...KEYS.map((key) => ITEMS[key].getValue())]).then(([, ...values]) => {
  const initial = Object.fromEntries(KEYS.map((key, i) => [key, values[i]])) as unknown as Settings;
  render(<App initial={initial} />, document.getElementById('app')!);
});
