// `deno task bench`: runs every benchmark suite in one go and prints each suite's own report.
// Suites compare pypyts against python3 (and pypy3 when installed) inside the same run, so the ratios are
// measured on the same machine state. Add a suite by adding a line to SUITES.

const SUITES: { name: string; script: string }[] = [
  { name: "front end: tokenize+parse+compile of the stdlib archive", script: "bench/compile_stdlib.ts" },
  { name: "programs: pypyts vs python3 / pypy3 on bench/programs", script: "bench/programs.ts" },
  { name: "stdlib: re/json programs, import unittest, bytecode cache", script: "bench/stdlib.ts" },
];

const deno = Deno.execPath();
let failures = 0;
for (const suite of SUITES) {
  console.log(`## ${suite.name}`);
  const url = new URL(`../${suite.script}`, import.meta.url);
  const { code } = await new Deno.Command(deno, {
    args: ["run", "-A", "--no-prompt", url.pathname, ...Deno.args],
    stdout: "inherit",
    stderr: "inherit",
  }).output();
  if (code !== 0) {
    console.log(`(suite failed with exit code ${code})`);
    failures++;
  }
  console.log();
}
Deno.exit(failures === 0 ? 0 : 1);
