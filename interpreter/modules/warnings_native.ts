// _warnings: CPython's C half of the warnings module. importlib._bootstrap loads it as a builtin, so it
// must exist natively; its `warn` hands the warning to the pure-Python implementation (warnings.py,
// which falls back to _py_warnings for everything else since this module exports no `filters`).
import { call, getAttr, type Kwargs, type W } from "../objects/model.ts";
import { importModule } from "../importing/importer.ts";
import type { NativeModuleDef } from "./define.ts";

function forward(name: string) {
  return (a: W[], k: Kwargs | null): W => call(getAttr(importModule("warnings"), name), a, k);
}

export const warningsModule: NativeModuleDef = {
  name: "_warnings",
  doc: "_warnings provides basic warning filtering support.",
  functions: [
    {
      name: "warn",
      arity: [1, 4],
      kw: ["**"],
      impl: forward("warn"),
    },
    { name: "warn_explicit", arity: [4, 8], kw: ["**"], impl: forward("warn_explicit") },
  ],
};
