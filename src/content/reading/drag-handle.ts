/**
 * Moving the legend: drag its handle with the mouse (or a finger), or press the arrow keys on it (Shift for
 * bigger steps, Home to put it back in its automatic place). The position is the store's; while a drag is
 * under way the panel follows the pointer locally and the store learns the end point only.
 */
import { useRef, useState } from 'preact/hooks';
import type { LegendPlace } from '../../core/reading/legend-layout.ts';
import type { UiActions } from '../ui/store.ts';

/** Pixels the pointer must travel before a press on the folded button counts as a drag, not a click. */
const DRAG_THRESHOLD = 4;
/** Arrow-key steps, CSS pixels. */
const KEY_STEP = 16;
const KEY_STEP_LARGE = 64;

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

interface Press {
  pointerX: number;
  pointerY: number;
  x: number;
  y: number;
}

/** The panel (or folded button) the handle belongs to. */
function panelOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest('.panel') : null;
}

export function useDragHandle(place: LegendPlace, actions: Pick<UiActions, 'moveLegend'>) {
  const [live, setLive] = useState<{ x: number; y: number } | null>(null);
  const press = useRef<Press | null>(null);
  const dragged = useRef(false);

  const handlers = {
    onPointerDown(e: PointerEvent) {
      if (!e.isTrusted || e.button !== 0) return;
      const box = panelOf(e.currentTarget)?.getBoundingClientRect();
      if (!box) return;
      press.current = { pointerX: e.clientX, pointerY: e.clientY, x: box.left, y: box.top };
      dragged.current = false;
      (e.currentTarget as Element).setPointerCapture(e.pointerId);
    },
    onPointerMove(e: PointerEvent) {
      const start = press.current;
      if (!start || !e.isTrusted) return;
      const dx = e.clientX - start.pointerX;
      const dy = e.clientY - start.pointerY;
      if (!dragged.current && Math.abs(dx) + Math.abs(dy) < DRAG_THRESHOLD) return;
      dragged.current = true;
      setLive({ x: Math.round(start.x + dx), y: Math.round(start.y + dy) });
    },
    onPointerUp(e: PointerEvent) {
      const start = press.current;
      press.current = null;
      if (!start || !e.isTrusted || !dragged.current) return;
      actions.moveLegend({ x: Math.round(start.x + e.clientX - start.pointerX), y: Math.round(start.y + e.clientY - start.pointerY) });
      setLive(null);
    },
    onPointerCancel() {
      press.current = null;
      setLive(null);
    },
    onKeyDown(e: KeyboardEvent) {
      if (!e.isTrusted) return;
      if (e.key === 'Home') {
        e.preventDefault();
        actions.moveLegend(null);
        return;
      }
      const arrow = ARROWS[e.key];
      const box = arrow && panelOf(e.currentTarget)?.getBoundingClientRect();
      if (!arrow || !box) return;
      e.preventDefault();
      const step = e.shiftKey ? KEY_STEP_LARGE : KEY_STEP;
      actions.moveLegend({ x: Math.round(box.left + arrow[0] * step), y: Math.round(box.top + arrow[1] * step) });
    },
  };

  return {
    x: live?.x ?? place.x,
    y: live ? live.y : place.y,
    handlers,
    /** True when the last press moved the legend (its click then does not also open or fold it). */
    moved: () => dragged.current,
  };
}
