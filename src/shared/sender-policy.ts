/**
 * Who may ask the background what: every message of `backgroundMessages`, with the senders allowed to send
 * it and the site its payload reaches. `receive()` identifies the sender and applies this table before any
 * handler runs, so no handler has to check for itself, and a message added to the catalog without an entry
 * here does not compile.
 *
 * The web page is hostile ground, and so is, in the worst case, the world Margin's content script runs in
 * (a page that finds a bug in it, or a compromised renderer). A content script may therefore only touch its
 * own tab's site — the highlights of its pages (never their note text), its hide rules — and the reader's
 * choice of highlighted kinds. The library, other sites, settings, "always clean" and every tab action are
 * for Margin's own pages (popup, side panel, options, library). A Margin page framed inside a web page (the
 * note editor) may only reach the notes of that tab's site. See docs/security.md.
 *
 * Pure functions over (type, payload, sender): no extension API here, so unit tests run them directly.
 */
import { isWebUrl, sameSite } from '../core/url.ts';
import type { AnswerOf, BackgroundMessages, PayloadOf } from './message-catalog.ts';
import type { Annotation, PageHello } from './types.ts';

/** The sender as `receive()` identified it from the browser's `MessageSender`. */
export interface Sender {
  /** Margin's content script in a web page, or one of Margin's own pages. */
  kind: 'content' | 'extension';
  /** The URL of the sending document. */
  url: string;
  tabId?: number;
  /** The URL of the web page shown in the sender's tab, when the sender lives in a web page's tab. */
  tabUrl?: string;
  frameId?: number;
  /** An extension page shown in a frame inside a web page (the note editor): tied to that tab's site. */
  embedded: boolean;
}

/** What the browser tells about a sender (the fields of `runtime.MessageSender` Margin reads). */
export interface RawSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** Margin's own identity, as `runtime.id` and `runtime.getURL('')` give it. */
export interface Self {
  id: string;
  baseUrl: string;
}

/** A refused message: the reason is sent back to the sender as the error. */
export class SenderRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SenderRefused';
  }
}

/**
 * Sorts a sender into content script or Margin page, or refuses it: messages from other extensions, and
 * content scripts outside a tab's top frame (Margin's content script runs only there).
 */
export function identifySender(raw: RawSender, self: Self): Sender {
  if (raw.id !== self.id) throw new SenderRefused('Margin does not answer messages from other extensions.');
  const url = raw.url ?? '';
  const tabUrl = isWebUrl(raw.tab?.url) ? raw.tab!.url : undefined;
  const base = { url, tabId: raw.tab?.id, tabUrl, frameId: raw.frameId };
  // A Margin page is framed in a web page when its tab shows one and it is not the tab's top document (the
  // side panel and popup belong to no tab's frame tree, whatever tab the browser names for them).
  if (url.startsWith(self.baseUrl)) return { ...base, kind: 'extension', embedded: tabUrl !== undefined && raw.frameId !== 0 };
  if (raw.tab && isWebUrl(url)) {
    if (raw.frameId !== undefined && raw.frameId !== 0) {
      throw new SenderRefused("Margin answers its content script only in a tab's top frame.");
    }
    return { ...base, kind: 'content', tabUrl: tabUrl ?? url, embedded: false };
  }
  throw new SenderRefused(`Margin does not answer this sender (${url || 'no URL'}).`);
}

/** What a message reads or writes, so it can be held to the sender's site. */
export type SiteTarget =
  /** A page key (a page's URL): its site must be the tab's site. */
  | { page: string }
  /** A URL whose host must be exactly the tab's host (hide rules and site choices are per host). */
  | { host: string }
  /** A stored annotation (or its draft), looked up by id: its page must be on the tab's site. */
  | { annotation: string }
  /** A stored hide rule, looked up by id: its host must be the tab's host. */
  | { rule: number };

/** Where the background looks up the site of stored things named by id. */
export interface SiteLookup {
  /** The page key of an annotation (in the Trash or not), or undefined when there is none. */
  annotationUrl(id: string): Promise<string | undefined>;
  /** The host of a hide rule, or undefined when there is none. */
  ruleHost(id: number): Promise<string | undefined>;
}

interface Permit<P, A> {
  /** Who may send it: Margin's content script in a web page, Margin's own pages, or both. */
  from: 'content' | 'extension' | 'both';
  /** A Margin page framed in a web page may send it too (held to that tab's site); others may not. */
  framed?: true;
  /** The site the message reaches (every one of a list); checked for every sender tied to a web page's tab. */
  site?: (payload: P) => SiteTarget | SiteTarget[];
  /** A further limit on what a content script may ask: the reason it may not, or null. */
  contentLimit?: (payload: P) => string | null;
  /** The answer as a content script receives it (note text never reaches the page's world). */
  forContent?: (answer: A) => A;
}

type Policy = { [K in keyof BackgroundMessages]: Permit<PayloadOf<BackgroundMessages, K>, AnswerOf<BackgroundMessages, K>> };

const withoutNote = (a: Annotation): Annotation => ({ ...a, note: '' });
const withoutNotes = (list: Annotation[]): Annotation[] => list.map(withoutNote);
const byUrl = ({ url }: { url: string }): SiteTarget => ({ page: url });
const byHost = ({ url }: { url: string }): SiteTarget => ({ host: url });
const byAnnotation = ({ id }: { id: string }): SiteTarget => ({ annotation: id });
const byRule = ({ id }: { id: number }): SiteTarget => ({ rule: id });

/** The one table: every background message and who may send it. */
export const senderPolicy = {
  'page/hello': { from: 'content', site: byUrl, forContent: (h: PageHello) => ({ ...h, annotations: withoutNotes(h.annotations) }) },
  'annotations/list': { from: 'both', site: byUrl, forContent: withoutNotes },
  'annotations/create': { from: 'both', site: byUrl, forContent: withoutNote },
  'annotations/get': { from: 'extension', framed: true, site: byAnnotation },
  'annotations/update': { from: 'extension', framed: true, site: byAnnotation },
  'annotations/delete': { from: 'extension', framed: true, site: byAnnotation },
  'annotations/undelete': { from: 'extension', framed: true, site: byAnnotation },
  'annotations/trash': { from: 'extension' },
  // Tags on a highlight, like its note: the framed note editor may set them for its tab's site.
  'annotations/tags': { from: 'extension', framed: true, site: byAnnotation },
  'library/pages': { from: 'extension' },
  'library/annotations': { from: 'extension' },
  'library/annotations-by-id': { from: 'extension' },
  'library/page-update': { from: 'extension' },
  'library/tags': { from: 'extension' },
  // The reader's own tag names, for completion as they tag a highlight in the framed note editor: no note,
  // page or count; the web page around the frame cannot read them (a cross-origin frame).
  'library/tag-names': { from: 'extension', framed: true },
  'library/open': { from: 'extension' },
  'drafts/get': { from: 'extension', framed: true, site: byAnnotation },
  'drafts/set': { from: 'extension', framed: true, site: byAnnotation },
  'drafts/clear': { from: 'extension', framed: true, site: byAnnotation },
  'drafts/list': { from: 'extension', framed: true, site: ({ ids }: { ids: string[] }) => ids.map((id) => ({ annotation: id })) },
  'backup/export': { from: 'extension' },
  'backup/import': { from: 'extension' },
  'entities/recognize': { from: 'both' },
  'settings/get': { from: 'both' },
  'settings/set': {
    from: 'both',
    contentLimit: (patch) =>
      Object.keys(patch).every((key) => key === 'enabledGroups' || key === 'firstMentionOnly')
        ? null
        : 'only the highlighted kinds (enabledGroups, firstMentionOnly) may be changed from a web page',
  },
  // The clean view's look: a content script reads and sets its own site's only.
  'reading/get': { from: 'both', site: byHost },
  'reading/set': { from: 'both', site: byHost },
  'legend/set': { from: 'both' },
  'rules/add': { from: 'both', site: byHost },
  // The picker's Undo forgets the rule it just added: a content script may delete its own host's rules.
  'rules/delete': { from: 'both', site: byRule },
  'rules/list': { from: 'extension' },
  'rules/update': { from: 'extension' },
  'sites/get': { from: 'both', site: byHost },
  'sites/set': { from: 'extension' },
  'sites/auto-clean-list': { from: 'extension' },
  'tab/pick': { from: 'extension' },
  'tab/clean': { from: 'extension' },
  'tab/restore': { from: 'extension' },
  'tab/toggle': { from: 'extension' },
  'tab/state': { from: 'extension' },
  'tab/facts': { from: 'extension' },
  'tab/export': { from: 'extension' },
  'tab/scroll-to': { from: 'extension' },
  'library/export': { from: 'extension' },
  'page/markdown': { from: 'extension' },
  'import/hypothesis': { from: 'extension' },
} as const satisfies Policy;

type MessageType = keyof BackgroundMessages;

function describeSender(sender: Sender): string {
  if (sender.kind === 'content') return "a web page's content script";
  return sender.embedded ? 'a Margin page framed in a web page' : 'a Margin page';
}

function hostOf(url: string | undefined): string | undefined {
  if (!isWebUrl(url)) return undefined;
  return new URL(url!).hostname.toLowerCase();
}

/** True when the target lies on the sender's tab's site (pages: same site; rules and site choices: same host). */
async function onTabSite(target: SiteTarget, tabHost: string, lookup: SiteLookup): Promise<{ ok: boolean; host?: string }> {
  if ('page' in target) {
    const host = hostOf(target.page);
    return { ok: host !== undefined && sameSite(host, tabHost), host };
  }
  if ('host' in target) {
    const host = hostOf(target.host);
    return { ok: host === tabHost, host };
  }
  if ('annotation' in target) {
    const url = await lookup.annotationUrl(target.annotation);
    // An id that names nothing reads and writes nothing, except a draft, which would be stored for it.
    if (url === undefined) return { ok: true };
    const host = hostOf(url);
    return { ok: host !== undefined && sameSite(host, tabHost), host };
  }
  const host = await lookup.ruleHost(target.rule);
  return { ok: host === undefined || host === tabHost, host };
}

/** Drafts are stored under an annotation's id: one for an id that names nothing is refused from a web page's tab. */
const needsExisting: ReadonlySet<string> = new Set<string>(['drafts/get', 'drafts/set', 'drafts/clear', 'drafts/list']);

/**
 * Refuses (throws `SenderRefused`) a message its sender may not send. Runs after the payload was validated
 * and before the handler.
 */
export async function checkSender<K extends MessageType>(
  type: K,
  payload: PayloadOf<BackgroundMessages, K>,
  sender: Sender,
  lookup: SiteLookup,
): Promise<void> {
  const permit = senderPolicy[type] as unknown as Permit<unknown, unknown>;
  const who = describeSender(sender);
  if (sender.kind === 'content' && permit.from === 'extension') throw new SenderRefused(`${type} is not allowed from a web page's content script.`);
  if (sender.kind === 'extension' && permit.from === 'content') throw new SenderRefused(`${type} is only sent by Margin's content script.`);
  if (sender.embedded && !permit.framed) throw new SenderRefused(`${type} is not allowed from ${who}.`);
  if (sender.kind === 'content') {
    const reason = permit.contentLimit?.(payload);
    if (reason) throw new SenderRefused(`${type} from a web page's content script: ${reason}.`);
  }
  if (sender.kind === 'extension' && !sender.embedded) return;
  // From here on the sender lives in a web page's tab: what it reaches must be on that tab's site.
  if (!permit.site) return;
  const tabHost = hostOf(sender.tabUrl);
  if (!tabHost) throw new SenderRefused(`${type} is not allowed from ${who}: its tab shows no web page.`);
  for (const target of [permit.site(payload)].flat()) {
    if (needsExisting.has(type) && 'annotation' in target && (await lookup.annotationUrl(target.annotation)) === undefined) {
      throw new SenderRefused(`${type} is not allowed from ${who}: there is no annotation ${target.annotation}.`);
    }
    const { ok, host } = await onTabSite(target, tabHost, lookup);
    if (!ok) throw new SenderRefused(`${type} is not allowed from ${who} for another site (${host ?? 'not a web page'}; this tab shows ${tabHost}).`);
  }
}

/** The answer as the sender may see it: note text is blanked for content scripts. */
export function answerFor<K extends MessageType>(type: K, answer: AnswerOf<BackgroundMessages, K>, sender: Sender): AnswerOf<BackgroundMessages, K> {
  const permit = senderPolicy[type] as unknown as Permit<unknown, unknown>;
  return sender.kind === 'content' && permit.forContent ? (permit.forContent(answer) as AnswerOf<BackgroundMessages, K>) : answer;
}
