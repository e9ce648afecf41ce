/**
 * Keeps the reader's unsaved text: written a moment after the last keystroke (not on every one), and at
 * once when asked (the frame loses focus, closes or goes away), so Close, Escape, a click elsewhere or a
 * reload never loses what was typed.
 */

/** Quiet time after the last keystroke before the draft is written. */
export const DRAFT_DELAY_MS = 300;

export class Autosave {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: string | null = null;
  private writing: Promise<void> = Promise.resolve();

  /** @param write stores one text; failures are reported through `onError` and the text stays pending. */
  constructor(
    private write: (text: string) => Promise<unknown>,
    private onError: (error: unknown) => void,
    private delay = DRAFT_DELAY_MS,
  ) {}

  /** The reader typed: store `text` once they pause. */
  schedule(text: string): void {
    this.pending = text;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Stores the pending text now (if any) and resolves once it and any earlier write are done. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    const text = this.pending;
    this.pending = null;
    if (text !== null) {
      this.writing = this.writing
        .then(() => this.write(text))
        .then(
          () => undefined,
          (error) => {
            this.pending ??= text;
            this.onError(error);
          },
        );
    }
    return this.writing;
  }

  /** Drops the pending text (it was saved or cleared another way). */
  cancel(): void {
    clearTimeout(this.timer);
    this.pending = null;
  }
}
