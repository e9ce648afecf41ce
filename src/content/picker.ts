/**
 * "Hide this": the element picker, after uBlock Origin's. Hovering outlines the element under the pointer,
 * the arrow keys widen or narrow the choice, a click or Enter chooses it (pick-flow.ts asks what and where
 * to hide), and Escape leaves without hiding anything.
 */
import { elementLabel } from '../core/picker/describe-rule.ts';
import { isOwnUi } from './ui/host.ts';

export interface PickerCallbacks {
  /** Shows the outline over `el` (or nothing), with a short description of it. */
  show(box: { x: number; y: number; width: number; height: number } | null, label: string): void;
  /** The reader chose `el`. */
  picked(el: Element): void;
  /** The picker was left without a choice. */
  cancelled(): void;
}

/** Starts picking; returns a function that stops it. Picking also stops when `signal` aborts. */
export function startPicker(callbacks: PickerCallbacks, signal: AbortSignal): () => void {
  const picking = new AbortController();
  const listen = { capture: true, signal: AbortSignal.any([signal, picking.signal]) };
  let target: Element | null = null;
  const trail: Element[] = []; // narrower elements the reader widened away from, for ArrowDown

  const choose = (el: Element | null) => {
    target = el;
    if (!el) return callbacks.show(null, '');
    const r = el.getBoundingClientRect();
    callbacks.show({ x: r.left, y: r.top, width: r.width, height: r.height }, elementLabel(el));
  };
  const pageElementAt = (x: number, y: number) =>
    document.elementsFromPoint(x, y).find((el) => !isOwnUi(el) && el !== document.documentElement && el !== document.body) ?? null;

  // Only the reader's own pointer and keys pick: a page's synthetic events must not choose what Margin hides.
  const onMove = (e: MouseEvent) => {
    if (!e.isTrusted) return;
    trail.length = 0;
    choose(pageElementAt(e.clientX, e.clientY));
  };
  const swallow = (e: Event) => {
    if (isOwnUi(e.target as Element)) return;
    e.preventDefault();
    e.stopPropagation();
  };
  const onClick = (e: MouseEvent) => {
    if (!e.isTrusted || isOwnUi(e.target as Element)) return;
    swallow(e);
    const el = target ?? pageElementAt(e.clientX, e.clientY);
    stop();
    if (el) callbacks.picked(el);
    else callbacks.cancelled();
  };
  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    if (e.key === 'Escape') {
      swallow(e);
      stop();
      callbacks.cancelled();
    } else if (e.key === 'ArrowUp' && target?.parentElement && target.parentElement !== document.body) {
      swallow(e);
      trail.push(target);
      choose(target.parentElement);
    } else if (e.key === 'ArrowDown' && trail.length) {
      swallow(e);
      choose(trail.pop()!);
    } else if (e.key === 'Enter' && target) {
      swallow(e);
      const el = target;
      stop();
      callbacks.picked(el);
    }
  };

  document.addEventListener('mousemove', onMove, listen);
  document.addEventListener('click', onClick, listen);
  document.addEventListener('mousedown', swallow, listen);
  document.addEventListener('mouseup', swallow, listen);
  document.addEventListener('keydown', onKey, listen);
  function stop() {
    picking.abort();
    callbacks.show(null, '');
  }
  return stop;
}
