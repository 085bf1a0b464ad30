// Argument parsing for native module functions and constructors, with the messages of CPython's
// Argument Clinic (`_PyArg_UnpackKeywords`, `_PyArg_CheckPositional`, `_PyArg_NoKeywords`).
import type { Kwargs, W } from "../objects/model.ts";
import { raiseTypeError } from "../vm/errors.ts";

export interface ArgShape {
  /** Parameter names in order: positional(-only or -or-keyword) first, then keyword-only. */
  names: string[];
  /** How many leading parameters are required. */
  required: number;
  /** How many leading parameters are positional-only. */
  posOnly?: number;
  /** How many trailing names are keyword-only. */
  kwOnly?: number;
}

/**
 * Bind `args.slice(offset)` and keywords to `shape`; missing optional parameters are undefined.
 * Raises TypeError with CPython's wording.
 */
export function parseArgs(fname: string, args: W[], kw: Kwargs | null, offset: number, shape: ArgShape): W[] {
  const names = shape.names;
  const kwOnly = shape.kwOnly ?? 0;
  const posOnly = shape.posOnly ?? 0;
  const maxPos = names.length - kwOnly;
  const required = shape.required;
  const n = args.length - offset;
  const out: W[] = new Array(names.length);
  const hasKw = kw !== null && kw.names.length > 0;
  // Functions whose parameters are all positional-only check counts like _PyArg_CheckPositional.
  const allPositional = posOnly === names.length;
  const plural = (k: number) => (k === 1 ? "" : "s");
  if (n > maxPos) {
    if (allPositional) {
      raiseTypeError(
        required === maxPos
          ? `${fname} expected ${maxPos} argument${plural(maxPos)}, got ${n}`
          : `${fname} expected at most ${maxPos} argument${plural(maxPos)}, got ${n}`,
      );
    }
    raiseTypeError(
      `${fname}() takes ${required === maxPos ? "exactly" : "at most"} ${maxPos} ` +
        `${kwOnly > 0 ? "positional " : ""}argument${plural(maxPos)} (${n} given)`,
    );
  }
  for (let i = 0; i < n; i++) out[i] = args[offset + i];
  if (hasKw && !allPositional && n + kw!.names.length > names.length) {
    // getargs.c and _PyArg_UnpackKeywords count keywords with positionals first (bpo-31229)
    const total = n + kw!.names.length;
    raiseTypeError(
      `${fname}() takes at most ${names.length} ${n === 0 ? "keyword " : ""}argument${
        plural(names.length)
      } (${total} given)`,
    );
  }
  if (hasKw) {
    if (allPositional) raiseTypeError(`${fname}() takes no keyword arguments`);
    for (let j = 0; j < kw!.names.length; j++) {
      const k = kw!.names[j];
      const i = names.indexOf(k);
      if (i < 0) raiseTypeError(`${fname}() got an unexpected keyword argument '${k}'`);
      if (i < posOnly) raiseTypeError(`'${k}' is an invalid keyword argument for ${fname}()`);
      if (out[i] !== undefined) {
        raiseTypeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      }
      out[i] = kw!.values[j];
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      if (allPositional) {
        raiseTypeError(
          required === maxPos
            ? `${fname} expected ${maxPos} argument${plural(maxPos)}, got ${n}`
            : `${fname} expected at least ${required} argument${plural(required)}, got ${n}`,
        );
      }
      if (i < posOnly) {
        raiseTypeError(
          `${fname}() takes at least ${required} positional argument${plural(required)} (${n} given)`,
        );
      }
      raiseTypeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** CPython's _PyArg_NoKeywords. */
export function noKeywords(fname: string, kw: Kwargs | null): void {
  if (kw !== null && kw.names.length > 0) raiseTypeError(`${fname}() takes no keyword arguments`);
}
