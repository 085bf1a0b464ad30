// The "space" operations (PyPy's space.add, space.eq, space.is_true, …): binary operators with
// reflection and in-place forms (CPython's binary_op1), rich comparisons, truth, hash, repr/str, len,
// item access, iteration and calls. Int/float fast paths come first so small-int arithmetic allocates
// nothing.
import {
  builtinType,
  call,
  callBound,
  callBound1,
  defineMethods,
  defineNativeIterator,
  False,
  functionTypes,
  generatorIterHook,
  getAttrOrUndefined,
  getDescriptorValue,
  newBool,
  None,
  NotImplemented,
  PyBool,
  PyMethodDescriptor,
  PyNativeIterator,
  type PyObject,
  PyType,
  STOP_ITEM,
  stopIterationHook,
  True,
  typeOf,
  typeType,
  type W,
} from "./model.ts";
import { errorWithMessage, PyError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { intPowMod, intToDecimal } from "./int.ts";
import { installIntBool, intAdd, intCompare, intFloorDiv, intHash, intMod, intMul, intSub } from "./int.ts";
import { PyIntSub } from "./int.ts";
import { floatHash, installFloatBool, newFloat, PyFloat } from "./float.ts";
import { installBool, joinHooks, newStr, PyStr, strHash } from "./str.ts";
import { hashHi, joinHash, PyTuple, tupleHashParts, tupleOps } from "./tuple.ts";
import { builtinNamed, ssizeState } from "./iterstate.ts";
import { indexHooks, sliceHooks } from "./slice.ts";
import { callHooks } from "./type.ts";
import { defaultRepr, objectHooks } from "./object.ts";
import { boolHook, exceptionHooks, exceptionTypes, newException } from "./exceptions.ts";

installIntBool(newBool);
installFloatBool(newBool);
installBool(newBool);
callHooks.call = call;
objectHooks.true = True;
objectHooks.abstractNames = (cls) => {
  const v = cls.dict.get("__abstractmethods__");
  if (v === undefined) return [];
  return iterateToArray(v).map((n) => (n instanceof PyStr ? n.value : repr(n))).sort();
};
objectHooks.ne = (a, b) => {
  const r = callCompareSlot(typeOf(a).lookup("__eq__")!, a, b);
  if (r === NotImplemented) return r;
  return newBool(!isTrue(r));
};
exceptionHooks.str = (w) => str(w);
boolHook.of = newBool;
boolHook.truth = (w) => isTrue(w);
exceptionHooks.repr = (w) => repr(w);
joinHooks.iterate = (w) => iterateToArray(w);
indexHooks.callIndex = (fn, w) => callBound(fn, w, []);
sliceHooks.repr = (w) => repr(w);
sliceHooks.eq = (a, b) => eq(a, b);
sliceHooks.bool = newBool;
sliceHooks.hash = (w) => hash(w);
Object.assign(tupleOps, { eq, hash, repr, richCompare, iterateToArray });

/** Binary operators as data: dunder, reflected dunder, in-place dunder and the symbol for messages. */
export interface BinaryOpSpec {
  name: string;
  rname: string;
  iname: string;
  symbol: string;
}
function op(base: string, symbol: string): BinaryOpSpec {
  return { name: `__${base}__`, rname: `__r${base}__`, iname: `__i${base}__`, symbol };
}
export const BinaryOps = {
  add: op("add", "+"),
  sub: op("sub", "-"),
  mul: op("mul", "*"),
  truediv: op("truediv", "/"),
  floordiv: op("floordiv", "//"),
  mod: op("mod", "%"),
  pow: op("pow", "** or pow()"),
  lshift: op("lshift", "<<"),
  rshift: op("rshift", ">>"),
  and: op("and", "&"),
  or: op("or", "|"),
  xor: op("xor", "^"),
  matmul: op("matmul", "@"),
} as const;

/**
 * CPython's binary_op1: try left.__op__, but if right's type is a proper subclass of left's type and
 * overrides the reflected method, try right.__rop__ first. NotImplemented moves on; the TypeError
 * names both operand types.
 */
export function binaryOp(spec: BinaryOpSpec, a: W, b: W): W {
  const r = binaryOp1(spec, a, b);
  if (r !== NotImplemented) return r;
  throw unsupported(spec.symbol, a, b);
}
function binaryOp1(spec: BinaryOpSpec, a: W, b: W): W {
  const ta = typeOf(a), tb = typeOf(b);
  const left = ta.lookup(spec.name);
  let right = ta === tb ? undefined : tb.lookup(spec.rname);
  let rightFirst = true;
  if (right !== undefined && right === ta.lookup(spec.rname)) {
    // The reflected method is not overridden. Both types on one native slot (slotw == slotv): it already
    // saw both operands. A Python-level slot (slot_nb_add: Evil(int) + 1, A() + B(A)) still tries it
    // after the forward method, as does a native right slot after a Python-level left one.
    if (tb.lookup(spec.name) === left && !pythonLevelSlot(ta, spec)) right = undefined;
    else rightFirst = false;
  }
  if (left !== undefined) {
    if (right !== undefined && rightFirst && tb.isSubtypeOf(ta)) {
      const r = callBound1(right, b, a);
      if (r !== NotImplemented) return r;
      right = undefined;
    }
    const r = callBound1(left, a, b);
    if (r !== NotImplemented) return r;
  }
  if (right !== undefined) return callBound1(right, b, a);
  return NotImplemented;
}
/** The type's number slot for `spec` is CPython's slot_nb_* (a class statement defines __op__ or __rop__). */
function pythonLevelSlot(t: PyType, spec: BinaryOpSpec): boolean {
  return t.lookupWhere(spec.name)?.isHeapType === true || t.lookupWhere(spec.rname)?.isHeapType === true;
}
function unsupported(symbol: string, a: W, b: W) {
  return typeErrorObject(
    `unsupported operand type(s) for ${symbol}: '${tpName(typeOf(a))}' and '${tpName(typeOf(b))}'`,
  );
}
function typeErrorObject(message: string) {
  try {
    raiseTypeError(message);
  } catch (e) {
    return e;
  }
}

/**
 * The __iadd__/__imul__ of builtin sequences (list, bytearray): CPython's sq_inplace_concat/repeat slots,
 * which PyNumber_InPlaceAdd/Multiply try only after the operands' number slots, so `l += UserList()` is
 * UserList.__radd__'s result. Filled by the sequence types' files.
 */
export const sequenceInplaceSlots: Set<W> = new Set();

/** In-place form: __iop__ first (if defined and not NotImplemented), then the binary op. */
export function inplaceOp(spec: BinaryOpSpec, a: W, b: W): W {
  const fn = typeOf(a).lookup(spec.iname);
  if (fn !== undefined) {
    if (
      sequenceInplaceSlots.has(fn) && typeof b === "object" && typeOf(b) !== typeOf(a) &&
      !typeOf(a).isHeapType
    ) {
      // the sequence has no number slot of its own: only the right operand's reflected one comes first (a
      // Python subclass has an nb_inplace_add slot calling __iadd__, so it extends in place)
      const right = typeOf(b).lookup(spec.rname);
      if (right !== undefined && right !== None) {
        const r = callBound1(right, b, a);
        if (r !== NotImplemented) return r;
      }
    }
    const r = callBound1(fn, a, b);
    if (r !== NotImplemented) return r;
  }
  const r = binaryOp1(spec, a, b);
  if (r !== NotImplemented) return r;
  throw unsupported(spec.symbol === "** or pow()" ? "**=" : spec.symbol + "=", a, b);
}

// Fast paths for the hottest operators: both operands plain ints (numbers) or floats.
export function add(a: W, b: W): W {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
    return intAdd(a, b);
  }
  if (a instanceof PyFloat && b instanceof PyFloat) return newFloat(a.value + b.value);
  if (a instanceof PyStr && b instanceof PyStr) return newStr(a.value + b.value);
  return binaryOp(BinaryOps.add, a, b);
}
export function sub(a: W, b: W): W {
  if (typeof a === "number" && typeof b === "number") return intSub(a, b);
  if (a instanceof PyFloat && b instanceof PyFloat) return newFloat(a.value - b.value);
  return binaryOp(BinaryOps.sub, a, b);
}
export function mul(a: W, b: W): W {
  if (typeof a === "number" && typeof b === "number") return intMul(a, b);
  if (a instanceof PyFloat && b instanceof PyFloat) return newFloat(a.value * b.value);
  return binaryOp(BinaryOps.mul, a, b);
}
export function floordiv(a: W, b: W): W {
  if (typeof a === "number" && typeof b === "number" && b !== 0) return intFloorDiv(a, b);
  return binaryOp(BinaryOps.floordiv, a, b);
}
export function mod(a: W, b: W): W {
  if (typeof a === "number" && typeof b === "number" && b !== 0) return intMod(a, b);
  return binaryOp(BinaryOps.mod, a, b);
}
export function truediv(a: W, b: W): W {
  return binaryOp(BinaryOps.truediv, a, b);
}

/**
 * pow(a, b, m): CPython 3.14's ternary_op with slot_nb_power: a's __pow__, with b's __rpow__ first when
 * b's type is a proper subclass of a's and after __pow__ declined when the types differ.
 */
export function pow3(a: W, b: W, m: W): W {
  if (m === None) return binaryOp(BinaryOps.pow, a, b);
  // exact ints: int.__pow__(a, b, m) itself (no other type can take part)
  if (typeof a !== "object" && typeof b !== "object" && typeof m !== "object") return intPowMod(a, b, m);
  const ta = typeOf(a), tb = typeOf(b);
  let rfn = tb !== ta ? tb.lookup("__rpow__") : undefined;
  if (rfn !== undefined && tb.isSubtypeOf(ta) && rfn !== ta.lookup("__rpow__")) {
    const r = callBound(rfn, b, [a, m]);
    if (r !== NotImplemented) return r;
    rfn = undefined;
  }
  const fn = ta.lookup("__pow__");
  if (fn !== undefined) {
    const r = callBound(fn, a, [b, m]);
    if (r !== NotImplemented) return r;
  }
  if (rfn !== undefined) {
    const r = callBound(rfn, b, [a, m]);
    if (r !== NotImplemented) return r;
  }
  raiseTypeError(
    `unsupported operand type(s) for ** or pow(): '${tpName(typeOf(a))}', '${tpName(typeOf(b))}', '${
      typeOf(m).name
    }'`,
  );
}

// ---------------------------------------------------------------- rich comparisons

export type CompareOp = "<" | "<=" | "==" | "!=" | ">" | ">=";
const COMPARE: Record<CompareOp, [string, string]> = {
  "<": ["__lt__", "__gt__"],
  "<=": ["__le__", "__ge__"],
  "==": ["__eq__", "__eq__"],
  "!=": ["__ne__", "__ne__"],
  ">": ["__gt__", "__lt__"],
  ">=": ["__ge__", "__le__"],
};

/** CPython's do_richcompare: reflected first for proper subclasses; == / != fall back to identity. */
/**
 * Call a comparison method found on the type. As slot_tp_richcompare does, an error while binding it
 * (a descriptor whose __get__ raises, e.g. `__eq__ = property(...)`) means NotImplemented.
 */
function callCompareSlot(fn: W, self: W, other: W): W {
  if (typeof fn !== "object" || fn instanceof PyMethodDescriptor || functionTypes.has(fn.cls)) {
    return callBound1(fn, self, other);
  }
  if (fn.cls.lookup("__get__") === undefined) return callBound1(fn, self, other);
  let bound: W;
  try {
    bound = getDescriptorValue(fn, self, typeOf(self));
  } catch (e) {
    if (e instanceof PyError) return NotImplemented;
    throw e;
  }
  return call(bound, [other]);
}

export function richCompare(a: W, b: W, opName: CompareOp): W {
  if (typeof a === "number" && typeof b === "number") return newBool(compareNumbers(a, b, opName));
  const [name, swapped] = COMPARE[opName];
  const ta = typeOf(a), tb = typeOf(b);
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const fn = tb.lookup(swapped);
    if (fn !== undefined) {
      checkedReverse = true;
      const r = callCompareSlot(fn, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  const fn = ta.lookup(name);
  if (fn !== undefined) {
    const r = callCompareSlot(fn, a, b);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const rfn = tb.lookup(swapped);
    if (rfn !== undefined) {
      const r = callCompareSlot(rfn, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (opName === "==") return newBool(a === b);
  if (opName === "!=") return newBool(a !== b);
  raiseTypeError(`'${opName}' not supported between instances of '${tpName(ta)}' and '${tpName(tb)}'`);
}
function compareNumbers(a: number, b: number, opName: CompareOp): boolean {
  switch (opName) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case "==":
      return a === b;
    case "!=":
      return a !== b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
  }
}
/** a == b as a JS boolean, with the identity shortcut containers use (PyObject_RichCompareBool). */
export function eq(a: W, b: W): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object") {
    if (typeof a === "number" && typeof b === "number") return false;
    return isTrue(richCompare(a, b, "=="));
  }
  if (a instanceof PyStr && b instanceof PyStr && a.cls === strTypeRef && b.cls === strTypeRef) {
    return a.value === b.value;
  }
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === tupleTypeRef && b.cls === tupleTypeRef) {
    // tuple.__eq__ of two exact tuples (compareSequences) without the dunder call
    const x = a.items, y = b.items;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) {
      const p = x[i], q = y[i];
      if (p !== q && !eq(p, q)) return false;
    }
    return true;
  }
  return isTrue(richCompare(a, b, "=="));
}
export function lt(a: W, b: W): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if ((typeof a === "bigint" || typeof a === "number") && (typeof b === "bigint" || typeof b === "number")) {
    return intCompare(a, b) < 0;
  }
  return isTrue(richCompare(a, b, "<"));
}

// ---------------------------------------------------------------- truth, hash, repr, len

/** Truth value: __bool__, then __len__, else true. */
export function isTrue(w: W): boolean {
  if (w === True) return true;
  if (w === False || w === None) return false;
  if (typeof w === "number") return w !== 0;
  if (typeof w === "bigint") return true; // normalised bigints are never zero
  if (w instanceof PyStr) return w.length !== 0;
  if (w instanceof PyFloat) return w.value !== 0;
  const t = w.cls;
  const b = t.lookup("__bool__");
  if (b === None) raiseTypeError(`'${t.name}' cannot be interpreted as a boolean`);
  if (b !== undefined) {
    const r = callBound(b, w, []);
    if (!(r instanceof PyBool)) raiseTypeError(`__bool__ should return bool, returned ${typeOf(r).name}`);
    return r.value;
  }
  const l = t.lookup("__len__");
  if (l !== undefined) return len(w) !== 0;
  return true;
}

export function hash(w: W): number | bigint {
  if (typeof w === "number") return w === -1 ? -2 : w;
  // exact builtin types: skip the method-call machinery
  if (w instanceof PyStr && w.cls === strTypeRef) return strHash(w);
  if (w instanceof PyTuple && w.cls === tupleTypeRef) return joinHash(tupleHashParts(w), hashHi);
  if (w instanceof PyFloat && w.cls === floatTypeRef) return floatHash(w.value, w);
  const fn = typeOf(w).lookup("__hash__");
  if (fn === undefined || fn === None) {
    raiseTypeError(`unhashable type: '${tpName(typeOf(w))}'`);
  }
  const r = callBound(fn, w, []);
  if (typeof r === "number") return r === -1 ? -2 : r;
  if (typeof r === "bigint") {
    // CPython's slot_tp_hash: a result beyond Py_hash_t is reduced as hash(int) reduces it
    return r === BigInt.asIntN(64, r) ? r : intHash(r);
  }
  if (r instanceof PyBool) return r.value ? 1 : 0;
  // an int subclass counts by its value (CPython's slot_tp_hash takes any PyLong)
  if (r instanceof PyIntSub) return hash(r.value);
  raiseTypeError("__hash__ method should return an integer");
}

// CPython's tp_name ("module.Name" for the builtin types of modules) lives in model.ts.
export { tpName } from "./model.ts";
import { tpName } from "./model.ts";

export function repr(w: W): string {
  if (typeof w === "number") return w.toString();
  if (typeof w === "bigint") return intToDecimal(w);
  const fn = w.cls.lookup("__repr__");
  if (fn === undefined) return defaultRepr(w);
  const r = callBound(fn, w, []);
  if (!(r instanceof PyStr)) raiseTypeError(`__repr__ returned non-string (type ${typeOf(r).name})`);
  return r.value;
}
export function str(w: W): string {
  // a str subclass may define __str__ (PyObject_Str shortcuts only the exact type)
  if (
    w instanceof PyStr && (w.cls === strTypeRef || w.cls.lookup("__str__") === strTypeRef.lookup("__str__"))
  ) {
    return w.value;
  }
  if (typeof w === "number") return w.toString();
  if (typeof w === "bigint") return intToDecimal(w);
  const fn = w.cls.lookup("__str__");
  if (fn === undefined) return repr(w);
  const r = callBound(fn, w, []);
  if (!(r instanceof PyStr)) raiseTypeError(`__str__ returned non-string (type ${typeOf(r).name})`);
  return r.value;
}

import { listType as listTypeRef } from "./model.ts";
export function len(w: W): number {
  // an exact list first (one map check, no prototype walks): list.__len__ without the method call
  if (typeof w === "object" && w.cls === listTypeRef) return (w as unknown as { items: W[] }).items.length;
  if (w instanceof PyStr) return w.length;
  if (w instanceof PyTuple) return w.items.length;
  const fn = typeOf(w).lookup("__len__");
  if (fn === undefined) raiseTypeError(`object of type '${tpName(typeOf(w))}' has no len()`);
  let r = callBound(fn, w, []);
  if (typeof r === "object") r = lenIndex(r);
  // the sign first (slot_sq_length): a huge negative length is a ValueError too
  if (r < 0) raiseValueError("__len__() should return >= 0");
  if (typeof r === "bigint") {
    throw errorWithMessage("OverflowError", "cannot fit 'int' into an index-sized integer");
  }
  return r;
}

/** builtins.len: as len(), with lengths past 2**53 (a huge range's) kept exact up to Py_ssize_t's maximum. */
export function lenOrBig(w: W): number | bigint {
  const fn =
    typeof w === "object" && w.cls !== listTypeRef && !(w instanceof PyStr) && !(w instanceof PyTuple)
      ? typeOf(w).lookup("__len__")
      : undefined;
  if (fn === undefined) return len(w);
  let r = callBound(fn, w, []);
  if (typeof r === "object") r = lenIndex(r);
  if (r < 0) raiseValueError("__len__() should return >= 0");
  if (typeof r === "bigint" && r > 0x7fffffffffffffffn) {
    throw errorWithMessage("OverflowError", "cannot fit 'int' into an index-sized integer");
  }
  return r;
}

/** __len__'s result through __index__ (bools and int subclasses count, floats do not). */
function lenIndex(r: PyObject): number | bigint {
  if (r instanceof PyBool) return r.value ? 1 : 0;
  const fn = typeOf(r).lookup("__index__");
  if (fn === undefined) raiseTypeError(`'${tpName(typeOf(r))}' object cannot be interpreted as an integer`);
  const v = callBound(fn, r, []);
  if (v instanceof PyBool) return v.value ? 1 : 0;
  if (typeof v === "object") raiseTypeError(`__index__ returned non-int (type ${tpName(typeOf(v))})`);
  return v;
}

/** `type[...]`: a generic alias, special-cased as in PyObject_GetItem (installed by runtime.ts). */
export const subscriptHooks = { typeAlias: (_key: W): W => None as W };

export function getItem(container: W, key: W): W {
  const fn = typeOf(container).lookup("__getitem__");
  if (fn === undefined) {
    if (container instanceof PyType) {
      if (container === typeType) return subscriptHooks.typeAlias(key);
      const cg = getAttrOrUndefined(container, "__class_getitem__");
      if (cg !== undefined) return call(cg, [key]);
      raiseTypeError(`type '${container.name}' is not subscriptable`);
    }
    raiseTypeError(`'${tpName(typeOf(container))}' object is not subscriptable`);
  }
  return callBound(fn, container, [key]);
}
export function setItem(container: W, key: W, value: W): void {
  const fn = typeOf(container).lookup("__setitem__");
  if (fn === undefined) {
    raiseTypeError(`'${tpName(typeOf(container))}' object does not support item assignment`);
  }
  callBound(fn, container, [key, value]);
}
export function delItem(container: W, key: W): void {
  const fn = typeOf(container).lookup("__delitem__");
  if (fn === undefined) {
    raiseTypeError(`'${tpName(typeOf(container))}' object does not support item deletion`);
  }
  callBound(fn, container, [key]);
}
export function contains(container: W, item: W): boolean {
  const fn = typeOf(container).lookup("__contains__");
  if (fn !== undefined) return isTrue(callBound(fn, container, [item]));
  const t = typeOf(container);
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
    raiseTypeError(`argument of type '${tpName(t)}' is not a container or iterable`);
  }
  let it: W;
  try {
    it = iter(container);
  } catch (e) {
    // _PySequence_IterSearch: a TypeError from iter() becomes the `in` operator's own message
    if (e instanceof PyError && e.matches(exceptionTypes.TypeError)) {
      raiseTypeError(`argument of type '${tpName(t)}' is not a container or iterable`);
    }
    throw e;
  }
  for (;;) {
    const x = next(it);
    if (x === STOP) return false;
    if (eq(x, item)) return true;
  }
}

// ---------------------------------------------------------------- iteration

/** Returned by next() at exhaustion instead of raising StopIteration. */
export const STOP: W = STOP_ITEM;

export function iter(w: W): W {
  if (typeof w === "object" && w.cls === generatorIterHook.type) return w; // generator.__iter__
  const fn = typeOf(w).lookup("__iter__");
  if (fn !== undefined && fn !== None) {
    const r = callBound(fn, w, []);
    if (!(r instanceof PyNativeIterator) && typeOf(r).lookup("__next__") === undefined) {
      raiseTypeError(`iter() returned non-iterator of type '${tpName(typeOf(r))}'`);
    }
    return r;
  }
  if (fn !== None && typeOf(w).lookup("__getitem__") !== undefined) return new PySeqIterator(w);
  raiseTypeError(`'${tpName(typeOf(w))}' object is not iterable`);
}
/** next(it) returning STOP on exhaustion (StopIteration raised by Python __next__ is converted). */
export function next(it: W): W {
  // A Python subclass of a native iterator may override __next__ (flags & 1: HEAPTYPE).
  if (it instanceof PyNativeIterator && (it.cls.flags & 1) === 0) return it.nextItem();
  // a generator: resumed as FOR_ITER resumes it (exhaustion is STOP, no StopIteration made and caught)
  if (typeof it === "object" && it.cls === generatorIterHook.type) return generatorIterHook.next(it);
  const fn = typeOf(it).lookup("__next__");
  if (fn === undefined) raiseTypeError(`'${tpName(typeOf(it))}' object is not an iterator`);
  try {
    return callBound(fn, it, []);
  } catch (e) {
    if (e instanceof PyError && e.matches(stopIterationType)) return STOP;
    throw e;
  }
}
const stopIterationType: PyType = exceptionTypes.StopIteration;
stopIterationHook.raise = () => {
  throw new PyError(newException(stopIterationType, []));
};

/**
 * The items of a list or tuple whose type iterates them itself (exact, or a subclass that keeps the
 * builtin __iter__), else undefined: a subclass overriding __iter__ must be iterated (`[*x]`, `f(*x)`).
 */
export function plainSequenceItems(w: W): W[] | undefined {
  if (w instanceof PyTuple) {
    if (w.cls === tupleTypeRef || w.cls.lookup("__iter__") === tupleTypeRef.dict.get("__iter__")) {
      return w.items;
    }
  } else if (typeof w === "object" && w.cls.isSubtypeOf(listTypeRef)) {
    const items = (w as unknown as { items: W[] }).items;
    if (w.cls === listTypeRef || w.cls.lookup("__iter__") === listTypeRef.dict.get("__iter__")) return items;
  }
  return undefined;
}

export function iterateToArray(w: W): W[] {
  if (w instanceof PyTuple && w.cls === tupleTypeRef) return w.items;
  const it = iter(w);
  const out: W[] = [];
  for (;;) {
    const x = next(it);
    if (x === STOP) return out;
    out.push(x);
  }
}

/** iter() of an object with only __getitem__: index from 0 until IndexError/StopIteration. */
const seqIterType: PyType = builtinType("iterator", undefined, { flags: 0 });
class PySeqIterator extends PyNativeIterator {
  i = 0;
  seq: W | null;
  constructor(seq: W) {
    super();
    this.cls = seqIterType;
    this.seq = seq;
  }
  nextItem(): W {
    if (this.seq === null) return STOP;
    try {
      return getItem(this.seq, this.i++);
    } catch (e) {
      if (e instanceof PyError && (e.matches(exceptionTypes.IndexError) || e.matches(stopIterationType))) {
        this.seq = null;
        return STOP;
      }
      throw e;
    }
  }
}
defineNativeIterator(seqIterType);
defineMethods(seqIterType, [
  {
    name: "__length_hint__",
    arity: [0, 0],
    impl: (a) => {
      // len(seq) - index when the sequence has __len__, else NotImplemented (iter_len)
      const it = a[0] as PySeqIterator;
      if (it.seq === null) return 0;
      const fn = typeOf(it.seq).lookup("__len__");
      if (fn === undefined) return NotImplemented;
      const n = len(it.seq) - it.i;
      return n < 0 ? 0 : n;
    },
  },
  {
    // (iter, (seq,), index), or (iter, ((),)) once exhausted (iter_reduce)
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const fn = builtinNamed("iter"), it = a[0] as PySeqIterator;
      return it.seq === null
        ? new PyTuple([fn, new PyTuple([new PyTuple([])])])
        : new PyTuple([fn, new PyTuple([it.seq]), it.i]);
    },
  },
  {
    name: "__setstate__",
    arity: [1, 1],
    impl: (a) => {
      const it = a[0] as PySeqIterator, index = ssizeState(a[1]);
      if (it.seq !== null) it.i = index < 0 ? 0 : index;
      return None;
    },
  },
]);

const strTypeRef: PyType = newStr("").cls;

const tupleTypeRef: PyType = new PyTuple([]).cls;
const floatTypeRef: PyType = newFloat(0.5).cls; // float.ts owns the type object
