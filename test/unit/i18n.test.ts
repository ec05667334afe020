// One UI catalogue per language (lib/locales/ui.*.json) for the extension and the CLI: both
// languages carry the same keys and the same {name} placeholders, and the browser's _locales keep
// only what the manifest names (its name, description and shortcuts), with the same extension name.
import { describe, expect, it } from 'vitest';
import zh from '../../lib/locales/ui.zh.json';
import en from '../../lib/locales/ui.en.json';
import zhBrowser from '../../public/_locales/zh_CN/messages.json';
import enBrowser from '../../public/_locales/en/messages.json';
import { fill, uiText } from '../../lib/ui-text';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI catalogue', () => {
  it('holds the same keys in both languages, each with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, text] of Object.entries(zh)) expect(placeholders(en[key as keyof typeof en]), key).toEqual(placeholders(text));
  });

  it('uses one placeholder syntax: no chrome.i18n $NAME$ or $1 left', () => {
    for (const text of [...Object.values(zh), ...Object.values(en)]) expect(text).not.toMatch(/\$\w+\$|\$\d/);
  });

  it('fills {name} from params; a missing one reads as nothing', () => {
    expect(fill('应为 {expected}，页面为 {actual}', { expected: 12, actual: '13' })).toBe('应为 12，页面为 13');
    expect(fill('应为 {expected}，页面为 {actual}', { expected: 12 })).toBe('应为 12，页面为 ');
    expect(uiText('en')('expectedActual', { expected: 38, actual: 37 })).toBe('Expected 38, the page says 37');
    expect(uiText('zh')('cli.summary', { files: 2, error: 1, warning: 0, info: 3 })).toBe('共 2 个文件：错误 1 · 警告 0 · 提示 3');
  });

  it('leaves the browser only the manifest strings, naming the extension as the UI does', () => {
    const manifestKeys = ['cmdNextFinding', 'cmdPreviousFinding', 'extDescription', 'extName'];
    for (const browserCatalogue of [zhBrowser, enBrowser]) expect(Object.keys(browserCatalogue).sort()).toEqual(manifestKeys);
    expect(zhBrowser.extName.message).toBe(zh.extName);
    expect(enBrowser.extName.message).toBe(en.extName);
  });
});
