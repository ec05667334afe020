// The user's settings (the options page), in storage.local: each an item with its default and a
// version, read where it takes effect — the background (automatic audit, silent sites), the
// audit script through it (high contrast, language), the extension pages (language) — and watched there, so
// a change applies at once, without reinstalling.
import { storage } from '@wxt-dev/storage';
import { setUiLanguage } from './i18n';

export type UiLanguage = 'auto' | 'zh' | 'en';

/** Audit *.gov.cn pages as soon as the detector finds a report (else only when the user asks). */
export const autoAudit = storage.defineItem<boolean>('local:settings.autoAudit', { fallback: true, version: 1 });

/** Host names (and their subdomains) where the extension stays silent: no audit, no marks. */
export const silentSites = storage.defineItem<string[]>('local:settings.silentSites', { fallback: [], version: 1 });

export const uiLanguage = storage.defineItem<UiLanguage>('local:settings.uiLanguage', { fallback: 'auto', version: 1 });

/** Reads the chosen language: extension pages await it before their first text (the audit script gets it from the background). */
export const loadUiLanguage = async (): Promise<void> => setUiLanguage(await uiLanguage.getValue().catch(() => 'auto' as const));

/** Marks drawn for low vision: bolder colours and rings (a class on the overlay's root). */
export const highContrast = storage.defineItem<boolean>('local:settings.highContrast', { fallback: false, version: 1 });

/**
 * The host name a user means by what they typed: a URL, a host with a port or path, a leading
 * "*." or dot. Null when nothing host-like is left (the options page says so).
 */
export function siteOf(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  try {
    s = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(s) ? s : `http://${s}`).hostname;
  } catch {
    return null;
  }
  s = s.replace(/^(\*\.|\.)+/, '').replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(s) && /[a-z0-9]/.test(s) ? s : null;
}

/** Whether a page's URL is on one of the silent sites (the site itself or a subdomain). */
export function isSilent(url: string | undefined, sites: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(url ?? '').hostname.toLowerCase();
  } catch {
    return false;
  }
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}
