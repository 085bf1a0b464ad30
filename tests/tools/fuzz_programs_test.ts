// The program fuzzer: its mutator and classifier on fixed inputs, and a short fixed-seed run (~30
// mutants of tests/py/run) in which no mutant may crash pypyts or time out where CPython does not.
import assert from "node:assert/strict";
import { classify, fuzzPrograms, mutate, rng } from "../../tools/fuzz_programs.ts";

const run = (stderr: string, exitCode: number, timedOut = false) => ({
  stdout: "",
  stderr,
  exitCode,
  timedOut,
});

Deno.test("fuzz-programs: classification", () => {
  assert.equal(classify(run("", 0), "print(1)"), "ok");
  assert.equal(
    classify(run("Traceback (most recent call last):\n  ...\nZeroDivisionError: division by zero\n", 1), ""),
    "python-error",
  );
  assert.equal(
    classify(
      run("  File \"a.py\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n", 1),
      "",
    ),
    "syntax-error",
  );
  assert.equal(classify(run("", 3), "import sys\nsys.exit(3)"), "exit");
  assert.equal(classify(run("", 3), "print(1)"), "CRASH");
  assert.equal(
    classify(
      run("error: Uncaught (in promise) TypeError: x is undefined\n    at f (file:///a.ts:1:1)\n", 1),
      "",
    ),
    "CRASH",
  );
  assert.equal(classify({ ...run("", 134), signal: "SIGABRT" }, ""), "CRASH");
  assert.equal(classify(run("", 200), "import sys\nsys.exit(200)"), "exit");
  const pyLineAt =
    'Traceback (most recent call last):\n  File "a.py", line 1, in <module>\n    at = 1 / 0\n' +
    "ZeroDivisionError: division by zero\n";
  assert.equal(classify(run(pyLineAt, 1), "at = 1 / 0"), "python-error");
  assert.equal(classify(run("", -1, true), ""), "timeout");
});

Deno.test("fuzz-programs: mutations are deterministic per seed and change the source", () => {
  const src = "def f(a, b):\n    return a + b\n\nprint(f(1, 2))\n";
  const draw = (seed: number) => {
    const r = rng(seed);
    return Array.from({ length: 20 }, () => mutate(src, r));
  };
  assert.deepEqual(draw(7), draw(7));
  const r = rng(8);
  assert.ok(Array.from({ length: 20 }, () => mutate(src, r)).some((m) => m !== src));
});

Deno.test("fuzz-programs: no crash, no timeout of ours (fixed seed, 30 mutants)", async () => {
  const problems: string[] = [];
  const counts = await fuzzPrograms({ count: 30, seed: 20261126, timeoutSec: 10 }, (l) => problems.push(l));
  assert.deepEqual(problems, []);
  assert.equal(counts.CRASH + counts.timeout, 0);
  assert.equal(Object.values(counts).reduce((a, b) => a + b, 0), 30);
});
