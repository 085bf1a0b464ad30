// _collections: deque (deque.ts), defaultdict (defaultdict.ts), the deque iterator types,
// _count_elements (Counter's inner loop) and _tuplegetter (namedtuple's field descriptors).
// OrderedDict (ordereddict.ts) replaces the pure-Python version of collections/__init__.py.
import {
  callBound,
  defineGetSets,
  defineMethods,
  dictType,
  None,
  objectType,
  PyInstance,
  PyType,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { errorWithMessage, raiseIndexError, raiseTypeError } from "../../vm/errors.ts";
import { add, getItem, iter, next, setItem, STOP } from "../../objects/operations.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { PyDict } from "../../objects/dict.ts";
import { type NativeModuleDef, nativeType } from "../define.ts";
import { dequeIteratorType, dequeReverseIteratorType, dequeType } from "./deque.ts";
import { defaultdictType } from "./defaultdict.ts";
import { odictType } from "./ordereddict.ts";
import { parseArgs } from "../native_args.ts";

// ---------------------------------------------------------------- _count_elements

const dictGetDescr = dictType.dict.get("get")!;
const dictSetItemDescr = dictType.dict.get("__setitem__")!;

/** Counter's loop: mapping[elem] = mapping.get(elem, 0) + 1 for each element. */
function countElements(mapping: W, iterable: W): W {
  const it = iter(iterable);
  const t = typeOf(mapping);
  const plain = mapping instanceof PyDict && t.lookup("get") === dictGetDescr &&
    t.lookup("__setitem__") === dictSetItemDescr;
  const getFn = plain ? undefined : t.lookup("get");
  for (;;) {
    const elem = next(it);
    if (elem === STOP) return None;
    if (plain) {
      const d = mapping as PyDict;
      const old = d.getItem(elem);
      d.setItem(
        elem,
        old === undefined
          ? 1
          : typeof old === "number" && old < Number.MAX_SAFE_INTEGER
          ? old + 1
          : add(old, 1),
      );
    } else {
      const old = getFn === undefined ? getItem(mapping, elem) : callBound(getFn, mapping, [elem, 0]);
      setItem(mapping, elem, add(old, 1));
    }
  }
}

// ---------------------------------------------------------------- _tuplegetter

class PyTupleGetter extends PyInstance {
  declare index: number;
  declare doc: W;
  constructor(cls: PyType, index: number, doc: W) {
    super(cls);
    this.index = index;
    this.doc = doc;
  }
}
const tupleGetterType: PyType = nativeType("collections", "_tuplegetter", objectType, {
  factory: (cls) => new PyTupleGetter(cls, 0, None),
});
function asGetter(w: W): PyTupleGetter {
  if (!(w instanceof PyTupleGetter)) {
    raiseTypeError("descriptor requires a 'collections._tuplegetter' object");
  }
  return w;
}
defineMethods(tupleGetterType, [
  {
    name: "__new__",
    arity: [0, -1],
    kw: ["**"],
    kind: "static",
    impl: (a, k) => {
      const [index, doc] = parseArgs("_tuplegetter", a, k, 1, {
        names: ["index", "doc"],
        required: 2,
        posOnly: 2,
      });
      if (typeof index !== "number") {
        raiseTypeError(`'${typeOf(index).name}' object cannot be interpreted as an integer`);
      }
      return new PyTupleGetter(a[0] as PyType, index, doc);
    },
  },
  {
    name: "__get__",
    arity: [1, 2],
    impl: (a) => {
      const g = asGetter(a[0]);
      const obj = a[1];
      if (obj === None) return g;
      if (!(obj instanceof PyTuple)) {
        raiseTypeError(
          `descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${
            typeOf(obj).name
          }' object`,
        );
      }
      if (g.index >= obj.items.length) raiseIndexError("tuple index out of range");
      return obj.items[g.index];
    },
  },
  {
    name: "__set__",
    arity: [2, 2],
    impl: () => {
      throw errorWithMessage("AttributeError", "can't set attribute");
    },
  },
  {
    name: "__delete__",
    arity: [1, 1],
    impl: () => {
      throw errorWithMessage("AttributeError", "can't delete attribute");
    },
  },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const g = asGetter(a[0]);
      return newTuple([typeOf(g), newTuple([g.index, g.doc])]);
    },
  },
]);
defineGetSets(tupleGetterType, [
  {
    name: "__doc__",
    get: (g) => asGetter(g).doc,
    set: (g, v) => {
      asGetter(g).doc = v;
    },
  },
]);

export const collectionsModule: NativeModuleDef = {
  name: "_collections",
  doc:
    "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n" +
    "- defaultdict:  dict subclass with a default value factory",
  functions: [
    { name: "_count_elements", arity: [2, 2], impl: (a) => countElements(a[0], a[1]) },
  ],
  types: [
    ["deque", dequeType],
    ["defaultdict", defaultdictType],
    ["OrderedDict", odictType],
    ["_deque_iterator", dequeIteratorType],
    ["_deque_reverse_iterator", dequeReverseIteratorType],
    ["_tuplegetter", tupleGetterType],
  ],
};
