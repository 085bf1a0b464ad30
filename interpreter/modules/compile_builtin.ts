// Compiling source at run time (compile(), exec(), eval(), imports): the front end's CompileError becomes
// a Python SyntaxError with CPython's attributes (msg, filename, lineno, offset, text, end_lineno,
// end_offset), and SyntaxError's own __init__/__str__ live here.
import { call, defineMethods, getAttrOrUndefined, None, type W } from "../objects/model.ts";
import { PyError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { exceptionTypes, newException, PyBaseException } from "../objects/exceptions.ts";
import { compileSource } from "../compiler/compile.ts";
import { CompileError, type CompileWarning } from "../parser/errors.ts";
import { codeFor, type PyCode } from "../objects/codeobject.ts";
import { str } from "../objects/operations.ts";

const FIELDS = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"] as const;

/** Source → code object, raising SyntaxError (or its subclasses) as a Python exception. */
export function compileToCode(
  source: string,
  filename: string,
  mode: "exec" | "eval" | "single",
  optimize?: number,
): PyCode {
  const warnings: CompileWarning[] = [];
  try {
    // optimize: compile()'s level; undefined is the interpreter's (-O)
    const code = codeFor(compileSource(source, filename, mode, { warnings, optimize }));
    emitCompileWarnings(warnings);
    return code;
  } catch (e) {
    emitCompileWarnings(warnings);
    if (e instanceof CompileError) throw syntaxErrorFrom(e);
    if (e instanceof RangeError) {
      throw new PyError(
        newException(exceptionTypes.RecursionError, [
          newStr("maximum recursion depth exceeded during compilation"),
        ]),
      );
    }
    throw e;
  }
}

/** Set by importing/importer.ts (which imports this module): importing `warnings`. */
export const compileHooks = { importModule: (_name: string): W => None };

/**
 * The compiler's SyntaxWarnings (and DeprecationWarnings) go to warnings.warn_explicit with the source
 * location; a SyntaxWarning the filters turn into an error is raised as a SyntaxError at that place, as
 * CPython's _PyErr_EmitSyntaxWarning does.
 */
function emitCompileWarnings(warnings: CompileWarning[]): void {
  if (warnings.length === 0) return;
  let warnExplicit: W | undefined;
  try {
    warnExplicit = getAttrOrUndefined(compileHooks.importModule("warnings"), "warn_explicit");
  } catch (e) {
    if (e instanceof PyError) return;
    throw e;
  }
  if (warnExplicit === undefined) return;
  for (const w of warnings) {
    const category = exceptionTypes[w.category];
    try {
      call(warnExplicit, [newStr(w.message), category, newStr(w.filename), w.lineno]);
    } catch (e) {
      if (e instanceof PyError && e.matches(exceptionTypes.SyntaxWarning)) {
        throw syntaxErrorFrom(new CompileError("SyntaxError", w.message, w.filename, w.lineno, 0, null));
      }
      throw e;
    }
  }
}

export function syntaxErrorFrom(e: CompileError): PyError {
  const cls = exceptionTypes[e.kind] ?? exceptionTypes.SyntaxError;
  if (e.kind === "MemoryError" || e.kind === "RecursionError") {
    return new PyError(newException(cls, [newStr(e.msg)]));
  }
  const details = newTuple([
    newStr(e.filename),
    e.lineno,
    e.offset,
    e.text === null ? None : newStr(e.text),
    e.end_lineno,
    e.end_offset,
  ]);
  const exc = newException(cls, [newStr(e.msg), details]);
  initSyntaxError(exc, [newStr(e.msg), details]);
  return new PyError(exc);
}

function initSyntaxError(exc: PyBaseException, args: W[]): void {
  exc.args = args;
  exc.setAttr("msg", args.length > 0 ? args[0] : None);
  for (const f of FIELDS) exc.setAttr(f, None);
  exc.setAttr("print_file_and_line", None);
  if (args.length === 2 && args[1] instanceof PyTuple) {
    const items = args[1].items;
    for (let i = 0; i < FIELDS.length && i < items.length; i++) exc.setAttr(FIELDS[i], items[i]);
  }
}

defineMethods(exceptionTypes.SyntaxError, [
  {
    name: "__init__",
    arity: [0, -1],
    impl: (a) => {
      initSyntaxError(a[0] as PyBaseException, a.slice(1));
      return None;
    },
  },
  {
    name: "__str__",
    arity: [0, 0],
    impl: (a) => {
      const e = a[0] as PyBaseException;
      const msg = e.getAttr("msg");
      const m = msg === undefined ? "" : msg instanceof PyStr ? msg.value : str(msg);
      const fn = e.getAttr("filename");
      const ln = e.getAttr("lineno");
      const base = fn instanceof PyStr ? fn.value.split("/").pop()! : null;
      if (base !== null && typeof ln === "number") return newStr(`${m} (${base}, line ${ln})`);
      if (base !== null) return newStr(`${m} (${base})`);
      if (typeof ln === "number") return newStr(`${m} (line ${ln})`);
      return newStr(m);
    },
  },
]);

/** Whether the REPL should ask for more lines before compiling (CPython's codeop rules, simplified). */
export function isIncomplete(source: string): boolean {
  const lines = source.split("\n");
  const head = lines[0].trim();
  const compound = head.endsWith(":") || head.startsWith("@") ||
    /^(if|for|while|def|class|with|try|async|match)\b/.test(head);
  if (compound && lines[lines.length - 1].trim() !== "") return true;
  try {
    compileSource(source + "\n", "<stdin>", "single");
    return false;
  } catch (e) {
    if (!(e instanceof CompileError)) return false;
    return e.kind === "_IncompleteInputError" ||
      /was never closed|unexpected EOF|expected an indented block/.test(e.msg);
  }
}
