// The instance `__dict__` of `_io` objects (CPython's _io types carry one): the `__dict__` attribute, and
// the dict copies that StringIO/BytesIO put into their pickling state.
import {
  callMethod,
  defineGetSets,
  dictHooks,
  None,
  PyInstance,
  PyObject,
  type PyType,
  setAttr,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { getItem, iterateToArray } from "../../objects/operations.ts";
import { PyStr } from "../../objects/str.ts";
import { raiseTypeError } from "../../vm/errors.ts";

export function defineInstanceDict(t: PyType): void {
  t.hasInstanceDict = true;
  defineGetSets(t, [{
    name: "__dict__",
    get: (o) => {
      if (!(o instanceof PyInstance)) raiseTypeError("__dict__ requires an instance");
      return o.ownDict();
    },
    set: (o, v) => {
      if (!(o instanceof PyInstance) || !(v instanceof PyObject)) {
        raiseTypeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
      }
      o.dictObject = v;
      o.dropAttrs();
    },
  }]);
}

/** A copy of the instance dict, or None when the object has no attributes. */
export function instanceDictOf(o: PyInstance): W {
  if (o.dictObject !== null) return callMethod(o.dictObject, "copy", []);
  if (o.map.keys.length === 0) return None;
  return dictHooks.fromAttrs(o.map.keys.slice(), o.attrValues());
}

export function updateInstanceDict(o: PyInstance, d: W): void {
  for (const k of iterateToArray(d)) {
    if (!(k instanceof PyStr)) raiseTypeError("attribute name must be string");
    setAttr(o, k.value, getItem(d, k));
  }
}
