// super: attribute lookup that starts after a given class in an object's MRO. The zero-argument form
// reads the calling frame's first argument and its `__class__` cell, as CPython does.
import {
  builtinType,
  defineGetSets,
  defineMethods,
  genericGetAttr,
  getAttrOrUndefined,
  getDescriptorValue,
  None,
  PyObject,
  PyType,
  typeOf,
  type W,
} from "./model.ts";
import { errorWithMessage, raiseTypeError } from "../vm/errors.ts";
import { newStr, PyStr } from "./str.ts";
import { state } from "../vm/state.ts";
import { PyCell } from "./cell.ts";
import { CO_FAST_CELL, CO_FAST_FREE } from "../compiler/code.ts";

export const superType: PyType = builtinType("super");

export class PySuper extends PyObject {
  thisType: PyType | null = null;
  obj: W | null = null;
  objType: PyType | null = null;
  constructor(cls: PyType = superType) {
    super();
    this.cls = cls;
  }
}
superType.factory = (cls) => new PySuper(cls);

function checkSuper(t: PyType, obj: W): PyType {
  if (obj instanceof PyType && obj.isSubtypeOf(t)) return obj;
  if (typeOf(obj).isSubtypeOf(t)) return typeOf(obj);
  // a proxy whose __class__ claims the type (super_check's "slow way")
  const claimed = getAttrOrUndefined(obj, "__class__");
  if (claimed instanceof PyType && claimed !== typeOf(obj) && claimed.isSubtypeOf(t)) return claimed;
  const what = obj instanceof PyType ? `type ${obj.name}` : `instance of ${typeOf(obj).name}`;
  raiseTypeError(`super(type, obj): obj (${what}) is not an instance or subtype of type (${t.name}).`);
}

/** super() with no arguments: first local of the running function and its __class__ cell. */
function zeroArg(): [PyType, W] {
  const f = state.frame;
  if (f === null) throw errorWithMessage("RuntimeError", "super(): no current frame");
  const code = f.code;
  if (code.argcount === 0 && !(code.flags & 0x4)) {
    throw errorWithMessage("RuntimeError", "super(): no arguments");
  }
  let first = f.slots[0];
  if (first instanceof PyCell && code.kinds[0] & CO_FAST_CELL) first = first.ref;
  if (first === undefined) throw errorWithMessage("RuntimeError", "super(): arg[0] deleted");
  for (let i = 0; i < code.localsplusnames.length; i++) {
    if (code.localsplusnames[i] === "__class__" && code.kinds[i] & CO_FAST_FREE) {
      const cell = f.slots[i];
      if (!(cell instanceof PyCell)) break;
      const t = cell.ref;
      if (t === undefined) throw errorWithMessage("RuntimeError", "super(): empty __class__ cell");
      if (!(t instanceof PyType)) throw errorWithMessage("RuntimeError", "super(): __class__ is not a type");
      return [t, first];
    }
  }
  throw errorWithMessage("RuntimeError", "super(): __class__ cell not found");
}

function sup(w: W): PySuper {
  if (!(w instanceof PySuper)) raiseTypeError("descriptor requires a 'super' object");
  return w;
}

defineMethods(superType, [
  {
    name: "__init__",
    arity: [0, 2],
    impl: (a) => {
      const s = sup(a[0]);
      let t: W, obj: W | undefined;
      if (a.length === 1) [t, obj] = zeroArg();
      else {
        t = a[1];
        obj = a[2];
      }
      if (!(t instanceof PyType)) raiseTypeError(`super() argument 1 must be a type, not ${typeOf(t).name}`);
      s.thisType = t;
      if (obj !== undefined && obj !== None) {
        s.objType = checkSuper(t, obj);
        s.obj = obj;
      }
      return None;
    },
  },
  {
    name: "__getattribute__",
    arity: [1, 1],
    impl: (a) => {
      const s = sup(a[0]);
      const name = a[1] instanceof PyStr ? a[1].value : raiseTypeError("attribute name must be string");
      if (s.objType !== null && s.thisType !== null && name !== "__class__") {
        const mro = s.objType.mro;
        let i = mro.indexOf(s.thisType) + 1;
        for (; i > 0 && i < mro.length; i++) {
          const v = mro[i].dict.get(name);
          if (v !== undefined) {
            return getDescriptorValue(v, s.obj === s.objType ? undefined : s.obj!, s.objType);
          }
        }
      }
      const r = genericGetAttr(s, name);
      if (r === undefined) {
        throw errorWithMessage("AttributeError", `'super' object has no attribute '${name}'`);
      }
      return r;
    },
  },
  {
    name: "__get__",
    arity: [1, 2],
    impl: (a) => {
      const s = sup(a[0]);
      if (a[1] === None || s.obj !== null) return s;
      const n = new PySuper(s.cls);
      n.thisType = s.thisType;
      n.objType = checkSuper(s.thisType!, a[1]);
      n.obj = a[1];
      return n;
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const s = sup(a[0]);
      const tn = s.thisType === null ? "NULL" : s.thisType.name;
      if (s.objType !== null) return newStr(`<super: <class '${tn}'>, <${s.objType.name} object>>`);
      return newStr(`<super: <class '${tn}'>, NULL>`);
    },
  },
]);
defineGetSets(superType, [
  { name: "__thisclass__", get: (s) => sup(s).thisType ?? None },
  { name: "__self__", get: (s) => sup(s).obj ?? None },
  { name: "__self_class__", get: (s) => sup(s).objType ?? None },
]);
