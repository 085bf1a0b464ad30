// Differential program cases: every tests/py/run/<topic>/<name>.py runs under `./pypyts run` and must
// print what CPython 3.14 printed (recorded in <name>.expected.json by tools/oracle_run.ts): the same
// stdout, exit code and last stderr line; cases marked `# test: full-traceback` compare all of stderr.
// One Deno.test per topic, reporting every mismatch of the topic at once.
import assert from "node:assert/strict";
import {
  type Case,
  type Expected,
  expectedPath,
  listCases,
  normalisePaths,
  pool,
  runPypyts,
  stderrTail,
} from "../tools/oracle_run.ts";

const TIMEOUT_MS = 20_000;
const PARALLEL = 2;

function firstDifference(expected: string, actual: string): string {
  const e = expected.split("\n"), a = actual.split("\n");
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      return `line ${i + 1}: expected ${JSON.stringify(e[i] ?? "<end>")}, got ${
        JSON.stringify(a[i] ?? "<end>")
      }`;
    }
  }
  return "differs";
}

async function checkCase(c: Case, options: string[]): Promise<string[]> {
  const expected: Expected = JSON.parse(Deno.readTextFileSync(expectedPath(c)));
  const got = await runPypyts(c.path, TIMEOUT_MS, undefined, options);
  if (got.timedOut) return [`${c.path}: timed out after ${TIMEOUT_MS} ms`];
  const problems: string[] = [];
  const stderr = normalisePaths(got.stderr);
  if (got.stdout !== expected.stdout) {
    problems.push(`${c.path}: stdout ${firstDifference(expected.stdout, got.stdout)}`);
  }
  if (got.exitCode !== expected.exit_code) {
    problems.push(`${c.path}: exit code ${got.exitCode}, expected ${expected.exit_code}`);
  }
  const tail = stderrTail(stderr);
  if (tail !== expected.stderr_tail) {
    problems.push(
      `${c.path}: last stderr line ${JSON.stringify(tail)}, expected ${JSON.stringify(expected.stderr_tail)}`,
    );
  }
  if (expected.stderr !== undefined && stderr !== expected.stderr) {
    problems.push(`${c.path}: traceback ${firstDifference(expected.stderr, stderr)}`);
  }
  if (problems.length > 0 && got.exitCode !== expected.exit_code && stderr !== "") {
    // the end of stderr usually says why (a Python traceback or a JS error)
    problems.push(`    stderr: ${stderr.trimEnd().split("\n").slice(-6).join("\n    ")}`);
  }
  return problems;
}

const cases = listCases();

/**
 * Known differences, each with the reason. These are run too and must still differ (so a fix is noticed
 * and the entry removed); they are reported as expected failures, never counted as passing.
 */
const KNOWN_FAILURES: Record<string, string> = {};
const topics = [...new Set(cases.map((c) => c.topic))].sort();

Deno.test("program cases: at least 320, each with an expected output", () => {
  assert.ok(cases.length >= 320, `${cases.length} cases`);
  const missing = cases.filter((c) => {
    try {
      Deno.statSync(expectedPath(c));
      return false;
    } catch {
      return true;
    }
  });
  assert.deepEqual(missing.map((c) => c.path), [], "run tools/oracle_run.ts");
});

// Every topic runs twice: as a user runs it, and with `-X baseline=0`, which compiles every code object to
// JS on its first call (vm/baseline.ts), so the compiled tier meets every case and not only hot loops.
const MODES: { label: string; options: string[] }[] = [
  { label: "program cases", options: [] },
  { label: "program cases compiled", options: ["-X", "baseline=0"] },
];

for (const mode of MODES) {
  for (const topic of topics) {
    const mine = cases.filter((c) => c.topic === topic);
    Deno.test(`${mode.label}: ${topic} (${mine.length})`, async () => {
      const results = await pool(mine, PARALLEL, (c) => checkCase(c, mode.options));
      const perCase: string[][] = [];
      const fixed: string[] = [];
      mine.forEach((c, i) => {
        const known = Object.keys(KNOWN_FAILURES).find((k) => c.path.endsWith(k));
        if (known !== undefined) {
          if (results[i].length === 0) fixed.push(`${c.path} now passes: remove it from KNOWN_FAILURES`);
          else console.log(`expected failure: ${c.path} (${KNOWN_FAILURES[known]})`);
        } else if (results[i].length > 0) perCase.push(results[i]);
      });
      assert.deepEqual(fixed, []);
      assert.ok(
        perCase.length === 0,
        `${perCase.length} of ${mine.length} cases differ in ${topic}:\n${perCase.flat().join("\n")}`,
      );
    });
  }
}
