// `from __future__ import ...`: which features a module turns on, with CPython's errors for unknown
// features and misplaced future imports.
import type { Mod, Stmt } from "../parser/ast.ts";
import { CompileError } from "../parser/errors.ts";
import { CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL, PyCF_ALLOW_TOP_LEVEL_AWAIT } from "./code.ts";

export interface FutureFeatures {
  annotations: boolean;
  barryAsFlufl: boolean;
  /** compile(..., flags=PyCF_ALLOW_TOP_LEVEL_AWAIT): await, async for/with and async comprehensions at
   * module level make the module's code a coroutine */
  topLevelAwait: boolean;
}

const KNOWN = new Set([
  "nested_scopes",
  "generators",
  "division",
  "absolute_import",
  "with_statement",
  "print_function",
  "unicode_literals",
  "barry_as_FLUFL",
  "generator_stop",
  "annotations",
]);

/** The features of a compilation: `from __future__` imports of `mod`, and those `flags` (compile()'s flags,
 * CO_FUTURE_* and PyCF_*) carry in. */
export function parseFuture(
  mod: Mod,
  filename: string,
  lineText: (n: number) => string = () => "",
  flags = 0,
): FutureFeatures {
  const ff: FutureFeatures = {
    annotations: (flags & CO_FUTURE_ANNOTATIONS) !== 0,
    barryAsFlufl: (flags & CO_FUTURE_BARRY_AS_BDFL) !== 0,
    topLevelAwait: (flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0,
  };
  if (mod._type !== "Module" && mod._type !== "Interactive") return ff;
  let done = false;
  let first = true;
  for (const s of mod.body as Stmt[]) {
    const isDocstring = first && s._type === "Expr" && s.value._type === "Constant" &&
      typeof s.value.value === "string";
    first = false;
    if (isDocstring) continue;
    if (s._type === "ImportFrom" && s.module === "__future__" && s.level === 0) {
      if (done) {
        throw new CompileError(
          "SyntaxError",
          "from __future__ imports must occur at the beginning of the file",
          filename,
          s.lineno,
          s.col_offset + 1,
          lineText(s.lineno),
          s.end_lineno,
          s.end_col_offset + 1,
        );
      }
      for (const a of s.names) {
        if (a.name === "braces") {
          throw new CompileError(
            "SyntaxError",
            "not a chance",
            filename,
            s.lineno,
            a.col_offset + 1,
            lineText(s.lineno),
            a.end_lineno,
            a.end_col_offset + 1,
          );
        }
        if (!KNOWN.has(a.name)) {
          throw new CompileError(
            "SyntaxError",
            `future feature ${a.name} is not defined`,
            filename,
            s.lineno,
            a.col_offset + 1,
            lineText(s.lineno),
            a.end_lineno,
            a.end_col_offset + 1,
          );
        }
        if (a.name === "annotations") ff.annotations = true;
        if (a.name === "barry_as_FLUFL") ff.barryAsFlufl = true;
      }
    } else done = true;
  }
  return ff;
}
