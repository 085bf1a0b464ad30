// Argument conversion shared by the posix functions, after posixmodule.c's converters: path_t (str,
// bytes, os.PathLike, optionally an fd or None), dir_fd, fds, follow_symlinks; and the filesystem
// encoding (UTF-8 with surrogateescape, as CPython on Linux with a UTF-8 locale).
import { type MethodSpec, None, PyBool, type PyObject, typeOf, type W } from "../../objects/model.ts";
import { type ArgShape, parseArgs } from "../native_args.ts";
import { callBound } from "../../objects/model.ts";
import { newStr, PyStr } from "../../objects/str.ts";
import { newBytes, PyBytes } from "../../objects/bytes.ts";
import { decodeBytes } from "../../objects/bytes.ts";
import { encodeString } from "../../objects/str.ts";
import { isTrue } from "../../objects/operations.ts";
import { isIndex, newTuple } from "../../objects/tuple.ts";
import { indexOf } from "../../objects/int.ts";
import { errorWithMessage, raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { AT_FDCWD } from "./libc.ts";
import { exceptionTypes } from "../../objects/exceptions.ts";
import { warn } from "../ast/warn.ts";

// ---------------------------------------------------------------- filesystem encoding

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const utf8 = new TextEncoder();

/** os.fsdecode for bytes from the system: UTF-8, undecodable bytes as lone surrogates U+DC80..U+DCFF. */
export function fsDecode(b: Uint8Array): string {
  let ascii = true;
  for (let i = 0; i < b.length; i++) {
    if (b[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return String.fromCharCode.apply(null, b as unknown as number[]);
  try {
    return strictUtf8.decode(b);
  } catch {
    return decodeBytes(b, "utf-8", "surrogateescape");
  }
}
/** os.fsencode for str. */
export function fsEncode(s: string): Uint8Array {
  if (/^[\0-\ud7ff\ue000-\uffff]*$/.test(s)) return utf8.encode(s);
  return encodeString(s, "utf-8", "surrogateescape")!;
}

// ---------------------------------------------------------------- os.fspath

/** os.fspath(): str and bytes as they are, else the result of type(obj).__fspath__(obj). */
export function fspath(w: W): PyStr | PyBytes {
  if (w instanceof PyStr || w instanceof PyBytes) return w;
  const t = typeOf(w);
  const fn = t.lookup("__fspath__");
  if (fn === undefined || fn === None) {
    raiseTypeError(`expected str, bytes or os.PathLike object, not ${t.name}`);
  }
  const r = callBound(fn, w, []);
  if (r instanceof PyStr || r instanceof PyBytes) return r;
  raiseTypeError(`expected ${t.name}.__fspath__() to return str or bytes, not ${typeOf(r).name}`);
}

// ---------------------------------------------------------------- path_t

/** A converted path argument. `c` is the NUL-terminated bytes (null when given an fd or None). */
export interface PathArg {
  /** What error messages and results use: the str/bytes after __fspath__, or the int fd. */
  object: W;
  c: Uint8Array | null;
  /** The raw bytes (no NUL). */
  bytes: Uint8Array | null;
  /** Whether results should be bytes (the path was bytes). */
  isBytes: boolean;
  fd: number;
}

export interface PathOpts {
  allowFd?: boolean;
  nullable?: boolean;
  argName?: string;
}

/** CPython's path_converter: `fname` and `argName` only shape the error messages. */
export function pathArg(w: W | undefined, fname: string, opts: PathOpts = {}): PathArg {
  const argName = opts.argName ?? "path";
  if (w === undefined) {
    raiseTypeError(`${fname}() missing required argument '${argName}' (pos 1)`);
  }
  if (w === None && opts.nullable) return { object: None, c: null, bytes: null, isBytes: false, fd: -1 };
  let o: W = w;
  if (!(o instanceof PyStr) && !(o instanceof PyBytes)) {
    if (opts.allowFd && isIndex(o)) {
      return { object: o, c: null, bytes: null, isBytes: false, fd: fdConvert(o) };
    }
    const t = typeOf(o);
    const fn = t.lookup("__fspath__");
    if (fn === undefined || fn === None) {
      const expected = opts.allowFd && opts.nullable
        ? "string, bytes, os.PathLike, integer or None"
        : opts.allowFd
        ? "string, bytes, os.PathLike or integer"
        : opts.nullable
        ? "string, bytes, os.PathLike or None"
        : "string, bytes or os.PathLike";
      raiseTypeError(`${fname}: ${argName} should be ${expected}, not ${t.name}`);
    }
    const r = callBound(fn, o, []);
    if (!(r instanceof PyStr) && !(r instanceof PyBytes)) {
      raiseTypeError(`expected ${t.name}.__fspath__() to return str or bytes, not ${typeOf(r).name}`);
    }
    o = r;
  }
  if (o instanceof PyStr) {
    const c = asciiCString(o.value);
    if (c !== null) return { object: o, c, bytes: c.subarray(0, c.length - 1), isBytes: false, fd: -1 };
  }
  const isBytes = o instanceof PyBytes;
  const bytes = isBytes ? (o as PyBytes).value : fsEncode((o as PyStr).value);
  if (bytes.indexOf(0) >= 0) raiseValueError(`${fname}: embedded null character in ${argName}`);
  const c = new Uint8Array(bytes.length + 1);
  c.set(bytes);
  return { object: o, c, bytes, isBytes, fd: -1 };
}

/** The NUL-terminated bytes of an all-ASCII string without NULs (the common path), else null. */
function asciiCString(s: string): Uint8Array | null {
  const n = s.length;
  const c = new Uint8Array(n + 1);
  for (let i = 0; i < n; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 0x80 || ch === 0) return null;
    c[i] = ch;
  }
  return c;
}

/** A result path in the argument's flavour: bytes for a bytes argument, else str. */
export function pathResult(bytes: Uint8Array, asBytes: boolean): PyObject {
  return asBytes ? newBytes(bytes.slice()) : newStr(fsDecode(bytes));
}

// ---------------------------------------------------------------- ints

/** An int argument converted as a C int (Argument Clinic's `int`): __index__, C int range. */
export function fdArg(w: W): number {
  const v = typeof w === "number" ? w : intIndex(w);
  if (typeof v === "bigint" || v < -2147483648 || v > 2147483647) {
    throw errorWithMessage("OverflowError", "Python int too large to convert to C int");
  }
  return v;
}

/** posixmodule.c's _fd_converter (path_t fds, dir_fd): the same with its own overflow messages. */
export function fdConvert(w: W): number {
  if (w instanceof PyBool) warnBoolFd();
  const v = typeof w === "number" ? w : intIndex(w);
  if (typeof v === "bigint" ? v > 0n : v > 2147483647) {
    throw errorWithMessage("OverflowError", "fd is greater than maximum");
  }
  if (typeof v === "bigint" || v < -2147483648) {
    throw errorWithMessage("OverflowError", "fd is less than minimum");
  }
  return v;
}

/** A bool where a descriptor is expected is most likely a mistake: RuntimeWarning since CPython 3.12. */
export function warnBoolFd(): void {
  warn("bool is used as a file descriptor", exceptionTypes.RuntimeWarning);
}

function intIndex(w: W): number | bigint {
  if (w instanceof PyBool) return w.value ? 1 : 0;
  if (!isIndex(w)) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  return indexOf(w);
}

/** The `fildes` converter (fsync, fdatasync, fchdir): an int or an object with fileno(). */
export function filenoArg(w: W): number {
  if (w instanceof PyBool) warnBoolFd();
  if (!isIndex(w)) {
    const fn = typeOf(w).lookup("fileno");
    if (fn === undefined) {
      raiseTypeError(`argument must be an int, or have a fileno() method, not ${typeOf(w).name}`);
    }
    const r = callBound(fn, w, []);
    if (!isIndex(r)) raiseTypeError("fileno() returned a non-integer");
    const fd = fdArg(r);
    if (fd < 0) raiseValueError(`file descriptor cannot be a negative integer (${fd})`);
    return fd;
  }
  const fd = fdArg(w);
  if (fd < 0) raiseValueError(`file descriptor cannot be a negative integer (${fd})`);
  return fd;
}

/** An `int` argument (Python int or __index__), as a JS number; `what` names it in overflow errors. */
export function intArg(w: W, what = "signed integer"): number {
  if (typeof w === "number") return w;
  if (w instanceof PyBool) return w.value ? 1 : 0;
  if (typeof w === "object" && typeOf(w).lookup("__index__") === undefined) {
    raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  }
  const v = indexOf(w);
  if (typeof v === "bigint") {
    throw errorWithMessage(
      "OverflowError",
      `${what} is ${v > 0n ? "greater than maximum" : "less than minimum"}`,
    );
  }
  return v;
}

/** dir_fd=None|int: AT_FDCWD for None. */
export function dirFdArg(w: W | undefined): number {
  if (w === undefined || w === None) return AT_FDCWD;
  if (!isIndex(w)) {
    raiseTypeError(`argument should be integer or None, not ${typeOf(w).name}`);
  }
  return fdConvert(w);
}

/** A boolean keyword such as follow_symlinks (any object, by truth), `dflt` when absent. */
export function boolArg(w: W | undefined, dflt: boolean): boolean {
  return w === undefined ? dflt : isTrue(w);
}

// ---------------------------------------------------------------- function tables

/**
 * A module function from a Python-style signature: "path, /, mode=, *, dir_fd=" — names ending in "="
 * are optional, "/" ends the positional-only ones, "*" starts the keyword-only ones. `impl` gets one
 * slot per name (undefined when not passed), checked with Argument Clinic's messages.
 */
export function func(name: string, sig: string, impl: (a: W[]) => W, module = "posix"): MethodSpec {
  const parts = sig.split(",").map((s) => s.trim()).filter((s) => s !== "");
  const names: string[] = [];
  let required = 0, posOnly = 0, kwOnlyStart = -1;
  for (const p of parts) {
    if (p === "/") posOnly = names.length;
    else if (p === "*") kwOnlyStart = names.length;
    else {
      const optional = p.endsWith("=");
      if (!optional && kwOnlyStart < 0) required = names.length + 1;
      names.push(optional ? p.slice(0, -1) : p);
    }
  }
  if (names.length === 0 || (names.length === 1 && posOnly === 1 && required === 1)) {
    return methNoArgsOrO(`${module}.${name}()`, name, names.length, impl);
  }
  const shape: ArgShape = {
    names,
    required,
    posOnly,
    kwOnly: kwOnlyStart < 0 ? 0 : names.length - kwOnlyStart,
  };
  if (posOnly === names.length) {
    // positional-only: the plain arity check gives CPython's messages for most cases
    return {
      name,
      arity: [required, names.length],
      impl: (a) => impl(a),
    };
  }
  return {
    name,
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => impl(parseArgs(name, a, k, 0, shape)),
  };
}

/** METH_NOARGS / METH_O functions: CPython names them "module.name()" in their argument errors. */
export function methNoArgsOrO(qualified: string, name: string, n: number, impl: (a: W[]) => W): MethodSpec {
  return {
    name,
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      if (k !== null && k.names.length > 0) raiseTypeError(`${qualified} takes no keyword arguments`);
      if (a.length !== n) {
        raiseTypeError(
          n === 0
            ? `${qualified} takes no arguments (${a.length} given)`
            : `${qualified} takes exactly one argument (${a.length} given)`,
        );
      }
      return impl(a);
    },
  };
}

// ---------------------------------------------------------------- posixpath accelerators

/** A path argument for the posixpath helpers (nonstrict: NUL allowed): its text and whether it is bytes. */
function pathText(w: W | undefined, fname: string): [string, boolean] {
  if (w === undefined) raiseTypeError(`${fname}() missing required argument 'path' (pos 1)`);
  let o: W = w;
  if (!(o instanceof PyStr) && !(o instanceof PyBytes)) {
    const t = typeOf(o);
    const fn = t.lookup("__fspath__");
    if (fn === undefined || fn === None) {
      raiseTypeError(`${fname}: path should be string, bytes or os.PathLike, not ${t.name}`);
    }
    o = callBound(fn, o, []);
    if (!(o instanceof PyStr) && !(o instanceof PyBytes)) {
      raiseTypeError(`expected ${t.name}.__fspath__() to return str or bytes, not ${typeOf(o).name}`);
    }
  }
  if (o instanceof PyStr) return [o.value, false];
  return [String.fromCharCode.apply(null, (o as PyBytes).value as unknown as number[]), true];
}
function textResult(s: string, asBytes: boolean): PyObject {
  if (!asBytes) return newStr(s);
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return newBytes(b);
}

/** posixpath.splitroot: ("", root, tail) where root is "", "/" or exactly "//". */
export function splitRoot(p: string): [string, string] {
  if (p[0] !== "/") return ["", p];
  if (p[1] !== "/" || p[2] === "/") return ["/", p.slice(1)];
  return ["//", p.slice(2)];
}

/** posixpath.normpath: collapse "//", "/./" and "x/.." without touching the filesystem. */
export function normPath(path: string): string {
  if (path === "") return ".";
  const [root, tail] = splitRoot(path);
  const out: string[] = [];
  for (const comp of tail.split("/")) {
    if (comp === "" || comp === ".") continue;
    if (
      comp !== ".." || (root === "" && out.length === 0) || (out.length > 0 && out[out.length - 1] === "..")
    ) {
      out.push(comp);
    } else if (out.length > 0) out.pop();
  }
  const r = root + out.join("/");
  return r === "" ? "." : r;
}

export const pathHelperFunctions: MethodSpec[] = [
  func("_path_normpath", "path", (a) => {
    const [text, asBytes] = pathText(a[0], "_path_normpath");
    return textResult(normPath(text), asBytes);
  }),
  func("_path_splitroot_ex", "p", (a) => {
    const [text, asBytes] = pathText(a[0], "_path_splitroot_ex");
    const [root, tail] = splitRoot(text);
    return newTuple([textResult("", asBytes), textResult(root, asBytes), textResult(tail, asBytes)]);
  }),
];
