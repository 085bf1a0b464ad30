// Compiling source at run time (compile(), exec(), eval(), imports): the front end's CompileError becomes
// a Python SyntaxError with CPython's attributes (msg, filename, lineno, offset, text, end_lineno,
// end_offset), and SyntaxError's own __init__/__str__ live here.
import { call, defineMethods, getAttrOrUndefined, None, typeOf, type W } from "../objects/model.ts";
import { PyError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { encodeString, newStr, PyStr } from "../objects/str.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { exceptionTypes, newException, PyBaseException } from "../objects/exceptions.ts";
import { compileSource } from "../compiler/compile.ts";
import { CompileError, type CompileWarning } from "../parser/errors.ts";
import { codeFor, PyCode } from "../objects/codeobject.ts";
import { isTrue, iterateToArray, str } from "../objects/operations.ts";
import { bytesLike } from "../objects/bytes.ts";
import { getIntMaxStrDigits, indexOf } from "../objects/int.ts";
import { intLiteralLimit } from "../parser/literals.ts";
import { decodeSource } from "../parser/source.ts";
import { PyCF_COMPILE_MASK, PyCF_MASK, PyCF_MASK_OBSOLETE, PyCF_ONLY_AST } from "../compiler/code.ts";
import { state } from "../vm/state.ts";
import { compileWithAst } from "./ast/mod.ts";
import { fsDecode, fspath } from "./posix/args.ts";

intLiteralLimit.maxDigits = getIntMaxStrDigits;

const FIELDS = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"] as const;

/** Source → code object, raising SyntaxError (or its subclasses) as a Python exception. */
export function compileToCode(
  source: string,
  filename: string,
  mode: "exec" | "eval" | "single",
  optimize?: number,
  flags = 0,
): PyCode {
  const warnings: CompileWarning[] = [];
  try {
    // optimize: compile()'s level; undefined is the interpreter's (-O)
    const code = codeFor(compileSource(source, filename, mode, { warnings, optimize, flags }));
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

/**
 * builtins.compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)
 * with CPython's argument checks; unless dont_inherit, the future features of the calling code carry over
 * (PyEval_MergeCompilerFlags).
 */
export function builtinCompile(a: W[]): W {
  const [source, filenameArg, mode] = a;
  const filename = fsFilename(filenameArg);
  if (!(mode instanceof PyStr)) {
    raiseTypeError(`compile() argument 'mode' must be str, not ${typeOf(mode).name}`);
  }
  let flags = a[3] === undefined ? 0 : Number(indexOf(a[3]));
  const dontInherit = a[4] !== undefined && isTrue(a[4]);
  const optimize = a[5] === undefined ? -1 : Number(indexOf(a[5]));
  if (flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK)) {
    raiseValueError("compile(): unrecognised flags");
  }
  if (optimize < -1 || optimize > 2) raiseValueError("compile(): invalid optimize value");
  if (!dontInherit) flags |= inheritedFlags();
  const m = mode.value;
  if (m === "func_type") {
    if (!(flags & PyCF_ONLY_AST)) raiseValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  } else if (m !== "exec" && m !== "eval" && m !== "single") {
    raiseValueError(
      flags & PyCF_ONLY_AST
        ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
        : "compile() mode must be 'exec', 'eval' or 'single'",
    );
  }
  // (an AST compiled to code warns as source does: SyntaxWarnings of the code generator)
  const astWarnings: CompileWarning[] = [];
  let tree: W | undefined;
  try {
    tree = compileWithAst([source, newStr(filename), mode, flags, None, optimize, a[6] ?? -1], astWarnings);
  } finally {
    emitCompileWarnings(astWarnings);
  }
  if (tree !== undefined) return tree;
  if (source instanceof PyCode) return source;
  const text = sourceText(source, filename, "compile", "string, bytes or AST");
  // optimize: -1 (the default) is the interpreter's -O level, 0..2 a level of its own
  return compileToCode(
    text,
    filename,
    m as "exec" | "eval" | "single",
    optimize >= 0 ? optimize : undefined,
    flags,
  );
}

/** The compile flags code compiled by the running frame passes on (its future features). */
export function inheritedFlags(): number {
  const frame = state.frame;
  return frame === null ? 0 : frame.code.flags & PyCF_MASK;
}

/** compile()'s filename: str, bytes (decoded as file names are) or os.PathLike (PyUnicode_FSDecoder). */
function fsFilename(w: W): string {
  if (w instanceof PyStr) return w.value;
  const p = fspath(w);
  return p instanceof PyStr ? p.value : fsDecode(p.value);
}

/**
 * The text of compile()/exec()/eval()'s source argument (_Py_SourceAsString): a str, or bytes-like
 * decoded by its coding declaration; NUL characters are a SyntaxError.
 */
export function sourceText(source: W, filename: string, func: string, what: string): string {
  let text: string;
  if (source instanceof PyStr) {
    text = source.value;
    // the compiler reads UTF-8: lone surrogates are a UnicodeEncodeError
    if (/[\ud800-\udfff]/.test(text)) encodeString(text, "utf-8", "strict");
  } else {
    const b = bytesLike(source);
    if (b === undefined) raiseTypeError(`${func}() arg 1 must be a ${what} object`);
    if (b.includes(0)) throw nullBytesError();
    try {
      text = decodeSource(b, filename);
    } catch (e) {
      if (e instanceof CompileError) throw syntaxErrorFrom(e);
      throw e;
    }
  }
  if (text.includes("\0")) throw nullBytesError();
  return text;
}

function nullBytesError(): PyError {
  const msg = newStr("source code string cannot contain null bytes");
  const exc = newException(exceptionTypes.SyntaxError, [msg]);
  initSyntaxError(exc, [msg]);
  return new PyError(exc);
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
        throw syntaxErrorFrom(
          w.asError ?? new CompileError("SyntaxError", w.message, w.filename, w.lineno, 0, null),
        );
      }
      throw e;
    }
  }
}

export function syntaxErrorFrom(e: CompileError): PyError {
  const cls = exceptionTypes[e.kind] ?? exceptionTypes.SyntaxError;
  if (e.kind === "MemoryError" || e.kind === "RecursionError" || e.kind === "ValueError") {
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
  if (e.metadata !== null) {
    const [line, col, source] = e.metadata;
    exc.setAttr("_metadata", newTuple([line, col, source === null ? None : newStr(source)]));
  }
  return new PyError(exc);
}

function initSyntaxError(exc: PyBaseException, args: W[]): void {
  exc.args = args;
  exc.setAttr("msg", args.length > 0 ? args[0] : None);
  for (const f of FIELDS) exc.setAttr(f, None);
  exc.setAttr("print_file_and_line", None);
  if (args.length === 2) {
    // SyntaxError_init: the details are any sequence, parsed as "OOOO|OOO" (the 7th is _metadata)
    const items = args[1] instanceof PyTuple ? args[1].items : iterateToArray(args[1]);
    if (items.length < 4) raiseTypeError(`function takes at least 4 arguments (${items.length} given)`);
    if (items.length > 7) raiseTypeError(`function takes at most 7 arguments (${items.length} given)`);
    if (items.length === 5) raiseTypeError("end_offset must be provided when end_lineno is provided");
    for (let i = 0; i < FIELDS.length && i < items.length; i++) exc.setAttr(FIELDS[i], items[i]);
    if (items.length === 7) exc.setAttr("_metadata", items[6]);
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
