// The loop for code that runs once: module bodies while they are imported. scripts/bundle.ts gives the
// bundle a second copy of the eval loop's `execute` named `executeCold` (without its first statement, the
// redirect to `fn`) and sets `fn` to it; the launcher tells V8 never to optimise that copy
// (`--maglev-filter=-executeCold`, same for TurboFan). During start-up and imports every new path through
// the loop deoptimised the optimised `execute` and V8 recompiled it (9 Maglev compiles of ~50 ms during
// `import unittest`), which cost more than the optimised code saved; long-running code keeps the optimised
// loop. Without the bundle `fn` stays null. A module of its own with no imports, so that the importer
// (which raises `depth` around a module body) does not import the eval loop.
import type { W } from "../objects/model.ts";
import type { PyError } from "./errors.ts";
import type { Frame } from "./frame.ts";

export type ExecuteFn = (entry: Frame, thrown: PyError | null, pushed: Frame | null, nested: boolean) => W;

export const coldLoop: { fn: ExecuteFn | null; depth: number } = { fn: null, depth: 0 };
