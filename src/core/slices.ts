/**
 * Long work cut into slices, so a page's main thread is never blocked for long: a big page's detection
 * runs as several short tasks with the browser free to paint and answer input in between (a task over
 * 50 ms is a "long task" that a reader feels as a frozen tab).
 *
 * Work is written once as a generator that yields whenever its {@link Budget} says the slice is over;
 * {@link finish} runs it in one go (the command line, tests), {@link runInSlices} runs it slice by slice.
 */

/** Tells long-running work when to give the thread back. */
export interface Budget {
  /** True when the current slice has used its time: the work should yield now. */
  due(): boolean;
}

/** A budget that never runs out: the work runs in one go. */
export const NO_BUDGET: Budget = { due: () => false };

/** Runs sliceable work to the end without ever yielding the thread. */
export function finish<T>(work: Generator<void, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** What {@link runInSlices} measured. */
export interface SliceTimes {
  /** Time spent working, all slices together (ms). */
  busy: number;
  /** The longest slice (ms): the longest the page's thread was blocked. */
  longest: number;
  /** Number of slices. */
  slices: number;
}

/**
 * Slice length (ms). Well under the 50 ms of a long task, because the work between two budget checks
 * (a few dozen elements, or one step after the measuring pass) adds to it, and so may a pause of the engine
 * (a garbage collection in a renderer whose heap has grown: 16 ms slices made one 50-58 ms task on a corpus
 * page late in a 990-page run, a page that takes 17-23 ms in all when run alone). Shorter slices measured
 * no slower in a same-browser A/B.
 */
export const SLICE_MS = 10;

/**
 * Gives the thread back to the browser for one turn of its event loop. A message, not a timer: timers are
 * throttled to once a second in background tabs, where auto-clean also runs.
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs sliceable work a slice at a time, yielding to the browser between slices.
 * @param work the generator; it yields when the budget handed to it (`budget`) is due.
 * @returns the work's result and the time it took.
 */
export async function runInSlices<T>(start: (budget: Budget) => Generator<void, T>, sliceMs = SLICE_MS): Promise<{ value: T; times: SliceTimes }> {
  let sliceStart = performance.now();
  const budget: Budget = { due: () => performance.now() - sliceStart >= sliceMs };
  const work = start(budget);
  const times: SliceTimes = { busy: 0, longest: 0, slices: 0 };
  for (;;) {
    sliceStart = performance.now();
    const step = work.next();
    const took = performance.now() - sliceStart;
    times.busy += took;
    times.longest = Math.max(times.longest, took);
    times.slices += 1;
    if (step.done) return { value: step.value, times };
    await yieldToBrowser();
  }
}
