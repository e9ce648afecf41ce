/**
 * Data that is not part of the project: the boilerplate corpus and CoNLL-2003, in `../shared` beside the
 * clone (or where MARGIN_SHARED points). Only benchmarks and training read it, and each checks its own path
 * when it runs, so the tests never need it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED = resolve(process.env.MARGIN_SHARED ?? resolve(import.meta.dirname, '../../shared'));

/**
 * The absolute path of `relative` inside the shared data folder; if it is not there, says which command needs
 * what and exits (status 2) before any work is done.
 */
export function sharedData(relative: string, what: string, command: string): string {
  const path = resolve(SHARED, relative);
  if (!existsSync(path)) {
    process.stderr.write(
      `${command} needs ../shared/${relative} (${what}); not found at ${path}.\n` +
        'Put the data beside the project, or set MARGIN_SHARED to the folder that holds it.\n',
    );
    process.exit(2);
  }
  return path;
}
