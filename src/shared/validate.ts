/**
 * Tiny runtime checks for data that crosses a trust boundary (messages, import files). Each check throws a
 * `ValidationError` whose message says what was wrong and where, so the user or developer can act on it.
 */
export class ValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValidationError';
  }
}

export type Check<T> = (value: unknown, path: string) => T;

export const str: Check<string> = (v, path) => {
  if (typeof v !== 'string') throw new ValidationError(`${path} must be a string`);
  return v;
};

export const num: Check<number> = (v, path) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ValidationError(`${path} must be a number`);
  return v;
};

export const int: Check<number> = (v, path) => {
  if (!Number.isInteger(v)) throw new ValidationError(`${path} must be an integer`);
  return v as number;
};

export const bool: Check<boolean> = (v, path) => {
  if (typeof v !== 'boolean') throw new ValidationError(`${path} must be true or false`);
  return v;
};

/** One of a fixed set of strings. */
export function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (v, path) => {
    if (typeof v !== 'string' || !values.includes(v as T)) throw new ValidationError(`${path} must be one of ${values.join(', ')}`);
    return v as T;
  };
}

export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (v, path) => (v === undefined ? undefined : check(v, path));
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (v, path) => (v === null ? null : check(v, path));
}

export function array<T>(check: Check<T>): Check<T[]> {
  return (v, path) => {
    if (!Array.isArray(v)) throw new ValidationError(`${path} must be a list`);
    return v.map((item, i) => check(item, `${path}[${i}]`));
  };
}

/** An object with exactly the listed fields checked (unknown extra fields are dropped). */
export function object<T extends Record<string, unknown>>(shape: { [K in keyof T]: Check<T[K]> }): Check<T> {
  return (v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ValidationError(`${path} must be an object`);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const value = shape[key as keyof T]((v as Record<string, unknown>)[key], `${path}.${key}`);
      if (value !== undefined) out[key] = value;
    }
    return out as T;
  };
}

export const empty: Check<Record<string, never>> = (v, path) => {
  if (v !== undefined && (typeof v !== 'object' || v === null)) throw new ValidationError(`${path} must be empty`);
  return {};
};
