/** Messages about sites: picked hide rules and "always clean this site". */
import { normalizeUrl } from '../core/url.ts';
import { backgroundMessages, receive } from '../shared/messaging.ts';
import type { MarginDatabase } from '../storage/db.ts';
import { listAnnotations } from '../storage/annotations.ts';
import { addRule, allRules, autoCleanHosts, deleteRule, hideTarget, isAutoClean, rulesForPage, setAutoClean, updateRule } from '../storage/sites.ts';
import { syncAutoCleanScript } from './auto-clean.ts';
import { siteLookup } from './site-lookup.ts';
import { askPage, notifyTabs } from './tabs.ts';

/** The host name of a page URL, or an error a person can read. */
export function hostOf(url: string): string {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'http:' || protocol === 'https:') return hostname.toLowerCase();
  } catch {
    /* reported below */
  }
  throw new Error(`Margin works on web pages only, not on ${url}`);
}

const rulesChanged = (host: string) => notifyTabs((url) => url.startsWith('http') && hostOf(url) === host, 'page/rules-changed');

export function handleSiteMessages(db: MarginDatabase): void {
  receive(
    backgroundMessages,
    {
      // Hide rules and auto-clean belong to the tab's host; notes to the page's key (maybe a same-site canonical).
      'page/hello': async ({ url }, sender) => {
        const host = hostOf(sender.tabUrl ?? url);
        const [annotations, rules, autoClean] = await Promise.all([
          listAnnotations(db, normalizeUrl(url)),
          rulesForPage(db, host, normalizeUrl(url)),
          isAutoClean(db, host),
        ]);
        return { annotations, hideSelectors: rules.map(hideTarget), autoClean };
      },
      'rules/add': async ({ url, selector, page, text, label }) => {
        const host = hostOf(url);
        // A page's own rule stays on its site: the sender policy checked `url`, so `page` must be there too.
        if (page !== undefined && hostOf(page) !== host) throw new Error(`The page ${page} is not on ${host}`);
        const rule = await addRule(db, host, selector, new Date(), { page: page && normalizeUrl(page), text, label });
        await rulesChanged(rule.host);
        return rule;
      },
      'rules/list': () => allRules(db),
      'rules/update': async ({ id, selector }) => {
        const rule = await updateRule(db, id, selector);
        if (rule) await rulesChanged(rule.host);
        return rule;
      },
      'rules/delete': async ({ id }) => {
        const rule = await deleteRule(db, id);
        if (rule) await rulesChanged(rule.host);
        return rule;
      },
      'sites/get': async ({ url }) => ({ host: hostOf(url), autoClean: await isAutoClean(db, hostOf(url)) }),
      'sites/set': async ({ url, autoClean }) => {
        const host = hostOf(url);
        await setAutoClean(db, host, autoClean);
        await syncAutoCleanScript(db);
        return { host, autoClean };
      },
      'sites/auto-clean-list': () => autoCleanHosts(db),
      'tab/pick': ({ tabId }) => askPage(tabId, 'page/pick', {}),
    },
    siteLookup(db),
  );
}
