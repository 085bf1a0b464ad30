// _operator: the operator functions (comparisons, arithmetic, in-place forms, sequence helpers,
// length_hint, call, _compare_digest) and the attrgetter/itemgetter/methodcaller types, with CPython's
// Modules/_operator.c messages and reprs.
import {
  call,
  callBound,
  defineGetSets,
  defineMethods,
  getAttr,
  type Kwargs,
  type MethodSpec,
  newBool,
  None,
  NotImplemented,
  objectType,
  PyBool,
  PyObject,
  PyType,
  typeOf,
  type W,
} from "../objects/model.ts";
import { raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { asInt, indexResult } from "../objects/int.ts";
import { newDict, PyDict } from "../objects/dict.ts";
import {
  binaryOp,
  BinaryOps,
  type BinaryOpSpec,
  type CompareOp,
  contains,
  delItem,
  eq,
  getItem,
  inplaceOp,
  isTrue,
  iter,
  len,
  next,
  repr,
  richCompare,
  setItem,
  STOP,
} from "../objects/operations.ts";
import { PyByteArray, PyBytes } from "../objects/bytes.ts";
import { PyError } from "../vm/errors.ts";
import { exceptionType } from "../vm/errors.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";
import { parseArgs } from "./native_args.ts";
import { partialType } from "./functools.ts";
import { setTypeTextSignature } from "../objects/text_signatures.ts";

// ---------------------------------------------------------------- functions from tables

function compareFn(name: string, op: CompareOp): MethodSpec {
  return { name, arity: [2, 2], impl: (a) => richCompare(a[0], a[1], op) };
}
function binaryFn(name: string, spec: BinaryOpSpec): MethodSpec {
  return { name, arity: [2, 2], impl: (a) => binaryOp(spec, a[0], a[1]) };
}
function inplaceFn(name: string, spec: BinaryOpSpec): MethodSpec {
  return { name, arity: [2, 2], impl: (a) => inplaceOp(spec, a[0], a[1]) };
}

/** Unary operators through their dunder, with CPython's "bad operand type" message. */
function unary(w: W, dunder: string, symbol: string): W {
  if (typeof w === "number") {
    switch (dunder) {
      case "__neg__":
        if (w !== 0 && w !== -Number.MAX_SAFE_INTEGER - 1) return -w;
        break;
      case "__pos__":
        return w;
      case "__abs__":
        return Math.abs(w);
      case "__invert__":
        return -w - 1;
    }
  }
  const fn = typeOf(w).lookup(dunder);
  if (fn === undefined) raiseTypeError(`bad operand type for ${symbol}: '${typeOf(w).name}'`);
  return callBound(fn, w, []);
}

function indexOf(w: W): W {
  // PyNumber_Index: any int (a subclass too, whatever its __index__) is taken as its value
  const v = asInt(w);
  if (v !== undefined) return v;
  const fn = typeOf(w).lookup("__index__");
  if (fn === undefined) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  return indexResult(callBound(fn, w, []));
}

function concat(a: W, b: W, inplace: boolean): W {
  if (typeOf(a).lookup("__getitem__") === undefined || typeof a !== "object") {
    raiseTypeError(`'${typeOf(a).name}' object can't be concatenated`);
  }
  return inplace ? inplaceOp(BinaryOps.add, a, b) : binaryOp(BinaryOps.add, a, b);
}

function countOf(seq: W, x: W): W {
  const it = iter(seq);
  let n = 0;
  for (;;) {
    const v = next(it);
    if (v === STOP) return n;
    if (v === x || eq(v, x)) n++;
  }
}
function indexOfItem(seq: W, x: W): W {
  const it = iter(seq);
  for (let i = 0;; i++) {
    const v = next(it);
    if (v === STOP) break;
    if (v === x || eq(v, x)) return i;
  }
  raiseValueError("sequence.index(x): x not in sequence");
}

function lengthHint(a: W[], k: Kwargs | null): W {
  const [obj, dflt = 0] = parseArgs("length_hint", a, k, 0, {
    names: ["obj", "default"],
    required: 1,
    posOnly: 2,
  });
  if (typeof dflt !== "number" && typeof dflt !== "bigint" && !(dflt instanceof PyBool)) {
    raiseTypeError(`'${typeOf(dflt).name}' object cannot be interpreted as an integer`);
  }
  if (typeOf(obj).lookup("__len__") !== undefined) {
    try {
      return len(obj);
    } catch (e) {
      if (!(e instanceof PyError) || !e.matches(exceptionType("TypeError"))) throw e;
    }
  }
  const hint = typeOf(obj).lookup("__length_hint__");
  if (hint === undefined) return dflt;
  let val: W;
  try {
    val = callBound(hint, obj, []);
  } catch (e) {
    if (e instanceof PyError && e.matches(exceptionType("TypeError"))) return dflt;
    throw e;
  }
  if (val === NotImplemented) return dflt;
  if (typeof val !== "number" && typeof val !== "bigint") {
    raiseTypeError(`__length_hint__ must be an integer, not ${typeOf(val).name}`);
  }
  if (val < 0) raiseValueError("__length_hint__() should return >= 0");
  return val;
}

/** Constant-time comparison of str (ASCII) or bytes-like values (hmac.compare_digest). */
function compareDigest(a: W, b: W): W {
  let x: Uint8Array | string, y: Uint8Array | string;
  if (a instanceof PyStr && b instanceof PyStr) {
    // deno-lint-ignore no-control-regex
    if (/[^\x00-\x7f]/.test(a.value) || /[^\x00-\x7f]/.test(b.value)) {
      raiseTypeError("comparing strings with non-ASCII characters is not supported");
    }
    x = a.value;
    y = b.value;
  } else if (isBytesLike(a) && isBytesLike(b)) {
    x = (a as PyBytes).value;
    y = (b as PyBytes).value;
  } else if (a instanceof PyStr || b instanceof PyStr) {
    raiseTypeError(
      `unsupported operand types(s) or combination of types: '${typeOf(a).name}' and '${typeOf(b).name}'`,
    );
  } else {
    raiseTypeError(
      `unsupported operand types(s) or combination of types: '${typeOf(a).name}' and '${typeOf(b).name}'`,
    );
  }
  let diff = x.length ^ y.length;
  const n = y.length;
  for (let i = 0; i < n; i++) {
    const cx = typeof x === "string" ? x.charCodeAt(i % Math.max(1, x.length)) : x[i % Math.max(1, x.length)];
    const cy = typeof y === "string" ? y.charCodeAt(i) : y[i];
    diff |= (cx ?? 0) ^ cy;
  }
  return newBool(diff === 0);
}
function isBytesLike(w: W): boolean {
  return w instanceof PyBytes || w instanceof PyByteArray;
}

const FUNCTIONS: MethodSpec[] = [
  compareFn("lt", "<"),
  compareFn("le", "<="),
  compareFn("eq", "=="),
  compareFn("ne", "!="),
  compareFn("ge", ">="),
  compareFn("gt", ">"),
  { name: "not_", arity: [1, 1], impl: (a) => newBool(!isTrue(a[0])) },
  { name: "truth", arity: [1, 1], impl: (a) => newBool(isTrue(a[0])) },
  { name: "is_", arity: [2, 2], impl: (a) => newBool(a[0] === a[1]) },
  { name: "is_not", arity: [2, 2], impl: (a) => newBool(a[0] !== a[1]) },
  { name: "is_none", arity: [1, 1], impl: (a) => newBool(a[0] === None) },
  { name: "is_not_none", arity: [1, 1], impl: (a) => newBool(a[0] !== None) },
  { name: "abs", arity: [1, 1], impl: (a) => unary(a[0], "__abs__", "abs()") },
  { name: "neg", arity: [1, 1], impl: (a) => unary(a[0], "__neg__", "unary -") },
  { name: "pos", arity: [1, 1], impl: (a) => unary(a[0], "__pos__", "unary +") },
  { name: "inv", arity: [1, 1], impl: (a) => unary(a[0], "__invert__", "unary ~") },
  { name: "invert", arity: [1, 1], impl: (a) => unary(a[0], "__invert__", "unary ~") },
  { name: "index", arity: [1, 1], impl: (a) => indexOf(a[0]) },
  binaryFn("add", BinaryOps.add),
  binaryFn("and_", BinaryOps.and),
  binaryFn("floordiv", BinaryOps.floordiv),
  binaryFn("lshift", BinaryOps.lshift),
  binaryFn("mod", BinaryOps.mod),
  binaryFn("mul", BinaryOps.mul),
  binaryFn("matmul", BinaryOps.matmul),
  binaryFn("or_", BinaryOps.or),
  binaryFn("pow", BinaryOps.pow),
  binaryFn("rshift", BinaryOps.rshift),
  binaryFn("sub", BinaryOps.sub),
  binaryFn("truediv", BinaryOps.truediv),
  binaryFn("xor", BinaryOps.xor),
  inplaceFn("iadd", BinaryOps.add),
  inplaceFn("iand", BinaryOps.and),
  inplaceFn("ifloordiv", BinaryOps.floordiv),
  inplaceFn("ilshift", BinaryOps.lshift),
  inplaceFn("imod", BinaryOps.mod),
  inplaceFn("imul", BinaryOps.mul),
  inplaceFn("imatmul", BinaryOps.matmul),
  inplaceFn("ior", BinaryOps.or),
  inplaceFn("ipow", BinaryOps.pow),
  inplaceFn("irshift", BinaryOps.rshift),
  inplaceFn("isub", BinaryOps.sub),
  inplaceFn("itruediv", BinaryOps.truediv),
  inplaceFn("ixor", BinaryOps.xor),
  { name: "concat", arity: [2, 2], impl: (a) => concat(a[0], a[1], false) },
  { name: "iconcat", arity: [2, 2], impl: (a) => concat(a[0], a[1], true) },
  { name: "contains", arity: [2, 2], impl: (a) => newBool(contains(a[0], a[1])) },
  { name: "countOf", arity: [2, 2], impl: (a) => countOf(a[0], a[1]) },
  { name: "indexOf", arity: [2, 2], impl: (a) => indexOfItem(a[0], a[1]) },
  { name: "getitem", arity: [2, 2], impl: (a) => getItem(a[0], a[1]) },
  {
    name: "setitem",
    arity: [3, 3],
    impl: (a) => {
      setItem(a[0], a[1], a[2]);
      return None;
    },
  },
  {
    name: "delitem",
    arity: [2, 2],
    impl: (a) => {
      delItem(a[0], a[1]);
      return None;
    },
  },
  { name: "length_hint", arity: [0, -1], kw: ["**"], impl: lengthHint },
  {
    name: "call",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      if (a.length < 1) raiseTypeError("call() missing required argument 'obj' (pos 1)");
      return call(a[0], a.slice(1), k);
    },
  },
  { name: "_compare_digest", arity: [2, 2], impl: (a) => compareDigest(a[0], a[1]) },
];

// ---------------------------------------------------------------- attrgetter

class PyAttrGetter extends PyObject {
  /** One entry per requested attribute: its dotted path split. */
  declare paths: string[][];
  declare attrs: W[];
  constructor(cls: PyType, attrs: W[], paths: string[][]) {
    super();
    this.cls = cls;
    this.attrs = attrs;
    this.paths = paths;
  }
}
export const attrgetterType: PyType = nativeType("operator", "attrgetter", objectType, {
  flags: 0,
  factory: (cls) => new PyAttrGetter(cls, [], []),
});
function getPath(obj: W, path: string[]): W {
  let v = obj;
  for (const name of path) v = getAttr(v, name);
  return v;
}
function noKw(fname: string, k: Kwargs | null): void {
  if (k !== null && k.names.length > 0) raiseTypeError(`${fname}() takes no keyword arguments`);
}
/** A getter object's call: exactly one positional argument. */
function oneArg(fname: string, a: W[], k: Kwargs | null): W {
  noKw(fname, k);
  if (a.length !== 2) raiseTypeError(`${fname} expected 1 argument, got ${a.length - 1}`);
  return a[1];
}
function moduleRepr(t: PyType): string {
  return t.isHeapType ? `${t.module}.${t.qualname}` : `operator.${t.name}`;
}
defineMethods(attrgetterType, [
  {
    name: "__new__",
    arity: [0, -1],
    kw: ["**"],
    kind: "static",
    impl: (a, k) => {
      noKw("attrgetter", k);
      if (a.length < 2) raiseTypeError("attrgetter expected 1 argument, got 0");
      const attrs = a.slice(1);
      const paths = attrs.map((w) => {
        if (!(w instanceof PyStr)) raiseTypeError("attribute name must be a string");
        return w.value.split(".");
      });
      return new PyAttrGetter(a[0] as PyType, attrs, paths);
    },
  },
  {
    name: "__call__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const g = a[0] as PyAttrGetter;
      const obj = oneArg("attrgetter", a, k);
      if (g.paths.length === 1) return getPath(obj, g.paths[0]);
      return newTuple(g.paths.map((p) => getPath(obj, p)));
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const g = a[0] as PyAttrGetter;
      return newStr(`${moduleRepr(typeOf(g))}(${g.attrs.map(repr).join(", ")})`);
    },
  },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => newTuple([typeOf(a[0]), newTuple((a[0] as PyAttrGetter).attrs)]),
  },
]);

// ---------------------------------------------------------------- itemgetter

class PyItemGetter extends PyObject {
  declare items: W[];
  constructor(cls: PyType, items: W[]) {
    super();
    this.cls = cls;
    this.items = items;
  }
}
export const itemgetterType: PyType = nativeType("operator", "itemgetter", objectType, {
  flags: 0,
  factory: (cls) => new PyItemGetter(cls, []),
});
defineMethods(itemgetterType, [
  {
    name: "__new__",
    arity: [0, -1],
    kw: ["**"],
    kind: "static",
    impl: (a, k) => {
      noKw("itemgetter", k);
      if (a.length < 2) raiseTypeError("itemgetter expected 1 argument, got 0");
      return new PyItemGetter(a[0] as PyType, a.slice(1));
    },
  },
  {
    name: "__call__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const g = a[0] as PyItemGetter;
      const obj = oneArg("itemgetter", a, k);
      if (g.items.length === 1) {
        const key = g.items[0];
        // Fast path as CPython's: exact tuple/list with a small int index.
        if (typeof key === "number" && obj instanceof PyTuple && obj.cls === tupleTypeRef) {
          const i = key < 0 ? key + obj.items.length : key;
          if (i >= 0 && i < obj.items.length) return obj.items[i];
        }
        return getItem(obj, key);
      }
      return newTuple(g.items.map((key) => getItem(obj, key)));
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const g = a[0] as PyItemGetter;
      return newStr(`${moduleRepr(typeOf(g))}(${g.items.map(repr).join(", ")})`);
    },
  },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => newTuple([typeOf(a[0]), newTuple((a[0] as PyItemGetter).items)]),
  },
]);
const tupleTypeRef = typeOf(newTuple([]));

// ---------------------------------------------------------------- methodcaller

class PyMethodCaller extends PyObject {
  declare name: PyStr;
  declare args: W[];
  declare kwargs: PyDict;
  constructor(cls: PyType, name: PyStr, args: W[], kwargs: PyDict) {
    super();
    this.cls = cls;
    this.name = name;
    this.args = args;
    this.kwargs = kwargs;
  }
}
export const methodcallerType: PyType = nativeType("operator", "methodcaller", objectType, {
  flags: 0,
  factory: (cls) => new PyMethodCaller(cls, newStr(""), [], newDict()),
});
defineMethods(methodcallerType, [
  {
    name: "__new__",
    arity: [0, -1],
    kw: ["**"],
    kind: "static",
    impl: (a, k) => {
      if (a.length < 2) raiseTypeError("methodcaller needs at least one argument, the method name");
      const name = a[1];
      if (!(name instanceof PyStr)) raiseTypeError("method name must be a string");
      const kwargs = newDict();
      if (k !== null) {
        for (let i = 0; i < k.names.length; i++) kwargs.setItem(newStr(k.names[i]), k.values[i]);
      }
      return new PyMethodCaller(a[0] as PyType, name, a.slice(2), kwargs);
    },
  },
  {
    name: "__call__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const m = a[0] as PyMethodCaller;
      const obj = oneArg("methodcaller", a, k);
      const method = getAttr(obj, m.name.value);
      if (m.kwargs.size === 0) return call(method, m.args);
      const names: string[] = [], values: W[] = [];
      for (const [kk, vv] of m.kwargs.itemsArray()) {
        names.push((kk as PyStr).value);
        values.push(vv);
      }
      return call(method, m.args, { names, values });
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const m = a[0] as PyMethodCaller;
      const parts = [repr(m.name), ...m.args.map(repr)];
      for (const [kk, vv] of m.kwargs.itemsArray()) parts.push(`${(kk as PyStr).value}=${repr(vv)}`);
      return newStr(`${moduleRepr(typeOf(m))}(${parts.join(", ")})`);
    },
  },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const m = a[0] as PyMethodCaller;
      if (m.kwargs.size === 0) return newTuple([typeOf(m), newTuple([m.name, ...m.args])]);
      const names: string[] = [], values: W[] = [];
      for (const [kk, vv] of m.kwargs.itemsArray()) {
        names.push((kk as PyStr).value);
        values.push(vv);
      }
      const p = call(partialType, [typeOf(m), m.name], { names, values });
      return newTuple([p, newTuple(m.args)]);
    },
  },
]);

// The getters' C docstrings start with their constructor signatures, and each instance reports the
// signature of its call (_operator.c's common_getset), so inspect.signature() works on both.
setTypeTextSignature(attrgetterType, "(attr, /, *attrs)");
setTypeTextSignature(itemgetterType, "(item, /, *items)");
setTypeTextSignature(methodcallerType, "(name, /, *args, **kwargs)");
for (const t of [attrgetterType, itemgetterType, methodcallerType]) {
  defineGetSets(t, [{ name: "__text_signature__", get: () => newStr("(obj, /)") }]);
}

export const operatorModule: NativeModuleDef = {
  name: "_operator",
  doc: "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\n" +
    "to the intrinsic operators of Python.  For example, operator.add(x, y)\n" +
    "is equivalent to the expression x+y.  The function names are those\n" +
    "used for special methods; variants without leading and trailing\n'__' are also provided for convenience.",
  functions: FUNCTIONS,
  types: [
    ["attrgetter", attrgetterType],
    ["itemgetter", itemgetterType],
    ["methodcaller", methodcallerType],
  ],
};
