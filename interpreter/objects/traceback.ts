// traceback: one entry per frame an exception passed through (tb_frame, tb_lasti, tb_lineno, tb_next).
import { builtinType, defineGetSets, None, PyObject, type PyType, type W } from "./model.ts";
import type { Frame } from "../vm/frame.ts";
import { cpythonOffset } from "../compiler/cpython_layout.ts";

export const tracebackType: PyType = builtinType("traceback", undefined, { flags: 0 });

export class PyTraceback extends PyObject {
  readonly frame: Frame;
  readonly lasti: number;
  next: W;
  constructor(frame: Frame, lasti: number, next: W) {
    super();
    this.cls = tracebackType;
    this.frame = frame;
    this.lasti = lasti;
    this.next = next;
  }
  get lineno(): number {
    return this.frame.code.lineAt(this.lasti);
  }
}

defineGetSets(tracebackType, [
  { name: "tb_frame", get: (t) => (t as PyTraceback).frame },
  { name: "tb_lasti", get: (t) => cpythonOffset((t as PyTraceback).frame.code.co, (t as PyTraceback).lasti) },
  { name: "tb_lineno", get: (t) => (t as PyTraceback).lineno },
  {
    name: "tb_next",
    get: (t) => (t as PyTraceback).next ?? None,
    set: (t, v) => void ((t as PyTraceback).next = v),
  },
]);
