/** The background's answers to the messages of `backgroundMessages`. */
import { normalizeUrl } from '../core/url.ts';
import { browser } from '../shared/browser.ts';
import { backgroundMessages, broadcast, receive } from '../shared/messaging.ts';
import {
  createAnnotation,
  deleteAnnotation,
  getAnnotation,
  listAnnotations,
  listTrash,
  purgeTrash,
  undeleteAnnotation,
  updateAnnotation,
} from '../storage/annotations.ts';
import { exportBackup, importBackup } from '../storage/backup.ts';
import type { MarginDatabase } from '../storage/db.ts';
import { clearDraft, getDraft, listDrafts, setDraft } from '../storage/drafts.ts';
import { readLegendLayout, readReading, readSettings, writeLegendLayout, writeReading, writeSettings } from '../storage/settings.ts';
import * as actions from './actions.ts';
import { syncAutoCleanScript } from './auto-clean.ts';
import { recognize } from './recognizer.ts';
import { hostOf } from './site-handlers.ts';
import { siteLookup } from './site-lookup.ts';
import { recordPage } from './library-handlers.ts';
import { askPage, notifyTabs, notifyTabsOf } from './tabs.ts';

async function changed(url: string): Promise<void> {
  broadcast('changed/annotations', { url });
  await notifyTabsOf(url);
}

/** Empties the Trash of what it has kept longer than its 30 days; a failure only delays it to the next try. */
export function purgeOldTrash(db: MarginDatabase): Promise<void> {
  return purgeTrash(db).then(
    () => undefined,
    (e: unknown) => console.warn('Margin: emptying old Trash', e),
  );
}

/** A restored backup can touch any page, rule or site: every open tab and panel refreshes. */
async function everythingChanged(db: MarginDatabase): Promise<void> {
  await syncAutoCleanScript(db).catch((e: unknown) => console.warn('Margin: auto-clean', e));
  const tabs = await browser.tabs.query({});
  for (const url of new Set(tabs.map((t) => t.url).filter((u): u is string => !!u?.startsWith('http'))))
    broadcast('changed/annotations', { url: normalizeUrl(url) });
  // Open libraries read everything again (they re-read only the pages a change names otherwise).
  broadcast('changed/library', {});
  await notifyTabs((url) => url.startsWith('http'), 'page/rules-changed');
  await notifyTabs((url) => url.startsWith('http'), 'page/annotations-changed');
}

/** Restores a backup's text and refreshes what shows it (also `globalThis.margin.importAll`). */
export async function restoreBackup(db: MarginDatabase, text: string) {
  const counts = await importBackup(db, text);
  await everythingChanged(db);
  return counts;
}

export function handleMessages(db: MarginDatabase): void {
  void purgeOldTrash(db);
  receive(
    backgroundMessages,
    {
      'annotations/list': ({ url }) => listAnnotations(db, url),
      'annotations/get': ({ id }) => getAnnotation(db, id),
      'annotations/create': async (input, sender) => {
        const annotation = await createAnnotation(db, input);
        broadcast('changed/annotations', { url: annotation.url });
        // The library's record of the page (title, author, key facts) follows; the highlight's save does not wait.
        void recordPage(db, annotation.url, sender.tabId);
        return annotation;
      },
      'annotations/update': async ({ id, note, color, baseVersion }) => {
        const result = await updateAnnotation(db, id, { note, color, baseVersion });
        if (result.annotation) await changed(result.annotation.url);
        return result;
      },
      'annotations/delete': async ({ id }) => {
        const deleted = await deleteAnnotation(db, id);
        const annotation = deleted ? await getAnnotation(db, id) : null;
        if (annotation) await changed(annotation.url);
        return deleted;
      },
      'annotations/undelete': async ({ id }) => {
        const annotation = await undeleteAnnotation(db, id);
        if (annotation) await changed(annotation.url);
        return annotation;
      },
      'annotations/trash': async ({ url }) => {
        await purgeOldTrash(db);
        return listTrash(db, url);
      },
      'drafts/get': ({ id }) => getDraft(db, id),
      'drafts/set': ({ id, text, baseVersion }) => setDraft(db, id, text, baseVersion),
      'drafts/clear': ({ id }) => clearDraft(db, id),
      'drafts/list': ({ ids }) => listDrafts(db, ids),
      'backup/export': () => exportBackup(db),
      'backup/import': ({ text }) => restoreBackup(db, text),
      'entities/recognize': ({ text, lang }) => recognize(text, lang),
      'settings/get': () => readSettings(db),
      'settings/set': async (patch) => {
        const settings = await writeSettings(db, patch);
        // Colour meanings show in every open library.
        if (patch.colorMeanings) broadcast('changed/library', {});
        return settings;
      },
      'reading/get': async ({ url }) => ({ reading: await readReading(db, hostOf(url)), legend: await readLegendLayout(db) }),
      'reading/set': ({ url, reading }) => writeReading(db, hostOf(url), reading),
      'legend/set': (layout) => writeLegendLayout(db, layout),
      'tab/clean': ({ tabId }) => notifying(tabId, actions.clean(tabId)),
      'tab/restore': ({ tabId }) => notifying(tabId, actions.restore(tabId)),
      'tab/toggle': ({ tabId }) => notifying(tabId, actions.toggle(tabId)),
      'tab/state': ({ tabId }) => actions.state(tabId),
      'tab/facts': ({ tabId }) => actions.facts(tabId),
      'tab/export': ({ tabId }) => actions.exportMarkdown(db, tabId),
      'tab/scroll-to': ({ tabId, annotationId, fact }) => askPage(tabId, 'page/scroll-to', { annotationId, fact }),
    },
    siteLookup(db),
  );
}

/** Tells open panels that a tab's page changed state once the action is done. */
async function notifying<T>(tabId: number, work: Promise<T>): Promise<T> {
  const result = await work;
  broadcast('changed/page', { tabId });
  return result;
}
