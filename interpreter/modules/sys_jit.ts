// sys._jit (CPython 3.14): whether the JIT exists, is switched on, and runs the calling frame. pypyts's
// compiled tier is the baseline compiler (vm/baseline.ts): it is always built in, `-X baseline=off` or
// PYPYTS_BASELINE=off switch it off, and a frame runs compiled code once its code object has been compiled.
import { False, True } from "../objects/model.ts";
import { state } from "../vm/state.ts";
import { baselineConfig } from "../vm/baseline.ts";
import { createNativeModule } from "./define.ts";
import type { PyModule } from "../objects/module.ts";

export function makeJit(): PyModule {
  return createNativeModule({
    name: "sys._jit",
    doc: "Utilities for observing just-in-time compilation.",
    functions: [
      { name: "is_available", arity: [0, 0], impl: () => True },
      { name: "is_enabled", arity: [0, 0], impl: () => baselineConfig.enabled ? True : False },
      {
        name: "is_active",
        arity: [0, 0],
        impl: () => {
          const f = state.frame;
          return baselineConfig.enabled && f !== null && f.code.baseline ? True : False;
        },
      },
    ],
  });
}
