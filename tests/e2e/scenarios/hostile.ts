/**
 * A hostile page against the reader's notes, for both browsers (tests/e2e/hostile.test.ts,
 * tests/e2e-firefox/hostile.test.ts). Each test page's own <script> attacks Margin the ways a page can: it
 * lists the highlights (CSS.highlights), clicks them with synthetic events, selects everything and reads the
 * selection, walks the focused elements, listens to every key and input event, rewrites what it can reach
 * while the reader saves, and pushState's to another article of its site that has notes. The reader acts
 * with the real mouse and keyboard. Nothing of a note may reach the page, and nothing the page does may
 * change, open or delete a note.
 */
import { describe, expect, it } from 'vitest';
import { newsPage } from '../support/test-pages.ts';
import { sleep, type Driver } from './driver.ts';
import { clickOnText, isVisible, noteMarks, openNoteOn, typeInEditor, waitForEditor, waitForEditorClosed } from './reader.ts';

/** The path of the note editor page inside the extension. */
const NOTE_FRAME_PATH = '/src/ui/note-frame/index.html';

const PASSAGE = 'officials in the capital agreed that the timetable had slipped';
/** Words the page must never see: each test's note holds them. */
const SECRET = 'Source Nightingale confirmed the leak on Tuesday';

/**
 * The page's attack kit, run by the page itself. It keeps what it sees in `window.__seen` (a list of
 * strings) and counts what it did in `window.__stats`, so a test can check that the attack really ran.
 */
const ATTACK_KIT = String.raw`
(() => {
  const seen = new Set();
  window.__seen = seen;
  const stats = window.__stats = { highlightClicks: 0, reads: 0, keys: 0, overwrites: 0 };
  const keep = (what, value) => { if (value !== undefined && value !== null && String(value) !== '') seen.add(what + ': ' + String(value)); };

  // Every key and input event, wherever the page can listen, with the value of anything on its path.
  for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput', 'compositionend', 'change', 'paste', 'copy']) {
    for (const target of [window, document]) {
      target.addEventListener(type, (event) => {
        stats.keys++;
        keep(type, event.key);
        keep(type, event.data);
        for (const node of event.composedPath()) if (node && typeof node.value === 'string') keep(type + ' value', node.value);
      }, true);
    }
  }

  const ranges = () => {
    const out = [];
    CSS.highlights.forEach((highlight) => highlight.forEach((range) => out.push(range)));
    return out;
  };
  const fire = (x, y) => {
    const target = document.elementFromPoint(x, y);
    if (!target) return;
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
      const Kind = type.startsWith('pointer') ? PointerEvent : MouseEvent;
      target.dispatchEvent(new Kind(type, { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, view: window, button: 0 }));
    }
  };
  // Everything readable: the selection after "select all", the focused elements down through open shadow
  // roots, form fields, the page's markup and text, and any frame's document.
  const read = () => {
    stats.reads++;
    try { document.execCommand('selectAll'); } catch (e) { keep('selectAll', e.name); }
    keep('selection', String(document.getSelection()));
    for (let el = document.activeElement; el; el = el.shadowRoot ? el.shadowRoot.activeElement : null) {
      keep('active', el.tagName);
      if (typeof el.value === 'string') keep('active value', el.value);
      if (el !== document.body) keep('active text', el.textContent);
    }
    for (const field of document.querySelectorAll('textarea, input, [contenteditable]')) keep('field', field.value ?? field.textContent);
    keep('html', document.documentElement.outerHTML);
    keep('text', document.documentElement.innerText);
    for (let i = 0; i < window.frames.length; i++) {
      try { keep('frame', window.frames[i].document.documentElement.outerHTML); } catch (e) { keep('frame refused', e.name); }
    }
    document.getSelection().removeAllRanges();
  };
  // Click every highlight with synthetic events, then read.
  window.__attack = ({ thenRead = true } = {}) => {
    for (const range of ranges()) {
      const box = range.getClientRects()[0];
      if (!box) continue;
      stats.highlightClicks++;
      fire(box.left + Math.min(4, box.width / 2), box.top + box.height / 2);
    }
    if (thenRead) setTimeout(read, 150);
  };
  // Synthetic clicks on whatever is at a grid of points, Margin's own host element included, and keys.
  window.__carpet = () => {
    // (Links left alone: following one would only take the page away.)
    for (let x = 10; x < innerWidth; x += 90) for (let y = 10; y < innerHeight; y += 90) if (!document.elementFromPoint(x, y)?.closest('a')) fire(x, y);
    const host = document.querySelector('margin-ui');
    if (host) { host.click(); host.focus(); }
    for (const key of ['Enter', 'Delete', 'Backspace', 'Escape']) {
      for (const target of [document, document.activeElement, host]) {
        if (target) target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ctrlKey: key === 'Enter' }));
      }
    }
  };
  // Rewrite whatever text box the page can reach, as the reader saves or types.
  window.__overwrite = () => {
    const active = document.activeElement;
    if (!active || active === document.body) return;
    stats.overwrites++;
    try {
      document.execCommand('selectAll');
      document.execCommand('insertText', false, 'Words the page chose');
    } catch (e) { keep('insertText', e.name); }
    for (const box of document.querySelectorAll('textarea')) box.value = 'Words the page chose';
    for (let i = 0; i < window.frames.length; i++) {
      try { window.frames[i].document.querySelector('textarea').value = 'Words the page chose'; } catch (e) { keep('frame refused', e.name); }
    }
    document.getSelection().removeAllRanges();
  };
})();
`;

/** A news page of the test site whose script runs the attack kit and then `attack`. */
function hostilePage(attack: string): string {
  return newsPage({ topic: 'the harbour tunnel', script: `${ATTACK_KIT}\n${attack}` });
}

/** Everything the page recorded that holds any of the note's words (longer than three letters). */
async function leaks<P>(d: Driver<P>, page: P, note = SECRET): Promise<string[]> {
  const words = note.split(/\s+/).filter((w) => w.length > 3 && !PAGE_WORDS.has(w.toLowerCase()));
  const seen = await d.evaluate(page, () => [...(window as unknown as { __seen: Set<string> }).__seen], null);
  return seen.filter((entry) => words.some((w) => entry.includes(w)));
}
/** Words of the test article itself, which the page knows anyway. */
const PAGE_WORDS = new Set(
  newsPage({ topic: 'the harbour tunnel' })
    .toLowerCase()
    .match(/[a-z]+/g),
);

const stats = <P>(d: Driver<P>, page: P) => d.evaluate(page, () => (window as unknown as { __stats: Record<string, number> }).__stats, null);
const seenSelection = <P>(d: Driver<P>, page: P, text: string) =>
  d.evaluate(page, (t) => [...(window as unknown as { __seen: Set<string> }).__seen].some((s) => s.startsWith('selection: ') && s.includes(t)), text);
const storedNotes = async <P>(d: Driver<P>, page: P) =>
  await d.callMargin<{ note: string; quote: { exact: string } }[]>('annotations', await d.url(page));

/** Opens `path` serving `html`, highlights PASSAGE with `note` through the background, and reloads (as a later visit). */
async function pageWithNote<P>(d: Driver<P>, path: string, html: string, note = SECRET): Promise<P> {
  d.route(path, html);
  const page = await d.openPage(d.origin + path);
  expect(await d.callMargin('highlightText', await d.tabIdOf(page), PASSAGE, { note })).toBeTruthy();
  await d.reload(page);
  await expect.poll(() => noteMarks(d, page)).toEqual([PASSAGE]);
  return page;
}

/** Tests a browser may leave out, each with the reason, e.g. { 'deleted in the editor…': 'why' }. */
export type Skips = Record<string, string>;

/** Registers the hostile-page tests against `d`. */
export function hostilePageScenarios<P>(d: Driver<P>, skips: Skips = {}): void {
  const test = (name: string, body: () => Promise<void>) => (skips[name] ? it.skip(`${name} (${skips[name]})`, body) : it(name, body));
  describe('a hostile page', () => {
    test('clicking highlights with synthetic events and reading the selection and focus obtains no note text', async () => {
      const page = await pageWithNote(d, '/hostile/read.html', hostilePage('setInterval(() => window.__attack(), 400);'));
      await expect.poll(async () => (await stats(d, page)).reads).toBeGreaterThan(4);
      // The attack did reach the highlight (the first ones may come before it is drawn), and the page read
      // its own text through the selection.
      await expect.poll(async () => (await stats(d, page)).highlightClicks).toBeGreaterThan(4);
      expect(await leaks(d, page)).toEqual([]);
      expect(await seenSelection(d, page, 'harbour tunnel')).toBe(true);
      await d.close(page);
    });

    test('listening to every key and input event captures nothing of a note typed in the editor', async () => {
      const page = await pageWithNote(d, '/hostile/keys.html', hostilePage(''), '');
      // The page's listeners work: a key pressed in the page reaches them.
      await d.press(page, 'KeyQ');
      await expect.poll(async () => (await stats(d, page)).keys).toBeGreaterThan(0);

      const editor = await openNoteOn(d, page, PASSAGE);
      const before = (await stats(d, page)).keys;
      await typeInEditor(d, page, editor, SECRET);
      await editor.click('save-note');
      await expect.poll(async () => (await storedNotes(d, page)).map((a) => a.note)).toEqual([SECRET]);
      expect((await stats(d, page)).keys).toBe(before);
      expect(await leaks(d, page)).toEqual([]);
      await d.close(page);
    });

    test('rewriting text boxes while the reader types and saves does not change the stored note', async () => {
      const page = await pageWithNote(
        d,
        '/hostile/overwrite.html',
        hostilePage(`
        for (const type of ['pointerdown', 'mousedown', 'keydown']) window.addEventListener(type, () => window.__overwrite(), true);
        window.addEventListener('blur', () => setTimeout(() => window.__overwrite(), 0));
        setInterval(() => window.__overwrite(), 100);`),
        '',
      );
      const editor = await openNoteOn(d, page, PASSAGE);
      await typeInEditor(d, page, editor, SECRET);
      // The page does try, many times, while the editor has the focus (waited for: typing can be faster than
      // the page's timer).
      await expect.poll(async () => (await stats(d, page)).overwrites).toBeGreaterThan(3);
      await editor.click('save-note');
      await expect.poll(async () => (await storedNotes(d, page)).map((a) => a.note)).toEqual([SECRET]);
      await sleep(500);
      expect((await storedNotes(d, page)).map((a) => a.note)).toEqual([SECRET]);
      await d.close(page);
    });

    test("moving to another article of its site with pushState obtains none of that article's notes", async () => {
      // The site's other article has a note; the hostile page shows the same text under another address.
      const other = await pageWithNote(d, '/hostile/site/other-story.html', newsPage({ topic: 'the harbour tunnel' }));
      await d.close(other);
      d.route(
        '/hostile/site/front.html',
        hostilePage(`
        setTimeout(() => history.pushState({}, '', '/hostile/site/other-story.html'), 300);
        setInterval(() => window.__attack(), 400);`),
      );
      const page = await d.openPage(d.origin + '/hostile/site/front.html');
      // Margin follows the address and draws the other article's highlight: the attack has a target.
      await expect.poll(() => noteMarks(d, page)).toEqual([PASSAGE]);
      const reads = (await stats(d, page)).reads;
      await expect.poll(async () => (await stats(d, page)).reads).toBeGreaterThan(reads + 4);
      await expect.poll(async () => (await stats(d, page)).highlightClicks).toBeGreaterThan(4);
      expect(await leaks(d, page)).toEqual([]);
      await d.close(page);
    });

    test('synthetic clicks and keys open nothing, select nothing for Margin and delete nothing', async () => {
      const page = await pageWithNote(
        d,
        '/hostile/clicks.html',
        hostilePage(`
        setInterval(() => { window.__attack({ thenRead: false }); window.__carpet(); }, 300);
        // A selection made by the page, announced with synthetic mouse and key events.
        setTimeout(() => {
          const text = [...document.querySelectorAll('p')][3].firstChild;
          const range = document.createRange();
          range.setStart(text, 0);
          range.setEnd(text, 40);
          document.getSelection().removeAllRanges();
          document.getSelection().addRange(range);
          for (const type of ['mouseup', 'keyup']) document.body.dispatchEvent(new MouseEvent(type, { bubbles: true }));
          window.__selected = true;
        }, 1200);`),
      );
      await expect.poll(async () => (await stats(d, page)).highlightClicks).toBeGreaterThan(6);
      await expect.poll(() => d.evaluate(page, () => (window as unknown as { __selected?: boolean }).__selected, null)).toBe(true);
      await sleep(600);
      expect(await d.editor(page)).toBeNull();
      expect(await d.shadow.has(page, '[data-action="add-note"]')).toBe(false);
      expect(await d.shadow.has(page, 'iframe')).toBe(false);
      expect((await storedNotes(d, page)).map((a) => a.note)).toEqual([SECRET]);
      expect(await noteMarks(d, page)).toEqual([PASSAGE]);
      await d.close(page);
    });
  });

  describe('a hostile page looking for the editor frame', () => {
    test('finds no window to read, message or navigate while the reader edits', async () => {
      d.route('/hostile/look-alike.html', '<!doctype html><textarea>Type your note here</textarea>');
      const page = await pageWithNote(
        d,
        '/hostile/navigate.html',
        hostilePage(`
        window.__frames = [];
        setInterval(() => {
          window.__frames.push(window.length + (window.frames[0] ? 1 : 0));
          for (let i = 0; i < window.length; i++) window.frames[i].location.href = '/hostile/look-alike.html';
        }, 100);`),
        SECRET,
      );
      const editor = await openNoteOn(d, page, PASSAGE);
      // The editor is a page of Margin's own origin, in a frame.
      expect((await d.frameUrls(page)).filter((url) => /^(chrome|moz)-extension:/.test(url) && url.includes(NOTE_FRAME_PATH))).toHaveLength(1);
      const samples = () => d.evaluate(page, () => (window as unknown as { __frames: number[] }).__frames.length, null);
      const start = await samples();
      await expect.poll(samples).toBeGreaterThan(start + 10);
      // A frame in Margin's closed shadow root is not among the page's frames: nothing to post to or navigate.
      expect(await d.evaluate(page, () => (window as unknown as { __frames: number[] }).__frames.every((n) => n === 0), null)).toBe(true);
      expect(await editor.isOpen()).toBe(true);
      expect(await editor.value()).toBe(SECRET);
      expect((await d.frameUrls(page)).some((url) => url.includes('look-alike'))).toBe(false);
      await d.close(page);
    });
  });

  describe('a hostile page while the reader picks an element to hide', () => {
    test('cannot choose with synthetic pointer and key events what Margin hides', async () => {
      d.route(
        '/hostile/pick.html',
        hostilePage(`
        setInterval(() => {
          const box = document.querySelector('#promo').getBoundingClientRect();
          const at = { bubbles: true, clientX: box.left + 5, clientY: box.top + 5 };
          const promo = document.elementFromPoint(at.clientX, at.clientY);
          for (const type of ['mousemove', 'mousedown', 'mouseup', 'click']) promo.dispatchEvent(new MouseEvent(type, at));
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
          window.__stats.pickAttempts = (window.__stats.pickAttempts || 0) + 1;
        }, 150);`),
      );
      const page = await d.openPage(d.origin + '/hostile/pick.html');
      await d.callMargin('pick', await d.tabIdOf(page));
      await expect.poll(() => d.shadow.has(page, '.pick-hint')).toBe(true);
      const attempts = (await stats(d, page)).pickAttempts ?? 0;
      await expect.poll(async () => (await stats(d, page)).pickAttempts).toBeGreaterThan(attempts + 5);
      expect(await isVisible(d, page, '#promo')).toBe(true);
      // Still picking: the reader's own Escape leaves, and nothing was hidden.
      expect(await d.shadow.has(page, '.pick-hint')).toBe(true);
      await d.press(page, 'Escape');
      await expect.poll(() => d.shadow.has(page, '.pick-hint')).toBe(false);
      expect(await isVisible(d, page, '#promo')).toBe(true);
      await d.close(page);
    });
  });

  describe('a note being written', () => {
    test('survives Close, Escape, a click elsewhere and a reload, and Save stores it', async () => {
      const page = await pageWithNote(d, '/drafts/story.html', newsPage({ topic: 'the harbour tunnel' }), 'First thought.');
      let editor = await openNoteOn(d, page, PASSAGE);
      expect(await editor.value()).toBe('First thought.');
      await typeInEditor(d, page, editor, ' Closed');
      await editor.click('close-note');
      await waitForEditorClosed(d, page);
      expect((await storedNotes(d, page)).map((a) => a.note)).toEqual(['First thought.']);

      editor = await openNoteOn(d, page, PASSAGE);
      expect(await editor.value()).toBe('First thought. Closed');
      await typeInEditor(d, page, editor, ' escaped');
      await d.press(page, 'Escape');
      await waitForEditorClosed(d, page);

      editor = await openNoteOn(d, page, PASSAGE);
      expect(await editor.value()).toBe('First thought. Closed escaped');
      await typeInEditor(d, page, editor, ' away');
      await clickOnText(d, page, 'Paragraph 5 of the story');
      await sleep(400);
      await d.reload(page);
      await expect.poll(() => noteMarks(d, page)).toEqual([PASSAGE]);

      editor = await openNoteOn(d, page, PASSAGE);
      expect(await editor.value()).toBe('First thought. Closed escaped away');
      expect((await storedNotes(d, page)).map((a) => a.note)).toEqual(['First thought.']);
      await editor.click('save-note');
      await expect.poll(async () => (await storedNotes(d, page)).map((a) => a.note)).toEqual(['First thought. Closed escaped away']);
      await waitForEditorClosed(d, page);

      // Saved: the draft is gone, the editor opens on the stored note.
      editor = await openNoteOn(d, page, PASSAGE);
      expect(await editor.value()).toBe('First thought. Closed escaped away');
      await editor.click('close-note');
      await d.close(page);
    });

    test('deleted in the editor comes back with Undo', async () => {
      const page = await pageWithNote(d, '/undo/story.html', newsPage({ topic: 'the harbour tunnel' }), 'Worth keeping.');
      const editor = await openNoteOn(d, page, PASSAGE);
      await editor.click('delete-highlight');
      await expect.poll(() => noteMarks(d, page)).toEqual([]);
      await expect.poll(async () => (await storedNotes(d, page)).length).toBe(0);
      expect(await editor.text('[data-field="status"]')).toMatch(/Deleted/);
      await editor.click('undo-delete');
      await expect.poll(() => noteMarks(d, page)).toEqual([PASSAGE]);
      await expect.poll(async () => (await storedNotes(d, page)).map((a) => a.note)).toEqual(['Worth keeping.']);
      expect(await (await waitForEditor(d, page)).value()).toBe('Worth keeping.');
      await d.close(page);
    });
  });
}
