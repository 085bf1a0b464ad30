// traceback: one entry per frame an exception passed through (tb_frame, tb_lasti, tb_lineno, tb_next).
import {
  builtinType,
  defineGetSets,
  defineMethods,
  None,
  PyObject,
  type PyType,
  typeOf,
  type W,
} from "./model.ts";
import { Frame } from "../vm/frame.ts";
import { cpythonOffset } from "../compiler/cpython_layout.ts";
import { raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { indexValue } from "./slice.ts";

export const tracebackType: PyType = builtinType("traceback", undefined, { flags: 0 });

export class PyTraceback extends PyObject {
  readonly frame: Frame;
  readonly lasti: number;
  next: W;
  /** Set only by `TracebackType(next, frame, lasti, lineno)`: CPython's values, taken as given. */
  givenLasti = -1;
  givenLineno = -1;
  constructor(frame: Frame, lasti: number, next: W) {
    super();
    this.cls = tracebackType;
    this.frame = frame;
    this.lasti = lasti;
    this.next = next;
  }
  get lineno(): number {
    return this.givenLineno >= 0 ? this.givenLineno : this.frame.code.lineAt(this.lasti);
  }
}

function checkNext(tb: PyTraceback | null, v: W): void {
  if (v !== None && !(v instanceof PyTraceback)) {
    raiseTypeError(`expected traceback object${tb === null ? " or None" : ""}, got '${typeOf(v).name}'`);
  }
  for (let t: W = v; t instanceof PyTraceback; t = t.next) {
    if (t === tb) raiseValueError("traceback loop detected");
  }
}

function intArg(v: W): number {
  return indexValue(v, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

defineMethods(tracebackType, [
  {
    name: "__new__",
    arity: [5, 5],
    kind: "static",
    kw: ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"],
    impl: (a) => {
      checkNext(null, a[1]);
      if (!(a[2] instanceof Frame)) {
        raiseTypeError(`traceback() argument 'tb_frame' must be frame, not ${typeOf(a[2]).name}`);
      }
      const lasti = intArg(a[3]);
      const lineno = intArg(a[4]);
      const tb = new PyTraceback(a[2] as Frame, (a[2] as Frame).lasti, a[1]);
      tb.givenLasti = lasti;
      tb.givenLineno = lineno;
      return tb;
    },
  },
]);

defineGetSets(tracebackType, [
  { name: "tb_frame", get: (t) => (t as PyTraceback).frame },
  {
    name: "tb_lasti",
    get: (t) => {
      const tb = t as PyTraceback;
      return tb.givenLasti >= 0 ? tb.givenLasti : cpythonOffset(tb.frame.code.co, tb.lasti);
    },
  },
  { name: "tb_lineno", get: (t) => (t as PyTraceback).lineno },
  {
    name: "tb_next",
    get: (t) => (t as PyTraceback).next ?? None,
    set: (t, v) => {
      checkNext(t as PyTraceback, v);
      (t as PyTraceback).next = v;
    },
    delete: () => raiseTypeError("can't delete tb_next attribute"),
  },
]);
