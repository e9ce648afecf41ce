/**
 * Sending and receiving the messages declared in `messages.ts`, with validation at the receiving end.
 */
import { browser, type Runtime } from './browser.ts';
import type { AnswerOf, BackgroundMessages, BroadcastMessages, Envelope, OffscreenMessages, PageMessages, PayloadOf, Reply } from './messages.ts';
import { backgroundMessages, broadcastMessages, offscreenMessages, pageMessages } from './messages.ts';
import { ValidationError } from './validate.ts';

type Catalog = BackgroundMessages | PageMessages | BroadcastMessages | OffscreenMessages;
type Handlers<C extends Catalog> = { [K in keyof C]?: (payload: PayloadOf<C, K>, sender: { tabId?: number; url?: string }) => Promise<AnswerOf<C, K>> | AnswerOf<C, K> };

function unwrap<R>(reply: Reply<R> | undefined, type: string): R {
  if (!reply) throw new Error(`No answer to ${type}: the receiver is not there (is the page still loading, or not a web page?)`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Sends a message to the background service worker and resolves to its answer. */
export async function toBackground<K extends keyof BackgroundMessages>(type: K, payload: PayloadOf<BackgroundMessages, K>): Promise<AnswerOf<BackgroundMessages, K>> {
  const envelope: Envelope = { margin: 1, type, payload };
  return unwrap(await browser.runtime.sendMessage(envelope) as Reply<AnswerOf<BackgroundMessages, K>>, type);
}

/** Sends a message to the content script of a tab and resolves to its answer. */
export async function toPage<K extends keyof PageMessages>(tabId: number, type: K, payload: PayloadOf<PageMessages, K>): Promise<AnswerOf<PageMessages, K>> {
  const envelope: Envelope = { margin: 1, type, payload };
  return unwrap(await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }) as Reply<AnswerOf<PageMessages, K>>, type);
}

/** Sends a message to the offscreen document (Chrome) and resolves to its answer. */
export async function toOffscreen<K extends keyof OffscreenMessages>(type: K, payload: PayloadOf<OffscreenMessages, K>): Promise<AnswerOf<OffscreenMessages, K>> {
  const envelope: Envelope = { margin: 1, type, payload };
  return unwrap(await browser.runtime.sendMessage(envelope) as Reply<AnswerOf<OffscreenMessages, K>>, type);
}

/** Tells open extension pages that something changed; nobody listening is fine. */
export function broadcast<K extends keyof BroadcastMessages>(type: K, payload: PayloadOf<BroadcastMessages, K>): void {
  const envelope: Envelope = { margin: 1, type, payload };
  browser.runtime.sendMessage(envelope).catch(() => undefined);
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && (message as Envelope).margin === 1 && typeof (message as Envelope).type === 'string';
}

/**
 * Answers the messages of `catalog` that have a handler. Payloads are checked first; a message of another
 * catalog is left for other listeners (returning undefined lets them answer).
 */
export function receive<C extends Catalog>(catalog: C, handlers: Handlers<C>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isEnvelope(message) || !(message.type in catalog)) return undefined;
    const handler = handlers[message.type as keyof C];
    if (!handler) return undefined;
    const definition = catalog[message.type as keyof C] as { payload: (v: unknown, path: string) => unknown };
    const run = async (): Promise<Reply<unknown>> => {
      try {
        const payload = definition.payload(message.payload ?? {}, message.type);
        const value = await (handler as (p: unknown, s: { tabId?: number; url?: string }) => unknown)(payload, { tabId: sender.tab?.id, url: sender.tab?.url ?? sender.url });
        return { ok: true, value };
      } catch (error) {
        const text = error instanceof ValidationError ? `Invalid ${message.type} message: ${error.message}` : String((error as Error)?.message ?? error);
        return { ok: false, error: text };
      }
    };
    return run();
  });
}

export { backgroundMessages, pageMessages, broadcastMessages, offscreenMessages };
