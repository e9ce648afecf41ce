/**
 * Margin's content script: runs in every web page, but stays light until asked. It restores the reader's
 * highlights, shows the selection toolbar, and cleans the page when the toolbar button, the shortcut or the
 * popup asks the background to.
 */
import { Controller } from './controller.ts';

if (document.documentElement instanceof HTMLElement && !(globalThis as { __margin?: boolean }).__margin) {
  (globalThis as { __margin?: boolean }).__margin = true;
  new Controller();
}
