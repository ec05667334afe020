// The in-page overlay: one host element on <html>, an open shadow root holding every style and
// mark. The page's own elements are only read (their boxes), never touched.
import css from './overlay.css?inline';
import type { Finding } from '../../lib/report';
import type { Marks } from '../../lib/marks';
import type { TableKey } from '../../lib/template';
import { clipTo, placeAbove, placeBeside, placeMark, type Box } from './place';
import type { UiKey } from '../../lib/ui-text';
import { SEVERITY_WORD, t, uiLang } from '../../utils/i18n';
import { isPageFinding, placeableCells } from './cell';
import { anchorId, TEXT_ANCHOR } from '../../lib/anchors';
import { findingKey } from '../../lib/review';
import type { ReviewStatus } from '../../utils/review-status';

// Content scripts run in an isolated world, so page overrides of prototypes do not reach us;
// holding the natives from the start also keeps later patches (ours or a polyfill's) out.
const rectOf = Element.prototype.getBoundingClientRect;
const rangeRectOf = Range.prototype.getBoundingClientRect;
const raf = window.requestAnimationFrame.bind(window);
const box = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

const SIZE = { error: 18, warning: 9, ok: 18 } as const;
const TABLE_NAME: Record<TableKey, UiKey> = { active: 'tableActive', requests: 'tableRequests', appeals: 'tableAppeals' };

interface Mark {
  /** a finding's mark keeps clear of the cell's text; a finding about the text sits in the margin
   * beside its paragraph, with a bar along it; a table's ✓ sits on the table's corner */
  kind: 'finding' | 'text' | 'ok';
  el: HTMLElement;
  anchor: Element;
  size: number;
  index: number;
  ring?: HTMLElement;
}

function setData(el: HTMLElement, f: Finding): void {
  el.dataset.rule = f.rule;
  el.dataset.severity = f.severity;
  if (f.section != null) el.dataset.section = String(f.section);
  if (f.table != null) el.dataset.table = f.table;
  if (f.row != null) el.dataset.row = f.row;
  if (f.column != null) el.dataset.column = f.column;
}

/** Where a table's first cell sets its text: the innermost first element of that cell (a label the page has drawn). */
function firstLabel(tables: Element[]): Element | null {
  let el: Element | null = tables[0]?.querySelector('td, th') ?? null;
  while (el?.firstElementChild) el = el.firstElementChild;
  return el;
}

/** Marks the overlay's host, whatever its tag: tests and our own mutation filters find it by this. */
export const HOST_ATTR = 'data-report-checker';

/** A host with an open shadow root. A page may have defined our tag as a custom element that
 * refuses a shadow root: then a tag of the same family it cannot have guessed. */
function createHost(doc: Document): { host: HTMLElement; shadow: ShadowRoot } {
  const tags = ['report-checker-overlay', `report-checker-overlay-${Math.random().toString(36).slice(2, 10)}`];
  for (const tag of tags) {
    try {
      const host = doc.createElement(tag);
      const shadow = host.attachShadow({ mode: 'open' });
      host.setAttribute(HOST_ATTR, '');
      return { host, shadow };
    } catch {
      // taken: try the next name
    }
  }
  throw new Error('no shadow host');
}

export class Overlay {
  private readonly host: HTMLElement;
  private readonly root: HTMLElement;
  private readonly layer: HTMLElement;
  private readonly tip: HTMLElement;
  private banner?: HTMLElement;
  private marks: Mark[] = [];
  private clips = new Map<Element, Element[]>();
  private clipping = new Map<Element, boolean>();
  private cells = new Map<string, Element>();
  private scheduled = false;
  private attaches = 0;
  private tipAnchor?: { mark: HTMLElement; cell: Element };
  private readonly resize = new ResizeObserver(() => this.schedule());
  private readonly onViewChange = () => this.schedule();
  private disposed = false;
  private readonly lang = uiLang();
  /** what shows a finding (its mark, ring, banner line), for its decision */
  private shown: { el: HTMLElement; key: string }[] = [];
  private reviews: ReviewStatus = {};

  constructor(private readonly doc: Document) {
    const { host, shadow } = createHost(doc);
    this.host = host;
    try {
      // A constructed sheet is not subject to the page's CSP (style-src); fall back to <style>.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      const style = doc.createElement('style');
      style.textContent = css;
      shadow.append(style);
    }
    this.root = this.el('div', 'root');
    this.layer = this.el('div', 'layer');
    this.tip = this.el('div', 'tip');
    this.tip.setAttribute('role', 'tooltip');
    this.tip.id = 'tip';
    this.tip.hidden = true;
    this.root.append(this.layer, this.tip);
    shadow.append(this.root);
    (doc.defaultView ?? window).addEventListener('resize', this.onViewChange, { passive: true });
    // capture: scrolling wrappers around wide tables move cells without moving the document
    doc.addEventListener('scroll', this.onViewChange, { passive: true, capture: true });
  }

  private el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
    const e = this.doc.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  /**
   * Draws the audit and positions it at once: call it after the page's own layout (after a frame),
   * so that reading the boxes lays out nothing but the overlay.
   */
  render({ audit, cells, tables }: Marks<Element>): void {
    this.clear();
    this.cells = cells;
    this.usePageFont([...tables.values()].flat());
    const placed = new Set(placeableCells({ audit, cells }));
    const perCell = new Map<string, number>();
    const order = (f: Finding) => (f.severity === 'error' ? 0 : 1);
    for (const f of audit.findings.filter(isPageFinding).sort((a, b) => order(a) - order(b))) {
      const id = anchorId(f);
      const anchor = cells.get(id);
      if (!anchor) continue;
      const index = perCell.get(id) ?? 0;
      perCell.set(id, index + 1);
      this.addMark(f, anchor, index, id.startsWith(TEXT_ANCHOR) ? 'text' : 'finding');
    }
    for (const [key, els] of tables) {
      if (audit.findings.some((f) => f.table === key && f.severity !== 'info')) continue;
      for (const table of els) this.addOk(key, table);
    }
    this.renderBanner(audit.findings, placed);
    this.attach();
    for (const els of tables.values()) els.forEach((e) => this.resize.observe(e));
    if (this.doc.body) this.resize.observe(this.doc.body);
    this.reposition();
  }

  /** The face and language of the text the page has drawn in its table (Chinese labels), for our text: Chromium then
   * finds our glyphs in a font it has loaded (see overlay.css). The language picks the font: our
   * host resets everything (all: initial), and Chinese text without the page's lang is set in
   * another CJK face, loaded afresh (≈ 8 ms). The body's face is often not the one its text is
   * set in. A size out of a readable range falls back to 14px. */
  private usePageFont(tables: Element[]): void {
    const el = firstLabel(tables) ?? this.doc.body;
    const style = el && this.doc.defaultView?.getComputedStyle(el);
    if (!style) return;
    const size = parseFloat(style.fontSize);
    this.root.style.setProperty('--page-family', style.fontFamily);
    const lang = el.closest('[lang]')?.getAttribute('lang');
    if (lang) this.root.lang = lang;
    if (size >= 12 && size <= 18) this.root.style.setProperty('--page-size', style.fontSize);
  }

  private addMark(f: Finding, anchor: Element, index: number, kind: 'finding' | 'text'): void {
    const severity = f.severity === 'error' ? 'error' : 'warning';
    const label = `${t(SEVERITY_WORD[f.severity])}：${this.message(f)}`;
    const mark = kind === 'text' ? this.button('mark text', label, '≠') : this.button('mark', label, '');
    setData(mark, f);
    const lines = [this.message(f)];
    if (f.expected != null || f.actual != null) lines.push(t('expectedActual', { expected: f.expected ?? '—', actual: f.actual ?? '—' }));
    this.tooltip(mark, t(SEVERITY_WORD[f.severity]), lines.join('\n'), anchor);
    let ring: HTMLElement | undefined;
    if ((severity === 'error' || kind === 'text') && index === 0) {
      ring = this.el('div', kind === 'text' ? 'bar' : 'ring');
      this.layer.append(ring);
    }
    this.layer.append(mark);
    this.marks.push({ kind, el: mark, anchor, size: kind === 'text' ? SIZE.error : SIZE[severity], index, ring });
    this.showReview(mark, f);
    if (ring) this.showReview(ring, f);
    this.watchClips(anchor);
  }

  private addOk(table: TableKey, el: Element): void {
    const name = t(TABLE_NAME[table]);
    const mark = this.button('mark ok', t('tableOk', { table: name }), '');
    mark.dataset.table = table;
    mark.dataset.status = 'ok';
    this.tooltip(mark, '✓', t('tableOk', { table: name }), el);
    this.layer.append(mark);
    this.marks.push({ kind: 'ok', el: mark, anchor: el, size: SIZE.ok, index: 0 });
    this.watchClips(el);
  }

  private message(f: Finding): string {
    return this.lang === 'zh' ? f.message : f.message_en;
  }

  private button(cls: string, label: string, text: string): HTMLButtonElement {
    const b = this.el('button', cls, text);
    b.type = 'button';
    b.setAttribute('aria-label', label);
    return b;
  }

  /** Hover or keyboard focus shows the finding in words (text only, never markup). */
  private tooltip(anchor: HTMLElement, head: string, body: string, cell: Element): void {
    const show = () => {
      this.tip.replaceChildren(this.el('b', undefined, head), this.doc.createTextNode(`\n${body}`));
      this.tip.hidden = false;
      this.tipAnchor = { mark: anchor, cell };
      anchor.setAttribute('aria-describedby', 'tip');
      this.placeTip();
    };
    const hide = () => {
      this.tip.hidden = true;
      this.tipAnchor = undefined;
    };
    anchor.addEventListener('mouseenter', show);
    anchor.addEventListener('focus', show);
    anchor.addEventListener('mouseleave', hide);
    anchor.addEventListener('blur', hide);
    anchor.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') hide();
    });
  }

  /** Above the mark and its cell, else below them: never over the number it explains. Kept
   * inside the viewport (the tip is fixed). */
  private placeTip(): void {
    const anchor = this.tipAnchor;
    if (!anchor || this.tip.hidden) return;
    const m = rectOf.call(anchor.mark);
    const c = rectOf.call(anchor.cell);
    const w = this.tip.offsetWidth;
    const h = this.tip.offsetHeight;
    const win = this.doc.defaultView ?? window;
    const above = Math.min(m.top, c.top) - h - 6;
    const top = above >= 8 ? above : Math.min(Math.max(m.bottom, c.bottom) + 6, win.innerHeight - h - 8);
    this.tip.style.left = `${Math.max(8, Math.min(m.right - w, win.innerWidth - w - 8))}px`;
    this.tip.style.top = `${Math.max(8, top)}px`;
  }

  private renderBanner(findings: Finding[], placed: Set<string>): void {
    const banner = this.el('section', 'banner');
    banner.setAttribute('aria-label', t('bannerRegion'));
    const head = this.el('div', 'head');
    const title = this.el('div', 'title', t('extName'));
    const hide = this.button('ctl', t('hideMarks'), t('hideMarks'));
    hide.setAttribute('aria-pressed', 'false');
    hide.addEventListener('click', () => {
      const hidden = this.root.classList.toggle('marks-hidden');
      hide.setAttribute('aria-pressed', String(hidden));
      hide.textContent = t(hidden ? 'showMarks' : 'hideMarks');
      hide.setAttribute('aria-label', hide.textContent);
      this.tip.hidden = true;
      this.tipAnchor = undefined;
    });
    const close = this.button('ctl close', t('closeBanner'), '×');
    close.addEventListener('click', () => (banner.hidden = true));
    head.append(title, hide, close);
    banner.append(head);

    const counts = this.el('ul', 'counts');
    for (const sev of ['error', 'warning', 'info'] as const) {
      const n = findings.filter((f) => f.severity === sev).length;
      if (!n) continue;
      const chip = this.el('li', 'count', `${t(SEVERITY_WORD[sev])} ${n}`);
      chip.dataset.severity = sev;
      counts.append(chip);
      banner.classList.add(`has-${sev}`);
    }
    if (counts.childElementCount) banner.append(counts);
    else banner.append(this.el('p', 'clean', t('bannerClean')));

    // Findings without a place on the page: missing sections and tables, the template, …
    const unplaced = findings.filter(
      (f) => f.severity !== 'info' && f.rule !== 'cell-missing' && !(isPageFinding(f) && placed.has(anchorId(f))),
    );
    if (unplaced.length) {
      const items = this.el('ul', 'items');
      for (const f of unplaced) {
        const li = this.el('li', undefined, this.message(f));
        setData(li, f);
        this.showReview(li, f);
        items.append(li);
      }
      banner.append(items);
    }
    this.banner = banner;
    this.root.append(banner);
  }

  /** Scrolling wrappers (overflow other than visible) between a cell and the document. */
  private watchClips(anchor: Element): void {
    if (this.clips.has(anchor)) return;
    const list: Element[] = [];
    for (let e = anchor.parentElement; e && e !== this.doc.body && e !== this.doc.documentElement; e = e.parentElement) {
      if (this.scrolls(e)) list.push(e);
    }
    this.clips.set(anchor, list);
  }

  /** Whether an element clips what overflows it; asked once per element (the cells of a table share their ancestors). */
  private scrolls(e: Element): boolean {
    let clips = this.clipping.get(e);
    if (clips === undefined) {
      const s = this.doc.defaultView?.getComputedStyle(e);
      clips = !!s && (s.overflowX !== 'visible' || s.overflowY !== 'visible');
      this.clipping.set(e, clips);
    }
    return clips;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    raf(() => {
      this.scheduled = false;
      this.reposition();
    });
  }

  private reposition(): void {
    try {
      this.position();
      this.placeTip();
    } catch {
      // a page in the middle of tearing itself down: try again on the next event
    }
  }

  /** On <html>, after <body>. A page that removes foreign nodes gets a few tries, then peace:
   * the findings are still in the popup and on the toolbar. */
  private attach(): void {
    if (this.disposed || this.host.isConnected || this.attaches >= 3) return;
    this.attaches++;
    this.doc.documentElement.append(this.host);
  }

  /**
   * Marks sit in the host's coordinates: cell's viewport box minus the host's viewport box. Every
   * box is read before any mark is moved: a read after a write would lay the page out again, once
   * per mark.
   */
  private position(): void {
    this.attach();
    if (!this.host.isConnected) return;
    const origin = rectOf.call(this.host);
    // scrollingElement: <body> in quirks mode (pages saved from Word often have no doctype)
    const de = this.doc.scrollingElement ?? this.doc.documentElement;
    const sx = this.doc.defaultView?.scrollX ?? 0;
    const sy = this.doc.defaultView?.scrollY ?? 0;
    const docSize = { width: Math.max(de.scrollWidth, de.clientWidth), height: Math.max(de.scrollHeight, de.clientHeight) };
    const range = this.doc.createRange();
    const placed = this.marks.map((m) => {
      const r = box(rectOf.call(m.anchor));
      const visible = r.width > 0 && r.height > 0 ? clipTo(r, (this.clips.get(m.anchor) ?? []).map((c) => box(rectOf.call(c)))) : null;
      if (!visible) return { m, r, at: null };
      let text: Box | null = null;
      if (m.kind === 'finding') {
        range.selectNodeContents(m.anchor);
        const tr = rangeRectOf.call(range);
        text = tr.width || tr.height ? box(tr) : null;
      }
      // in document coordinates for the clamp, then into the host's
      const docBox = { left: r.left + sx, top: r.top + sy, width: r.width, height: r.height };
      const docText = text && { ...text, left: text.left + sx, top: text.top + sy };
      const at =
        m.kind === 'ok' ? placeAbove(docBox, m.size, docSize) : m.kind === 'text' ? placeBeside(docBox, m.size, m.index, docSize) : placeMark(docBox, docText, m.size, m.index, docSize);
      return { m, r, at };
    });
    for (const { m, r, at } of placed) {
      m.el.hidden = at === null;
      if (m.ring) m.ring.hidden = at === null;
      if (!at) continue;
      const dx = origin.left + sx;
      const dy = origin.top + sy;
      Object.assign(m.el.style, { left: `${at.left - dx}px`, top: `${at.top - dy}px`, width: `${m.size}px`, height: `${m.size}px` });
      if (m.ring) {
        Object.assign(m.ring.style, { left: `${r.left - origin.left}px`, top: `${r.top - origin.top}px`, width: `${r.width}px`, height: `${r.height}px` });
      }
    }
  }

  private showReview(el: HTMLElement, f: Finding): void {
    const key = findingKey(f);
    this.shown.push({ el, key });
    if (this.reviews[key]) el.dataset.review = this.reviews[key];
  }

  /** Shows the auditor's decisions: data-review on each finding's mark (a dismissed one dimmed). */
  review(statuses: ReviewStatus): void {
    this.reviews = statuses;
    for (const { el, key } of this.shown) {
      if (statuses[key]) el.dataset.review = statuses[key];
      else delete el.dataset.review;
    }
  }

  /** Bolder marks for low vision (the options page). */
  setHighContrast(on: boolean): void {
    this.root.classList.toggle('high-contrast', on);
  }

  /** Scrolls the page to a cell and flashes a frame around it. */
  flash(id: string): boolean {
    const cell = this.cells.get(id);
    if (!cell) return false;
    cell.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' });
    const frame = this.el('div', 'flash');
    this.root.append(frame); // outside the layer: shown even when the marks are hidden
    const place = () => {
      const o = rectOf.call(this.host);
      const r = rectOf.call(cell);
      Object.assign(frame.style, { left: `${r.left - o.left - 3}px`, top: `${r.top - o.top - 3}px`, width: `${r.width + 6}px`, height: `${r.height + 6}px` });
    };
    place();
    const timer = setInterval(place, 100); // follow the smooth scroll
    setTimeout(() => {
      clearInterval(timer);
      frame.remove();
    }, 2000);
    return true;
  }

  /** Removes every mark and the host at once and stops following the page; for good. */
  dispose(): void {
    this.disposed = true;
    this.clear();
    this.host.remove();
    (this.doc.defaultView ?? window).removeEventListener('resize', this.onViewChange);
    this.doc.removeEventListener('scroll', this.onViewChange, { capture: true });
  }

  private clear(): void {
    this.resize.disconnect();
    this.layer.replaceChildren();
    this.banner?.remove();
    this.marks = [];
    this.shown = [];
    this.clips.clear();
    this.clipping.clear();
    this.tip.hidden = true;
  }
}
