// The front end's entry point: source → tokens → AST → symbol table → code generator → assembler.
import type { Mod } from "../parser/ast.ts";
import { CompileError, type CompileWarning } from "../parser/errors.ts";
import { parse, type ParseMode } from "../parser/parser.ts";
import {
  CO_FUTURE_ANNOTATIONS,
  CO_FUTURE_BARRY_AS_BDFL,
  type CodeObject,
  PyCF_ALLOW_INCOMPLETE_INPUT,
  PyCF_DONT_IMPLY_DEDENT,
  PyCF_MASK,
} from "./code.ts";
import { Codegen } from "./codegen.ts";
import { parseFuture } from "./future.ts";
import { buildSymtable } from "./symtable.ts";

export interface CompileOptions {
  /** -O level: 1 drops asserts, 2 also docstrings */
  optimize?: number;
  warnings?: CompileWarning[];
  /** compile()'s flags: PyCF_* bits, and future features (CO_FUTURE_*) in effect where it was called */
  flags?: number;
}

export type CompileMode = "exec" | "eval" | "single";

/** The interpreter's -O level (sys.flags.optimize): what compiling uses when no `optimize` is given. */
export const compileDefaults = { optimize: 0 };
/** Compilations that produced warnings: the bytecode cache does not keep code whose warnings must repeat. */
export const compileStats = { warned: 0 };

function lineGetter(source: string): (n: number) => string {
  let lines: string[] | null = null;
  return (n: number) => {
    lines ??= source.split(/\r\n|\r|\n/);
    return lines[n - 1] ?? "";
  };
}

export function compileAst(
  mod: Mod,
  filename: string,
  source: string,
  opts: CompileOptions = {},
): CodeObject {
  const lineText = lineGetter(source);
  const flags = opts.flags ?? 0;
  const future = parseFuture(mod, filename, lineText, flags);
  const st = guardDepth(filename, () => buildSymtable(mod, filename, future, lineText, opts.warnings));
  const gen = new Codegen(st, {
    filename,
    optimize: opts.optimize ?? compileDefaults.optimize,
    interactive: mod._type === "Interactive",
    warnings: opts.warnings,
    lineText,
    futureAnnotations: future.annotations,
    topLevelAwait: future.topLevelAwait,
    // every code object of the compilation carries its future features (CPython's compute_code_flags)
    futureFlags: (flags & PyCF_MASK) | (future.annotations ? CO_FUTURE_ANNOTATIONS : 0) |
      (future.barryAsFlufl ? CO_FUTURE_BARRY_AS_BDFL : 0),
  });
  return guardDepth(filename, () => gen.compileModule(mod));
}

/** The JS stack is the compiler's: running out of it is CPython's RecursionError during compilation. */
function guardDepth<T>(filename: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) {
      throw new CompileError(
        "RecursionError",
        "maximum recursion depth exceeded during compilation",
        filename,
        0,
        0,
        null,
      );
    }
    throw e;
  }
}

export function compileSource(
  source: string,
  filename: string,
  mode: CompileMode,
  opts: CompileOptions = {},
): CodeObject {
  const before = opts.warnings?.length ?? 0;
  try {
    const mod = parse(source, filename, mode as ParseMode, {
      warnings: opts.warnings,
      barryAsFlufl: ((opts.flags ?? 0) & CO_FUTURE_BARRY_AS_BDFL) !== 0,
      allowIncompleteInput: ((opts.flags ?? 0) & PyCF_ALLOW_INCOMPLETE_INPUT) !== 0,
      dontImplyDedent: ((opts.flags ?? 0) & PyCF_DONT_IMPLY_DEDENT) !== 0,
    });
    return compileAst(mod, filename, source, opts);
  } finally {
    if ((opts.warnings?.length ?? 0) > before) compileStats.warned++;
  }
}
