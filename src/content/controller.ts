/**
 * The content script's conductor: learns what Margin knows about the page (notes, hidden elements,
 * auto-clean), answers page messages, and connects the cleaner, the entity and notes layers, the picker
 * and the in-page UI.
 */
import { readMetadata } from '../core/article/metadata.ts';
import { pageMessages, receive, toBackground } from '../shared/messaging.ts';
import type { CleanReport, EntityGroup, HighlightColor, PageState, Settings } from '../shared/types.ts';
import { clean, cleanState, detectArticle, recleanInPlace, restore } from './cleaner.ts';
import { analyzeEntities, clearEntities, drawGroups, entityResult, scrollToFact } from './entity-layer.ts';
import { watchCleanPage, whenSettled } from './live-clean.ts';
import { NotesLayer } from './notes-layer.ts';
import { currentPageKey } from './page-key.ts';
import { removePageStyle } from './page-style.ts';
import { pickToHide } from './pick-flow.ts';
import { watchSelection, type SelectionWatcher } from './selection.ts';
import { mountUi } from './ui/App.tsx';
import { isEventFromUi } from './ui/host.ts';
import { UiStore, type UiActions, type UiState } from './ui/store.ts';
import { applyHideRules } from './user-rules.ts';

/** Set on <html> once Margin has decided about an auto-clean page, so early-hide.css shows it again. */
const READY_ATTRIBUTE = 'data-margin-ready';

export class Controller {
  private store = new UiStore();
  private notes = new NotesLayer();
  private selection: SelectionWatcher;
  private settings: Settings | null = null;
  private hideSelectors: string[] = [];
  private stopWatching: (() => void) | null = null;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    // The interface is added to the page only when there is something to show: most pages never need it.
    const unsubscribe = this.store.subscribe(() => {
      unsubscribe();
      mountUi(this.store, this.actions);
    });
    this.selection = watchSelection((range, at) => this.store.set({ toolbar: range && at ? at : null }));
    document.addEventListener('click', (event) => this.onClick(event), true);
    this.listen();
    void this.start();
  }

  /** One round trip on load: notes, hidden elements and auto-clean for this page. */
  private async start(): Promise<void> {
    try {
      const hello = await toBackground('page/hello', { url: currentPageKey() });
      this.hideSelectors = hello.hideSelectors;
      if (hello.hideSelectors.length) applyHideRules(hello.hideSelectors);
      this.notes.set(hello.annotations);
      if (hello.autoClean) {
        await this.clean().catch((error) => console.warn('Margin: auto-clean failed', error));
        document.documentElement.setAttribute(READY_ATTRIBUTE, '');
      }
    } catch (error) {
      document.documentElement.setAttribute(READY_ATTRIBUTE, '');
      console.warn('Margin: could not start on this page', error);
    }
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
    saveNote: async (id, note) => {
      await toBackground('annotations/update', { id, note });
      this.store.set({ editor: null });
    },
    deleteAnnotation: async (id) => {
      await toBackground('annotations/delete', { id });
      this.store.set({ editor: null });
    },
    closeEditor: () => this.store.set({ editor: null }),
    toggleGroup: (group) => void this.toggleGroup(group),
    restorePage: () => void this.restore(),
  };

  private async highlightSelection(color: HighlightColor, openNote = false): Promise<boolean> {
    const range = this.selection.current();
    if (!range) return false;
    const rect = range.getBoundingClientRect();
    const annotation = await this.notes.create(range, color);
    document.getSelection()?.removeAllRanges();
    this.store.set({ toolbar: null });
    if (!annotation) return false;
    if (openNote) this.store.set({ editor: { annotationId: annotation.id, note: '', quote: annotation.quote.exact, x: rect.left, y: rect.bottom + 8 } });
    return true;
  }

  private onClick(event: MouseEvent): void {
    if (isEventFromUi(event) || !document.getSelection()?.isCollapsed || this.store.get().picker) return;
    const hit = this.notes.hitTest(event.clientX, event.clientY);
    if (hit) this.store.set({ editor: { annotationId: hit.id, note: hit.note, quote: hit.quote.exact, x: event.clientX, y: event.clientY + 16 } });
  }

  private async toggleGroup(group: EntityGroup): Promise<void> {
    const { enabledGroups } = await this.getSettings();
    await this.setGroups(enabledGroups.includes(group) ? enabledGroups.filter((g) => g !== group) : [...enabledGroups, group]);
  }

  private async setGroups(enabled: EntityGroup[]): Promise<PageState> {
    this.settings = await toBackground('settings/set', { enabledGroups: enabled });
    drawGroups(enabled);
    const legend = this.store.get().legend;
    if (legend) this.store.set({ legend: { ...legend, enabled } });
    return this.state();
  }

  async clean(replace = false): Promise<CleanReport> {
    const report = await (replace ? recleanInPlace() : clean());
    const current = cleanState();
    if (!report.article || !current) {
      if (report.message) this.toast(report.message);
      return report;
    }
    this.stopWatching ??= watchCleanPage(current.selection, { onNavigate: () => void this.onNavigate() });
    const settings = await this.getSettings();
    if (settings.highlightEntities) {
      this.store.set({ legend: { counts: {}, enabled: settings.enabledGroups, loading: true } });
      const t0 = performance.now();
      const result = entityResult() ?? await analyzeEntities(current.selection);
      drawGroups(settings.enabledGroups);
      report.ms.entities = performance.now() - t0;
      this.store.set({ legend: { counts: result.counts, enabled: settings.enabledGroups, loading: false } });
    }
    return report;
  }

  async restore(): Promise<CleanReport> {
    this.stopWatching?.();
    this.stopWatching = null;
    const report = restore();
    clearEntities();
    this.store.set({ legend: null });
    if (this.notes.count === 0) removePageStyle();
    return report;
  }

  /**
   * A single-page app showed another article. The old marks stay until its content has arrived, then the
   * page is re-cleaned in one step, so the clutter never shows in between.
   */
  private async onNavigate(): Promise<void> {
    this.stopWatching?.();
    this.stopWatching = null;
    await whenSettled();
    clearEntities();
    await this.clean(true);
    await this.notes.reload();
  }

  state(): PageState {
    return {
      cleaned: cleanState() !== null,
      article: cleanState() !== null,
      meta: readMetadata(document, location.href),
      counts: entityResult()?.counts ?? {},
      enabledGroups: this.settings?.enabledGroups ?? [],
      url: currentPageKey(),
      orphans: this.notes.orphans(),
    };
  }

  private listen(): void {
    receive(pageMessages, {
      'page/ping': () => true,
      'page/clean': () => this.clean(),
      'page/restore': () => this.restore(),
      'page/toggle': () => (cleanState() ? this.restore() : this.clean()),
      'page/state': async () => {
        await this.getSettings();
        return this.state();
      },
      'page/facts': () => entityResult()?.facts ?? [],
      'page/export-data': async () => {
        // Exporting an uncleaned page still lists its key facts: analyse without drawing.
        const selection = await detectArticle();
        if (!entityResult() && selection) await analyzeEntities(selection);
        return { meta: readMetadata(document, location.href), facts: entityResult()?.facts ?? [] };
      },
      'page/scroll-to': ({ annotationId, fact }) =>
        annotationId !== undefined ? this.notes.scrollTo(annotationId) : fact !== undefined ? scrollToFact(fact) : false,
      'page/annotations-changed': async () => {
        await this.notes.reload();
        return true;
      },
      'page/rules-changed': async () => {
        this.hideSelectors = (await toBackground('page/hello', { url: currentPageKey() })).hideSelectors;
        applyHideRules(this.hideSelectors);
        return true;
      },
      'page/pick': () => pickToHide({ store: this.store, toast: (m, a) => this.toast(m, a), selectors: this.hideSelectors }),
      'page/set-groups': ({ enabledGroups }) => this.setGroups(enabledGroups),
      'page/highlight-selection': () => this.highlightSelection('yellow'),
      'page/highlight-text': ({ exact, note, color }) => this.notes.createFromText(exact, color ?? 'yellow', note ?? ''),
    });
  }
}
