// _functools: reduce, partial (with 3.14's Placeholder), cmp_to_key and _lru_cache_wrapper, with
// CPython's Modules/_functoolsmodule.c semantics, reprs and messages.
import {
  call,
  defineGetSets,
  defineMethods,
  type Kwargs,
  None,
  objectType,
  PyInstance,
  PyMethod,
  PyObject,
  PyPlainObject,
  PyType,
  typeOf,
  type W,
} from "../objects/model.ts";
import { raiseAttributeError as raiseAttributeErrorText, raiseTypeError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { hashParts, newTuple, PyTuple, tupleHashParts } from "../objects/tuple.ts";
import { newDict, PyDict } from "../objects/dict.ts";
import { type CompareOp, isTrue, iter, next, repr, richCompare, STOP, str } from "../objects/operations.ts";
import { reprEnter, reprLeave } from "../objects/tuple.ts";
import { classGetItem } from "../objects/genericalias.ts";
import { genericDictSpec, instanceDictSpec } from "../objects/type.ts";
import { objectId } from "../objects/object.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";
import { parseArgs } from "./native_args.ts";
import { allowWeakrefs } from "./weakref.ts";

function isCallable(w: W): boolean {
  return typeOf(w).lookup("__call__") !== undefined;
}
function instanceDictEmpty(o: PyInstance): boolean {
  if (o.dictObject !== null) return (o.dictObject as PyDict).size === 0;
  return o.map.keys.length === 0;
}

// ---------------------------------------------------------------- reduce

function reduce(a: W[], k: Kwargs | null): W {
  const [func, seq, initial] = parseArgs("reduce", a, k, 0, {
    names: ["function", "iterable", "initial"],
    required: 2,
    posOnly: 2,
  });
  const it = iter(seq);
  let acc: W | undefined = initial;
  for (;;) {
    const x = next(it);
    if (x === STOP) break;
    acc = acc === undefined ? x : call(func, [acc, x]);
  }
  if (acc === undefined) raiseTypeError("reduce() of empty iterable with no initial value");
  return acc;
}

// ---------------------------------------------------------------- Placeholder

const placeholderType: PyType = nativeType("functools", "_PlaceholderType", objectType, { flags: 0 });
export const Placeholder: PyObject = new PyPlainObject(placeholderType);
defineMethods(placeholderType, [
  {
    name: "__new__",
    arity: [0, -1],
    kw: ["**"],
    kind: "static",
    impl: (a, k) => {
      if (a.length > 1 || (k !== null && k.names.length > 0)) {
        raiseTypeError("_PlaceholderType takes no arguments");
      }
      return Placeholder;
    },
  },
  { name: "__repr__", arity: [0, 0], impl: () => newStr("Placeholder") },
  { name: "__reduce__", arity: [0, 0], impl: () => newStr("Placeholder") },
  {
    name: "__init_subclass__",
    arity: [0, -1],
    kw: ["**"],
    kind: "class",
    impl: () => raiseTypeError("type '_PlaceholderType' is not an acceptable base type"),
  },
]);

// ---------------------------------------------------------------- partial

export class PyPartial extends PyInstance {
  declare func: W;
  /** The positional arguments; `partial.args` returns this very tuple. */
  declare args: PyTuple;
  declare keywords: PyDict;
  /** Number of Placeholders in args. */
  declare phcount: number;
  constructor(cls: PyType) {
    super(cls);
    this.func = None;
    this.args = EMPTY_ARGS;
    this.keywords = newDict();
    this.phcount = 0;
  }
}
const EMPTY_ARGS: PyTuple = newTuple([]);
const dictTypeRef: PyType = newDict().cls;
export const partialType: PyType = nativeType("functools", "partial", objectType, {
  factory: (cls) => new PyPartial(cls),
});
partialType.hasInstanceDict = true;
allowWeakrefs(partialType);

function asPartial(w: W): PyPartial {
  if (!(w instanceof PyPartial)) raiseTypeError("descriptor requires a 'functools.partial' object");
  return w;
}
function countPlaceholders(args: W[]): number {
  let n = 0;
  for (const x of args) if (x === Placeholder) n++;
  return n;
}

function partialNew(a: W[], k: Kwargs | null): W {
  const cls = a[0] as PyType;
  if (a.length < 2) raiseTypeError("type 'partial' takes at least one argument");
  let func = a[1];
  let newArgs = a.slice(2);
  if (!isCallable(func)) raiseTypeError("the first argument must be callable");
  if (newArgs.length > 0 && newArgs[newArgs.length - 1] === Placeholder) {
    raiseTypeError("trailing Placeholders are not allowed");
  }
  if (k !== null) {
    for (const v of k.values) {
      if (v === Placeholder) raiseTypeError("Placeholder cannot be passed as a keyword argument");
    }
  }
  let args: W[];
  const keywords = newDict();
  // Flatten partial(partial(f, ...), ...) when the inner one (of any partial subclass, as CPython's
  // PyObject_TypeCheck) has no instance attributes.
  if (func instanceof PyPartial && instanceDictEmpty(func)) {
    const inner = func;
    const merged = inner.args.items.slice();
    let j = 0;
    for (let i = 0; i < merged.length && j < newArgs.length; i++) {
      if (merged[i] === Placeholder) merged[i] = newArgs[j++];
    }
    newArgs = newArgs.slice(j);
    args = merged.concat(newArgs);
    for (const [kk, vv] of inner.keywords.itemsArray()) keywords.setItem(kk, vv);
    func = inner.func;
  } else {
    args = newArgs;
  }
  if (k !== null) {
    for (let i = 0; i < k.names.length; i++) {
      keywords.setItem(newStr(k.names[i]), k.values[i]);
    }
  }
  const p = cls.factory(cls) as PyPartial;
  if (!(p instanceof PyPartial)) raiseTypeError("partial.__new__: bad subtype");
  if (cls.slotNames.length > 0) p.slots = new Array(cls.slotNames.length);
  p.func = func;
  p.args = newTuple(args);
  p.keywords = keywords;
  p.phcount = countPlaceholders(args);
  return p;
}

function partialCall(a: W[], k: Kwargs | null): W {
  const p = asPartial(a[0]);
  let callArgs: W[];
  if (p.phcount > 0) {
    const given = a.length - 1;
    if (given < p.phcount) {
      raiseTypeError(
        `missing positional arguments in 'partial' call; expected at least ${p.phcount}, got ${given}`,
      );
    }
    callArgs = p.args.items.slice();
    let j = 1;
    for (let i = 0; i < callArgs.length; i++) if (callArgs[i] === Placeholder) callArgs[i] = a[j++];
    for (; j < a.length; j++) callArgs.push(a[j]);
  } else {
    callArgs = a.length === 1 ? p.args.items.slice() : p.args.items.concat(a.slice(1));
  }
  let kw: Kwargs | null = k;
  if (p.keywords.size > 0) {
    const names: string[] = [], values: W[] = [];
    const index = new Map<string, number>();
    for (const [kk, vv] of p.keywords.itemsArray()) {
      if (!(kk instanceof PyStr)) raiseTypeError("keywords must be strings");
      const name = kk.value;
      index.set(name, names.length);
      names.push(name);
      values.push(vv);
    }
    if (k !== null) {
      for (let i = 0; i < k.names.length; i++) {
        const at = index.get(k.names[i]);
        if (at !== undefined) values[at] = k.values[i];
        else {
          names.push(k.names[i]);
          values.push(k.values[i]);
        }
      }
    }
    kw = { names, values };
  }
  return call(p.func, callArgs, kw);
}

function partialRepr(p: PyPartial): string {
  const t = typeOf(p);
  const mod = t.lookup("__module__");
  const modName = t.isHeapType && mod instanceof PyStr ? mod.value : t.module;
  const name = `${modName}.${t.qualname}`;
  if (!reprEnter(p)) return "...";
  try {
    const parts = [repr(p.func)];
    // a snapshot of args and keywords: a __repr__ or __str__ below may replace or mutate them
    const args = p.args.items, keywords = p.keywords.itemsArray();
    for (const x of args) parts.push(repr(x));
    for (const [kk, vv] of keywords) parts.push(`${str(kk)}=${repr(vv)}`);
    return `${name}(${parts.join(", ")})`;
  } finally {
    reprLeave(p);
  }
}

defineMethods(partialType, [
  { name: "__new__", arity: [0, -1], kw: ["**"], kind: "static", impl: partialNew },
  { name: "__call__", arity: [0, -1], kw: ["**"], impl: partialCall },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(partialRepr(asPartial(a[0]))) },
  {
    name: "__get__",
    arity: [1, 2],
    impl: (a) => (a[1] === None ? a[0] : new PyMethod(a[0], a[1])),
  },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const p = asPartial(a[0]);
      const dict = p.dictObject !== null || p.map.keys.length > 0 ? instanceDictSpec.get(p) : None;
      const dictOrNone = dict instanceof PyDict && dict.size === 0 ? None : dict;
      return newTuple([
        typeOf(p),
        newTuple([p.func]),
        newTuple([p.func, p.args, p.keywords.size > 0 ? p.keywords : None, dictOrNone]),
      ]);
    },
  },
  {
    name: "__setstate__",
    arity: [1, 1],
    impl: (a) => {
      const p = asPartial(a[0]);
      const state = a[1];
      if (!(state instanceof PyTuple)) raiseTypeError("argument to __setstate__ must be a tuple");
      if (state.items.length !== 4) raiseTypeError(`expected 4 items in state, got ${state.items.length}`);
      const [func, args, kwds, ns] = state.items;
      if (
        !isCallable(func) || !(args instanceof PyTuple) || (kwds !== None && !(kwds instanceof PyDict)) ||
        (ns !== None && !(ns instanceof PyDict))
      ) raiseTypeError("invalid partial state");
      if (args.items.length > 0 && args.items[args.items.length - 1] === Placeholder) {
        raiseTypeError("trailing Placeholders are not allowed");
      }
      p.func = func;
      p.args = args.cls === EMPTY_ARGS.cls ? args : newTuple(args.items.slice());
      p.phcount = countPlaceholders(p.args.items);
      // an exact dict is kept as it is (copy.copy shares it), a subclass copied (partial_setstate)
      let kw: PyDict;
      if (kwds instanceof PyDict && kwds.cls === dictTypeRef) kw = kwds;
      else {
        kw = newDict();
        if (kwds instanceof PyDict) { for (const [kk, vv] of kwds.itemsArray()) kw.setItem(kk, vv); }
      }
      p.keywords = kw;
      instanceDictSpec.set!(p, ns === None ? newDict() : ns);
      return None;
    },
  },
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => classGetItem(a[0], a[1]) },
]);
defineGetSets(partialType, [
  { name: "func", get: (p) => asPartial(p).func },
  { name: "args", get: (p) => asPartial(p).args },
  { name: "keywords", get: (p) => asPartial(p).keywords },
  genericDictSpec,
]);

// ---------------------------------------------------------------- cmp_to_key

class PyKeyWrapper extends PyObject {
  declare cmp: W;
  declare obj: W | undefined;
  constructor(cmp: W, obj: W | undefined) {
    super();
    this.cls = keyWrapperType;
    this.cmp = cmp;
    this.obj = obj;
  }
}
const keyWrapperType: PyType = nativeType("functools", "KeyWrapper", objectType, { flags: 0 });
function keyCompare(a: W[], op: CompareOp): W {
  const x = a[0] as PyKeyWrapper, y = a[1];
  if (!(y instanceof PyKeyWrapper)) raiseTypeError("other argument must be K instance");
  if (x.obj === undefined || y.obj === undefined) raiseTypeError("object attribute 'obj' not set");
  const r = call(x.cmp, [x.obj, y.obj]);
  return richCompare(r, 0, op);
}
defineMethods(keyWrapperType, [
  {
    name: "__call__",
    arity: [1, 1],
    kw: ["obj"],
    impl: (a) => new PyKeyWrapper((a[0] as PyKeyWrapper).cmp, a[1]),
  },
  { name: "__lt__", arity: [1, 1], impl: (a) => keyCompare(a, "<") },
  { name: "__le__", arity: [1, 1], impl: (a) => keyCompare(a, "<=") },
  { name: "__eq__", arity: [1, 1], impl: (a) => keyCompare(a, "==") },
  { name: "__ne__", arity: [1, 1], impl: (a) => keyCompare(a, "!=") },
  { name: "__gt__", arity: [1, 1], impl: (a) => keyCompare(a, ">") },
  { name: "__ge__", arity: [1, 1], impl: (a) => keyCompare(a, ">=") },
]);
keyWrapperType.dict.set("__hash__", None);
keyWrapperType.mutated();
defineGetSets(keyWrapperType, [
  // (the K object's call, as _functools.c's keyobject_text_signature)
  { name: "__text_signature__", get: () => newStr("(obj)") },
  {
    name: "obj",
    get: (k) => {
      const v = (k as PyKeyWrapper).obj;
      if (v === undefined) raiseAttributeErrorText("obj");
      return v;
    },
    set: (k, v) => {
      (k as PyKeyWrapper).obj = v;
    },
  },
]);

// ---------------------------------------------------------------- _lru_cache_wrapper

class LruLink extends PyObject {
  declare key: W;
  declare result: W;
  declare prev: LruLink;
  declare next: LruLink;
  constructor(key: W, result: W) {
    super();
    this.cls = objectType;
    this.key = key;
    this.result = result;
    this.prev = this;
    this.next = this;
  }
}

export class PyLruCacheWrapper extends PyInstance {
  declare func: W;
  declare maxsize: number; // -1: unbounded
  declare typed: boolean;
  declare cacheInfoType: W;
  declare cache: PyDict;
  declare root: LruLink;
  declare hits: number;
  declare misses: number;
  constructor(cls: PyType) {
    super(cls);
    this.func = None;
    this.maxsize = 0;
    this.typed = false;
    this.cacheInfoType = None;
    this.cache = newDict();
    this.root = new LruLink(None, None);
    this.hits = 0;
    this.misses = 0;
  }
}
export const lruCacheWrapperType: PyType = nativeType("functools", "_lru_cache_wrapper", objectType, {
  factory: (cls) => new PyLruCacheWrapper(cls),
});
lruCacheWrapperType.hasInstanceDict = true;
allowWeakrefs(lruCacheWrapperType);

const KWD_MARK: PyObject = new PyPlainObject(objectType);
const intTypeRef = typeOf(0);
const strTypeRef = typeOf(newStr(""));

/** CPython's lru_cache_make_key: a lone exact int/str argument is its own key, else a flat tuple. */
function makeKey(args: W[], kw: Kwargs | null, typed: boolean): W {
  const nkw = kw === null ? 0 : kw.names.length;
  if (!typed && nkw === 0) {
    if (args.length === 1) {
      const t = typeOf(args[0]);
      if (t === intTypeRef || t === strTypeRef) return args[0];
    }
    return newTuple(args);
  }
  const items = args.slice();
  if (nkw > 0) {
    items.push(KWD_MARK);
    for (let i = 0; i < nkw; i++) items.push(newStr(kw!.names[i]), kw!.values[i]);
  }
  if (typed) {
    for (const x of args) items.push(typeOf(x));
    if (nkw > 0) { for (const v of kw!.values) items.push(typeOf(v)); }
  }
  return new HashedKey(items);
}
/** The key tuple with its hash computed once (CPython's _HashedSeq). */
class HashedKey extends PyTuple {
  constructor(items: W[]) {
    super(items);
    tupleHashParts(this); // cached on the tuple
  }
}

function lruCall(a: W[], k: Kwargs | null): W {
  const w = a[0] as PyLruCacheWrapper;
  const args = a.slice(1);
  if (w.maxsize === 0) {
    w.misses++;
    return call(w.func, args, k);
  }
  const key = makeKey(args, k, w.typed);
  hashParts(key); // hashed before the lookup, so an unhashable argument raises PyObject_Hash's error
  const found = w.cache.getItem(key);
  if (w.maxsize < 0) {
    if (found !== undefined) {
      w.hits++;
      return found;
    }
    w.misses++;
    const result = call(w.func, args, k);
    w.cache.setItem(key, result);
    return result;
  }
  if (found !== undefined) {
    const link = found as LruLink;
    // Move to the most-recently-used end (just before root).
    link.prev.next = link.next;
    link.next.prev = link.prev;
    const root = w.root, last = root.prev;
    last.next = link;
    link.prev = last;
    link.next = root;
    root.prev = link;
    w.hits++;
    return link.result;
  }
  w.misses++;
  const result = call(w.func, args, k);
  if (w.cache.getItem(key) !== undefined) return result; // added by a recursive call meanwhile
  const root = w.root;
  if (w.cache.size >= w.maxsize) {
    // Evict the least recently used link (root.next).
    const oldest = root.next;
    oldest.prev.next = oldest.next;
    oldest.next.prev = oldest.prev;
    w.cache.delItem(oldest.key);
  }
  const link = new LruLink(key, result);
  const last = root.prev;
  last.next = link;
  link.prev = last;
  link.next = root;
  root.prev = link;
  w.cache.setItem(key, link);
  return result;
}

defineMethods(lruCacheWrapperType, [
  {
    name: "__new__",
    arity: [0, -1],
    kw: ["**"],
    kind: "static",
    impl: (a, k) => {
      const cls = a[0] as PyType;
      const [func, maxsizeW, typedW, cacheInfo] = parseArgs("lru_cache_wrapper", a, k, 1, {
        names: ["user_function", "maxsize", "typed", "cache_info_type"],
        required: 4,
      });
      if (!isCallable(func)) raiseTypeError("the first argument must be callable");
      let maxsize: number;
      if (maxsizeW === None) maxsize = -1;
      else if (typeof maxsizeW === "number") maxsize = Math.max(0, maxsizeW);
      else if (typeof maxsizeW === "bigint") maxsize = maxsizeW < 0n ? 0 : Number.MAX_SAFE_INTEGER;
      else raiseTypeError("maxsize should be integer or None");
      const w = new PyLruCacheWrapper(cls);
      w.func = func;
      w.maxsize = maxsize;
      w.typed = isTrue(typedW);
      w.cacheInfoType = cacheInfo;
      // update_wrapper() will copy __doc__ and friends; CPython's wrapper starts with the function's dict.
      return w;
    },
  },
  { name: "__call__", arity: [0, -1], kw: ["**"], impl: lruCall },
  {
    name: "cache_info",
    textSignature: "($self, /)",
    arity: [0, 0],
    impl: (a) => {
      const w = a[0] as PyLruCacheWrapper;
      const size = w.cache.size;
      return call(w.cacheInfoType, [w.hits, w.misses, w.maxsize < 0 ? None : w.maxsize, size]);
    },
  },
  {
    name: "cache_clear",
    textSignature: "($self, /)",
    arity: [0, 0],
    impl: (a) => {
      const w = a[0] as PyLruCacheWrapper;
      w.cache = newDict();
      w.root = new LruLink(None, None);
      w.hits = 0;
      w.misses = 0;
      return None;
    },
  },
  {
    name: "__get__",
    arity: [1, 2],
    impl: (a) => (a[1] === None ? a[0] : new PyMethod(a[0], a[1])),
  },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const q = (a[0] as PyInstance).getAttr("__qualname__");
      return q ?? newStr("_lru_cache_wrapper");
    },
  },
  { name: "__copy__", arity: [0, 0], impl: (a) => a[0] },
  { name: "__deepcopy__", arity: [1, 1], impl: (a) => a[0] },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const w = a[0] as PyLruCacheWrapper;
      return newStr(`<functools._lru_cache_wrapper object at 0x${objectIdHex(w)}>`);
    },
  },
]);
defineGetSets(lruCacheWrapperType, [
  instanceDictSpec,
]);
function objectIdHex(w: W): string {
  return objectId(w).toString(16);
}

export const functoolsModule: NativeModuleDef = {
  name: "_functools",
  doc: "Tools that operate on functions.",
  functions: [
    { name: "reduce", arity: [0, -1], kw: ["**"], impl: reduce },
    {
      name: "cmp_to_key",
      textSignature: "($module, /, mycmp)",
      arity: [0, -1],
      kw: ["**"],
      impl: (a, k) => {
        const [mycmp] = parseArgs("cmp_to_key", a, k, 0, { names: ["mycmp"], required: 1 });
        return new PyKeyWrapper(mycmp, undefined);
      },
    },
  ],
  types: [
    ["partial", partialType],
    ["_PlaceholderType", placeholderType],
    ["_lru_cache_wrapper", lruCacheWrapperType],
    ["KeyWrapper", keyWrapperType],
  ],
  values: () => ({ Placeholder }),
};
