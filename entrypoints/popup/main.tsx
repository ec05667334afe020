import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { t } from '../../utils/i18n';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');
const tab = new URLSearchParams(location.search).get('tab');
// ?tab=<id>: the summary of that tab, in a tab of its own (bigger screen; tests)
if (tab) document.documentElement.classList.add('in-tab');
render(<Popup tabParam={tab == null ? null : Number(tab)} />, document.getElementById('app')!);
