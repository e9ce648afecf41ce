/** The reader's per-site choices: elements hidden with the picker, and sites cleaned automatically. */
import type { MarginDatabase } from './db.ts';
import { guardWrite } from './errors.ts';
import type { HideRule, HideTarget } from '../shared/types.ts';

export function rulesForHost(db: MarginDatabase, host: string): Promise<HideRule[]> {
  return db.hideRules.where('host').equals(host).sortBy('id');
}

/** One hide rule; null when there is none with that id. */
export async function getRule(db: MarginDatabase, id: number): Promise<HideRule | null> {
  return (await db.hideRules.get(id)) ?? null;
}

export async function allRules(db: MarginDatabase): Promise<HideRule[]> {
  const rules = await db.hideRules.toArray();
  return rules.sort((a, b) => a.host.localeCompare(b.host) || (a.id ?? 0) - (b.id ?? 0));
}

/** The rules that apply on the page `pageKey` of `host`: the site's, and the page's own. */
export async function rulesForPage(db: MarginDatabase, host: string, pageKey: string): Promise<HideRule[]> {
  return (await rulesForHost(db, host)).filter((r) => !r.page || r.page === pageKey);
}

/** What a rule hides, as the content script applies it. */
export const hideTarget = (rule: HideRule): HideTarget => (rule.text ? { selector: rule.selector, text: rule.text } : rule.selector);

/**
 * Saves a picked element's rule; the same rule again (host, selector, page and words) is not doubled.
 * @param scope `page` (a page key) for one page only, `text` for an element only its words tell apart.
 */
export async function addRule(
  db: MarginDatabase,
  host: string,
  selector: string,
  now = new Date(),
  scope: { page?: string; text?: string; label?: string } = {},
): Promise<HideRule> {
  const existing = await db.hideRules
    .where('host')
    .equals(host)
    .filter((r) => r.selector === selector && r.page === scope.page && r.text === scope.text)
    .first();
  if (existing) return existing;
  const rule: HideRule = { host, selector, createdAt: now.toISOString() };
  if (scope.page) rule.page = scope.page;
  if (scope.text) rule.text = scope.text;
  if (scope.label) rule.label = scope.label;
  rule.id = await guardWrite(() => db.hideRules.add(rule));
  return rule;
}

export async function updateRule(db: MarginDatabase, id: number, selector: string): Promise<HideRule | null> {
  const updated = await guardWrite(() => db.hideRules.update(id, { selector }));
  return updated ? ((await db.hideRules.get(id)) ?? null) : null;
}

export async function deleteRule(db: MarginDatabase, id: number): Promise<HideRule | null> {
  const rule = await db.hideRules.get(id);
  if (rule) await guardWrite(() => db.hideRules.delete(id));
  return rule ?? null;
}

export async function isAutoClean(db: MarginDatabase, host: string): Promise<boolean> {
  return (await db.sites.get(host))?.autoClean === 1;
}

export async function setAutoClean(db: MarginDatabase, host: string, on: boolean): Promise<void> {
  await guardWrite(() => db.sites.put({ host, autoClean: on ? 1 : 0 }));
}

export async function autoCleanHosts(db: MarginDatabase): Promise<string[]> {
  return (await db.sites.where('autoClean').equals(1).toArray()).map((s) => s.host);
}
