// Program benchmarks: every bench/programs/*.py run by pypyts, python3 and (when installed) pypy3 in the
// same session, plus interpreter startup time and the peak RSS of bench/programs/mem_instances.py.
//   deno run -A bench/programs.ts [--runs N] [--only a,b] [--timeout SECONDS] [--arg N] [--pypyts EXE]
// --arg passes N as sys.argv[1] (iterations) to every program; --pypyts runs another pypyts launcher,
// e.g. the `deno task compile` executable dist/pypyts.
// Every implementation's stdout must equal python3's (a mismatch or a crash is FAIL, with no ratio).
// Exit status: 0 even when pypyts fails a benchmark; 1 when the suite itself is broken (a program that
// fails on python3, a bad option, an exception in this script).

import {
  type Cell,
  codeArgv,
  firstLine,
  geomean,
  type Impl,
  locate,
  measure,
  ratio,
  runOnce,
  showCell,
  showRatio,
  versionOf,
} from "./harness.ts";

const root = new URL("..", import.meta.url).pathname;
const programsDir = `${root}bench/programs/`;
const MEMORY_PROGRAM = "mem_instances";

interface Options {
  runs: number;
  only: string[] | null;
  timeoutMs: number;
  arg: string | null;
  pypyts: string | null;
}

function parseOptions(args: string[]): Options {
  const opts: Options = { runs: 3, only: null, timeoutMs: 120_000, arg: null, pypyts: null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    // bench/run.ts forwards its arguments to every suite, so unknown options are ignored, not errors
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new Error(`option ${a} needs a value`);
      return v;
    };
    if (a === "--runs") opts.runs = positiveInt(a, value());
    else if (a === "--only") opts.only = value().split(",").map((s) => s.trim()).filter((s) => s !== "");
    else if (a === "--timeout") opts.timeoutMs = positiveInt(a, value()) * 1000;
    else if (a === "--arg") opts.arg = value();
    else if (a === "--pypyts") opts.pypyts = value();
  }
  return opts;
}

function positiveInt(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`option ${name} needs a positive integer, got ${text}`);
  return n;
}

const IMPLS: Impl[] = [
  { name: "pypyts", exe: `${root}pypyts`, sub: ["run"] },
  { name: "python3", exe: "python3", sub: [] },
  { name: "pypy3", exe: "pypy3", sub: [] },
];

function scriptArgv(impl: Impl, script: string, args: string[]): string[] {
  return [impl.exe, ...impl.sub, script, ...args];
}

async function listPrograms(only: string[] | null): Promise<string[]> {
  const names: string[] = [];
  for await (const e of Deno.readDir(programsDir)) {
    if (e.isFile && e.name.endsWith(".py")) names.push(e.name.slice(0, -3));
  }
  const timed = names.filter((n) => n !== MEMORY_PROGRAM).sort();
  if (only === null) return timed;
  const unknown = only.filter((n) => !timed.includes(n));
  if (unknown.length > 0) throw new Error(`--only: no such benchmark: ${unknown.join(", ")}`);
  return timed.filter((n) => only.includes(n));
}

async function main(): Promise<number> {
  const opts = parseOptions(Deno.args);
  const programs = await listPrograms(opts.only);
  const [pypyts, python3, pypy3] = IMPLS;
  if (opts.pypyts !== null) pypyts.exe = opts.pypyts;
  const have = new Map<string, boolean>();
  for (const impl of IMPLS) have.set(impl.name, await locate(impl));
  const versions: string[] = [];
  for (const impl of IMPLS) {
    versions.push(
      `${impl.name} ${have.get(impl.name) ? `${await versionOf(impl)} (${impl.exe})` : "not installed"}`,
    );
  }
  console.log(
    `${versions.join(", ")}; median wall time of ${opts.runs} run(s), limit ${opts.timeoutMs / 1000} s`,
  );
  console.log();

  const extra = opts.arg === null ? [] : [opts.arg];
  let suiteBroken = false;
  const notes: string[] = [];
  const vsPython: number[] = [];
  const vsPypy: number[] = [];
  const rows: string[][] = [];
  for (const name of programs) {
    const script = `${programsDir}${name}.py`;
    // python3 is the reference: its output is what every other implementation must print
    let ref: Cell = { kind: "na" };
    let expected: string | null = null;
    if (have.get("python3")) {
      const r = await measure(scriptArgv(python3, script, extra), opts.runs, opts.timeoutMs, null);
      ref = r.cell;
      if (r.cell.kind === "ms") expected = r.stdout;
      else {
        suiteBroken = true;
        notes.push(`${name} on python3: ${r.cell.kind === "fail" ? r.cell.why : ""} (the program is broken)`);
      }
    }
    const cells = new Map<string, Cell>([["python3", ref]]);
    for (const impl of [pypyts, pypy3]) {
      if (!have.get(impl.name)) {
        cells.set(impl.name, { kind: "na" });
        continue;
      }
      const r = await measure(scriptArgv(impl, script, extra), opts.runs, opts.timeoutMs, expected);
      cells.set(impl.name, r.cell);
      if (r.cell.kind === "fail") notes.push(`${name} on ${impl.name}: ${r.cell.why}`);
    }
    const ours = cells.get("pypyts")!;
    const rPy = expected === null ? null : ratio(ours, ref);
    const rPypy = expected === null ? null : ratio(ours, cells.get("pypy3")!);
    if (rPy !== null) vsPython.push(rPy);
    if (rPypy !== null) vsPypy.push(rPypy);
    rows.push([
      name,
      showCell(ours),
      showCell(ref),
      showCell(cells.get("pypy3")!),
      showRatio(rPy),
      showRatio(rPypy),
    ]);
    // progress on stderr so a long run shows life without disturbing the table
    console.error(`  ${name}: ${rows[rows.length - 1].slice(1).join(" | ")}`);
  }

  console.log("| benchmark | pypyts ms | python3 ms | pypy3 ms | pypyts/python3 | pypyts/pypy3 |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  const gPy = geomean(vsPython);
  const gPypy = geomean(vsPypy);
  console.log();
  console.log(
    `geometric mean pypyts/python3: ${gPy === null ? "n/a" : gPy.toFixed(2) + "x"} ` +
      `over ${vsPython.length} of ${programs.length} benchmarks that passed`,
  );
  if (gPypy !== null) {
    console.log(`geometric mean pypyts/pypy3: ${gPypy.toFixed(2)}x over ${vsPypy.length} benchmarks`);
  }

  // startup: the cost of an empty program
  console.log();
  console.log("startup (`-c pass`, median of 10 runs):");
  for (const impl of IMPLS) {
    if (!have.get(impl.name)) {
      console.log(`  ${impl.name}: n/a`);
      continue;
    }
    const r = await measure(codeArgv(impl, "pass"), 10, opts.timeoutMs, null);
    console.log(
      `  ${impl.name}: ${r.cell.kind === "ms" ? `${r.cell.value.toFixed(0)} ms` : showCell(r.cell)}`,
    );
    if (r.cell.kind === "fail") notes.push(`startup on ${impl.name}: ${r.cell.why}`);
  }

  // memory: peak RSS of the child, as the kernel accounts it, reported by a python3 wrapper
  console.log();
  console.log(`memory (peak RSS of ${MEMORY_PROGRAM}.py: 1,000,000 instances with three attributes):`);
  const memScript = `${programsDir}${MEMORY_PROGRAM}.py`;
  // (the child's exit status is printed too, so a crash is not mistaken for a small footprint)
  const wrapper = "import resource,subprocess,sys; r = subprocess.run(sys.argv[1:]); " +
    "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)";
  let memExpected: string | null = null;
  for (const impl of [python3, pypyts, pypy3]) {
    if (!have.get("python3") || !have.get(impl.name)) {
      console.log(`  ${impl.name}: n/a`);
      continue;
    }
    const r = await runOnce([python3.exe, "-c", wrapper, ...scriptArgv(impl, memScript, [])], opts.timeoutMs);
    const lines = r.stdout.trimEnd().split("\n");
    const [status, kib] = (lines.pop() ?? "").split(" ").map(Number);
    const childOut = lines.length > 0 ? lines.join("\n") + "\n" : "";
    let problem = r.ok ? "" : r.problem;
    if (!problem && !Number.isFinite(kib)) problem = "no RSS reported";
    if (!problem && status !== 0) problem = `exit ${status}`;
    if (!problem && impl === python3) memExpected = childOut;
    else if (!problem && childOut !== memExpected) problem = `output differs: ${firstLine(childOut)}`;
    if (problem) {
      console.log(`  ${impl.name}: FAIL`);
      notes.push(`${MEMORY_PROGRAM} on ${impl.name}: ${problem}`);
      if (impl === python3) suiteBroken = true;
    } else console.log(`  ${impl.name}: ${(kib / 1024).toFixed(1)} MiB (${kib} KiB)`);
  }

  if (notes.length > 0) {
    console.log();
    console.log("failures:");
    for (const n of notes) console.log(`  ${n}`);
  }
  if (!have.get("python3")) {
    console.log("python3 not found: outputs were not verified and no ratios computed");
  }
  return suiteBroken ? 1 : 0;
}

Deno.exit(await main());
