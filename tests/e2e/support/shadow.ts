/**
 * Reaching into Margin's closed shadow root from a test. Page scripts cannot (that is the point), but the
 * DevTools protocol can: it finds elements by selector inside the root, and the test clicks them with the
 * real mouse at their on-screen position, as a reader would.
 */
import type { CDPSession, Page } from 'playwright-core';

const sessions = new WeakMap<Page, CDPSession>();

async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

interface DomNode {
  nodeId: number;
  nodeName: string;
  shadowRoots?: DomNode[];
  children?: DomNode[];
}

async function shadowRootId(page: Page): Promise<number> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: 2, pierce: true })) as { root: DomNode };
  const html = root.children?.find((n) => n.nodeName === 'HTML');
  const host = html?.children?.find((n) => n.nodeName === 'MARGIN-UI');
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) throw new Error('Margin UI host or its shadow root is missing');
  return shadow.nodeId;
}

/** The node id of the first element matching `selector` in Margin's shadow root, or null. */
export async function findInShadow(page: Page, selector: string): Promise<number | null> {
  const session = await cdp(page);
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: await shadowRootId(page), selector });
  return nodeId || null;
}

/** Tries before giving up when the element was replaced between finding it and reading it. */
const REPLACED_NODE_TRIES = 5;

/** Evaluates `fn` with the matched element as `this` and returns its result. */
export async function evalInShadow<T>(page: Page, selector: string, fn: string): Promise<T | null> {
  const session = await cdp(page);
  for (let attempt = 1; ; attempt += 1) {
    const nodeId = await findInShadow(page, selector);
    if (!nodeId) return null;
    try {
      // The interface may redraw (a layout change re-places the legend) between the two calls, which
      // leaves the found node id stale: find it again.
      const { object } = await session.send('DOM.resolveNode', { nodeId });
      const { result } = await session.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true });
      return result.value as T;
    } catch (error) {
      if (attempt >= REPLACED_NODE_TRIES || !/No node with given id/.test(String(error))) throw error;
    }
  }
}

/** Waits until `selector` matches in the shadow root. */
export async function waitInShadow(page: Page, selector: string, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (await findInShadow(page, selector).catch(() => null)) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`Timed out waiting for ${selector} in Margin's shadow root`);
}

/** Clicks the element matching `selector` in the shadow root with the real mouse. */
export async function clickInShadow(page: Page, selector: string): Promise<void> {
  await waitInShadow(page, selector);
  const nodeId = await findInShadow(page, selector);
  const session = await cdp(page);
  const { model } = await session.send('DOM.getBoxModel', { nodeId: nodeId! });
  const [x1, y1, , , x3, y3] = model.content;
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** The text content of the element matching `selector` in the shadow root. */
export function shadowText(page: Page, selector: string): Promise<string | null> {
  return evalInShadow<string>(page, selector, 'function () { return this.textContent; }');
}
