/**
 * "Always clean this site": the sites are kept in the database, and a content script registered for
 * exactly those sites hides the page from the first paint (document_start CSS) until the main content
 * script has cleaned it. That is how the clutter never flashes.
 */
import { browser } from '../shared/browser.ts';
import type { MarginDatabase } from '../storage/db.ts';
import { autoCleanHosts } from '../storage/sites.ts';

const SCRIPT_ID = 'margin-early-hide';

/** Makes the registered early-hide script match exactly the auto-clean sites. */
export async function syncAutoCleanScript(db: MarginDatabase): Promise<void> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return;
  const hosts = await autoCleanHosts(db);
  const registered = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (hosts.length === 0) return;
  await scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: hosts.map((host) => `*://${host}/*`),
      css: ['early-hide.css'],
      js: ['early-reveal.js'],
      runAt: 'document_start',
      persistAcrossSessions: true,
    },
  ]);
}
