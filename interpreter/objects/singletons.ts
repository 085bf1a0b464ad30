// None, NotImplemented and Ellipsis: their types' methods (repr, bool, hash, reduce) and constructors
// that return the singleton, as in CPython.
import {
  defineMethods,
  Ellipsis,
  ellipsisType,
  False,
  None,
  noneType,
  NotImplemented,
  notImplementedType,
  type PyType,
  type W,
} from "./model.ts";
import { newStr } from "./str.ts";
import { raiseTypeError } from "../vm/errors.ts";

function singletonMethods(t: PyType, value: W, repr: string, truth: boolean | null): void {
  defineMethods(t, [
    { name: "__repr__", arity: [0, 0], impl: () => newStr(repr) },
    {
      name: "__new__",
      arity: [0, -1],
      kind: "static",
      impl: (a) => {
        if (a.length > 1) raiseTypeError(`${t.name} takes no arguments`);
        return value;
      },
    },
    { name: "__reduce__", arity: [0, 0], impl: () => newStr(repr) },
  ]);
  if (truth === false) defineMethods(t, [{ name: "__bool__", arity: [0, 0], impl: () => False }]);
}
singletonMethods(noneType, None, "None", false);
singletonMethods(notImplementedType, NotImplemented, "NotImplemented", null);
// 3.14: a TypeError (a DeprecationWarning since 3.9; GH-79893)
defineMethods(notImplementedType, [{
  name: "__bool__",
  arity: [0, 0],
  impl: () => raiseTypeError("NotImplemented should not be used in a boolean context"),
}]);
singletonMethods(ellipsisType, Ellipsis, "Ellipsis", null);
noneType.dict.set("__hash__", noneType.dict.get("__hash__") ?? None);
defineMethods(noneType, [{ name: "__hash__", arity: [0, 0], impl: () => 0xFCA86420 >> 4 }]);
