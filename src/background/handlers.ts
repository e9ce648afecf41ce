/** The background's answers to the messages of `backgroundMessages`. */
import { backgroundMessages, broadcast, receive } from '../shared/messaging.ts';
import { createAnnotation, deleteAnnotation, listAnnotations, updateAnnotation } from '../storage/annotations.ts';
import type { MarginDatabase } from '../storage/db.ts';
import { readSettings, writeSettings } from '../storage/settings.ts';
import * as actions from './actions.ts';
import { recognize } from './recognizer.ts';
import { siteLookup } from './site-lookup.ts';
import { askPage, notifyTabsOf } from './tabs.ts';

async function changed(url: string): Promise<void> {
  broadcast('changed/annotations', { url });
  await notifyTabsOf(url);
}

export function handleMessages(db: MarginDatabase): void {
  receive(backgroundMessages, {
    'annotations/list': ({ url }) => listAnnotations(db, url),
    'annotations/create': async (input) => {
      const annotation = await createAnnotation(db, input);
      broadcast('changed/annotations', { url: annotation.url });
      return annotation;
    },
    'annotations/update': async ({ id, note, color }) => {
      const annotation = await updateAnnotation(db, id, { ...(note !== undefined && { note }), ...(color && { color }) });
      if (annotation) await changed(annotation.url);
      return annotation;
    },
    'annotations/delete': async ({ id }) => {
      const existing = await db.annotations.get(id);
      const deleted = await deleteAnnotation(db, id);
      if (existing) await changed(existing.url);
      return deleted;
    },
    'entities/recognize': ({ text }) => recognize(text),
    'settings/get': () => readSettings(db),
    'settings/set': (patch) => writeSettings(db, patch),
    'tab/clean': ({ tabId }) => notifying(tabId, actions.clean(tabId)),
    'tab/restore': ({ tabId }) => notifying(tabId, actions.restore(tabId)),
    'tab/toggle': ({ tabId }) => notifying(tabId, actions.toggle(tabId)),
    'tab/state': ({ tabId }) => actions.state(tabId),
    'tab/facts': ({ tabId }) => actions.facts(tabId),
    'tab/export': ({ tabId }) => actions.exportMarkdown(db, tabId),
    'tab/scroll-to': ({ tabId, annotationId, fact }) => askPage(tabId, 'page/scroll-to', { annotationId, fact }),
  }, siteLookup(db));
}

/** Tells open panels that a tab's page changed state once the action is done. */
async function notifying<T>(tabId: number, work: Promise<T>): Promise<T> {
  const result = await work;
  broadcast('changed/page', { tabId });
  return result;
}
