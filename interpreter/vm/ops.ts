// The eval loop's out-of-line operations: everything an opcode needs beyond a few lines lives here, so
// the dispatcher in eval.ts stays small enough for V8 to optimise as one function.
import {
  AttrMap,
  builtinGetAttribute,
  builtinSetAttr,
  call,
  callBound,
  defineGetSets,
  delAttr,
  False,
  finalizerHooks,
  functionTypes,
  getAttr,
  getAttrOrUndefined,
  getDescriptorValue,
  isDataDescriptor,
  type Kwargs,
  None,
  objectType,
  PyBuiltinFunction,
  PyInstance,
  PyMethodDescriptor,
  PyObject,
  PyPlainObject,
  PyType,
  setAttr,
  True,
  typeOf,
  typeType,
  type W,
} from "../objects/model.ts";
import { COMMON_CONSTANTS, OP, SPECIAL_METHODS } from "../compiler/opcodes.ts";
import { errorWithMessage, exceptionType, newError, PyError, raiseTypeError } from "./errors.ts";
import type { Frame } from "./frame.ts";
import { state } from "./state.ts";
import { importFromMessage } from "./module_errors.ts";
import { traceException, traceReturn } from "./tracing.ts";
import { tick } from "./interrupts.ts";
import { type PyFunction } from "../objects/function.ts";
import { type PyCode } from "../objects/codeobject.ts";
import { PyCell } from "../objects/cell.ts";
import { superType } from "../objects/super.ts";
import { PySlice } from "../objects/slice.ts";
import { floatDivmod, floatPow, newFloat, PyFloat } from "../objects/float.ts";
import { bmpSlice, newStr, PyStr, strContains } from "../objects/str.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { listGetItem, newList, PyList } from "../objects/list.ts";
import { dictFromPairs, newDict, PyDict } from "../objects/dict.ts";
import { PyAnySet, type PySet, setType, setUpdate as setUpdateFrom } from "../objects/set.ts";
import { exceptionTypes, PyBaseException } from "../objects/exceptions.ts";
import {
  binaryOp,
  BinaryOps,
  type BinaryOpSpec,
  contains,
  getItem,
  inplaceOp,
  isTrue,
  iter,
  iterateToArray,
  len,
  next,
  plainSequenceItems,
  repr,
  richCompare,
  STOP,
  str,
} from "../objects/operations.ts";
import {
  intAdd,
  intAnd,
  intFloorDiv,
  intInvert,
  intLshift,
  intMod,
  intMul,
  intNeg,
  intOr,
  intPow,
  intRshift,
  intSub,
  intTrueDiv,
  type IntValue,
  intXor,
} from "../objects/int.ts";
import {
  asyncGeneratorType,
  asyncGenNext,
  AsyncGenWrapped,
  coroutineType,
  generatorHooks,
  isIterableCoroutine,
  newGeneratorFor,
  PyGenerator,
} from "../objects/generator.ts";
import { CO_COROUTINE, CO_HAS_DOCSTRING, CO_ITERABLE_COROUTINE } from "../compiler/code.ts";
import { dictType, floatType, listType, strType, tupleType, TypeFlags } from "../objects/model.ts";
import { asciiRepr, formatValue } from "../objects/formatting.ts";
import { enterTransparent, FrameExit, leaveTransparent, switchPoint } from "./threads.ts";

export const listTypeRef: PyType = listType;
export const strTypeRef: PyType = strType;

export function errorOf(name: string, message: string): PyError {
  return errorWithMessage(name, message);
}

// ---------------------------------------------------------------- names

/** Hooks the runtime fills: import machinery and REPL display live outside the VM. */
export const vmHooks = {
  importName: (_frame: Frame, _name: string, _fromlist: W, _level: number): W => None,
  displayHook: (_v: W): void => {},
  importStar: (_frame: Frame, _module: W): void => {},
  sysModules: (): PyDict | null => null,
  typingIntrinsic: (_name: string, _args: W[]): W => {
    throw errorWithMessage("NotImplementedError", "type parameters (PEP 695) need the typing module");
  },
};

function nameError(name: string): PyError {
  const err = errorWithMessage("NameError", `name '${name}' is not defined`);
  (err.value as PyBaseException).setAttr("name", newStr(name));
  return err;
}

export function loadBuiltin(frame: Frame, name: string): W {
  const b = frame.builtins;
  // (a dict subclass or any other mapping as builtins answers through __getitem__, as in CPython)
  const v = b instanceof PyDict && b.cls === dictType ? b.getStr(name) : mappingGet(b, name);
  if (v === undefined) throw nameError(name);
  return v;
}

/** mapping[name] for a locals mapping (dict fast path), undefined when absent. */
export function mappingGet(mapping: W, name: string): W | undefined {
  if (mapping instanceof PyDict && mapping.cls === dictType) return mapping.getStr(name);
  // a created class's `__classdict__` cell holds the class: its own namespace, live (CPython's tp_dict)
  if (mapping instanceof PyType) return mapping.dict.get(name);
  try {
    return getItem(mapping, newStr(name));
  } catch (e) {
    if (e instanceof PyError && e.matches(exceptionTypes.KeyError)) return undefined;
    throw e;
  }
}

export function loadName(frame: Frame, name: string): W {
  const locals = frame.locals;
  if (locals === null) throw errorOf("SystemError", `no locals when loading '${name}'`);
  let v = mappingGet(locals, name);
  if (v !== undefined) return v;
  v = mappingGet(frame.globals, name);
  if (v !== undefined) return v;
  return loadBuiltin(frame, name);
}

export function storeName(frame: Frame, name: string, value: W): void {
  const locals = frame.locals;
  if (locals === null) throw errorOf("SystemError", `no locals found when storing '${name}'`);
  if (locals instanceof PyDict && locals.cls === dictType) locals.setStr(name, value);
  else callBound(typeOf(locals).lookup("__setitem__")!, locals, [newStr(name), value]);
}

export function deleteName(frame: Frame, name: string): void {
  const locals = frame.locals;
  if (locals === null) throw errorOf("SystemError", `no locals when deleting '${name}'`);
  if (locals instanceof PyDict && locals.cls === dictType) {
    if (!locals.delStr(name)) throw nameError(name);
    return;
  }
  try {
    callBound(typeOf(locals).lookup("__delitem__")!, locals, [newStr(name)]);
  } catch (e) {
    if (e instanceof PyError && e.matches(exceptionTypes.KeyError)) throw nameError(name);
    throw e;
  }
}

export function loadFromDictOrGlobals(frame: Frame, mapping: W, name: string): W {
  const v = mappingGet(mapping, name);
  if (v !== undefined) return v;
  // a dict subclass as globals (annotationlib's fake globals) answers through __getitem__/__missing__
  const g = mappingGet(frame.globals, name);
  if (g !== undefined) return g;
  return loadBuiltin(frame, name);
}

export function freeVarError(code: PyCode, i: number): PyError {
  const name = code.localsplusnames[i];
  // a cell of this frame (its own variable, even when not a fast local) is an unbound local, as CPython's
  // _PyEval_FormatExcUnbound decides by the slot's place before the free variables
  if (!(code.kinds[i] & 0x80)) {
    return errorOf(
      "UnboundLocalError",
      `cannot access local variable '${name}' where it is not associated with a value`,
    );
  }
  return errorOf(
    "NameError",
    `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
  );
}

export function commonConstant(i: number): W {
  const name = COMMON_CONSTANTS[i];
  if (name === "AssertionError" || name === "NotImplementedError") return exceptionType(name);
  const b = builtinsRef.dict;
  const v = b === null ? undefined : b.getStr(name);
  if (v === undefined) throw errorOf("SystemError", `common constant ${name} missing`);
  return v;
}
export const builtinsRef = { dict: null as PyDict | null };

// ---------------------------------------------------------------- operators

const NB_SPECS: [BinaryOpSpec, boolean][] = (() => {
  const order: (keyof typeof BinaryOps)[] = [
    "add",
    "and",
    "floordiv",
    "lshift",
    "matmul",
    "mul",
    "mod",
    "or",
    "pow",
    "rshift",
    "sub",
    "truediv",
    "xor",
  ];
  const out: [BinaryOpSpec, boolean][] = order.map((k) => [BinaryOps[k], false]);
  for (const k of order) out.push([BinaryOps[k], true]);
  return out;
})();

/** Both operands ints (JS numbers or bigints): exact int arithmetic without dunder dispatch. */
function intBinary(oparg: number, a: IntValue, b: IntValue): W | undefined {
  switch (oparg % 13) {
    case 0:
      return intAdd(a, b);
    case 5:
      return intMul(a, b);
    case 10:
      return intSub(a, b);
    case 1:
      return intAnd(a, b);
    case 2:
      return intFloorDiv(a, b);
    case 3:
      return intLshift(a, b);
    case 6:
      return intMod(a, b);
    case 7:
      return intOr(a, b);
    case 8:
      return b < 0 ? undefined : intPow(a, b);
    case 9:
      return intRshift(a, b);
    case 11:
      return newFloat(intTrueDiv(a, b));
    case 12:
      return intXor(a, b);
  }
  return undefined;
}

export function binaryByCode(oparg: number, a: W, b: W): W {
  if (oparg === 26) return subscript(a, b);
  if (typeof a !== "object" && typeof b !== "object" && oparg !== 4 && oparg !== 17) {
    // ints (numbers or bigints; a bool is an object) — matmul has no int form
    const r = intBinary(oparg, a, b);
    if (r !== undefined) return r;
  } else if ((oparg === 0 || oparg === 13) && typeof a === "object" && typeof b === "object") {
    // exact tuple + tuple and list + list: no dunder lookup, argument arrays or Array.prototype.concat
    // (list += list is list.__iadd__, which extends in place: only the binary form here)
    const ca = a.cls;
    if (ca === b.cls && (ca === tupleType || (ca === listType && oparg === 0))) {
      const x = (a as PyTuple | PyList).items, y = (b as PyTuple | PyList).items;
      if (ca === tupleType) {
        if (y.length === 0) return a;
        if (x.length === 0) return b;
        return newTuple(concatItems(x, y));
      }
      return newList(concatItems(x, y));
    }
  }
  const [spec, inplace] = NB_SPECS[oparg];
  return inplace ? inplaceOp(spec, a, b) : binaryOp(spec, a, b);
}

function concatItems(x: W[], y: W[]): W[] {
  // slice + push keeps the array packed (a preallocated `new Array(n)` is holey for good)
  const out = x.slice();
  for (let i = 0, m = y.length; i < m; i++) out.push(y[i]);
  return out;
}

/** + - * / and their in-place forms: where an int operand of a float behaves as float(int) exactly. */
export function isFloatArith(oparg: number): boolean {
  return oparg === 0 || oparg === 13 || oparg === 10 || oparg === 23 || oparg === 5 || oparg === 18 ||
    oparg === 11 || oparg === 24;
}

export function floatBinary(oparg: number, x: number, y: number): W {
  switch (oparg) {
    case 0:
    case 13:
      return newFloat(x + y);
    case 10:
    case 23:
      return newFloat(x - y);
    case 5:
    case 18:
      return newFloat(x * y);
    case 11:
    case 24:
      if (y === 0) throw errorOf("ZeroDivisionError", "division by zero");
      return newFloat(x / y);
    case 2:
    case 15:
      if (y === 0) throw errorOf("ZeroDivisionError", "division by zero");
      return newFloat(floatDivmod(x, y)[0]);
    case 6:
    case 19:
      if (y === 0) throw errorOf("ZeroDivisionError", "division by zero");
      return newFloat(floatDivmod(x, y)[1]);
    case 8:
    case 21:
      // a negative base with a fractional exponent gives a complex: float.__pow__ knows how
      if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) break;
      return newFloat(floatPow(x, y));
  }
  return binaryByCode(oparg, newFloat(x), newFloat(y));
}

export function subscript(container: W, key: W): W {
  if (container instanceof PyList && typeof key === "number") {
    const items = container.items;
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length && container.cls === listType) return items[i];
  } else if (container instanceof PyList && key instanceof PySlice && container.cls === listType) {
    return listGetItem(container, key);
  } else if (container instanceof PyTuple && typeof key === "number") {
    const items = container.items;
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) return items[i];
  } else if (container instanceof PyDict && container.cls === dictType) {
    const v = container.getItem(key);
    if (v !== undefined) return v;
    // an exact dict has no __missing__: the KeyError is thrown here (dict_subscript's
    // _PyErr_SetKeyError), from this optimised frame rather than from the never-returning raise helper
    // under dict.__getitem__, whose unoptimised frames made each such raise cost V8 ~0.6 us more
    throw newError(exceptionType("KeyError"), [key]);
  } else if (container instanceof PyStr && typeof key === "number" && container.allBmp) {
    // s[i] of a str without surrogate pairs: code units are code points (one-char strs are shared)
    const v = container.value;
    const i = key < 0 ? key + v.length : key;
    if (i >= 0 && i < v.length && container.cls === strType) return newStr(v[i]);
  }
  return getItem(container, key);
}

/**
 * container[start:stop] (BINARY_SLICE): an exact str without surrogate pairs or an exact list with int or
 * None bounds is sliced directly; anything else through __getitem__ with a slice object.
 */
export function sliceSubscript(container: W, start: W, stop: W): W {
  if (
    typeof container === "object" && (typeof start === "number" || start === None) &&
    (typeof stop === "number" || stop === None)
  ) {
    const lo = typeof start === "number" ? start : undefined,
      hi = typeof stop === "number" ? stop : undefined;
    if (container.cls === strTypeRef && (container as PyStr).allBmp) {
      return bmpSlice(container as PyStr, lo, hi);
    }
    if (container.cls === listType) return newList((container as PyList).items.slice(lo, hi));
  }
  return getItem(container, new PySlice(start, stop, None));
}

export function numCompare(cmp: number, a: number, b: number): boolean {
  switch (cmp) {
    case 0:
      return a < b;
    case 1:
      return a <= b;
    case 2:
      return a === b;
    case 3:
      return a !== b;
    case 4:
      return a > b;
    default:
      return a >= b;
  }
}

const CMP_NAMES = ["<", "<=", "==", "!=", ">", ">="] as const;
export function compareByCode(cmp: number, a: W, b: W): W {
  if (typeof a !== "object" && typeof b !== "object") {
    // ints, numbers or bigints: JS compares a bigint with a number by value (== too, unlike ===)
    // deno-lint-ignore eqeqeq
    if (cmp === 2) return a == b ? True : False;
    // deno-lint-ignore eqeqeq
    if (cmp === 3) return a != b ? True : False;
    return (cmp === 0 ? a < b : cmp === 1 ? a <= b : cmp === 4 ? a > b : a >= b) ? True : False;
  }
  if (a instanceof PyFloat && b instanceof PyFloat) {
    return numCompare(cmp, a.value, b.value) ? True : False;
  }
  if (a instanceof PyStr && b instanceof PyStr && a.cls === strType && b.cls === strType) {
    if (cmp === 2) return a.value === b.value ? True : False;
    if (cmp === 3) return a.value !== b.value ? True : False;
    if (a.allBmp && b.allBmp) {
      const x = a.value, y = b.value;
      return (cmp === 0 ? x < y : cmp === 1 ? x <= y : cmp === 4 ? x > y : x >= y) ? True : False;
    }
  }
  return richCompare(a, b, CMP_NAMES[cmp]);
}

export function negative(v: W): W {
  if (typeof v === "number" || typeof v === "bigint") return intNeg(v);
  if (v instanceof PyFloat) return newFloat(-v.value);
  return unary(v, "__neg__", "unary -");
}
export function invert(v: W): W {
  if (typeof v === "number" || typeof v === "bigint") return intInvert(v);
  return unary(v, "__invert__", "unary ~");
}
export function positive(v: W): W {
  if (typeof v !== "object" || (v instanceof PyFloat && v.cls === floatType)) return v;
  return unary(v, "__pos__", "unary +");
}
function unary(v: W, name: string, what: string): W {
  const fn = typeOf(v).lookup(name);
  if (fn === undefined) raiseTypeError(`bad operand type for ${what}: '${typeOf(v).name}'`);
  return callBound(fn, v, []);
}

// ---------------------------------------------------------------- containers

export function listExtend(list: PyList, v: W): void {
  const src = plainSequenceItems(v);
  if (src !== undefined) {
    for (let i = 0; i < src.length; i++) list.items.push(src[i]);
    return;
  }
  const it = iterOrTypeError(v, (t) => `Value after * must be an iterable, not ${t}`);
  for (;;) {
    const x = next(it);
    if (x === STOP) return;
    list.items.push(x);
  }
}
function iterOrTypeError(v: W, msg: (t: string) => string): W {
  if (typeOf(v).lookup("__iter__") === undefined && typeOf(v).lookup("__getitem__") === undefined) {
    raiseTypeError(msg(typeOf(v).name));
  }
  return iter(v);
}
export function setUpdate(set: PySet, v: W): void {
  setUpdateFrom(set, v);
}
export function dictUpdate(d: PyDict, v: W): void {
  if (v instanceof PyDict) {
    for (const [k, val] of v.itemsArray()) d.setItem(k, val);
    return;
  }
  const keys = getAttrOrUndefined(v, "keys");
  if (keys === undefined) raiseTypeError(`'${typeOf(v).name}' object is not a mapping`);
  for (const k of iterateToArray(call(keys, []))) d.setItem(k, getItem(v, k));
}
/** `f(**a, **b)`: like update but duplicate keys are an error naming the callee. */
export function dictMerge(d: PyDict, v: W, callee: W): void {
  const add = (k: W, val: W) => {
    if (d.getItem(k) !== undefined) {
      raiseTypeError(`${funcDescription(callee)} got multiple values for keyword argument '${str(k)}'`);
    }
    d.setItem(k, val);
  };
  if (v instanceof PyDict) {
    for (const [k, val] of v.itemsArray()) add(k, val);
    return;
  }
  const keys = getAttrOrUndefined(v, "keys");
  if (keys === undefined) {
    raiseTypeError(`${funcDescription(callee)} argument after ** must be a mapping, not ${typeOf(v).name}`);
  }
  for (const k of iterateToArray(call(keys, []))) add(k, getItem(v, k));
}
/** CPython's _PyObject_FunctionStr: "module.qualname()" (no module for builtins). */
export function funcDescription(f: W): string {
  let q = getAttrOrUndefined(f, "__qualname__");
  if (!(q instanceof PyStr)) q = getAttrOrUndefined(f, "__name__");
  if (!(q instanceof PyStr)) return str(f);
  const m = getAttrOrUndefined(f, "__module__");
  if (m instanceof PyStr && m.value !== "builtins") return `${m.value}.${q.value}()`;
  return `${q.value}()`;
}

/** Unpack `seq` into exactly `before` values (after < 0) or before + [starred list] + after values. */
export function unpackIterable(seq: W, before: number, after: number): W[] {
  if (typeOf(seq).lookup("__iter__") === undefined && typeOf(seq).lookup("__getitem__") === undefined) {
    raiseTypeError(`cannot unpack non-iterable ${typeOf(seq).name} object`);
  }
  const it = iter(seq);
  const out: W[] = [];
  for (let i = 0; i < before; i++) {
    const x = next(it);
    if (x === STOP) {
      if (after < 0) {
        throw errorOf("ValueError", `not enough values to unpack (expected ${before}, got ${i})`);
      }
      throw errorOf(
        "ValueError",
        `not enough values to unpack (expected at least ${before + after}, got ${i})`,
      );
    }
    out.push(x);
  }
  if (after < 0) {
    const extra = next(it);
    if (extra === STOP) return out;
    // CPython 3.14's unpack_iterable names the length of an exact list, tuple or dict only
    const t = typeOf(seq);
    if (t === listType || t === tupleType || t === dictType) {
      throw errorOf("ValueError", `too many values to unpack (expected ${before}, got ${len(seq)})`);
    }
    throw errorOf("ValueError", `too many values to unpack (expected ${before})`);
  }
  const rest: W[] = [];
  for (;;) {
    const x = next(it);
    if (x === STOP) break;
    rest.push(x);
  }
  if (rest.length < after) {
    throw errorOf(
      "ValueError",
      `not enough values to unpack (expected at least ${before + after}, got ${before + rest.length})`,
    );
  }
  const tail = rest.splice(rest.length - after, after);
  out.push(newList(rest));
  for (const x of tail) out.push(x);
  return out;
}

export function lenOf(v: W): W {
  return len(v);
}

// ---------------------------------------------------------------- attributes

/** Second result of loadMethod/loadSpecial: the self to pass, or undefined for a plain attribute. */
export const lm = { self: undefined as W | undefined };

export function loadAttr(owner: W, name: string): W {
  return getAttr(owner, name);
}

/** LOAD_ATTR with the method flag: avoid creating a bound method when the attribute is a plain method. */
export function loadMethod(owner: W, name: string): W {
  const type = typeOf(owner);
  const ga = type.lookup("__getattribute__");
  if (ga === builtinGetAttribute.object) {
    const descr = type.lookup(name);
    if (
      descr !== undefined && typeof descr === "object" &&
      (functionTypes.has(descr.cls) || (descr instanceof PyMethodDescriptor && descr.spec.kind !== "class"))
    ) {
      if (!(owner instanceof PyInstance) || owner.getAttr(name) === undefined) {
        lm.self = owner;
        return descr;
      }
    }
  }
  // getAttr may run Python code (__getattr__, descriptors) whose own method loads reuse lm.self
  const r = getAttr(owner, name);
  lm.self = undefined;
  return r;
}

export function storeAttr(owner: W, name: string, value: W): void {
  setAttr(owner, name, value);
}
export function deleteAttr(owner: W, name: string): void {
  delAttr(owner, name);
}

export function loadSuperAttr(
  superFn: W,
  cls: W,
  self: W,
  name: string,
  method: boolean,
  twoArgs: boolean,
): W {
  // CPython's LOAD_SUPER_ATTR_METHOD: super(cls, self).name for the builtin super and an instance of cls
  // is the function found after cls in type(self)'s MRO, with self (no super object made)
  if (
    method && superFn === superType && cls instanceof PyType && name !== "__class__" &&
    !(self instanceof PyType)
  ) {
    const mro = typeOf(self).mro;
    let i = mro.indexOf(cls);
    if (i >= 0) {
      for (i++; i < mro.length; i++) {
        const v = mro[i].dict.get(name);
        if (v === undefined) continue;
        if (typeof v === "object" && functionTypes.has(v.cls)) {
          lm.self = self;
          return v;
        }
        break;
      }
    }
  }
  const s = call(superFn, twoArgs ? [cls, self] : []);
  const r = getAttr(s, name);
  lm.self = undefined;
  return r;
}

export function loadSpecial(owner: W, which: number): W {
  const name = SPECIAL_METHODS[which];
  const type = typeOf(owner);
  const descr = type.lookup(name);
  if (descr === undefined) {
    // CPython 3.14's _Py_SpecialMethods messages, with the hint when the other protocol is there
    const isAsync = which >= 2;
    const proto = isAsync ? "the asynchronous context manager protocol" : "the context manager protocol";
    const other = isAsync ? ["__enter__", "__exit__"] : ["__aenter__", "__aexit__"];
    const hint = other.every((n) => type.lookup(n) !== undefined)
      ? isAsync
        ? " but it supports the context manager protocol. Did you mean to use 'with'?"
        : " but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?"
      : "";
    raiseTypeError(`'${type.name}' object does not support ${proto} (missed ${name} method)${hint}`);
  }
  if (typeof descr === "object" && (functionTypes.has(descr.cls) || descr instanceof PyMethodDescriptor)) {
    lm.self = owner;
    return descr;
  }
  const r = getDescriptorValue(descr, owner, type);
  lm.self = undefined;
  return r;
}

/**
 * Trace events raised while an exception is being unwound: an error from the trace function replaces
 * nothing (CPython reports it and turns tracing off; the original exception keeps unwinding).
 */
export function traceExceptionSafely(frame: Frame, exc: W): void {
  try {
    traceException(frame, exc);
  } catch { /* tracing is now off */ }
}
export function traceReturnSafely(frame: Frame, exc: W = None): void {
  try {
    traceReturn(frame, exc, false, true);
  } catch { /* tracing is now off */ }
}

/** Every few thousand backward jumps: maybe start the Ctrl-C watcher, then look at the flag. */
export function pollInterrupts(): void {
  tick();
  if (state.threads) switchPoint();
  checkInterrupt();
}

export function checkInterrupt(): void {
  const flag = state.interrupt;
  // signal handlers run in the main thread, as in CPython
  if (flag !== null && !state.notMain && Atomics.load(flag, 0) !== 0) {
    // bit 1: SIGINT (vm/interrupts.ts); other bits: signals the `signal` module listens for
    const pending = Atomics.exchange(flag, 0, 0);
    const handler = state.sigintHandler;
    if (handler !== null) handler(pending);
    else throw newError(exceptionTypes.KeyboardInterrupt, []);
  }
}

// ---------------------------------------------------------------- calls and functions

export function callGeneric(
  callable: W,
  slots: (W | undefined)[],
  argStart: number,
  nargs: number,
  kwnames: PyTuple | null,
): W {
  if (kwnames === null) return call(callable, slots.slice(argStart, argStart + nargs) as W[], null);
  const nkw = kwnames.items.length;
  const npos = nargs - nkw;
  const kwargs: Kwargs = {
    names: kwnames.items.map((k) => (k as PyStr).value),
    values: slots.slice(argStart + npos, argStart + nargs) as W[],
  };
  return call(callable, slots.slice(argStart, argStart + npos) as W[], kwargs);
}

export function kwargsFromDict(kw: W | undefined): Kwargs | null {
  if (kw === undefined || kw === None) return null;
  if (!(kw instanceof PyDict)) raiseTypeError("argument after ** must be a mapping");
  const items = kw.itemsArray();
  if (items.length === 0) return null;
  const names: string[] = [];
  const values: W[] = [];
  for (const [k, v] of items) {
    if (!(k instanceof PyStr)) raiseTypeError("keywords must be strings");
    names.push(k.value);
    values.push(v);
  }
  return { names, values };
}

export function callEx(callable: W, selfOrNull: W | undefined, callargs: W, kwargs: W | undefined): W {
  if (
    !(callargs instanceof PyTuple) && typeOf(callargs).lookup("__iter__") === undefined &&
    typeOf(callargs).lookup("__getitem__") === undefined
  ) {
    raiseTypeError(
      `${funcDescription(callable)} argument after * must be an iterable, not ${typeOf(callargs).name}`,
    );
  }
  if (kwargs !== undefined && kwargs !== None && !(kwargs instanceof PyDict)) {
    if (getAttrOrUndefined(kwargs, "keys") === undefined) {
      raiseTypeError(
        `${funcDescription(callable)} argument after ** must be a mapping, not ${typeOf(kwargs).name}`,
      );
    }
    const d = newDict();
    dictMerge(d, kwargs, callable);
    kwargs = d;
  }
  let args = plainSequenceItems(callargs) ?? iterateToArray(callargs);
  if (selfOrNull !== undefined) args = [selfOrNull, ...args];
  if (!state.threads) return call(callable, args, kwargsFromDict(kwargs));
  // a green thread may switch out inside the function (vm/threads.ts: a transparent call), or in a
  // blocking builtin called here as by CALL
  if (callable instanceof PyBuiltinFunction || callable instanceof PyMethodDescriptor) {
    state.callSpec = callable.spec;
  }
  const level = enterTransparent(callable, true);
  try {
    return call(callable, args, kwargsFromDict(kwargs));
  } finally {
    leaveTransparent(level);
  }
}

export function initFunction(f: PyFunction, frame: Frame): void {
  const mod = (frame.globals as PyDict).getStr("__name__");
  if (mod !== undefined) f.module = mod;
  if (f.code.flags & CO_HAS_DOCSTRING) {
    const c = f.code.consts;
    if (c.length > 0 && c[0] instanceof PyStr) f.doc = c[0];
  }
}

export function setFunctionAttribute(f: PyFunction, flag: number, v: W): void {
  switch (flag) {
    case 1:
      f.defaults = (v as PyTuple).items.length === 0 ? null : (v as PyTuple).items;
      break;
    case 2:
      f.kwdefaults = v as PyObject;
      break;
    case 4:
      if (v instanceof PyTuple) {
        const pairs: [W, W][] = [];
        for (let i = 0; i + 1 < v.items.length; i += 2) pairs.push([v.items[i], v.items[i + 1]]);
        f.annotations = dictFromPairs(pairs);
      } else f.annotations = v;
      break;
    case 8:
      f.closure = (v as PyTuple).items as PyCell[];
      break;
    case 16:
      f.annotate = v;
      break;
  }
}

export function loadBuildClass(frame: Frame): W {
  const b = frame.builtins;
  const v = b instanceof PyDict ? b.getStr("__build_class__") : mappingGet(b, "__build_class__");
  if (v === undefined) throw errorOf("NameError", "__build_class__ not found");
  return v;
}

export function setupAnnotations(frame: Frame): void {
  const locals = frame.locals;
  if (locals === null) throw errorOf("SystemError", "no locals found when setting up annotations");
  if (mappingGet(locals, "__annotations__") === undefined) storeName(frame, "__annotations__", newDict());
}

export function clearStack(slots: (W | undefined)[], from: number, to: number): void {
  for (let i = from; i < to; i++) slots[i] = undefined;
}

/**
 * The stack a handler starts with: `frame`'s value stack cleared from the handler's depth up to `top`, then
 * the raising instruction's offset if the handler wants it, then the exception. Returns the new height.
 */
export function enterHandler(
  frame: Frame,
  target: { depth: number; lasti: boolean },
  exc: W,
  top: number,
): number {
  const slots = frame.slots;
  let sp = frame.code.nlocalsplus + target.depth;
  clearStack(slots, sp, top);
  if (target.lasti) slots[sp++] = frame.lasti;
  slots[sp++] = exc;
  return sp;
}

// ---------------------------------------------------------------- generators and coroutines

export function getYieldFromIter(frame: Frame, v: W): W {
  if (v instanceof PyGenerator) {
    if (v.cls === coroutineType && !(frame.code.flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
      raiseTypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return v;
  }
  return iter(v);
}

const sendResult = { done: false, value: None as W };
/** SEND: resume the receiver with `v`; done=true carries the return value. */
/**
 * A call of a generator function without running its frame: the prologue (MAKE_CELL, COPY_FREE_VARS) done
 * here and RETURN_GENERATOR's generator made, as the eval loop would. Null when the code has another
 * prologue, or while tracing (a trace function sees the frame run).
 */
export function startGenerator(frame: Frame): PyGenerator | null {
  const code = frame.code;
  let gs = code.genStart;
  if (gs === -2) gs = code.genStart = generatorStart(code);
  if (gs < 0 || state.tracing) return null;
  const ops = code.ops, args = code.args, slots = frame.slots;
  for (let i = 0; i < gs; i++) {
    const arg = args[i];
    if (ops[i] === OP.MAKE_CELL) slots[arg] = new PyCell(slots[arg]);
    else if (ops[i] === OP.COPY_FREE_VARS) {
      const closure = frame.func!.closure!;
      const base = code.nlocalsplus - arg;
      for (let k = 0; k < arg; k++) slots[base + k] = closure[k];
    }
  }
  frame.lasti = gs;
  frame.pc = gs + 1;
  frame.sp = code.nlocalsplus;
  frame.back = null;
  return newGeneratorFor(frame);
}
function generatorStart(code: PyCode): number {
  const ops = code.ops;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op === OP.RETURN_GENERATOR) return i;
    if (op !== OP.MAKE_CELL && op !== OP.COPY_FREE_VARS && op !== OP.NOP) return -1;
  }
  return -1;
}

export function send(receiver: W, v: W): { done: boolean; value: W } {
  if (receiver instanceof PyGenerator) {
    const r = generatorHooks.resumeFast(receiver, v);
    sendResult.done = !receiver.frame.suspended;
    sendResult.value = r;
    return sendResult;
  }
  try {
    let r: W;
    if (v === None) {
      const fn = typeOf(receiver).lookup("__next__");
      if (fn === undefined) raiseTypeError(`'${typeOf(receiver).name}' object is not an iterator`);
      r = callBound(fn, receiver, []);
    } else {
      r = call(getAttr(receiver, "send"), [v]);
    }
    sendResult.done = false;
    sendResult.value = r;
  } catch (e) {
    if (e instanceof PyError && e.matches(exceptionTypes.StopIteration)) {
      sendResult.done = true;
      sendResult.value = (e.value as PyBaseException).getAttr("value") ?? None;
    } else throw e;
  }
  return sendResult;
}

export function getAwaitable(obj: W, where: number): W {
  if (obj instanceof PyGenerator) {
    if (obj.cls === coroutineType) {
      if (obj.yieldFrom() !== undefined) {
        throw errorWithMessage("RuntimeError", "coroutine is being awaited already");
      }
      return obj;
    }
    if (isIterableCoroutine(obj)) return obj;
  }
  const fn = typeOf(obj).lookup("__await__");
  if (fn === undefined) {
    if (where === 1) {
      raiseTypeError(
        `'async with' received an object from __aenter__ that does not implement __await__: ${
          typeOf(obj).name
        }`,
      );
    }
    if (where === 2) {
      raiseTypeError(
        `'async with' received an object from __aexit__ that does not implement __await__: ${
          typeOf(obj).name
        }`,
      );
    }
    raiseTypeError(`'${typeOf(obj).name}' object can't be awaited`);
  }
  const it = callBound(fn, obj, []);
  if (it instanceof PyGenerator && it.cls === coroutineType) {
    raiseTypeError("__await__() returned a coroutine");
  }
  if (typeOf(it).lookup("__next__") === undefined) {
    raiseTypeError(`__await__() returned non-iterator of type '${typeOf(it).name}'`);
  }
  return it;
}

export function getAiter(obj: W): W {
  const fn = typeOf(obj).lookup("__aiter__");
  if (fn === undefined) {
    raiseTypeError(`'async for' requires an object with __aiter__ method, got ${typeOf(obj).name}`);
  }
  const it = callBound(fn, obj, []);
  if (typeOf(it).lookup("__anext__") === undefined) {
    raiseTypeError(
      `'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).name}`,
    );
  }
  return it;
}

export function getAnext(aiter: W): W {
  if (aiter instanceof PyGenerator && aiter.cls === asyncGeneratorType) return asyncGenNext(aiter);
  const fn = typeOf(aiter).lookup("__anext__");
  if (fn === undefined) {
    raiseTypeError(`'async for' requires an iterator with __anext__ method, got ${typeOf(aiter).name}`);
  }
  const r = callBound(fn, aiter, []);
  try {
    return getAwaitable(r, 0);
  } catch (e) {
    // any error getting the awaitable (an __await__ that raises too) is the cause (_PyErr_FormatFromCause)
    if (e instanceof PyError) {
      const err = errorWithMessage(
        "TypeError",
        `'async for' received an invalid object from __anext__: ${typeOf(r).name}`,
      );
      const v = err.value as PyBaseException;
      v.cause = e.value;
      v.context = e.value;
      v.suppressContext = true;
      err.chained = true;
      throw err;
    }
    throw e;
  }
}

// ---------------------------------------------------------------- exceptions

function isExceptionClass(w: W): w is PyType {
  return w instanceof PyType && w.isSubtypeOf(exceptionTypes.BaseException);
}

/** `raise C` / `raise ... from C` with a class: its call must give an exception instance. */
function instantiateException(cls: W): PyBaseException {
  const value = call(cls, []);
  if (!(value instanceof PyBaseException)) {
    raiseTypeError(
      `calling ${repr(cls)} should have returned an instance of BaseException, not ${repr(typeOf(value))}`,
    );
  }
  return value;
}

export function makeRaise(exc: W, cause: W | undefined): PyError {
  let value: W;
  if (isExceptionClass(exc)) value = instantiateException(exc);
  else if (exc instanceof PyBaseException) value = exc;
  else raiseTypeError("exceptions must derive from BaseException");
  const v = value as PyBaseException;
  if (cause !== undefined) {
    if (cause === None) v.cause = None;
    else if (isExceptionClass(cause)) v.cause = instantiateException(cause);
    else if (cause instanceof PyBaseException) v.cause = cause;
    else raiseTypeError("exception causes must derive from BaseException");
    v.suppressContext = true;
  }
  return new PyError(v);
}

export function excMatches(exc: W, t: W): boolean {
  const check = (c: W) => {
    if (!isExceptionClass(c)) {
      raiseTypeError("catching classes that do not inherit from BaseException is not allowed");
    }
  };
  if (t instanceof PyTuple) {
    for (const c of t.items) check(c);
    for (const c of t.items) if (typeOf(exc).isSubtypeOf(c as PyType)) return true;
    return false;
  }
  check(t);
  return typeOf(exc).isSubtypeOf(t as PyType);
}

export const egHooks = {
  checkEgMatch: (_eg: W, _t: W): [W, W] => {
    throw errorOf("NotImplementedError", "except* needs exception groups");
  },
  prepReraiseStar: (_orig: W, _excs: W): W => None,
};
export function checkEgMatch(eg: W, t: W): [W, W] {
  return egHooks.checkEgMatch(eg, t);
}

// ---------------------------------------------------------------- formatting

export function format(v: W, spec: string): W {
  if (v instanceof PyStr && v.cls === strType && spec === "") return v;
  // exact int, str and float: their __format__ without the method call (formatting.ts formatValue)
  if (
    typeof v === "number" ||
    ((v instanceof PyFloat || v instanceof PyStr) && (v.cls === floatType || v.cls === strType))
  ) {
    return newStr(formatValue(v, spec));
  }
  const fn = typeOf(v).lookup("__format__");
  if (fn === undefined) raiseTypeError(`Type ${typeOf(v).name} doesn't define __format__`);
  const r = callBound(fn, v, [newStr(spec)]);
  if (!(r instanceof PyStr)) raiseTypeError(`__format__ must return a str, not ${typeOf(r).name}`);
  return r;
}

export function convertValue(v: W, which: number): W {
  if (which === 1) return newStr(str(v));
  if (which === 2) return newStr(repr(v));
  return newStr(asciiRepr(repr(v)));
}
// ---------------------------------------------------------------- imports

export function importName(frame: Frame, name: string, fromlist: W, level: W): W {
  return vmHooks.importName(frame, name, fromlist, typeof level === "number" ? level : 0);
}

export function importFrom(mod: W, name: string): W {
  const v = getAttrOrUndefined(mod, name);
  if (v !== undefined) return v;
  const modName = getAttrOrUndefined(mod, "__name__");
  const sysModules = vmHooks.sysModules();
  if (modName instanceof PyStr && sysModules !== null) {
    const sub = sysModules.getStr(`${modName.value}.${name}`);
    if (sub !== undefined) return sub;
  }
  const mname = modName instanceof PyStr ? modName.value : "<unknown module name>";
  const file = getAttrOrUndefined(mod, "__file__");
  const spec = getAttrOrUndefined(mod, "__spec__");
  const err = errorOf("ImportError", importFromMessage(mname, name, spec));
  const e = err.value as PyBaseException;
  e.setAttr("name", newStr(mname));
  e.setAttr("path", file instanceof PyStr ? file : None);
  e.setAttr("name_from", newStr(name));
  throw err;
}

// ---------------------------------------------------------------- pattern matching

const SELF_MATCH = new Set([
  "bool",
  "bytearray",
  "bytes",
  "dict",
  "float",
  "frozenset",
  "int",
  "list",
  "set",
  "str",
  "tuple",
]);

/** isinstance() as MATCH_CLASS does it: the metaclass's __instancecheck__ decides (typing protocols). */
function matchIsInstance(subject: W, cls: PyType): boolean {
  if (typeOf(subject).isSubtypeOf(cls)) return true;
  const meta = typeOf(cls);
  if (meta === typeType) return false;
  const hook = meta.lookup("__instancecheck__");
  return hook !== undefined && isTrue(callBound(hook, cls, [subject]));
}

export function matchClass(subject: W, cls: W, nargs: number, names: PyTuple): W {
  if (!(cls instanceof PyType)) raiseTypeError("called match pattern must be a class");
  if (!matchIsInstance(subject, cls)) return None;
  const out: W[] = [];
  const seen = new Set<string>();
  if (nargs > 0) {
    let matchArgs: W | undefined = getAttrOrUndefined(cls, "__match_args__");
    let selfMatch = false;
    if (matchArgs === undefined) {
      let t: PyType | null = cls;
      while (t !== null && t.isHeapType) t = t.base;
      if (t !== null && SELF_MATCH.has(t.name) && t.module === "builtins") selfMatch = true;
      matchArgs = newTuple([]);
    }
    if (!(matchArgs instanceof PyTuple)) {
      raiseTypeError(`${cls.name}.__match_args__ must be a tuple (got ${typeOf(matchArgs).name})`);
    }
    const allowed = selfMatch ? 1 : matchArgs.items.length;
    if (nargs > allowed) {
      raiseTypeError(
        `${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? "" : "s"} (${nargs} given)`,
      );
    }
    if (selfMatch) out.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const n = matchArgs.items[i];
        if (!(n instanceof PyStr)) {
          raiseTypeError(`__match_args__ elements must be strings (got ${typeOf(n).name})`);
        }
        if (seen.has(n.value)) {
          raiseTypeError(`${cls.name}() got multiple sub-patterns for attribute '${n.value}'`);
        }
        seen.add(n.value);
        const v = getAttrOrUndefined(subject, n.value);
        if (v === undefined) return None;
        out.push(v);
      }
    }
  }
  for (const n of names.items) {
    const name = (n as PyStr).value;
    if (seen.has(name)) raiseTypeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
    seen.add(name);
    const v = getAttrOrUndefined(subject, name);
    if (v === undefined) return None;
    out.push(v);
  }
  return newTuple(out);
}

/** Types that `case {...}` / `case [...]` accept (CPython's Py_TPFLAGS_MAPPING/SEQUENCE). */
export const matchFlags = { mapping: new Set<PyType>(), sequence: new Set<PyType>() };

/**
 * 1 for a sequence, 2 for a mapping, 0 for neither: the first class in the MRO that has either flag decides,
 * as CPython's types inherit the flag from the first base in their MRO that has one (inherit_patma_flags).
 * str, bytes and bytearray have none.
 */
function collectionKind(t: PyType): number {
  for (const c of t.mro) {
    if (c === listType || c === tupleType || matchFlags.sequence.has(c)) return 1;
    if (c === dictType || matchFlags.mapping.has(c)) return 2;
  }
  return 0;
}
export function matchMapping(subject: W): boolean {
  if (subject instanceof PyDict && subject.cls === dictType) return true;
  return typeof subject === "object" && collectionKind(subject.cls) === 2;
}
export function matchSequence(subject: W): boolean {
  if (
    (subject instanceof PyList && subject.cls === listType) ||
    (subject instanceof PyTuple && subject.cls === tupleType)
  ) {
    return true;
  }
  return typeof subject === "object" && collectionKind(typeOf(subject)) === 1;
}
export function matchKeys(subject: W, keys: PyTuple): W {
  if (keys.items.length === 0) return newTuple([]);
  const get = getAttr(subject, "get");
  const dummy = new PyPlainObject(typeOf(None));
  const out: W[] = [];
  const seen: W[] = [];
  for (const k of keys.items) {
    for (const s of seen) {
      if (isTrue(richCompare(s, k, "=="))) {
        raiseValueError(`mapping pattern checks duplicate key (${repr(k)})`);
      }
    }
    seen.push(k);
    const v = call(get, [k, dummy]);
    if (v === dummy) return None;
    out.push(v);
  }
  return newTuple(out);
}
function raiseValueError(m: string): never {
  throw errorOf("ValueError", m);
}

// ---------------------------------------------------------------- intrinsics

export function intrinsic1(frame: Frame, which: number, v: W): W {
  switch (which) {
    case 1:
      vmHooks.displayHook(v);
      return None;
    case 2:
      vmHooks.importStar(frame, v);
      return None;
    case 3:
      return v;
    case 4:
      return new AsyncGenWrapped(v);
    case 5:
      return positive(v);
    case 6:
      return newTuple((v as PyList).items.slice());
    case 7:
      return vmHooks.typingIntrinsic("TypeVar", [v]);
    case 8:
      return vmHooks.typingIntrinsic("ParamSpec", [v]);
    case 9:
      return vmHooks.typingIntrinsic("TypeVarTuple", [v]);
    case 10:
      return vmHooks.typingIntrinsic("Generic", [v]);
    case 11:
      return vmHooks.typingIntrinsic("TypeAliasType", [v]);
  }
  throw errorOf("SystemError", `unknown intrinsic ${which}`);
}

export function intrinsic2(frame: Frame, which: number, a: W, b: W): W {
  void frame;
  switch (which) {
    case 1:
      return egHooks.prepReraiseStar(a, b);
    case 2:
      return vmHooks.typingIntrinsic("TypeVarWithBound", [a, b]);
    case 3:
      return vmHooks.typingIntrinsic("TypeVarWithConstraints", [a, b]);
    case 4:
      (a as PyFunction).typeParams = b;
      return a;
    case 5:
      return vmHooks.typingIntrinsic("SetTypeParamDefault", [a, b]);
  }
  throw errorOf("SystemError", `unknown intrinsic ${which}`);
}

// ---------------------------------------------------------------- exception table

export function findHandler(
  code: PyCode,
  lasti: number,
): { target: number; depth: number; lasti: boolean } | null {
  const table = code.excTable;
  for (let i = 0; i < table.length; i++) {
    const e = table[i];
    if (lasti >= e.start && lasti < e.end) return e;
  }
  return null;
}

// ---------------------------------------------------------------- instantiation fast path

const objectNewRef = objectType.dict.get("__new__");
/** The Python __init__ of `cls` when instantiation is plain (object.__new__, no metaclass __call__). */
export function plainInit(cls: PyType): PyFunction | null {
  if (cls.flags & 4) return null;
  if (cls.lookup("__new__") !== objectNewRef) return null;
  const init = cls.lookup("__init__");
  if (init === undefined || typeof init !== "object" || !functionTypes.has(init.cls)) return null;
  return init as PyFunction;
}
/** What plainInit found for a class at one call site, valid while the class keeps its version tag. */
class InitIC {
  constructor(readonly cls: PyType, readonly version: number, readonly init: PyFunction | null) {}
}
/** plainInit(cls), cached at the CALL instruction `pc` of `code`. */
export function plainInitCached(code: PyCode, pc: number, cls: PyType): PyFunction | null {
  const e = code.ic[pc];
  if (e instanceof InitIC && e.cls === cls && e.version === cls.version) return e.init;
  const init = plainInit(cls);
  code.ic[pc] = new InitIC(cls, cls.version, init);
  return init;
}
export function newInstance(cls: PyType): W {
  const inst = cls.factory(cls);
  if (inst instanceof PyInstance && cls.slotNames.length > 0) inst.slots = new Array(cls.slotNames.length);
  if (cls.hasFinalizer()) finalizerHooks.track(inst as PyObject);
  return inst;
}

// ---------------------------------------------------------------- inline caches
// One entry per instruction, guarded by the instance's type (and its version tag) and attribute map, as
// PyPy's mapdict caches: a hit reads the attribute's storage (or the method found on the type) directly.
// The map fixes where the value lives (model.ts, AttrMap.storageOf): `values[index]` for index >= 0, the
// fields `a0`/`a1` of a plain instance for -2/-3, its `values` field itself for -4. A load entry with
// index -1 holds a value of the type (`descr`).

class AttrIC {
  constructor(
    readonly type: PyType,
    readonly version: number,
    readonly map: AttrMap,
    /** Where the attribute lives (storage code); -1 for a value found on the type (`descr`). */
    readonly index: number,
    readonly descr: W | undefined,
  ) {}
}
class StoreIC {
  constructor(
    readonly type: PyType,
    readonly version: number,
    readonly map: AttrMap,
    /** Where an existing attribute lives (storage code), when newMap is null. */
    readonly index: number,
    readonly newMap: AttrMap | null,
  ) {}
}
/**
 * Where a global was found: its position in the globals dict (`gindex`), or, when globals lacks the
 * name, its position in the builtins dict. Valid while both dicts keep their keys versions, whatever
 * values are assigned meanwhile.
 */
export class GlobalIC {
  constructor(
    readonly globals: PyDict,
    readonly gkeys: number,
    readonly gindex: number,
    readonly builtins: PyDict,
    readonly bkeys: number,
    readonly bindex: number,
  ) {}
}

function plainAttrType(t: PyType): boolean {
  return t.lookup("__getattribute__") === builtinGetAttribute.object && t.lookup("__getattr__") === undefined;
}

const IC_WAYS = 4;
function icAdd(code: PyCode, pc: number, entry: AttrIC): void {
  const cur = code.ic[pc];
  if (Array.isArray(cur)) {
    if (cur.length >= IC_WAYS) cur.shift();
    cur.push(entry);
  } else code.ic[pc] = [entry];
}

/**
 * `Cls.name` on a class whose metaclass is `type`, where the name is a function or a plain value found along
 * the class's MRO (so the value is the attribute itself): valid while the class keeps its version.
 */
export class ClassAttrIC {
  constructor(readonly owner: PyType, readonly version: number, readonly value: W) {}
}
function noteClassAttr(code: PyCode, pc: number, owner: W, name: string, r: W): void {
  const cur = code.ic[pc];
  if (
    !(owner instanceof PyType) || owner.cls !== typeType ||
    (cur !== undefined && !(cur instanceof ClassAttrIC))
  ) return;
  const v = owner.lookup(name);
  if (v !== r || (typeof v === "object" && !functionTypes.has(v.cls) && !plainClassValue(v))) return;
  const meta = typeType.lookup(name);
  if (meta !== undefined && isDataDescriptor(meta)) return;
  code.ic[pc] = new ClassAttrIC(owner, owner.version, r);
}

/** A class attribute that is not a descriptor (constants, nested classes…): cacheable by type version. */
function plainClassValue(v: W): boolean {
  return typeof v !== "object" || (v.cls.lookup("__get__") === undefined && !functionTypes.has(v.cls));
}

/** LOAD_ATTR (plain) with a polymorphic per-instruction cache (instance slot or class constant). */
export function loadAttrCached(code: PyCode, pc: number, owner: W): W {
  if (owner instanceof PyInstance && owner.dictObject === null) {
    const es = code.ic[pc] as AttrIC[] | undefined;
    if (es !== undefined) {
      for (let k = 0; k < es.length; k++) {
        const e = es[k];
        if (owner.map === e.map && owner.cls === e.type && e.type.version === e.version) {
          const i = e.index;
          if (i >= 0) return owner.values[i];
          if (i === -1) return e.descr!;
          return (i === -2 ? owner.a0 : i === -3 ? owner.a1 : owner.values) as W;
        }
      }
    }
    const name = code.names[code.args[pc] >> 1];
    const t = owner.cls;
    if (plainAttrType(t)) {
      const descr = t.lookup(name);
      const i = owner.map.indexOf(name);
      if (i >= 0 && (descr === undefined || !isDataDescriptor(descr))) {
        const s = owner.map.storageOf(i);
        icAdd(code, pc, new AttrIC(t, t.version, owner.map, s, undefined));
        return owner.storedValue(s);
      }
      if (i < 0 && descr !== undefined && plainClassValue(descr)) {
        icAdd(code, pc, new AttrIC(t, t.version, owner.map, -1, descr));
        return descr;
      }
    }
    return getAttr(owner, name);
  }
  const ce = code.ic[pc];
  if (ce instanceof ClassAttrIC && owner === ce.owner && ce.owner.version === ce.version) return ce.value;
  const name = code.names[code.args[pc] >> 1];
  const r = getAttr(owner, name);
  if (owner instanceof PyType) noteClassAttr(code, pc, owner, name, r);
  return r;
}

/** LOAD_ATTR with the method flag, cached: returns the function and sets lm.self. */
export function loadMethodCached(code: PyCode, pc: number, owner: W): W {
  const es = code.ic[pc] as AttrIC[] | ClassAttrIC | undefined;
  if (es instanceof ClassAttrIC) {
    if (owner === es.owner && es.owner.version === es.version) {
      lm.self = undefined;
      return es.value;
    }
  } else if (es !== undefined && typeof owner === "object") {
    const isInst = owner instanceof PyInstance;
    for (let k = 0; k < es.length; k++) {
      const e = es[k];
      if (owner.cls === e.type && e.type.version === e.version) {
        if (isInst && ((owner as PyInstance).map !== e.map || (owner as PyInstance).dictObject !== null)) {
          continue;
        }
        lm.self = owner;
        return e.descr!;
      }
    }
  }
  const name = code.names[code.args[pc] >> 1];
  const r = loadMethod(owner, name);
  if (lm.self !== undefined && typeof owner === "object") {
    const t = owner.cls;
    if (owner instanceof PyInstance) {
      if (owner.dictObject === null && owner.map.indexOf(name) < 0) {
        icAdd(code, pc, new AttrIC(t, t.version, owner.map, -1, r));
      }
    } else icAdd(code, pc, new AttrIC(t, t.version, AttrMap.empty, -1, r));
  } else if (owner instanceof PyType) noteClassAttr(code, pc, owner, name, r);
  return r;
}

/** STORE_ATTR cached for existing attributes and for adding one (a map transition). */
export function storeAttrCached(code: PyCode, pc: number, owner: W, value: W): void {
  if (owner instanceof PyInstance && owner.dictObject === null) {
    const es = code.ic[pc] as StoreIC[] | undefined;
    if (es !== undefined) {
      for (let k = 0; k < es.length; k++) {
        const e = es[k];
        if (owner.map === e.map && owner.cls === e.type && e.type.version === e.version) {
          if (e.newMap === null) {
            const i = e.index;
            if (i >= 0) owner.values[i] = value;
            else if (i === -2) owner.a0 = value;
            else if (i === -3) owner.a1 = value;
            else owner.values = value as unknown as W[];
          } else {
            owner.map = e.newMap;
            owner.appendValue(value);
          }
          return;
        }
      }
    }
    const name = code.names[code.args[pc]];
    const t = owner.cls;
    if (t.hasInstanceDict && t.lookup("__setattr__") === builtinSetAttr.object) {
      const descr = t.lookup(name);
      if (descr === undefined || !isDataDescriptor(descr)) {
        const before = owner.map;
        const i = before.indexOf(name);
        let entry: StoreIC | null = null;
        if (i >= 0) {
          const s = before.storageOf(i);
          owner.setStoredValue(s, value);
          entry = new StoreIC(t, t.version, before, s, null);
        } else {
          owner.setAttr(name, value);
          if (owner.map !== before && owner.dictObject === null) {
            entry = new StoreIC(t, t.version, before, -1, owner.map);
          }
        }
        if (entry !== null) {
          const cur = code.ic[pc];
          if (Array.isArray(cur)) {
            if (cur.length >= IC_WAYS) cur.shift();
            cur.push(entry);
          } else code.ic[pc] = [entry];
        }
        return;
      }
    }
    setAttr(owner, name, value);
    return;
  }
  setAttr(owner, code.names[code.args[pc]], value);
}

/** LOAD_GLOBAL cached on the versions of the globals and builtins dicts. */
export function loadGlobalCached(code: PyCode, pc: number, frame: Frame): W {
  const g = frame.globals as PyDict;
  const b = frame.builtins;
  const e = code.ic[pc];
  if (e instanceof GlobalIC && e.globals === g && e.gkeys === g.keysVersion) {
    if (e.gindex >= 0) return g.evals[e.gindex]!;
    if (e.builtins === b && e.bkeys === (b as PyDict).keysVersion) return (b as PyDict).evals[e.bindex]!;
  }
  const name = code.names[code.args[pc] >> 1];
  if (g.cls !== dictTypeRef) return loadGlobalFromMapping(g, frame, name);
  const gi = g.strPosition(name);
  if (gi >= 0) {
    code.ic[pc] = new GlobalIC(g, g.keysVersion, gi, g, 0, -1);
    return g.evals[gi]!;
  }
  if (gi === -2) {
    const found = g.getStr(name);
    return found !== undefined ? found : loadBuiltin(frame, name);
  }
  const v = loadBuiltin(frame, name);
  if (b instanceof PyDict && b.cls === dictTypeRef) {
    const bi = b.strPosition(name);
    if (bi >= 0) code.ic[pc] = new GlobalIC(g, g.keysVersion, -1, b, b.keysVersion, bi);
  }
  return v;
}

/** STORE_GLOBAL with the position of an existing global cached as LOAD_GLOBAL caches it. */
export function storeGlobalCached(code: PyCode, pc: number, frame: Frame, v: W): void {
  const g = frame.globals as PyDict;
  const e = code.ic[pc];
  if (e instanceof GlobalIC && e.globals === g && e.gkeys === g.keysVersion && e.gindex >= 0) {
    g.evals[e.gindex] = v;
    g.version++;
    return;
  }
  const name = code.names[code.args[pc]];
  g.setStr(name, v);
  if (g.cls === dictTypeRef) {
    const gi = g.strPosition(name);
    if (gi >= 0) code.ic[pc] = new GlobalIC(g, g.keysVersion, gi, g, 0, -1);
  }
}

/** Globals that are a dict subclass go through its __getitem__ (so __missing__ works, as annotationlib's
 * fake globals need); never cached. */
function loadGlobalFromMapping(g: PyDict, frame: Frame, name: string): W {
  try {
    return getItem(g, newStr(name));
  } catch (e) {
    if (!(e instanceof PyError) || !e.matches(exceptionTypes.KeyError)) throw e;
  }
  return loadBuiltin(frame, name);
}

// ---------------------------------------------------------------- fast paths for builtin calls

export const dictTypeRef: PyType = dictType;

/** `x in c` for exact dicts, sets, strs, lists and tuples without the __contains__ call. */
export function containsFast(container: W, item: W): boolean {
  if (container instanceof PyDict && container.cls === dictTypeRef) return container.has(item);
  if (container instanceof PyAnySet && container.cls === setType) return container.has(item);
  if (
    container instanceof PyStr && item instanceof PyStr && container.cls === strType && item.cls === strType
  ) {
    return strContains(container, item);
  }
  return contains(container, item);
}

/**
 * CALL of a builtin function or method descriptor without keywords: arity checked here, impl called with
 * a fresh argument array (the usual path through model.call copies it twice).
 */
/**
 * What a CALL site saw before it became hot: the one builtin it called and, for a method descriptor, the
 * type of `self` (vm/baseline.ts then calls the implementation directly behind an identity check).
 */
export class BuiltinCallIC {
  constructor(readonly callable: PyMethodDescriptor | PyBuiltinFunction, readonly selfType: PyType | null) {}
}
/** What a call of a class gives once its __init__ frame returned `v`: the instance (__init__ must give None). */
export function initResult(initSelf: W, v: W): W {
  if ((initSelf as unknown) instanceof FrameExit) {
    // not an __init__: a call that a thread switch turned into a frame of its thread's loop (vm/threads.ts)
    return (initSelf as unknown as FrameExit).onReturn(v);
  }
  if (v !== None) raiseTypeError(`__init__() should return None, not '${typeOf(v).name}'`);
  return initSelf;
}

/** A CALL site that has called one Python function, always with or always without `self` on the stack. */
export class FuncCallIC {
  constructor(readonly func: PyFunction, readonly method: boolean) {}
}
export function noteFunctionCall(code: PyCode, pc: number, func: PyFunction, method: boolean): void {
  const e = code.ic[pc];
  if (e === undefined) code.ic[pc] = new FuncCallIC(func, method);
  else if (e !== POLY_CALL && (!(e instanceof FuncCallIC) || e.func !== func || e.method !== method)) {
    code.ic[pc] = POLY_CALL;
  }
}
/** Marks a CALL site that saw several builtins. */
export const POLY_CALL: unknown = Object.freeze({ poly: true });
export function noteBuiltinCall(
  code: PyCode,
  pc: number,
  callable: PyMethodDescriptor | PyBuiltinFunction,
  first: W | undefined,
): void {
  const e = code.ic[pc];
  const selfType = callable instanceof PyMethodDescriptor && first !== undefined ? typeOf(first) : null;
  if (e === undefined) code.ic[pc] = new BuiltinCallIC(callable, selfType);
  else if (e instanceof BuiltinCallIC && (e.callable !== callable || e.selfType !== selfType)) {
    code.ic[pc] = POLY_CALL;
  }
}

export function callBuiltinFast(
  callable: PyMethodDescriptor | PyBuiltinFunction,
  slots: (W | undefined)[],
  argStart: number,
  nargs: number,
): W {
  const spec = callable.spec;
  if (callable instanceof PyMethodDescriptor) {
    if (spec.kind === "class" || nargs === 0) return callGeneric(callable, slots, argStart, nargs, null);
    const self = slots[argStart]!;
    if (!typeOf(self).isSubtypeOf(callable.owner)) return callGeneric(callable, slots, argStart, nargs, null);
    const n = nargs - 1;
    const [min, max] = spec.arity;
    if (n < min || (max >= 0 && n > max)) return callGeneric(callable, slots, argStart, nargs, null);
    return spec.impl(slots.slice(argStart, argStart + nargs) as W[], null);
  }
  const [min, max] = spec.arity;
  if (callable.self !== undefined) {
    if (nargs < min || (max >= 0 && nargs > max)) return callGeneric(callable, slots, argStart, nargs, null);
    const a: W[] = new Array(nargs + 1);
    a[0] = callable.self;
    for (let i = 0; i < nargs; i++) a[i + 1] = slots[argStart + i]!;
    return spec.impl(a, null);
  }
  if (nargs < min || (max >= 0 && nargs > max)) return callGeneric(callable, slots, argStart, nargs, null);
  return spec.impl(slots.slice(argStart, argStart + nargs) as W[], null);
}

// ---------------------------------------------------------------- type.__flags__

/** CPython's tp_flags bits that Python code reads (inspect.isabstract, typing, copyreg, tests). */
const TPF = {
  STATIC_BUILTIN: 1 << 1,
  INLINE_VALUES: 1 << 2,
  MANAGED_WEAKREF: 1 << 3,
  MANAGED_DICT: 1 << 4,
  SEQUENCE: 1 << 5,
  MAPPING: 1 << 6,
  DISALLOW_INSTANTIATION: 1 << 7,
  IMMUTABLETYPE: 1 << 8,
  HEAPTYPE: 1 << 9,
  BASETYPE: 1 << 10,
  HAVE_VECTORCALL: 1 << 11,
  READY: 1 << 12,
  HAVE_GC: 1 << 14,
  IS_ABSTRACT: 1 << 20,
  MATCH_SELF: 1 << 22,
  ITEMS_AT_END: 1 << 23,
} as const;
/** Builtin types whose instances hold no references (not tracked by CPython's GC). */
const ATOMIC_BUILTINS = new Set([
  "int",
  "bool",
  "float",
  "complex",
  "str",
  "bytes",
  "object",
  "NoneType",
  "range",
]);
/** The fast-subclass bits of builtin bases (Py_TPFLAGS_LONG_SUBCLASS ... TYPE_SUBCLASS). */
const SUBCLASS_BITS = new Map<string, number>([
  ["int", 1 << 24],
  ["list", 1 << 25],
  ["tuple", 1 << 26],
  ["bytes", 1 << 27],
  ["str", 1 << 28],
  ["dict", 1 << 29],
  ["BaseException", 1 << 30],
  ["type", 1 << 31],
]);

/** type.__flags__ as CPython 3.14 computes it for the same kind of type (>>> 0: bit 31 is TYPE_SUBCLASS). */
function typeFlags(t: PyType): number {
  let f = TPF.READY;
  if (t.isBaseType) f |= TPF.BASETYPE;
  if (t.flags & TypeFlags.DISALLOW_INSTANTIATION) f |= TPF.DISALLOW_INSTANTIATION;
  const kind = collectionKind(t);
  if (kind === 1) f |= TPF.SEQUENCE;
  else if (kind === 2) f |= TPF.MAPPING;
  const abstract = t === typeType ? undefined : t.dict.get("__abstractmethods__");
  if (abstract !== undefined && isTrue(abstract)) f |= TPF.IS_ABSTRACT;
  if (t.isSubtypeOf(typeType)) f |= TPF.ITEMS_AT_END | TPF.HAVE_VECTORCALL;
  // one walk over the builtin classes of the MRO: the layout base, the inherited match-self and subclass bits
  let builtinBase: PyType | null = null;
  for (const c of t.mro) {
    if (c.isHeapType || c.module !== "builtins") continue;
    builtinBase ??= c;
    if (SELF_MATCH.has(c.name)) f |= TPF.MATCH_SELF;
    f |= SUBCLASS_BITS.get(c.name) ?? 0;
  }
  if (!t.isHeapType) {
    f |= TPF.STATIC_BUILTIN | TPF.IMMUTABLETYPE;
    if (!ATOMIC_BUILTINS.has(t.name)) f |= TPF.HAVE_GC;
    return f >>> 0;
  }
  f |= TPF.HEAPTYPE | TPF.HAVE_GC;
  if (t.isSubtypeOf(typeType)) return f >>> 0;
  // instances keep their attributes in the object (CPython's managed dict and inline values) unless the
  // layout is a variable-size builtin's or BaseException's (bit 30), which has its own dict
  const base = builtinBase?.name ?? "object";
  if (t.hasInstanceDict && !(f & (1 << 30))) {
    f |= TPF.MANAGED_DICT;
    if (base === "object" || base === "list" || base === "dict" || base === "set") f |= TPF.INLINE_VALUES;
  }
  if (t.lookup("__weakref__") !== undefined && base !== "int" && base !== "tuple" && base !== "bytes") {
    f |= TPF.MANAGED_WEAKREF;
  }
  return f >>> 0;
}
defineGetSets(typeType, [{ name: "__flags__", get: (t) => typeFlags(t as PyType) }]);
