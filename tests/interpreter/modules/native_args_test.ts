// Argument binding for native module functions: CPython's Argument Clinic messages (checked against
// CPython 3.14 through the pyodide oracle).
import assert from "node:assert/strict";
import { newStr, type W } from "../../../interpreter/objects/mod.ts";
import "../../../interpreter/objects/singletons.ts";
import { PyError } from "../../../interpreter/vm/errors.ts";
import { parseArgs } from "../../../interpreter/modules/native_args.ts";

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyError) {
      const args = (e.value as unknown as { args: W[] }).args;
      return `${e.value.cls.name}: ${(args[0] as unknown as { value: string }).value}`;
    }
    throw e;
  }
  return "no error";
}

const countShape = { names: ["start", "step"], required: 0 };

Deno.test("parseArgs binds positionals and keywords", () => {
  const out = parseArgs("count", [1, 2], null, 0, countShape);
  assert.deepEqual(out, [1, 2]);
  const kw = parseArgs("count", [], { names: ["step"], values: [5] }, 0, countShape);
  assert.equal(kw[0], undefined);
  assert.equal(kw[1], 5);
});

Deno.test("parseArgs: keyword-capable signatures", () => {
  assert.equal(
    message(() => parseArgs("count", [1, 2, 3], null, 0, countShape)),
    "TypeError: count() takes at most 2 arguments (3 given)",
  );
  assert.equal(
    message(() => parseArgs("count", [], { names: ["nope"], values: [1] }, 0, countShape)),
    "TypeError: count() got an unexpected keyword argument 'nope'",
  );
  assert.equal(
    message(() => parseArgs("count", [1], { names: ["start"], values: [1] }, 0, countShape)),
    "TypeError: argument for count() given by name ('start') and position (1)",
  );
  const batched = { names: ["iterable", "n", "strict"], required: 2, kwOnly: 1 };
  assert.equal(
    message(() => parseArgs("batched", [1], null, 0, batched)),
    "TypeError: batched() missing required argument 'n' (pos 2)",
  );
  assert.equal(
    message(() => parseArgs("batched", [1, 2, 3], null, 0, batched)),
    "TypeError: batched() takes exactly 2 positional arguments (3 given)",
  );
  const reduce = { names: ["function", "iterable", "initial"], required: 2, posOnly: 2 };
  assert.equal(
    message(() => parseArgs("reduce", [1], null, 0, reduce)),
    "TypeError: reduce() takes at least 2 positional arguments (1 given)",
  );
});

Deno.test("parseArgs: positional-only signatures", () => {
  const cycle = { names: ["iterable"], required: 1, posOnly: 1 };
  assert.equal(
    message(() => parseArgs("cycle", [], { names: ["iterable"], values: [newStr("x")] }, 0, cycle)),
    "TypeError: cycle() takes no keyword arguments",
  );
  assert.equal(
    message(() => parseArgs("cycle", [], null, 0, cycle)),
    "TypeError: cycle expected 1 argument, got 0",
  );
  assert.equal(
    message(() => parseArgs("cycle", [1, 2], null, 0, cycle)),
    "TypeError: cycle expected 1 argument, got 2",
  );
  const hint = { names: ["obj", "default"], required: 1, posOnly: 2 };
  assert.equal(
    message(() => parseArgs("length_hint", [], null, 0, hint)),
    "TypeError: length_hint expected at least 1 argument, got 0",
  );
  assert.equal(
    message(() => parseArgs("length_hint", [1, 2, 3], null, 0, hint)),
    "TypeError: length_hint expected at most 2 arguments, got 3",
  );
});
