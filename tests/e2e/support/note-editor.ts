/**
 * Driving Margin's note editor as a reader does: opening it with a real click on a highlight, typing with
 * the real keyboard, clicking its buttons with the real mouse. The editor is an extension page in a frame
 * inside Margin's closed shadow root; Playwright reaches extension frames through `page.frames()`.
 *
 * An older build drew the editor in the shadow root itself; the helpers drive that one too, so the hostile
 * page tests can be run against it and show what it leaked.
 */
import type { Frame, Page } from 'playwright-core';
import { clickOnText as clickOnTextVia } from '../scenarios/reader.ts';
import { playwrightPage } from './page-helpers.ts';
import { clickInShadow, evalInShadow, findInShadow } from './shadow.ts';

/** The path of the note editor page inside the extension. */
export const NOTE_FRAME_PATH = '/src/ui/note-frame/index.html';

export interface NoteEditor {
  /** Clicks the control marked `data-action="<action>"` with the real mouse. */
  click(action: string): Promise<void>;
  /** The text in the editor's text box. */
  value(): Promise<string>;
  /** The text content of the element matching `selector`, or null when there is none. */
  text(selector: string): Promise<string | null>;
  /** Whether the editor still shows. */
  isOpen(): Promise<boolean>;
}

function noteFrame(page: Page): Frame | null {
  return page.frames().find((f) => f.url().includes(NOTE_FRAME_PATH) && !f.isDetached()) ?? null;
}

function frameEditor(page: Page, frame: Frame): NoteEditor {
  return {
    click: (action) => frame.locator(`[data-action="${action}"]`).click({ timeout: 10_000 }),
    value: () => frame.locator('[data-action="note-text"]').inputValue({ timeout: 10_000 }),
    text: async (selector) => ((await frame.locator(selector).count()) ? frame.locator(selector).first().textContent() : null),
    isOpen: async () => noteFrame(page) === frame,
  };
}

function shadowEditor(page: Page): NoteEditor {
  return {
    click: (action) => clickInShadow(page, `[data-action="${action}"]`),
    value: async () => (await evalInShadow<string>(page, '[data-action="note-text"]', 'function () { return this.value; }')) ?? '',
    text: (selector) => evalInShadow<string>(page, selector, 'function () { return this.textContent; }'),
    isOpen: async () => Boolean(await findInShadow(page, '[data-action="note-text"]').catch(() => null)),
  };
}

/** The note editor showing in `page` right now, or null. */
export async function currentEditor(page: Page): Promise<NoteEditor | null> {
  const frame = noteFrame(page);
  if (frame) {
    // The frame is there once its text box is: the page has loaded the annotation.
    const ready = await frame
      .locator('[data-action="note-text"]')
      .count()
      .catch(() => 0);
    return ready ? frameEditor(page, frame) : null;
  }
  return (await findInShadow(page, '[data-action="note-text"]').catch(() => null)) ? shadowEditor(page) : null;
}

/** Waits for the note editor to show and returns it. */
export async function waitForEditor(page: Page, timeout = 10_000): Promise<NoteEditor> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const editor = await currentEditor(page);
    if (editor) return editor;
    await page.waitForTimeout(50);
  }
  const frame = noteFrame(page);
  const shows = frame
    ? await frame
        .locator('body')
        .innerText()
        .catch((e) => String(e))
    : `no editor frame in ${page
        .frames()
        .map((f) => f.url())
        .join(
          ', ',
        )}; iframe in Margin's root: ${await findInShadow(page, 'iframe').catch((e) => String(e))}; ${await page.evaluate(() => [String(getSelection()?.isCollapsed), document.activeElement?.tagName, window.scrollY].join(' '))}`;
  throw new Error(`The note editor did not open (${shows})`);
}

/** Waits until no note editor shows. */
export async function waitForEditorClosed(page: Page, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (!(await currentEditor(page))) return;
    await page.waitForTimeout(50);
  }
  throw new Error('The note editor is still open');
}

/** Clicks, with the real mouse, inside the first occurrence of `phrase` in the page (e.g. on a highlight). */
export function clickOnText(page: Page, phrase: string, offset = 4): Promise<void> {
  return clickOnTextVia(playwrightPage, page, phrase, offset);
}

/** Opens the note of the highlight on `phrase` with a real click and waits for the editor. */
export async function openNoteOn(page: Page, phrase: string): Promise<NoteEditor> {
  await clickOnText(page, phrase);
  return waitForEditor(page);
}

/** Types into the editor's text box with the real keyboard, after a real click at its end. */
export async function typeInEditor(page: Page, editor: NoteEditor, text: string): Promise<void> {
  await editor.click('note-text');
  await page.keyboard.press('End');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}
