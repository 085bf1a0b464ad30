// The eval loop's switch uses literal opcode numbers for speed; every label must agree with opcodes.ts
// (the one bytecode table), and every real opcode must have a case.
import assert from "node:assert/strict";
import { OP, OPCODES } from "../../../interpreter/compiler/opcodes.ts";

Deno.test("eval loop case labels match the opcode table", () => {
  const src = Deno.readTextFileSync(new URL("../../../interpreter/vm/eval.ts", import.meta.url));
  const labels = [...src.matchAll(/(?:case|===) (\d+) \/\* (\w+) \*\//g)];
  assert.ok(labels.length > 100);
  for (const [, num, name] of labels) assert.equal(OP[name], Number(num), `label ${num} is not ${name}`);
  const handled = new Set(labels.map((m) => m[2]));
  const missing = OPCODES.filter((o) => !o.pseudo && !handled.has(o.name)).map((o) => o.name);
  assert.deepEqual(missing, [], `opcodes without a case: ${missing.join(", ")}`);
});
