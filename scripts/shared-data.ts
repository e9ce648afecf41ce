/**
 * Data that is not part of the project: the boilerplate and dragnet corpora and CoNLL-2003, in `../shared`
 * beside the clone (or where MARGIN_SHARED points). Only benchmarks and training read it, and each checks its
 * own paths when it runs, so the tests never need it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED = resolve(process.env.MARGIN_SHARED ?? resolve(import.meta.dirname, '../../shared'));

/**
 * Checks that every `relative` path is inside the shared data folder; if any is not, says which command needs
 * what (all the missing ones at once) and exits (status 2) before any work is done.
 */
export function missingShared(needs: { relative: string; what: string }[], command: string): void {
  const missing = needs.filter((n) => !existsSync(resolve(SHARED, n.relative)));
  if (missing.length === 0) return;
  for (const n of missing) {
    process.stderr.write(`${command} needs ../shared/${n.relative} (${n.what}); not found at ${resolve(SHARED, n.relative)}.\n`);
  }
  process.stderr.write('Put the data beside the project, or set MARGIN_SHARED to the folder that holds it.\n');
  process.exit(2);
}

/**
 * The absolute path of `relative` inside the shared data folder; if it is not there, says which command needs
 * what and exits (status 2) before any work is done.
 */
export function sharedData(relative: string, what: string, command: string): string {
  missingShared([{ relative, what }], command);
  return resolve(SHARED, relative);
}
