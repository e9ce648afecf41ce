#!/usr/bin/env node
/**
 * Commit subjects stay short: one line of at most 72 characters, not empty, so `git log --oneline`, GitHub
 * and mail clients show them whole. Figures and reasons go in the body.
 *
 *   node scripts/check-commits.mjs                      every commit after BASE (run by `npm run lint`)
 *   node scripts/check-commits.mjs --base <commit>      every commit after <commit>
 *   node scripts/check-commits.mjs --message-file <f>   one message about to be committed (.githooks/commit-msg)
 *
 * Commits up to BASE were written before the rule and are history that is not rewritten. Merge commits are
 * skipped: git writes their subjects.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const MAX_SUBJECT = 72;
/** The last commit written before the rule. */
const BASE = 'a2cf25e29ff5200f24a7450e4d3aaaadf923a6ba';

/** What is wrong with a subject line, or null when it is fine. */
export function subjectProblem(subject) {
  if (subject.trim() === '') return 'the subject is empty';
  if (subject.length > MAX_SUBJECT) return `the subject has ${subject.length} characters (at most ${MAX_SUBJECT})`;
  return null;
}

/** The subject of a commit message as git will store it: the first line that is not a comment. */
function subjectOfMessage(message) {
  const lines = message.split('\n').filter((line) => !line.startsWith('#'));
  return (lines.find((line) => line.trim() !== '') ?? '').trimEnd();
}

function git(args) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function checkMessageFile(path) {
  const subject = subjectOfMessage(readFileSync(path, 'utf8'));
  const problem = subjectProblem(subject);
  if (!problem) return 0;
  console.error(`Commit refused: ${problem}.\n  ${subject}\nKeep the subject to one imperative line; put details and figures in the body.`);
  return 1;
}

function checkHistory(base) {
  try {
    git(['rev-parse', '--git-dir']);
  } catch {
    console.log('check-commits: not a git checkout, nothing to check.');
    return 0;
  }
  try {
    git(['cat-file', '-e', `${base}^{commit}`]);
  } catch {
    // A shallow clone may not hold the base: say so rather than check the wrong range.
    if (git(['rev-parse', '--is-shallow-repository']).trim() === 'true') {
      console.log(`check-commits: base commit ${base.slice(0, 12)} is not in this shallow clone, nothing to check.`);
      return 0;
    }
    console.error(`check-commits: base commit ${base} not found.`);
    return 1;
  }
  const log = git(['log', '--no-merges', '--format=%h%x09%s', `${base}..HEAD`])
    .split('\n')
    .filter(Boolean);
  const bad = [];
  for (const line of log) {
    const [hash, ...rest] = line.split('\t');
    const subject = rest.join('\t');
    const problem = subjectProblem(subject);
    if (problem) bad.push(`  ${hash}: ${problem}: ${subject.slice(0, 100)}${subject.length > 100 ? '…' : ''}`);
  }
  if (bad.length === 0) {
    console.log(`check-commits: ${log.length} commit subject(s) after ${base.slice(0, 12)} are at most ${MAX_SUBJECT} characters.`);
    return 0;
  }
  console.error(`check-commits: ${bad.length} commit subject(s) break the rule (one line, 1-${MAX_SUBJECT} characters):\n${bad.join('\n')}`);
  return 1;
}

function main(argv) {
  const at = (flag) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const messageFile = at('--message-file');
  if (messageFile) return checkMessageFile(messageFile);
  return checkHistory(at('--base') ?? BASE);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
