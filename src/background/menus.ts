/** Context menu entries and keyboard shortcuts, both acting on the page they were used on. */
import { browser, hasNotesPanel, openNotesPanel } from '../shared/browser.ts';
import { broadcast } from '../shared/messaging.ts';
import * as actions from './actions.ts';
import { askPage } from './tabs.ts';

const MENU = {
  highlight: 'margin-highlight',
  toggle: 'margin-toggle',
  notes: 'margin-open-notes',
} as const;

export function installMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU.highlight, title: 'Highlight with Margin', contexts: ['selection'] });
      browser.contextMenus.create({ id: MENU.toggle, title: 'Clean this page / show it whole', contexts: ['page'] });
      if (hasNotesPanel) browser.contextMenus.create({ id: MENU.notes, title: 'Open Margin notes', contexts: ['page', 'selection', 'action'] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (info.menuItemId === MENU.notes) {
      // Must be called while the click's user gesture is still active: no await before it.
      openNotesPanel(tabId).catch((e: unknown) => console.warn('Margin: side panel', e));
      return;
    }
    const work =
      info.menuItemId === MENU.highlight
        ? askPage(tabId, 'page/highlight-selection', {})
        : actions.toggle(tabId).then(() => broadcast('changed/page', { tabId }));
    work.catch((e: unknown) => console.warn('Margin:', e));
  });
}

/** Runs a keyboard command (see `commands` in manifest.json) on a tab. */
export async function runCommand(command: string, tabId: number): Promise<unknown> {
  if (command === 'toggle-clean') {
    const report = await actions.toggle(tabId);
    broadcast('changed/page', { tabId });
    return report;
  }
  if (command === 'highlight-selection') return askPage(tabId, 'page/highlight-selection', {});
  throw new Error(`Unknown command: ${command}`);
}

export function installCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id !== undefined) runCommand(command, tab.id).catch((e: unknown) => console.warn('Margin:', e));
  });
}
