/**
 * The library's search index, off the page's main thread: FlexSearch takes seconds to index 100,000
 * highlights, and here that never delays a keystroke or a frame of the page. Data arrives in order and is
 * applied in short slices, so a query waits at most one slice; queries are answered against what is held.
 * After changes it tells the page (at most every `STATE_EVERY_MS`) the pages with counts and the tags.
 *
 * It keeps no highlight, only what search, filters, order and counts read (`HighlightIndex`): the highlights
 * it is sent are indexed and dropped, and an answer names its rows by id and version for the page to fetch.
 */
import { LibraryModel } from '../../core/library/library-model.ts';
import { bareRecord } from '../../core/library/bare-record.ts';
import type { Annotation, PageRecord } from '../../shared/types.ts';
import type { FromIndex, ToIndex } from './index-protocol.ts';

/** Longest stretch of indexing before queries waiting in line are answered (ms). */
const SLICE_MS = 30;
/** How often the page hears how far indexing has come while everything is read (ms). */
const PROGRESS_EVERY_MS = 250;
/**
 * How often, while everything is read, the page gets the pages with their counts and the tags: thousands
 * of records to copy and draw, so not with every chunk (ms). Once all is read it gets them after each change.
 */
const STATE_WHILE_READING_MS = 2000;

const model = new LibraryModel<Annotation, PageRecord>();
const queue: ToIndex[] = [];
/** How far into the first queued `add` the slices have come. */
let offset = 0;
let working = false;
let stateTimer: ReturnType<typeof setTimeout> | undefined;
let progressTimer: ReturnType<typeof setTimeout> | undefined;

const post = (message: FromIndex) => (self as unknown as Worker).postMessage(message);

function sendState(withPages = true): void {
  clearTimeout(stateTimer);
  stateTimer = undefined;
  const idle = queue.length === 0 && !model.syncing;
  post({ type: 'state', ...(withPages && { pages: model.pages(bareRecord) }), tags: model.tags(), size: model.size, idle });
}

function changed(): void {
  if (queue.length === 0 && !model.syncing) return sendState();
  stateTimer ??= setTimeout(sendState, model.syncing ? STATE_WHILE_READING_MS : PROGRESS_EVERY_MS);
  progressTimer ??= setTimeout(() => {
    progressTimer = undefined;
    post({ type: 'progress', size: model.size });
  }, PROGRESS_EVERY_MS);
}

/** Applies queued data for at most SLICE_MS; true when the queue is empty. */
function slice(): boolean {
  const until = performance.now() + SLICE_MS;
  while (queue.length && performance.now() < until) {
    const job = queue[0];
    if (job.type === 'add') {
      const end = Math.min(job.annotations.length, offset + 200);
      model.addMany(job.annotations.slice(offset, end));
      offset = end;
      if (offset < job.annotations.length) continue;
      offset = 0;
      if (job.announce) sendState(false);
    } else if (job.type === 'pages') model.setPages(job.records);
    else if (job.type === 'replace-page') model.replacePage(job.url, job.annotations);
    else if (job.type === 'begin-sync') model.beginSync();
    else if (job.type === 'end-sync') model.endSync();
    queue.shift();
  }
  return queue.length === 0;
}

function work(): void {
  working = true;
  try {
    const done = slice();
    changed();
    if (done) working = false;
    else setTimeout(work, 0);
  } catch (error) {
    working = false;
    queue.length = 0;
    post({ type: 'error', message: String((error as Error)?.message ?? error) });
  }
}

self.onmessage = (event: MessageEvent<ToIndex>) => {
  const message = event.data;
  if (message.type === 'query') {
    try {
      post({ type: 'answer', id: message.id, answer: model.query(message.query) });
    } catch (error) {
      post({ type: 'error', message: String((error as Error)?.message ?? error) });
    }
    return;
  }
  queue.push(message);
  if (!working) setTimeout(work, 0);
};
