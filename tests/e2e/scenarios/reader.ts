/** What a reader does in a page, through a driver: clicks on text, the note editor, the highlights drawn. */
import { until, type Driver, type Editor } from './driver.ts';

/** The text of every range registered under each CSS highlight name starting with `prefix`. */
export function highlightTexts<P>(d: Pick<Driver<P>, 'evaluate'>, page: P, prefix = 'margin-'): Promise<Record<string, string[]>> {
  return d.evaluate(
    page,
    (p) => {
      const out: Record<string, string[]> = {};
      CSS.highlights.forEach((highlight, name) => {
        if (name.startsWith(p)) out[name] = [...highlight].map((r) => (r as Range).toString());
      });
      return out;
    },
    prefix,
  );
}

/** The passages of the reader's highlights drawn in the page. */
export const noteMarks = async <P>(d: Pick<Driver<P>, 'evaluate'>, page: P) => Object.values(await highlightTexts(d, page, 'margin-note-')).flat();

/** Clicks, with the real mouse, inside the first occurrence of `phrase` in the page (e.g. on a highlight). */
export async function clickOnText<P>(d: Pick<Driver<P>, 'evaluate' | 'click'>, page: P, phrase: string, offset = 4): Promise<void> {
  const box = await d.evaluate(
    page,
    ([text, at]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(text);
        if (i < 0) continue;
        (n.parentElement as Element).scrollIntoView({ block: 'center' });
        const r = document.createRange();
        r.setStart(n, i + at);
        r.setEnd(n, i + at + 1);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    },
    [phrase, offset] as const,
  );
  if (!box) throw new Error(`"${phrase}" is not in the page`);
  await d.click(page, box.x, box.y);
}

/**
 * Clicks the middle of the first match of `selector` in the page with the real mouse, once it has stopped
 * moving (a page still filling its lists above it moves it).
 */
export async function clickOn<P>(d: Driver<P>, page: P, selector: string): Promise<void> {
  const boxOf = () =>
    d.evaluate(
      page,
      (s) => {
        const el = document.querySelector(s);
        if (!el) return null;
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        return r.width ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      },
      selector,
    );
  let last = { x: NaN, y: NaN };
  const box = await until(async () => {
    const now = await boxOf();
    const still = now && now.x === last.x && now.y === last.y;
    if (now) last = now;
    return still ? now : null;
  }, selector);
  await d.click(page, box.x, box.y);
}

/** Whether the first match of `selector` in the page is shown. */
export const isVisible = <P>(d: Driver<P>, page: P, selector: string) =>
  d.evaluate(page, (s) => document.querySelector(s)?.checkVisibility() ?? false, selector);

/** Waits for the note editor to show and returns it. */
export const waitForEditor = <P>(d: Driver<P>, page: P): Promise<Editor> => until(() => d.editor(page), 'the note editor');

/** Waits until no note editor shows. */
export const waitForEditorClosed = <P>(d: Driver<P>, page: P) => until(async () => !(await d.editor(page)), 'the note editor to close');

/** Opens the note of the highlight on `phrase` with a real click and waits for the editor. */
export async function openNoteOn<P>(d: Driver<P>, page: P, phrase: string): Promise<Editor> {
  await clickOnText(d, page, phrase);
  return waitForEditor(d, page);
}

/** Types into the editor's text box with the real keyboard, after a real click at its end. */
export async function typeInEditor<P>(d: Driver<P>, page: P, editor: Editor, text: string): Promise<void> {
  await editor.click('note-text');
  await d.press(page, 'End');
  await d.press(page, 'Control+End');
  await d.type(page, text);
}

/** Selects the first occurrence of `phrase` in the page by dragging the mouse across it. */
export async function selectWithMouse<P>(d: Pick<Driver<P>, 'evaluate' | 'drag'>, page: P, phrase: string): Promise<void> {
  const box = await d.evaluate(
    page,
    (text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        (node.parentElement as Element).scrollIntoView({ block: 'center' });
        const rects = [...range.getClientRects()];
        const first = rects[0];
        const last = rects[rects.length - 1];
        return { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: last.right - 1, y: last.top + last.height / 2 } };
      }
      return null;
    },
    phrase,
  );
  if (!box) throw new Error(`"${phrase}" is not in the page`);
  await d.drag(page, box.from, box.to);
  const selected = await d.evaluate(page, () => document.getSelection()?.toString() ?? '', null);
  if (fold(selected) !== fold(phrase)) throw new Error(`Selected "${selected}" instead of "${phrase}"`);
}

/** Folds white space as the expected.json strings are compared. */
export const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
