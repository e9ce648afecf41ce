/**
 * Sending and receiving the messages declared in `message-catalog.ts`, with validation at the receiving end and,
 * for the background's messages, the sender policy of `sender-policy.ts` applied before any handler runs.
 */
import { browser, type Runtime } from './browser.ts';
import type {
  AnswerOf,
  BackgroundMessages,
  BroadcastMessages,
  Envelope,
  OffscreenMessages,
  PageMessages,
  PayloadOf,
  Reply,
} from './message-catalog.ts';
import { backgroundMessages, broadcastMessages, offscreenMessages, pageMessages } from './message-catalog.ts';
import { answerFor, checkSender, identifySender, SenderRefused, type Sender, type SiteLookup } from './sender-policy.ts';
import { ValidationError } from './validate.ts';

type Catalog = BackgroundMessages | PageMessages | BroadcastMessages | OffscreenMessages;
type Handlers<C extends Catalog> = { [K in keyof C]?: (payload: PayloadOf<C, K>, sender: Sender) => Promise<AnswerOf<C, K>> | AnswerOf<C, K> };
export type { Sender, SiteLookup };

function unwrap<R>(reply: Reply<R> | undefined, type: string): R {
  if (!reply) throw new Error(`No answer to ${type}: the receiver is not there (is the page still loading, or not a web page?)`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Sends a message to the background service worker and resolves to its answer. */
export async function toBackground<K extends keyof BackgroundMessages>(
  type: K,
  payload: PayloadOf<BackgroundMessages, K>,
): Promise<AnswerOf<BackgroundMessages, K>> {
  const envelope: Envelope = { margin: 1, type, payload };
  return unwrap((await browser.runtime.sendMessage(envelope)) as Reply<AnswerOf<BackgroundMessages, K>>, type);
}

/** Sends a message to the content script of a tab and resolves to its answer. */
export async function toPage<K extends keyof PageMessages>(
  tabId: number,
  type: K,
  payload: PayloadOf<PageMessages, K>,
): Promise<AnswerOf<PageMessages, K>> {
  const envelope: Envelope = { margin: 1, type, payload };
  return unwrap((await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 })) as Reply<AnswerOf<PageMessages, K>>, type);
}

/** Sends a message to the offscreen document (Chrome) and resolves to its answer. */
export async function toOffscreen<K extends keyof OffscreenMessages>(
  type: K,
  payload: PayloadOf<OffscreenMessages, K>,
): Promise<AnswerOf<OffscreenMessages, K>> {
  const envelope: Envelope = { margin: 1, type, payload };
  return unwrap((await browser.runtime.sendMessage(envelope)) as Reply<AnswerOf<OffscreenMessages, K>>, type);
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
 * Answers the messages of `catalog` that have a handler. The sender is identified first (other extensions
 * are refused), payloads are checked, and the background's messages are held to the sender policy: that is
 * why their receiver needs a `SiteLookup`. A message of another catalog is left for other listeners
 * (returning undefined lets them answer).
 */
export function receive(catalog: BackgroundMessages, handlers: Handlers<BackgroundMessages>, sites: SiteLookup): void;
export function receive<C extends Exclude<Catalog, BackgroundMessages>>(catalog: C, handlers: Handlers<C>, until?: { signal: AbortSignal }): void;
export function receive<C extends Catalog>(catalog: C, handlers: Handlers<C>, third?: SiteLookup | { signal: AbortSignal }): void {
  const guarded = (catalog as Catalog) === backgroundMessages;
  const sites = guarded ? (third as SiteLookup | undefined) : undefined;
  if (guarded && !sites) throw new Error("The background's messages need a SiteLookup for the sender policy.");
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };
  const listener = (message: unknown, rawSender: Runtime.MessageSender) => {
    if (!isEnvelope(message) || !(message.type in catalog)) return undefined;
    const handler = handlers[message.type as keyof C];
    if (!handler) return undefined;
    const type = message.type;
    const definition = catalog[type as keyof C] as { payload: (v: unknown, path: string) => unknown };
    const run = async (): Promise<Reply<unknown>> => {
      try {
        const sender = identifySender(rawSender, self);
        const payload = definition.payload(message.payload ?? {}, type);
        if (guarded) await checkSender(type as keyof BackgroundMessages, payload as never, sender, sites!);
        const value = await (handler as (p: unknown, s: Sender) => unknown)(payload, sender);
        return { ok: true, value: guarded ? answerFor(type as keyof BackgroundMessages, value as never, sender) : value };
      } catch (error) {
        if (error instanceof SenderRefused) console.warn(`Margin refused ${type}:`, error.message);
        const text = error instanceof ValidationError ? `Invalid ${type} message: ${error.message}` : String((error as Error)?.message ?? error);
        return { ok: false, error: text };
      }
    };
    return run();
  };
  browser.runtime.onMessage.addListener(listener);
  // A content script's listener ends with its page session (`until.signal`).
  const signal = guarded ? undefined : (third as { signal: AbortSignal } | undefined)?.signal;
  signal?.addEventListener(
    'abort',
    () => {
      try {
        browser.runtime.onMessage.removeListener(listener);
      } catch {
        // The extension is gone, and its listeners with it.
      }
    },
    { once: true },
  );
}

export { backgroundMessages, pageMessages, broadcastMessages, offscreenMessages };
