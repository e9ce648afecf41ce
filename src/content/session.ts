/**
 * One page session: everything this copy of Margin does in one page, from the content script's start until
 * the extension goes away (or a newer copy of Margin takes over). It creates the parts, hands each the
 * session's AbortSignal (listeners, observers and timers end with it), and on `end` leaves the page as it
 * was before Margin: clean view restored, highlights and stylesheets gone, its interface host removed.
 */
import { COLUMN_ATTRIBUTE, GUTTER_ATTRIBUTE, LOOK_ATTRIBUTE } from '../core/reading/reading-css.ts';
import { OWN_STYLE_ATTRIBUTE } from '../shared/browser-styles.ts';
import { Cleaner } from './cleaner.ts';
import { Controller } from './controller.ts';
import { EntityLayer } from './entity-layer.ts';
import { announceStart, extensionAlive, watchExtension } from './lifeline.ts';
import { NotesLayer } from './notes-layer.ts';
import { CLEAN_ATTRIBUTE, clearAllHighlights, PageStyle, READY_ATTRIBUTE } from './page-style.ts';
import { Flasher } from './scroll.ts';
import { mountUi } from './ui/App.tsx';
import { removeStrayHosts, UiHost } from './ui/host.ts';
import { UiStore, type UiActions } from './ui/store.ts';
import { HideRules } from './user-rules.ts';

/** What the reader is told when an action fails because Margin was updated (or removed) under the page. */
export const UPDATED_NOTICE = 'Margin was updated — reload the page to keep working.';
/** How long that notice stays (ms). */
const NOTICE_MS = 12_000;

/** The parts of a session, as the controller uses them. */
export interface SessionParts {
  /** Aborts when the session ends. */
  signal: AbortSignal;
  host: UiHost;
  style: PageStyle;
  rules: HideRules;
  cleaner: Cleaner;
  entities: EntityLayer;
  notes: NotesLayer;
  /** Ends the session because the extension is gone, telling the reader to reload. */
  lost(): void;
}

export class PageSession {
  private readonly life = new AbortController();
  private readonly parts: SessionParts;
  /** Set when a newer copy of Margin started in the page: it took over the document's highlights and marks. */
  private superseded = false;

  constructor() {
    const signal = this.life.signal;
    // An older copy whose extension is gone ends itself now (in its own script world, see lifeline.ts);
    // what a copy the browser stopped outright could not take away goes next.
    announceStart();
    removeLeftovers();
    const style = new PageStyle();
    const flasher = new Flasher(style, signal);
    this.parts = {
      signal,
      host: new UiHost(),
      style,
      rules: new HideRules(),
      cleaner: new Cleaner(),
      entities: new EntityLayer(style, flasher),
      notes: new NotesLayer(style, flasher),
      lost: () => this.end({ notice: true }),
    };
    new Controller(this.parts);
    watchExtension(
      () => this.end(),
      () => (this.superseded = true),
      signal,
    );
  }

  /** False once the session ended or its extension is gone. */
  get alive(): boolean {
    return !this.life.signal.aborted && extensionAlive();
  }

  /**
   * Ends the session and leaves the page as Margin found it. A clean view is restored rather than left
   * half-alive (nothing would keep late content sorted or bring the page back); a newer copy of Margin
   * cleans again if the site is one the reader always reads clean.
   */
  end(options: { notice?: boolean } = {}): void {
    if (this.life.signal.aborted) return;
    this.life.abort(); // listeners, observers, timers, the message receiver, the lifeline port, the UI's render
    const { cleaner, style, rules, host } = this.parts;
    if (!this.superseded) {
      cleaner.restore();
      clearAllHighlights();
    }
    style.remove();
    rules.remove();
    host.remove();
    document.documentElement.setAttribute(READY_ATTRIBUTE, '');
    const guard = globalThis as { __margin?: unknown };
    if (guard.__margin === this) guard.__margin = undefined; // a new version may start in this script world
    if (options.notice) showNotice(UPDATED_NOTICE);
  }
}

/** What a copy of Margin that could not end itself left in the page. */
function removeLeftovers(): void {
  removeStrayHosts();
  clearAllHighlights();
  for (const style of document.querySelectorAll(`style[${OWN_STYLE_ATTRIBUTE}]`)) style.remove(); // Firefox's sheets
  for (const column of document.querySelectorAll(`[${COLUMN_ATTRIBUTE}]`)) column.removeAttribute(COLUMN_ATTRIBUTE);
  for (const name of [LOOK_ATTRIBUTE, GUTTER_ATTRIBUTE]) document.documentElement.removeAttribute(name);
  if (document.documentElement.hasAttribute(CLEAN_ATTRIBUTE)) new Cleaner().restore();
}

/** The notice has no buttons: any action it were asked for does nothing. */
const NO_ACTIONS: UiActions = new Proxy({} as UiActions, { get: () => () => undefined });

/** A message to the reader in an interface of its own, for after the session ended. */
function showNotice(message: string): void {
  const host = new UiHost();
  const store = new UiStore();
  store.set({ toast: { message } });
  const unmount = mountUi(host, store, NO_ACTIONS);
  setTimeout(() => {
    unmount();
    host.remove();
  }, NOTICE_MS);
}
