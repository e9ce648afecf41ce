/** scripts/check-commits.mjs refuses empty or long commit subjects, in history and in the commit-msg hook. */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { subjectProblem } from '../../../scripts/check-commits.mjs';

const SCRIPT = resolve(process.cwd(), 'scripts/check-commits.mjs');
const run = promisify(execFile);

/** Runs the script in `cwd`; gives its exit code and output. */
async function check(cwd: string, args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run('node', [SCRIPT, ...args], { cwd });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** A throwaway repository with one commit per subject; gives its path and the first commit. */
function repoWith(subjects: string[]): { dir: string; base: string } {
  const dir = mkdtempSync(join(tmpdir(), 'margin-commits-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('config', 'user.email', 'test@example.org');
  git('config', 'user.name', 'Test');
  git('config', 'commit.gpgsign', 'false');
  subjects.forEach((subject, i) => {
    writeFileSync(join(dir, 'file.txt'), String(i));
    git('add', 'file.txt');
    git('commit', '-q', '--allow-empty-message', '-m', subject);
  });
  return { dir, base: git('rev-list', '--max-parents=0', 'HEAD').trim() };
}

describe('commit subject check', () => {
  it('accepts one line of up to 72 characters and refuses an empty or longer one', () => {
    expect(subjectProblem('Add a check for commit subjects')).toBeNull();
    expect(subjectProblem('x'.repeat(72))).toBeNull();
    expect(subjectProblem('x'.repeat(73))).toMatch(/73 characters/);
    expect(subjectProblem('   ')).toMatch(/empty/);
  });

  it('fails on a long subject committed after the base, naming it', async () => {
    const long = 'Make detection faster by skimming the boxes that cannot hold prose (14% fewer elements walked)';
    const { dir, base } = repoWith(['An old subject written before the rule, long enough to break it today, kept as history', 'Add a file', long]);
    const result = await check(dir, ['--base', base]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(long.slice(0, 60));
    expect(result.out).not.toContain('An old subject');
  });

  it('passes when every subject after the base is short', async () => {
    const { dir, base } = repoWith([
      'An old subject written before the rule, long enough to break it today, kept as history',
      'Add a file',
      'Fix a typo',
    ]);
    const result = await check(dir, ['--base', base]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/2 commit subject/);
  });

  it('checks a message about to be committed, skipping git comment lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'margin-msg-'));
    const good = join(dir, 'good');
    writeFileSync(
      good,
      '# Please enter the commit message\nAdd a check for commit subjects\n\nThe body may be as long as it needs to be, with figures: F1 0.933 at 0.28x.\n',
    );
    expect((await check(dir, ['--message-file', good])).code).toBe(0);
    const bad = join(dir, 'bad');
    writeFileSync(bad, `${'Word '.repeat(20)}\n`);
    const refused = await check(dir, ['--message-file', bad]);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/Commit refused: the subject has \d+ characters/);
    const empty = join(dir, 'empty');
    writeFileSync(empty, '# only comments\n\n');
    expect((await check(dir, ['--message-file', empty])).code).toBe(1);
  });
});
