/** Messages about sites: picked hide rules and "always clean this site". */
import { normalizeUrl } from '../core/url.ts';
import { backgroundMessages, receive } from '../shared/messaging.ts';
import type { MarginDatabase } from '../storage/db.ts';
import { listAnnotations } from '../storage/annotations.ts';
import { addRule, allRules, autoCleanHosts, deleteRule, isAutoClean, rulesForHost, setAutoClean, updateRule } from '../storage/sites.ts';
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
          rulesForHost(db, host),
          isAutoClean(db, host),
        ]);
        return { annotations, hideSelectors: rules.map((r) => r.selector), autoClean };
      },
      'rules/add': async ({ url, selector }) => {
        const rule = await addRule(db, hostOf(url), selector);
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
