// The workbench's parts outside the browser: which sites a user silenced, the order the shortcuts
// walk, the decisions as stored (WXT's in-memory fake of the extension API) and the badge's count
// of errors not dismissed.
import { beforeEach, describe, expect, it, vi } from 'vitest';

// the storage items are defined (and migrated) on import: the fake browser must be there first
await vi.hoisted(async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { browser: fakeBrowser });
});
const { fakeBrowser } = await import('wxt/testing/fake-browser');
const { isSilent, siteOf, silentSites } = await import('../../utils/settings');
const { inListOrder, stepCursor } = await import('../../utils/finding-order');
const { decide, decisionsFor, forgetDecisions, openErrors } = await import('../../utils/decisions');
const { reviewStatuses } = await import('../../utils/review-status');
import { findingKey } from '../../lib/review';
import type { Finding } from '../../lib/report';

describe('silent sites', () => {
  it('reads a host from what a user types', () => {
    expect(siteOf('www.Example.gov.cn')).toBe('www.example.gov.cn');
    expect(siteOf(' https://a.gov.cn:8080/x/y.html?q#h ')).toBe('a.gov.cn');
    expect(siteOf('*.gov.cn')).toBe('gov.cn');
    expect(siteOf('.example.gov.cn.')).toBe('example.gov.cn');
    expect(siteOf('')).toBeNull();
    expect(siteOf('   ')).toBeNull();
    expect(siteOf('http://')).toBeNull();
    expect(siteOf('a b')).toBeNull();
  });

  it('covers the site and its subdomains, not a name that merely ends alike', () => {
    const sites = ['example.gov.cn'];
    expect(isSilent('http://example.gov.cn/r.html', sites)).toBe(true);
    expect(isSilent('http://www.example.gov.cn:81/r.html#x', sites)).toBe(true);
    expect(isSilent('http://badexample.gov.cn/r.html', sites)).toBe(false);
    expect(isSilent('http://other.gov.cn/', sites)).toBe(false);
    expect(isSilent(undefined, sites)).toBe(false);
    expect(isSilent('not a url', sites)).toBe(false);
  });
});

const finding = (rule: string, severity: Finding['severity'], table?: string, row?: string, column?: string): Finding =>
  ({ rule, severity, table, row, column, message: rule, message_en: rule }) as unknown as Finding;

describe('the order findings are walked in', () => {
  it('by table, errors first, then blank cells, then warnings and info', () => {
    const fs = [
      finding('cell-missing', 'warning', 'requests', '2', 'total'),
      finding('section-missing', 'error'),
      finding('row-sum', 'error', 'requests', '1', 'total'),
      finding('label-mismatch', 'warning', 'active', '1'),
      finding('published-late', 'info'),
      finding('column-sum', 'error', 'active', '2', 'x'),
    ];
    expect(inListOrder(fs).map((f) => f.rule)).toEqual(['section-missing', 'published-late', 'column-sum', 'label-mismatch', 'row-sum', 'cell-missing']);
  });

  it('a cursor wraps both ways and starts at either end', () => {
    expect(stepCursor(-1, 3, 1)).toBe(0);
    expect(stepCursor(-1, 3, -1)).toBe(2);
    expect(stepCursor(2, 3, 1)).toBe(0);
    expect(stepCursor(0, 3, -1)).toBe(2);
    expect(stepCursor(7, 3, 1)).toBe(0); // the findings shrank since
    expect(stepCursor(0, 0, 1)).toBe(-1);
  });
});

it('the badge counts errors the auditor has not dismissed', () => {
  const a = finding('row-sum', 'error', 'requests', '1', 'total');
  const b = finding('column-sum', 'error', 'requests', '2', 'total');
  const w = finding('cell-missing', 'warning', 'requests', '3', 'total');
  const at = '2026-11-29T00:00:00Z';
  expect(openErrors([a, b, w], {})).toBe(2);
  expect(openErrors([a, b, w], { [findingKey(a)]: { status: 'dismissed', at } })).toBe(1);
  expect(openErrors([a, b, w], { [findingKey(a)]: { status: 'confirmed', at }, [findingKey(w)]: { status: 'dismissed', at } })).toBe(2);
});

describe('decisions as stored', () => {
  beforeEach(() => fakeBrowser.reset());
  const a = finding('row-sum', 'error', 'requests', '1', 'total');
  const b = finding('column-sum', 'error', 'requests', '2', 'total');
  const at = '2026-11-29T00:00:00Z';

  it('are kept per report (the URL without #fragment), by finding identity, and withdrawn with null', async () => {
    await decide('http://x.gov.cn/r.html#t3', a, { status: 'dismissed', note: '印刷错误', at });
    await decide('http://x.gov.cn/r.html', b, { status: 'confirmed', at });
    expect(await decisionsFor('http://x.gov.cn/r.html')).toEqual({
      'row-sum|requests|1|total': { status: 'dismissed', note: '印刷错误', at },
      'column-sum|requests|2|total': { status: 'confirmed', at },
    });
    expect(await reviewStatuses('http://x.gov.cn/r.html#other')).toEqual({ 'row-sum|requests|1|total': 'dismissed', 'column-sum|requests|2|total': 'confirmed' });
    expect(await decisionsFor('http://x.gov.cn/other.html')).toEqual({});
    await decide('http://x.gov.cn/r.html', a, null);
    expect(Object.keys(await decisionsFor('http://x.gov.cn/r.html'))).toEqual(['column-sum|requests|2|total']);
  });

  it('read a damaged value as none, and are forgotten together, settings kept', async () => {
    await fakeBrowser.storage.local.set({ 'review:http://x.gov.cn/bad.html': { k: { status: 'maybe' } } });
    expect(await decisionsFor('http://x.gov.cn/bad.html')).toEqual({});
    expect(await reviewStatuses('http://x.gov.cn/bad.html')).toEqual({});
    await decide('http://y.gov.cn/r.html', a, { status: 'confirmed', at });
    await silentSites.setValue(['z.gov.cn']);
    await forgetDecisions();
    expect(await decisionsFor('http://y.gov.cn/r.html')).toEqual({});
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('review:'))).toEqual([]);
    expect(await silentSites.getValue()).toEqual(['z.gov.cn']);
  });
});
