/**
 * What a page session does: learns what Margin knows about the page (notes, hidden elements, auto-clean),
 * answers page messages, and connects the cleaner, the entity and notes layers, the picker and the in-page
 * UI. The session (session.ts) creates the parts it uses and ends them; the clean view's watchers and what
 * belongs to one address of a single-page app end earlier, each with a scope of its own.
 */
import { readMetadata } from '../core/article/metadata.ts';
import { pageMessages, receive, toBackground } from '../shared/messaging.ts';
import type { CleanReport, EntityGroup, HideTarget, HighlightColor, PageState, Settings } from '../shared/types.ts';
import { retryWhenContentGrows } from './growth.ts';
import { extensionAlive, lostExtension } from './lifeline.ts';
import { watchCleanPage, whenSettled } from './live-clean.ts';
import type { NotesLayer } from './notes-layer.ts';
import { currentPageKey } from './page-key.ts';
import { READY_ATTRIBUTE } from './page-style.ts';
import { PickFlow } from './pick-flow.ts';
import { findEntities } from './reading/entity-outcome.ts';
import { ReadingView } from './reading/reading-view.ts';
import { childScope } from './scope.ts';
import { watchSelection, type SelectionWatcher } from './selection.ts';
import type { SessionParts } from './session.ts';
import { mountUi } from './ui/App.tsx';
import { isEventFromUi } from './ui/host.ts';
import { UiStore, type UiActions, type UiState } from './ui/store.ts';

export class Controller {
  private store = new UiStore();
  private readonly notes: NotesLayer;
  private selection: SelectionWatcher;
  private readonly picks: PickFlow;
  private settings: Settings | null = null;
  private hideSelectors: HideTarget[] = [];
  /** The clean view's watchers (late content, a new article); null while the page is not clean. */
  private cleanView: AbortController | null = null;
  /**
   * The page key whose notes are shown, and what ends when a single-page app moves to another (a jump to
   * an anchor in the same article keeps the key, and so keeps an open note).
   */
  private address = currentPageKey();
  private addressScope: AbortController;
  /** Re-anchoring of notes not found in the page, while the page's content grows; null when none is missing. */
  private orphanRetry: AbortController | null = null;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  /** The clean view's reading look and panel. */
  private readonly view: ReadingView;

  constructor(private readonly parts: SessionParts) {
    const { signal } = parts;
    this.notes = parts.notes;
    this.addressScope = childScope(signal);
    this.view = new ReadingView(this.store, parts.style, signal, (error) => this.failed(error));
    this.picks = new PickFlow(
      { store: this.store, toast: (m, a) => this.toast(m, a), rules: parts.rules, article: () => parts.cleaner.detectArticle() },
      signal,
    );
    parts.entities.onCounts = (counts) => this.view.setStatus('done', counts);
    // The interface is added to the page only when there is something to show: most pages never need it.
    const unsubscribe = this.store.subscribe(() => {
      unsubscribe();
      if (signal.aborted) return;
      const unmount = mountUi(parts.host, this.store, this.actions);
      signal.addEventListener('abort', unmount, { once: true });
    });
    this.selection = watchSelection((range, at) => this.onSelection(range, at), signal);
    document.addEventListener('click', (event) => this.onClick(event), { capture: true, signal });
    signal.addEventListener('abort', () => clearTimeout(this.toastTimer), { once: true });
    this.listen();
    void this.start();
  }

  /** One round trip on load: notes, hidden elements and auto-clean for this page. */
  private async start(): Promise<void> {
    try {
      const hello = await toBackground('page/hello', { url: currentPageKey() });
      if (this.parts.signal.aborted) return;
      this.hideSelectors = hello.hideSelectors;
      if (hello.hideSelectors.length) this.parts.rules.apply(hello.hideSelectors);
      this.notes.set(hello.annotations);
      this.retryOrphans();
      if (hello.autoClean) {
        await this.clean().catch((error) => console.warn('Margin: auto-clean failed', error));
        document.documentElement.setAttribute(READY_ATTRIBUTE, '');
      }
    } catch (error) {
      document.documentElement.setAttribute(READY_ATTRIBUTE, '');
      if (lostExtension(error)) this.parts.lost();
      else console.warn('Margin: could not start on this page', error);
    }
  }

  /**
   * Something the reader asked for failed. When the extension is gone (updated or removed under the page)
   * the session ends and says so, rather than fail silently; otherwise the reader is told what failed.
   */
  private failed(error: unknown): null {
    if (lostExtension(error)) this.parts.lost();
    else this.toast(`Margin could not do that: ${String((error as Error)?.message ?? error)}`);
    return null;
  }

  /** The reader selected text (or the selection went away): offer the toolbar, if Margin can still act. */
  private onSelection(range: Range | null, at: { x: number; y: number } | null): void {
    if (range && !extensionAlive()) return this.parts.lost();
    this.store.set({ toolbar: range && at ? at : null });
  }

  private async getSettings(): Promise<Settings> {
    this.settings ??= await toBackground('settings/get', {});
    return this.settings;
  }

  private toast(message: string, action?: NonNullable<UiState['toast']>['action']): void {
    this.store.set({ toast: { message, action } });
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => this.store.set({ toast: null }), action ? 10_000 : 5000);
  }

  private actions: UiActions = {
    highlight: (color) => void this.highlightSelection(color),
    addNote: () => void this.highlightSelection('yellow', true),
    closeEditor: () => this.store.set({ editor: null }),
    toggleGroup: (group) => void this.toggleGroup(group),
    restorePage: () => void this.restore(),
    foldLegend: (folded) => this.view.fold(folded),
    moveLegend: (at) => this.view.move(at),
    setReading: (patch) => this.view.setReading(patch),
  };

  private async highlightSelection(color: HighlightColor, openNote = false): Promise<boolean> {
    const range = this.selection.current();
    if (!range) return false;
    const rect = range.getBoundingClientRect();
    const annotation = await this.notes.create(range, color).catch((error: unknown) => this.failed(error));
    document.getSelection()?.removeAllRanges();
    this.store.set({ toolbar: null });
    if (!annotation) return false;
    if (openNote) this.store.set({ editor: { annotationId: annotation.id, x: rect.left, y: rect.bottom } });
    return true;
  }

  /** The reader's own click on a highlight opens its note (a page's synthetic click opens nothing). */
  private onClick(event: MouseEvent): void {
    if (!event.isTrusted || isEventFromUi(event) || !document.getSelection()?.isCollapsed || this.store.get().picker) return;
    const hit = this.notes.hitTest(event.clientX, event.clientY);
    if (hit) this.store.set({ editor: { annotationId: hit, x: event.clientX, y: event.clientY } });
  }

  private async toggleGroup(group: EntityGroup): Promise<void> {
    try {
      const { enabledGroups } = await this.getSettings();
      await this.setGroups(enabledGroups.includes(group) ? enabledGroups.filter((g) => g !== group) : [...enabledGroups, group]);
    } catch (error) {
      this.failed(error);
    }
  }

  private async setGroups(enabled: EntityGroup[]): Promise<PageState> {
    this.settings = await toBackground('settings/set', { enabledGroups: enabled });
    this.parts.entities.draw(enabled);
    const legend = this.store.get().legend;
    if (legend) this.store.set({ legend: { ...legend, enabled } });
    return this.state();
  }

  async clean(replace = false): Promise<CleanReport> {
    const { cleaner, entities, signal } = this.parts;
    const report = await (replace ? cleaner.recleanInPlace() : cleaner.clean());
    const current = cleaner.state;
    if (!report.article || !current || signal.aborted) {
      if (report.message) this.toast(report.message);
      return report;
    }
    if (!this.cleanView) {
      this.cleanView = childScope(signal);
      watchCleanPage(current.selection, { onNavigate: () => void this.onNavigate() }, this.cleanView.signal);
    }
    const settings = await this.getSettings();
    await this.view.show(current.selection, settings.highlightEntities ? 'loading' : 'off', settings.enabledGroups);
    if (!cleaner.state) {
      this.view.hide(); // restored while the reader's look was being fetched
      return report;
    }
    if (settings.highlightEntities) {
      const t0 = performance.now();
      const outcome = await findEntities(entities, current.selection);
      if (!cleaner.state) return report; // restored while the names were being found
      if (outcome.status === 'done') {
        entities.draw(settings.enabledGroups);
        report.ms.entities = performance.now() - t0;
      }
      this.view.setStatus(outcome.status, outcome.status === 'done' ? outcome.counts : {});
      const legend = this.store.get().legend;
      if (legend && entities.result && !entities.result.namesMarked) {
        this.store.set({ legend: { ...legend, unmarkedLanguage: entities.result.language } });
      }
    }
    return report;
  }

  /** Shows the whole page again: the clean view's watchers, entity highlights and legend end with it. */
  async restore(): Promise<CleanReport> {
    this.cleanView?.abort();
    this.cleanView = null;
    const report = this.parts.cleaner.restore();
    this.parts.entities.clear();
    this.view.hide();
    if (this.notes.count === 0) this.parts.style.remove();
    return report;
  }

  /**
   * A single-page app showed another article. The old marks stay until its content has arrived, then the
   * page is re-cleaned in one step, so the clutter never shows in between.
   */
  private async onNavigate(): Promise<void> {
    this.cleanView?.abort();
    const settling = childScope(this.parts.signal);
    this.cleanView = settling;
    await whenSettled(settling.signal);
    if (settling.signal.aborted) return; // restored meanwhile, or the session ended
    this.cleanView = null;
    settling.abort();
    this.parts.entities.clear();
    await this.clean(true);
    await this.followAddress();
  }

  /**
   * A single-page app moved to another address: what belonged to the old one (an open note, the retry of
   * its missing notes) ends, and the notes of the new one are drawn.
   */
  private async followAddress(): Promise<void> {
    const key = currentPageKey();
    if (key !== this.address) {
      this.address = key;
      this.addressScope.abort();
      this.addressScope = childScope(this.parts.signal);
      this.orphanRetry = null;
      this.store.set({ editor: null, toolbar: null });
    }
    await this.notes.reload();
    this.retryOrphans();
  }

  /**
   * Notes whose passage is not in the page (yet) are anchored again each time the page's content grows,
   * until none is missing or the reader leaves the address.
   */
  private retryOrphans(): void {
    if (this.orphanRetry || this.notes.orphans().length === 0) return;
    const retry = childScope(this.addressScope.signal);
    this.orphanRetry = retry;
    retryWhenContentGrows(() => {
      this.notes.paint();
      if (this.notes.orphans().length) return true;
      if (this.orphanRetry === retry) this.orphanRetry = null;
      return false;
    }, retry.signal);
  }

  state(): PageState {
    return {
      cleaned: this.parts.cleaner.state !== null,
      meta: readMetadata(document, location.href),
      counts: this.parts.entities.result?.counts ?? {},
      enabledGroups: this.settings?.enabledGroups ?? [],
      url: currentPageKey(),
      orphans: this.notes.orphans(),
    };
  }

  private listen(): void {
    const { cleaner, entities } = this.parts;
    receive(
      pageMessages,
      {
        'page/ping': () => true,
        'page/clean': () => this.clean(),
        'page/restore': () => this.restore(),
        'page/toggle': () => (cleaner.state ? this.restore() : this.clean()),
        'page/state': async () => {
          await this.getSettings();
          return this.state();
        },
        'page/facts': () => entities.result?.facts ?? [],
        'page/export-data': async () => {
          // Exporting an uncleaned page still lists its key facts: analyse without drawing.
          const selection = await cleaner.detectArticle();
          if (!entities.result && selection) await entities.analyze(selection);
          return { meta: readMetadata(document, location.href), facts: entities.result?.facts ?? [] };
        },
        'page/scroll-to': ({ annotationId, fact }) =>
          annotationId !== undefined ? this.notes.scrollTo(annotationId) : fact !== undefined ? entities.scrollToFact(fact) : false,
        // Also sent when a single-page app changed the address (the notes of the new one are wanted).
        'page/annotations-changed': async () => {
          await this.followAddress();
          return true;
        },
        'page/rules-changed': async () => {
          this.hideSelectors = (await toBackground('page/hello', { url: currentPageKey() })).hideSelectors;
          this.parts.rules.apply(this.hideSelectors);
          return true;
        },
        'page/pick': () => this.picks.start(this.hideSelectors),
        'page/set-groups': ({ enabledGroups }) => this.setGroups(enabledGroups),
        'page/highlight-selection': () => this.highlightSelection('yellow'),
        'page/highlight-text': ({ exact, note, color }) => this.notes.createFromText(exact, color ?? 'yellow', note ?? ''),
      },
      { signal: this.parts.signal },
    );
  }
}
