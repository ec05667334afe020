// The UI catalogues are read from the bundled locale files, chosen and filled in as chrome.i18n
// would: both languages carry the same keys and placeholders, and $NAME$ takes its $n argument.
import { describe, expect, it } from 'vitest';
import zh from '../../public/_locales/zh_CN/messages.json';
import en from '../../public/_locales/en/messages.json';
import { formatMessage } from '../../utils/i18n';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const catalogues = { zh: zh as Record<string, Entry>, en: en as Record<string, Entry> };

describe('UI catalogues', () => {
  it('hold the same keys, each with the same placeholders, every one of them used', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.zh).sort());
    for (const [key, entry] of Object.entries(catalogues.zh)) {
      const names = (e: Entry) => [...e.message.matchAll(/\$(\w+)\$/g)].map((m) => m[1].toLowerCase()).sort();
      expect(names(catalogues.en[key]), key).toEqual(names(entry));
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual([...new Set(names(entry))]);
    }
  });

  it('fill $NAME$ with the argument its content names, as chrome.i18n.getMessage does', () => {
    const entry = { message: '应为 $FIRST$，页面为 $SECOND$', placeholders: { first: { content: '$1' }, second: { content: '$2' } } };
    expect(formatMessage(entry, ['12', '13'])).toBe('应为 12，页面为 13');
    expect(formatMessage(entry, ['12'])).toBe('应为 12，页面为 ');
    expect(formatMessage(undefined, [])).toBe('');
    expect(formatMessage(catalogues.en.lang, [])).toBe('en');
  });
});
