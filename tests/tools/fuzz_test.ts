// A short, fixed-seed run of the front-end fuzzer: every mutant must end as a code object or a
// CompileError, within its time bound (the full run is `deno task fuzz-frontend`).
import assert from "node:assert/strict";
import { fuzz } from "../../tools/fuzz_frontend.ts";

Deno.test("front-end fuzzing: no crash, no hang (fixed seed, 300 mutants)", async () => {
  const problems: string[] = [];
  const counts = await fuzz({ count: 300, seed: 20261124, timeoutMs: 10_000 }, (l) => problems.push(l));
  assert.deepEqual(problems, []);
  assert.equal(counts.crash + counts.hang, 0);
  assert.equal(counts.compiled + counts["syntax-error"], 300);
  assert.ok(counts["syntax-error"] > 0 && counts.compiled > 0);
});
