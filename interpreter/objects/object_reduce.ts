// object's pickling protocol and the rest of its slot methods: __reduce_ex__/__reduce__ (copyreg's
// __newobj__ form for protocol 2+, as typeobject.c's reduce_newobj), __getstate__ (the instance dict
// plus a dict of set __slots__), __str__ (repr) and the ordering comparisons that answer NotImplemented.
import {
  call,
  callBound,
  defineMethods,
  getAttr,
  getAttrOrUndefined,
  None,
  NotImplemented,
  objectType,
  PyInstance,
  PyPlainInstance,
  type PyType,
  typeOf,
  type W,
} from "./model.ts";
import { raiseTypeError } from "../vm/errors.ts";
import { newStr, reprObject } from "./str.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import { newDict, PyDict } from "./dict.ts";
import { PyList } from "./list.ts";
import { iter } from "./operations.ts";
import { importModule } from "../importing/importer.ts";
import { builtinLookup } from "./iterstate.ts";

// The builtin iterators' __reduce__ name `iter`/`reversed` as the builtins module has them now.
builtinLookup.get = (name) => getAttr(importModule("builtins"), name);

function copyreg(name: string): W {
  const f = getAttrOrUndefined(importModule("copyreg"), name);
  if (f === undefined) raiseTypeError(`copyreg.${name} is missing`);
  return f;
}

/** A native layout other than object's own: such objects cannot be rebuilt from __dict__ alone. */
function hasNativeState(w: W): boolean {
  if (typeof w !== "object") return true;
  if (w instanceof PyInstance) return w.constructor !== PyPlainInstance && w.constructor !== PyInstance;
  return typeOf(w) !== objectType;
}

/** object.__getstate__ (object_getstate_default): __dict__ (None if empty), with set slots as (dict, slots). */
function defaultGetState(obj: W, required: boolean): W {
  const t = typeOf(obj);
  if (
    required && hasNativeState(obj) && t.lookup("__getnewargs__") === undefined &&
    t.lookup("__getnewargs_ex__") === undefined && !(obj instanceof PyList) && !(obj instanceof PyDict)
  ) {
    raiseTypeError(`cannot pickle '${t.name}' object`);
  }
  let state: W = None;
  const d = getAttrOrUndefined(obj, "__dict__");
  if (d instanceof PyDict && d.size > 0) state = d;
  if (obj instanceof PyInstance && obj.slots !== null && t.slotNames.length > 0) {
    const slots = newDict();
    t.slotNames.forEach((name, i) => {
      const v = obj.slots![i];
      if (v !== undefined && name !== "__dict__" && name !== "__weakref__") slots.setStr(name, v);
    });
    if (slots.size > 0) state = newTuple([state, slots]);
  }
  return state;
}

function getState(obj: W, required: boolean): W {
  const fn = typeOf(obj).lookup("__getstate__");
  if (fn === undefined || fn === objectGetState) return defaultGetState(obj, required);
  return callBound(fn, obj, []);
}

function newArgs(obj: W): [W[], W | null] {
  const t = typeOf(obj);
  const ex = t.lookup("__getnewargs_ex__");
  if (ex !== undefined) {
    const r = callBound(ex, obj, []);
    if (!(r instanceof PyTuple) || r.items.length !== 2) {
      raiseTypeError(`__getnewargs_ex__ should return a tuple of length 2, not '${typeOf(r).name}'`);
    }
    const [args, kwargs] = r.items;
    if (!(args instanceof PyTuple)) {
      raiseTypeError(
        `first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeOf(args).name}'`,
      );
    }
    if (!(kwargs instanceof PyDict)) {
      raiseTypeError(
        `second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeOf(kwargs).name}'`,
      );
    }
    return [args.items, kwargs];
  }
  const plain = t.lookup("__getnewargs__");
  if (plain !== undefined) {
    const r = callBound(plain, obj, []);
    if (!(r instanceof PyTuple)) {
      raiseTypeError(`__getnewargs__ should return a tuple, not '${typeOf(r).name}'`);
    }
    return [r.items, null];
  }
  return [[], null];
}

function reduceNewObj(obj: W): W {
  const t = typeOf(obj) as PyType;
  if (t.lookup("__new__") === undefined) raiseTypeError(`cannot pickle '${t.name}' object`);
  const [args, kwargs] = newArgs(obj);
  const hasArgs = args.length > 0;
  let fn: W, fnArgs: W;
  if (kwargs === null || (kwargs as PyDict).size === 0) {
    fn = copyreg("__newobj__");
    fnArgs = newTuple([t, ...args]);
  } else {
    fn = copyreg("__newobj_ex__");
    fnArgs = newTuple([t, newTuple(args), kwargs]);
  }
  const isList = obj instanceof PyList, isDict = obj instanceof PyDict;
  const state = getState(obj, !hasArgs && !isList && !isDict);
  const listItems = isList ? iter(obj) : None;
  const dictItems = isDict ? iter(call(getAttrOrUndefined(obj, "items")!, [])) : None;
  return newTuple([fn, fnArgs, state, listItems, dictItems]);
}

function commonReduce(obj: W, protocol: number): W {
  if (protocol >= 2) return reduceNewObj(obj);
  return call(copyreg("_reduce_ex"), [obj, protocol]);
}

defineMethods(objectType, [
  { name: "__str__", arity: [0, 0], impl: (a) => reprObject(a[0]) },
  { name: "__lt__", arity: [1, 1], impl: () => NotImplemented },
  { name: "__le__", arity: [1, 1], impl: () => NotImplemented },
  { name: "__gt__", arity: [1, 1], impl: () => NotImplemented },
  { name: "__ge__", arity: [1, 1], impl: () => NotImplemented },
  { name: "__getstate__", arity: [0, 0], impl: (a) => defaultGetState(a[0], false) },
  { name: "__reduce__", arity: [0, 0], impl: (a) => commonReduce(a[0], 0) },
  {
    name: "__reduce_ex__",
    arity: [1, 1],
    impl: (a) => {
      const protocol = a[1];
      if (typeof protocol !== "number") {
        raiseTypeError(`'${typeOf(protocol).name}' object cannot be interpreted as an integer`);
      }
      const reduce = getAttrOrUndefined(a[0], "__reduce__");
      const own = typeOf(a[0]).lookup("__reduce__");
      if (reduce !== undefined && own !== objectReduce) return call(reduce, []);
      return commonReduce(a[0], protocol);
    },
  },
]);
objectType.dict.set(
  "__doc__",
  newStr(
    "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n",
  ),
);
objectType.mutated();
const objectGetState = objectType.dict.get("__getstate__");
const objectReduce = objectType.dict.get("__reduce__");
