/**
 * What a scenario shared by the Chromium and the Firefox suites needs from the browser. Each suite supplies
 * one (tests/e2e/support/chromium-driver.ts, tests/e2e-firefox/support/firefox-driver.ts): the scenario
 * never sees Playwright or puppeteer, only the page handle `P` it hands back to the driver.
 */

/** Margin's note editor (an extension page in a frame inside Margin's closed shadow root), driven as a reader does. */
export interface Editor {
  /** Clicks the control marked `data-action="<action>"` with the real mouse. */
  click(action: string): Promise<void>;
  /** The text in the editor's text box. */
  value(): Promise<string>;
  /** The text content of the first match of `selector` in the editor, or null. */
  text(selector: string): Promise<string | null>;
  /** Whether the editor still shows. */
  isOpen(): Promise<boolean>;
}

export interface Driver<P = unknown> {
  /** The served test origin, e.g. http://127.0.0.1:41234. */
  readonly origin: string;
  /** Serves `html` at `path` from now on. */
  route(path: string, html: string): void;
  /** Opens a web page in a new tab and waits until Margin's content script is ready in it. */
  openPage(url: string): Promise<P>;
  /** Sets the page's viewport to `width` × `height` CSS pixels. */
  resize(page: P, width: number, height: number): Promise<void>;
  /** Reloads a web page and waits until Margin's content script is ready again. */
  reload(page: P): Promise<void>;
  /** Opens one of Margin's pages (e.g. "src/ui/library/index.html") in a new tab. */
  openExtensionPage(path: string): Promise<P>;
  /** The page's address as it sees it. */
  url(page: P): Promise<string>;
  tabIdOf(page: P): Promise<number>;
  close(page: P): Promise<void>;
  /** `fn(arg)` in the page (in its own world for a web page); the result must be JSON. */
  evaluate<R, A>(page: P, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Calls `globalThis.margin[method](...args)` in Margin's background. */
  callMargin<T = unknown>(method: string, ...args: unknown[]): Promise<T>;
  /** Runs `body`, the text of an async function's body with `margin` in scope, in Margin's background; its JSON result. */
  inBackground<T = unknown>(body: string): Promise<T>;
  /** The real mouse and keyboard. Keys are named as KeyboardEvent.key or .code names ("Escape", "KeyQ"). */
  click(page: P, x: number, y: number): Promise<void>;
  /** Presses the button at one point, moves to the other in a few steps, and releases it. */
  drag(page: P, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void>;
  press(page: P, key: string): Promise<void>;
  type(page: P, text: string): Promise<void>;
  /** Margin's closed shadow root, reached the way only a test can. */
  shadow: {
    has(page: P, selector: string): Promise<boolean>;
    text(page: P, selector: string): Promise<string | null>;
    click(page: P, selector: string): Promise<void>;
    /**
     * `fn(element)` on the first match of `selector`, or null when nothing matches. `fn` travels as source
     * text: it must not use anything outside itself. Its result must be JSON.
     */
    evaluate<T>(page: P, selector: string, fn: (element: Element) => T): Promise<T | null>;
  };
  /** The note editor showing in the page, or null. */
  editor(page: P): Promise<Editor | null>;
  /** The addresses of the page's frames other than its own, as each frame says. */
  frameUrls(page: P): Promise<string[]>;
  /** The tab that `act` opens (e.g. a click on a link to another page). */
  openedBy(act: () => Promise<void>): Promise<P>;
  /** The file an extension page saves when `act` runs (e.g. a click on its Backup button): name and text. */
  download(page: P, act: () => Promise<void>): Promise<{ name: string; text: string }>;
  /** Chooses `path` in the file input matching `selector`, as the reader does in the file dialog. */
  chooseFile(page: P, selector: string, path: string): Promise<void>;
}

/** Waits until `probe` gives something truthy; an error naming `what` after `timeout` ms. */
export async function until<T>(probe: () => Promise<T | null | undefined | false>, what: string, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}

export const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
