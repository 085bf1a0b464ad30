// The builtin functions that need only the object space (abs … zip's friends), as a table of MethodSpecs
// the builtins module wraps. CPython 3.14's semantics and messages (bltinmodule.c).
import {
  call,
  call1,
  callBound,
  complexType,
  delAttr,
  False,
  floatType,
  getAttrOrUndefined,
  type Kwargs,
  type MethodSpec,
  None,
  PyType,
  setAttr,
  True,
  TypeFlags,
  typeOf,
  type W,
} from "../objects/model.ts";
import { errorWithMessage, PyError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { newStr, PyStr, reprObject } from "../objects/str.ts";
import { newTuple } from "../objects/tuple.ts";
import { builtinNamed } from "../objects/iterstate.ts";
import { listSort, newList } from "../objects/list.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import {
  binaryOp,
  BinaryOps,
  hash,
  isTrue,
  iter,
  lenOrBig,
  next,
  pow3,
  richCompare,
  STOP,
  str,
} from "../objects/operations.ts";
import { objectId } from "../objects/object.ts";
import { isInstance, isSubclass } from "../objects/instancecheck.ts";
import { asInt, indexResult, intAbs, intAdd, type IntValue } from "../objects/int.ts";
import { newComplex, PyComplex } from "../objects/complex.ts";
import { newFloat, PyFloat } from "../objects/float.ts";
import { asciiRepr } from "../objects/formatting.ts";
import { builtinType, defineNativeIterator, PyNativeIterator, STOP_ITEM } from "../objects/model.ts";

import { isOwnTextFile, writeToOwnTextFile } from "./io_files.ts";

/** Filled by the runtime: the current sys.stdout. */
export const builtinsHooks = { stdout: (): W => None };

function typeName(w: W): string {
  return typeOf(w).name;
}

function kwarg(k: Kwargs | null, name: string): W | undefined {
  if (k === null) return undefined;
  const i = k.names.indexOf(name);
  return i < 0 ? undefined : k.values[i];
}
function checkKw(fname: string, k: Kwargs | null, allowed: string[]): void {
  if (k === null) return;
  for (const n of k.names) {
    if (!allowed.includes(n)) raiseTypeError(`${fname}() got an unexpected keyword argument '${n}'`);
  }
}

/** Python's `index()` of an int-like for hex/oct/bin/chr. */
function asIndex(w: W): IntValue {
  // PyNumber_Index: an int (subclasses too) is its value; __index__ results as int.ts's indexResult takes them
  const v = asInt(w);
  if (v !== undefined) return v;
  const fn = typeOf(w).lookup("__index__");
  if (fn === undefined) raiseTypeError(`'${typeName(w)}' object cannot be interpreted as an integer`);
  return indexResult(callBound(fn, w, []));
}
function radix(w: W, base: number, prefix: string): W {
  const v = asIndex(w);
  const neg = typeof v === "number" ? v < 0 : v < 0n;
  const abs = intAbs(v);
  return newStr((neg ? "-" : "") + prefix + abs.toString(base));
}

function lt(a: W, b: W): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  return isTrue(richCompare(a, b, "<"));
}

/**
 * min()/max() as CPython's min_max: items are taken one at a time and each key computed as its item is
 * reached (a key function or an iterator with side effects sees them interleaved), so the iterable is
 * never held as a whole.
 */
function minmax(name: "min" | "max", a: W[], k: Kwargs | null): W {
  checkKw(name, k, ["key", "default"]);
  const key = kwarg(k, "key");
  const dflt = kwarg(k, "default");
  if (a.length === 0) raiseTypeError(`${name} expected at least 1 argument, got 0`);
  if (a.length > 1 && dflt !== undefined) {
    raiseTypeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const it = a.length === 1 ? iter(a[0]) : null;
  const useKey = key !== undefined && key !== None;
  const isMax = name === "max";
  let best: W | undefined = undefined;
  let bestKey: W = None;
  for (let i = 0;; i++) {
    let x: W;
    if (it !== null) {
      x = next(it);
      if (x === STOP) break;
    } else {
      if (i >= a.length) break;
      x = a[i];
    }
    const xk = useKey ? call1(key!, x) : x;
    if (best === undefined) {
      best = x;
      bestKey = xk;
    } else if (isMax ? lt(bestKey, xk) : lt(xk, bestKey)) {
      best = x;
      bestKey = xk;
    }
  }
  if (best === undefined) {
    if (dflt !== undefined) return dflt;
    raiseValueError(`${name}() iterable argument is empty`);
  }
  return best;
}

/** sum() with CPython's int fast path and Neumaier-compensated float sum (3.12+). */
function sum(a: W[], k: Kwargs | null): W {
  checkKw("sum", k, ["start"]);
  const start: W = a.length > 1 ? a[1] : kwarg(k, "start") ?? 0;
  if (start instanceof PyStr) raiseTypeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (typeName(start) === "bytes") raiseTypeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (typeName(start) === "bytearray") {
    raiseTypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  const it = iter(a[0]);
  let acc: W = start;
  for (;;) {
    const x = next(it);
    if (x === STOP) return acc;
    if (
      (typeof acc === "number" || typeof acc === "bigint") && (typeof x === "number" || typeof x === "bigint")
    ) {
      acc = intAdd(acc, x);
      continue;
    }
    if (acc instanceof PyFloat && acc.cls === floatType) {
      // compensated (Neumaier) summation over a run of exact floats and ints, as CPython's sum
      const re = new CompensatedSum(acc.value);
      let cur: W = x;
      for (; cur !== STOP; cur = next(it)) {
        if (cur instanceof PyFloat && cur.cls === floatType) re.add(cur.value);
        else {
          const v = longAsDouble(cur);
          if (v === undefined) break;
          re.add(v);
        }
      }
      acc = newFloat(re.total());
      if (cur === STOP) return acc;
      acc = binaryOp(BinaryOps.add, acc, cur);
      continue;
    }
    if (acc instanceof PyComplex && acc.cls === complexType) {
      // the same per component over exact complexes, ints and floats (3.14)
      const re = new CompensatedSum(acc.re), im = new CompensatedSum(acc.im);
      let cur: W = x;
      for (; cur !== STOP; cur = next(it)) {
        if (cur instanceof PyComplex && cur.cls === complexType) {
          re.add(cur.re);
          im.add(cur.im);
        } else if (cur instanceof PyFloat) re.add(cur.value);
        else {
          const v = longAsDouble(cur);
          if (v === undefined) break;
          re.add(v);
        }
      }
      acc = newComplex(re.total(), im.total());
      if (cur === STOP) return acc;
      acc = binaryOp(BinaryOps.add, acc, cur);
      continue;
    }
    acc = binaryOp(BinaryOps.add, acc, x);
  }
}

/** Neumaier's compensated sum (CPython's CompensatedSum in bltinmodule.c). */
class CompensatedSum {
  hi: number;
  lo = 0;
  constructor(x: number) {
    this.hi = x;
  }
  add(x: number): void {
    const t = this.hi + x;
    if (Math.abs(this.hi) >= Math.abs(x)) this.lo += (this.hi - t) + x;
    else this.lo += (x - t) + this.hi;
    this.hi = t;
  }
  /** The compensation is left out when it is 0 (keeps -0.0) or not finite (keeps inf, not nan). */
  total(): number {
    return this.lo !== 0 && Number.isFinite(this.lo) ? this.hi + this.lo : this.hi;
  }
}

/** An int (bool, subclass) that fits a C long, as a double; undefined for anything else. */
function longAsDouble(w: W): number | undefined {
  if (typeof w === "number") return w;
  if (typeof w === "bigint") return w >= -(1n << 63n) && w < (1n << 63n) ? Number(w) : undefined;
  const v = asInt(w);
  return v === undefined ? undefined : longAsDouble(v);
}

function printImpl(a: W[], k: Kwargs | null): W {
  checkKw("print", k, ["sep", "end", "file", "flush"]);
  const sepW = kwarg(k, "sep"), endW = kwarg(k, "end");
  let file = kwarg(k, "file");
  const flush = kwarg(k, "flush");
  if (sepW !== undefined && sepW !== None && !(sepW instanceof PyStr)) {
    raiseTypeError(`sep must be None or a string, not ${typeName(sepW)}`);
  }
  if (endW !== undefined && endW !== None && !(endW instanceof PyStr)) {
    raiseTypeError(`end must be None or a string, not ${typeName(endW)}`);
  }
  const sep = sepW instanceof PyStr ? sepW.value : " ";
  const end = endW instanceof PyStr ? endW.value : "\n";
  if (file === undefined || file === None) file = builtinsHooks.stdout();
  if (file === None) return None;
  if (isOwnTextFile(file)) {
    // our own text files: one write (they buffer anyway)
    let text = "";
    for (let i = 0; i < a.length; i++) {
      if (i > 0) text += sep;
      text += str(a[i]);
    }
    writeToOwnTextFile(file, newStr(text + end));
  } else {
    // any other file object sees CPython's sequence of writes
    const write = getAttrOrUndefined(file, "write");
    if (write === undefined) {
      throw errorWithMessage("AttributeError", `'${typeName(file)}' object has no attribute 'write'`);
    }
    for (let i = 0; i < a.length; i++) {
      if (i > 0) call(write, [newStr(sep)]);
      call(write, [newStr(str(a[i]))]);
    }
    call(write, [newStr(end)]);
  }
  if (flush !== undefined && isTrue(flush)) {
    const fl = getAttrOrUndefined(file, "flush");
    if (fl !== undefined) call(fl, []);
  }
  return None;
}

function roundImpl(a: W[]): W {
  const x = a[0];
  const nd = a.length > 1 ? a[1] : None;
  const fn = typeOf(x).lookup("__round__");
  if (fn === undefined) raiseTypeError(`type ${typeName(x)} doesn't define __round__ method`);
  return nd === None ? callBound(fn, x, []) : callBound(fn, x, [nd]);
}

function getattrImpl(a: W[]): W {
  const [obj, name, dflt] = a;
  if (!(name instanceof PyStr)) raiseTypeError(`attribute name must be string, not '${typeName(name)}'`);
  if (dflt === undefined) return getAttrStrict(obj, name.value);
  try {
    const r = getAttrOrUndefined(obj, name.value);
    return r === undefined ? dflt : r;
  } catch (e) {
    if (e instanceof PyError && e.matches(exceptionTypes.AttributeError)) return dflt;
    throw e;
  }
}
import { getAttr as getAttrStrict } from "../objects/model.ts";

/** iter(callable, sentinel) */
const callableIteratorType: PyType = builtinType("callable_iterator", undefined, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
class PyCallableIterator extends PyNativeIterator {
  declare fn: W | null;
  declare sentinel: W;
  constructor(fn: W, sentinel: W) {
    super();
    this.cls = callableIteratorType;
    this.fn = fn;
    this.sentinel = sentinel;
  }
  nextItem(): W {
    if (this.fn === null) return STOP_ITEM;
    let v: W;
    try {
      v = call(this.fn, []);
    } catch (e) {
      if (e instanceof PyError && e.matches(exceptionTypes.StopIteration)) {
        this.fn = null;
        return STOP_ITEM;
      }
      throw e;
    }
    // the call may have exhausted this iterator (gh-101892); the sentinel is the left operand, as CPython
    if (this.fn === null) return STOP_ITEM;
    if (v === this.sentinel || isTrue(richCompare(this.sentinel, v, "=="))) {
      this.fn = null;
      return STOP_ITEM;
    }
    return v;
  }
}
defineNativeIterator(callableIteratorType);
defineMethods(callableIteratorType, [
  {
    // (iter, (callable, sentinel)), or (iter, ((),)) once exhausted (calliter_reduce)
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const fn = builtinNamed("iter"), it = a[0] as PyCallableIterator;
      if (it.fn === null) return newTuple([fn, newTuple([newTuple([])])]);
      return newTuple([fn, newTuple([it.fn, it.sentinel])]);
    },
  },
]);

function isCallable(w: W): boolean {
  if (typeof w !== "object") return false;
  if (w instanceof PyType) return true;
  return typeOf(w).lookup("__call__") !== undefined;
}

export const BUILTIN_FUNCTIONS: MethodSpec[] = [
  {
    name: "abs",
    arity: [1, 1],
    impl: (a) => {
      const x = a[0];
      if (typeof x === "number" || typeof x === "bigint") return intAbs(x);
      if (x instanceof PyFloat && typeName(x) === "float") return newFloat(Math.abs(x.value));
      const fn = typeOf(x).lookup("__abs__");
      if (fn === undefined) raiseTypeError(`bad operand type for abs(): '${typeName(x)}'`);
      return callBound(fn, x, []);
    },
  },
  {
    name: "all",
    arity: [1, 1],
    impl: (a) => {
      const it = iter(a[0]);
      for (;;) {
        const x = next(it);
        if (x === STOP) return True;
        if (!isTrue(x)) return False;
      }
    },
  },
  {
    name: "any",
    arity: [1, 1],
    impl: (a) => {
      const it = iter(a[0]);
      for (;;) {
        const x = next(it);
        if (x === STOP) return False;
        if (isTrue(x)) return True;
      }
    },
  },
  {
    // PyObject_ASCII: an all-ASCII repr is returned as it is (a str subclass stays one)
    name: "ascii",
    arity: [1, 1],
    impl: (a) => {
      const r = reprObject(a[0]);
      return /^[\0-\x7f]*$/.test(r.value) ? r : newStr(asciiRepr(r.value));
    },
  },
  { name: "bin", arity: [1, 1], impl: (a) => radix(a[0], 2, "0b") },
  { name: "oct", arity: [1, 1], impl: (a) => radix(a[0], 8, "0o") },
  { name: "hex", arity: [1, 1], impl: (a) => radix(a[0], 16, "0x") },
  { name: "callable", arity: [1, 1], impl: (a) => (isCallable(a[0]) ? True : False) },
  {
    name: "chr",
    arity: [1, 1],
    impl: (a) => {
      if (a[0] instanceof PyFloat) raiseTypeError("'float' object cannot be interpreted as an integer");
      const v = asIndex(a[0]);
      // any int out of range, however large, is a ValueError (3.14's builtin_chr clamps the C long)
      if (typeof v === "bigint" || v < 0 || v > 0x10ffff) raiseValueError("chr() arg not in range(0x110000)");
      return newStr(String.fromCodePoint(v));
    },
  },
  {
    name: "ord",
    arity: [1, 1],
    impl: (a) => {
      const x = a[0];
      if (x instanceof PyStr) {
        if (x.length !== 1) {
          raiseTypeError(`ord() expected a character, but string of length ${x.length} found`);
        }
        return x.value.codePointAt(0)!;
      }
      const b = (x as unknown as { value?: unknown }).value;
      if ((typeName(x) === "bytes" || typeName(x) === "bytearray") && b instanceof Uint8Array) {
        if (b.length !== 1) {
          raiseTypeError(`ord() expected a character, but string of length ${b.length} found`);
        }
        return b[0];
      }
      raiseTypeError(`ord() expected string of length 1, but ${typeName(x)} found`);
    },
  },
  {
    name: "divmod",
    arity: [2, 2],
    impl: (a) => {
      const fn = typeOf(a[0]).lookup("__divmod__");
      if (fn !== undefined) {
        const r = callBound(fn, a[0], [a[1]]);
        if (r !== notImpl()) return r;
      }
      const rfn = typeOf(a[1]).lookup("__rdivmod__");
      if (rfn !== undefined) {
        const r = callBound(rfn, a[1], [a[0]]);
        if (r !== notImpl()) return r;
      }
      raiseTypeError(`unsupported operand type(s) for divmod(): '${typeName(a[0])}' and '${typeName(a[1])}'`);
    },
  },
  {
    name: "format",
    arity: [1, 2],
    impl: (a) => {
      const spec = a.length > 1 ? a[1] : newStr("");
      if (!(spec instanceof PyStr)) raiseTypeError(`format() argument 2 must be str, not ${typeName(spec)}`);
      const fn = typeOf(a[0]).lookup("__format__");
      if (fn === undefined) raiseTypeError(`Type ${typeName(a[0])} doesn't define __format__`);
      const r = callBound(fn, a[0], [spec]);
      if (!(r instanceof PyStr)) raiseTypeError(`__format__ must return a str, not ${typeName(r)}`);
      return r;
    },
  },
  { name: "getattr", arity: [2, 3], impl: getattrImpl },
  {
    name: "hasattr",
    arity: [2, 2],
    impl: (a) => {
      if (!(a[1] instanceof PyStr)) raiseTypeError(`attribute name must be string, not '${typeName(a[1])}'`);
      try {
        return getAttrOrUndefined(a[0], a[1].value) === undefined ? False : True;
      } catch (e) {
        if (e instanceof PyError && e.matches(exceptionTypes.AttributeError)) return False;
        throw e;
      }
    },
  },
  {
    name: "setattr",
    arity: [3, 3],
    impl: (a) => {
      if (!(a[1] instanceof PyStr)) raiseTypeError(`attribute name must be string, not '${typeName(a[1])}'`);
      setAttr(a[0], a[1].value, a[2]);
      return None;
    },
  },
  {
    name: "delattr",
    arity: [2, 2],
    impl: (a) => {
      if (!(a[1] instanceof PyStr)) raiseTypeError(`attribute name must be string, not '${typeName(a[1])}'`);
      delAttr(a[0], a[1].value);
      return None;
    },
  },
  { name: "hash", arity: [1, 1], impl: (a) => hash(a[0]) },
  { name: "id", arity: [1, 1], impl: (a) => objectId(a[0]) },
  { name: "isinstance", arity: [2, 2], impl: (a) => (isInstance(a[0], a[1]) ? True : False) },
  { name: "issubclass", arity: [2, 2], impl: (a) => (isSubclass(a[0], a[1]) ? True : False) },
  {
    name: "iter",
    arity: [1, 2],
    impl: (a) => {
      if (a.length === 1) return iter(a[0]);
      if (!isCallable(a[0])) raiseTypeError("iter(v, w): v must be callable");
      return new PyCallableIterator(a[0], a[1]);
    },
  },
  { name: "len", arity: [1, 1], impl: (a) => lenOrBig(a[0]) },
  { name: "max", arity: [0, -1], kw: ["**"], impl: (a, k) => minmax("max", a, k) },
  { name: "min", arity: [0, -1], kw: ["**"], impl: (a, k) => minmax("min", a, k) },
  {
    name: "next",
    arity: [1, 2],
    impl: (a) => {
      const it = a[0];
      if (typeOf(it).lookup("__next__") === undefined) {
        raiseTypeError(`'${typeName(it)}' object is not an iterator`);
      }
      if (a.length === 1) {
        if (it instanceof PyNativeIterator && (it.cls.flags & 1) === 0) {
          const v = it.nextItem();
          if (v === STOP_ITEM) throw errorStop();
          return v;
        }
        return callBound(typeOf(it).lookup("__next__")!, it, []);
      }
      const v = next(it);
      return v === STOP ? a[1] : v;
    },
  },
  {
    name: "pow",
    arity: [2, 3],
    kw: ["base", "exp", "mod"],
    impl: (a) => {
      if (a[2] === undefined || a[2] === None) return binaryOp(BinaryOps.pow, a[0], a[1]);
      return pow3(a[0], a[1], a[2]);
    },
  },
  { name: "repr", arity: [1, 1], impl: (a) => reprObject(a[0]) },
  { name: "round", arity: [1, 2], kw: ["number", "ndigits"], impl: roundImpl },
  {
    name: "sorted",
    arity: [1, 1],
    kw: ["**"],
    impl: (a, k) => {
      checkKw("sorted", k, ["key", "reverse"]);
      const l = newList([]);
      const it = iter(a[0]);
      for (;;) {
        const x = next(it);
        if (x === STOP) break;
        l.items.push(x);
      }
      const rev = kwarg(k, "reverse");
      listSort(l, kwarg(k, "key") ?? None, rev !== undefined && isTrue(rev));
      return l;
    },
  },
  { name: "sum", arity: [1, 2], kw: ["**"], impl: (a, k) => sum(a, k) },
  { name: "print", arity: [0, -1], kw: ["**"], impl: printImpl },
  {
    name: "aiter",
    arity: [1, 1],
    impl: (a) => {
      const fn = typeOf(a[0]).lookup("__aiter__");
      if (fn === undefined) raiseTypeError(`'${typeName(a[0])}' object is not an async iterable`);
      const r = callBound(fn, a[0], []);
      if (typeOf(r).lookup("__anext__") === undefined) {
        raiseTypeError(`aiter() returned not an async iterator of type '${typeName(r)}'`);
      }
      return r;
    },
  },
  {
    name: "anext",
    arity: [1, 2],
    impl: (a) => {
      const fn = typeOf(a[0]).lookup("__anext__");
      if (fn === undefined) raiseTypeError(`'${typeName(a[0])}' object is not an async iterator`);
      if (a.length === 1) return callBound(fn, a[0], []);
      return anextDefault(callBound(fn, a[0], []), a[1]);
    },
  },
];

/** First lines of CPython's docstrings, so `help()`-style introspection finds something real. */
const DOCS: Record<string, string> = {
  abs: "Return the absolute value of the argument.",
  all: "Return True if bool(x) is True for all values x in the iterable.",
  any: "Return True if bool(x) is True for any x in the iterable.",
  ascii: "Return an ASCII-only representation of an object.",
  bin: "Return the binary representation of an integer.",
  callable: "Return whether the object is callable (i.e., some kind of function).",
  chr: "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.",
  divmod: "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.",
  format: "Return type(value).__format__(value, format_spec)",
  getattr: "getattr(object, name[, default]) -> value",
  hasattr: "Return whether the object has an attribute with the given name.",
  hash: "Return the hash value for the given object.",
  hex: "Return the hexadecimal representation of an integer.",
  id: "Return the identity of an object.",
  isinstance: "Return whether an object is an instance of a class or of a subclass thereof.",
  issubclass: "Return whether 'cls' is derived from another class or is the same class.",
  iter: "iter(iterable) -> iterator",
  len: "Return the number of items in a container.",
  max: "max(iterable, *[, default=obj, key=func]) -> value",
  min: "min(iterable, *[, default=obj, key=func]) -> value",
  next: "next(iterator[, default])",
  oct: "Return the octal representation of an integer.",
  ord: "Return the Unicode code point for a one-character string.",
  pow: "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments",
  print: "Prints the values to a stream, or to sys.stdout by default.",
  repr: "Return the canonical string representation of the object.",
  round: "Round a number to a given precision in decimal digits.",
  setattr: "Sets the named attribute on the given object to the specified value.",
  delattr: "Deletes the named attribute from the given object.",
  sorted: "Return a new list containing all items from the iterable in ascending order.",
  sum: "Return the sum of a 'start' value (default: 0) plus an iterable of numbers",
  aiter: "Return an AsyncIterator for an AsyncIterable object.",
  anext: "Return the next item from the async iterator.",
};
for (const spec of BUILTIN_FUNCTIONS) {
  if (spec.doc === undefined && DOCS[spec.name]) spec.doc = DOCS[spec.name];
}

/**
 * anext(it, default): an awaitable that turns StopAsyncIteration into `default` (CPython's
 * anextawaitable). Every step asks the wrapped awaitable for its iterator again, as CPython does, so
 * a Python `__await__` is called once per step.
 */
const anextAwaitableType: PyType = builtinType("anext_awaitable", undefined, { flags: 0 });
class PyAnextAwaitable extends PyNativeIterator {
  declare wrapped: W;
  declare dflt: W;
  constructor(wrapped: W, dflt: W) {
    super();
    this.cls = anextAwaitableType;
    this.wrapped = wrapped;
    this.dflt = dflt;
  }
  /** anextawaitable_getiter: the wrapped awaitable's iterator (a coroutine's through __await__). */
  awaitableIter(): W {
    let it = getAwaitable(this.wrapped, 0);
    if (it instanceof PyGenerator && it.cls === coroutineType) {
      it = callMethod(it, "__await__", []);
      if (typeOf(it).lookup("__next__") === undefined) raiseTypeError("__await__ returned a non-iterable");
    }
    return it;
  }
  nextItem(): W {
    return this.proxy("__next__", null);
  }
  proxy(name: string, args: W[] | null): W {
    const it = this.awaitableIter();
    try {
      return callMethod(it, name, args ?? []);
    } catch (e) {
      if (e instanceof PyError && e.matches(exceptionTypes.StopAsyncIteration)) throw errorStop(this.dflt);
      throw e;
    }
  }
}
defineNativeIterator(anextAwaitableType);
import { callMethod, defineMethods } from "../objects/model.ts";
import { coroutineType, PyGenerator } from "../objects/generator.ts";
import { getAwaitable } from "../vm/ops.ts";
defineMethods(anextAwaitableType, [
  { name: "__await__", arity: [0, 0], impl: (a) => a[0] },
  { name: "send", arity: [1, 1], impl: (a) => (a[0] as PyAnextAwaitable).proxy("send", [a[1]]) },
  { name: "throw", arity: [1, 3], impl: (a) => (a[0] as PyAnextAwaitable).proxy("throw", a.slice(1)) },
  { name: "close", arity: [0, 0], impl: (a) => (a[0] as PyAnextAwaitable).proxy("close", []) },
]);
function anextDefault(awaitable: W, dflt: W): W {
  return new PyAnextAwaitable(awaitable, dflt);
}

function errorStop(value?: W): PyError {
  return new PyError(call(exceptionTypes.StopIteration, value === undefined ? [] : [value]) as never);
}
function notImpl(): W {
  return notImplRef;
}
import { NotImplemented as notImplRef } from "../objects/model.ts";
