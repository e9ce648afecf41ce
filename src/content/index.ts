/**
 * Margin's content script: runs in every web page, but stays light until asked. It restores the reader's
 * highlights, shows the selection toolbar, and cleans the page when the toolbar button, the shortcut or the
 * popup asks the background to.
 *
 * One PageSession (session.ts) per page owns everything below; each part gets the session's AbortSignal, so
 * its listeners, observers and timers end with the session. Which parts are active in which state:
 *
 *   part (file)                            idle page  with notes  clean view  picking
 *   message receiver, lifeline (lifeline)     yes        yes         yes        yes
 *   selection toolbar (selection, ui/)        yes        yes         yes        yes   UI host mounted on first use
 *   notes layer (notes-layer)                  -         yes         yes        yes   + retry of missing notes
 *                                                                                     while content grows (growth)
 *   hide rules sheet (user-rules)           when the site has rules
 *   cleaner marks, live clean (cleaner,        -          -          yes         -    own scope: end on restore
 *     live-clean), entity highlights and
 *     legend (entity-layer, ui/Legend)
 *   picker (pick-flow, picker)                 -          -           -         yes
 *
 * Endings: "Show whole page" ends the clean-view scope; a single-page app moving to another address ends
 * that address's scope (open note, retry of missing notes) and loads the new address's notes; the
 * extension going away (update, reload, removal) ends the whole session and leaves the page as it was
 * (see PageSession.end), and the background then starts the new version's content script in the tab.
 */
import { PageSession } from './session.ts';

interface Guard {
  /** The running session of this script world, if any. */
  __margin?: PageSession;
}

/**
 * Starts a session unless a live one runs in this script world. A session whose extension is gone gives
 * way (it ends itself, and leaves the guard free), so a new version put into the tab can start.
 */
function start(): void {
  if (!(document.documentElement instanceof HTMLElement)) return;
  const guard = globalThis as Guard;
  if (guard.__margin?.alive) return;
  guard.__margin?.end();
  guard.__margin = new PageSession();
}

/**
 * The build's loader calls this each time the script is put into a page. A script world that already ran
 * this module does not run it again, so starting only at the module's first run would miss a second
 * injection (the background's, after an update).
 */
export function onExecute(): void {
  start();
}

start();
