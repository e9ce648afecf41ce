/**
 * The content script's conductor: connects page messages, the cleaner, the entity and notes layers and
 * the in-page UI.
 */
import { readMetadata } from '../core/article/metadata.ts';
import { normalizeUrl } from '../core/url.ts';
import { pageMessages, receive, toBackground } from '../shared/messaging.ts';
import type { CleanReport, EntityGroup, HighlightColor, PageState, Settings } from '../shared/types.ts';
import { clean, cleanState, detectArticle, restore } from './cleaner.ts';
import { analyzeEntities, clearEntities, drawGroups, entityResult, scrollToFact } from './entity-layer.ts';
import { NotesLayer } from './notes-layer.ts';
import { removePageStyle } from './page-style.ts';
import { watchSelection, type SelectionWatcher } from './selection.ts';
import { mountUi } from './ui/App.tsx';
import { isEventFromUi } from './ui/host.ts';
import { UiStore, type UiActions } from './ui/store.ts';

export class Controller {
  private store = new UiStore();
  private notes = new NotesLayer();
  private selection: SelectionWatcher;
  private settings: Settings | null = null;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    mountUi(this.store, this.actions);
    this.selection = watchSelection((range, at) => {
      this.store.set({ toolbar: range && at ? at : null });
    });
    document.addEventListener('click', (event) => this.onClick(event), true);
    this.listen();
    this.notes.reload().catch((error) => console.warn('Margin: could not load notes', error));
  }

  private async getSettings(): Promise<Settings> {
    this.settings ??= await toBackground('settings/get', {});
    return this.settings;
  }

  private toast(message: string): void {
    this.store.set({ toast: message });
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => this.store.set({ toast: null }), 5000);
  }

  private actions: UiActions = {
    highlight: (color) => void this.highlightSelection(color),
    addNote: () => void this.highlightSelection('yellow', true),
    saveNote: async (id, note) => {
      await toBackground('annotations/update', { id, note });
      this.store.set({ editor: null });
      await this.notes.reload();
    },
    deleteAnnotation: async (id) => {
      await toBackground('annotations/delete', { id });
      this.store.set({ editor: null });
      await this.notes.reload();
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
    if (isEventFromUi(event) || !document.getSelection()?.isCollapsed) return;
    const hit = this.notes.hitTest(event.clientX, event.clientY);
    if (hit) this.store.set({ editor: { annotationId: hit.id, note: hit.note, quote: hit.quote.exact, x: event.clientX, y: event.clientY + 16 } });
  }

  private async toggleGroup(group: EntityGroup): Promise<void> {
    const settings = await this.getSettings();
    const enabled = settings.enabledGroups.includes(group)
      ? settings.enabledGroups.filter((g) => g !== group)
      : [...settings.enabledGroups, group];
    await this.setGroups(enabled);
  }

  private async setGroups(enabled: EntityGroup[]): Promise<PageState> {
    this.settings = await toBackground('settings/set', { enabledGroups: enabled });
    drawGroups(enabled);
    const legend = this.store.get().legend;
    if (legend) this.store.set({ legend: { ...legend, enabled } });
    return this.state();
  }

  async clean(): Promise<CleanReport> {
    const report = clean();
    if (!report.article) {
      this.toast(report.message ?? 'Margin found no article here.');
      return report;
    }
    const settings = await this.getSettings();
    if (settings.highlightEntities) {
      this.store.set({ legend: { counts: {}, enabled: settings.enabledGroups, loading: true } });
      const t0 = performance.now();
      const result = entityResult() ?? await analyzeEntities(cleanState()!.selection);
      drawGroups(settings.enabledGroups);
      report.ms.entities = performance.now() - t0;
      this.store.set({ legend: { counts: result.counts, enabled: settings.enabledGroups, loading: false } });
    }
    return report;
  }

  async restore(): Promise<CleanReport> {
    const report = restore();
    clearEntities();
    this.store.set({ legend: null });
    if (this.notes.count === 0) removePageStyle();
    return report;
  }

  state(): PageState {
    const entities = entityResult();
    return {
      cleaned: cleanState() !== null,
      article: cleanState() !== null,
      meta: readMetadata(document, location.href),
      counts: entities?.counts ?? {},
      enabledGroups: this.settings?.enabledGroups ?? [],
      url: normalizeUrl(location.href),
    };
  }

  private listen(): void {
    receive(pageMessages, {
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
        const selection = detectArticle();
        if (!entityResult() && selection) await analyzeEntities(selection);
        return { meta: readMetadata(document, location.href), facts: entityResult()?.facts ?? [] };
      },
      'page/scroll-to': ({ annotationId, fact }) =>
        annotationId !== undefined ? this.notes.scrollTo(annotationId) : fact !== undefined ? scrollToFact(fact) : false,
      'page/annotations-changed': async () => {
        await this.notes.reload();
        return true;
      },
      'page/set-groups': ({ enabledGroups }) => this.setGroups(enabledGroups),
      'page/highlight-selection': () => this.highlightSelection('yellow'),
      'page/highlight-text': ({ exact, note, color }) => this.notes.createFromText(exact, color ?? 'yellow', note ?? ''),
    });
  }
}
