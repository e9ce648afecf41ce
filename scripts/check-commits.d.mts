// Types for scripts/check-commits.mjs, a plain Node script so the commit-msg hook needs no build step.
export declare const MAX_SUBJECT: number;
export declare function subjectProblem(subject: string): string | null;
