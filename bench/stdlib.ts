// Standard-library benchmarks: bench/stdlib/*.py (re- and json-heavy programs that run CPython's own
// library code on pypyts), the wall time of `import unittest`, and the bytecode cache's effect.
//   deno run -A bench/stdlib.ts [--runs N] [--timeout SECONDS]
// pypyts runs with a private bytecode cache folder that is warmed once before timing (a "warm" cache);
// "cold" runs get a fresh empty folder each time. CPython uses its own __pycache__ as installed.
// Every implementation's stdout must equal python3's.
import {
  type Cell,
  codeArgv,
  geomean,
  type Impl,
  locate,
  measure,
  median,
  ratio,
  runOnce,
  showCell,
  showRatio,
  versionOf,
} from "./harness.ts";

const root = new URL("..", import.meta.url).pathname;
const dir = `${root}bench/stdlib/`;

function option(name: string, fallback: number): number {
  const i = Deno.args.indexOf(name);
  if (i < 0 || i + 1 >= Deno.args.length) return fallback;
  const n = Number(Deno.args[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`option ${name} needs a positive integer`);
  return n;
}
const runs = option("--runs", 3);
const timeoutMs = option("--timeout", 120) * 1000;

const pypyts: Impl = { name: "pypyts", exe: `${root}pypyts`, sub: ["run"] };
const python3: Impl = { name: "python3", exe: "python3", sub: [] };
const pypy3: Impl = { name: "pypy3", exe: "pypy3", sub: [] };
const IMPLS = [pypyts, python3, pypy3];

const cacheDir = await Deno.makeTempDir({ prefix: "pypyts-bench-cache-" });
// Bytecode writing on for everyone (this environment may set PYTHONDONTWRITEBYTECODE).
const warmEnv = { PYPYTS_CACHE_DIR: cacheDir, PYTHONDONTWRITEBYTECODE: "" };

/** Whether ./pypyts will run dist/pypyts.js: no .ts file under cli/ or interpreter/ changed (ctime) since. */
function bundleInUse(): boolean {
  let built: number;
  try {
    built = Deno.statSync(`${root}dist/pypyts.js`).mtime!.getTime();
  } catch {
    return false;
  }
  const newer = (folder: string): boolean => {
    for (const e of Deno.readDirSync(folder)) {
      const p = `${folder}/${e.name}`;
      if (e.isDirectory ? newer(p) : e.name.endsWith(".ts") && Deno.statSync(p).ctime!.getTime() > built) {
        return true;
      }
    }
    return false;
  };
  return !newer(`${root}cli`) && !newer(`${root}interpreter`) &&
    Deno.env.get("PYPYTS_NO_BUNDLE") === undefined;
}

async function main(): Promise<number> {
  const have = new Map<string, boolean>();
  for (const impl of IMPLS) have.set(impl.name, await locate(impl));
  const versions: string[] = [];
  for (const impl of IMPLS) {
    versions.push(`${impl.name} ${have.get(impl.name) ? await versionOf(impl) : "not installed"}`);
  }
  console.log(`${versions.join(", ")}; median wall time of ${runs} run(s)`);
  console.log(
    `pypyts runs ${bundleInUse() ? "dist/pypyts.js (the bundle)" : "cli/main.ts (no up-to-date bundle)"}`,
  );
  console.log();
  const notes: string[] = [];
  let broken = false;

  const names: string[] = [];
  for await (const e of Deno.readDir(dir)) if (e.isFile && e.name.endsWith(".py")) names.push(e.name);
  names.sort();
  const vsPython: number[] = [];
  console.log("| benchmark | pypyts ms | python3 ms | pypy3 ms | pypyts/python3 | pypyts/pypy3 |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const name of names) {
    const script = `${dir}${name}`;
    const cells = new Map<string, Cell>();
    let expected: string | null = null;
    for (const impl of [python3, pypyts, pypy3]) {
      if (!have.get(impl.name)) {
        cells.set(impl.name, { kind: "na" });
        continue;
      }
      const argv = [impl.exe, ...impl.sub, script];
      if (impl === pypyts) await runOnce(argv, timeoutMs, dir, warmEnv); // warm the cache
      const r = await measure(argv, runs, timeoutMs, expected, dir, warmEnv);
      cells.set(impl.name, r.cell);
      if (impl === python3) {
        if (r.cell.kind === "ms") expected = r.stdout;
        else broken = true;
      }
      if (r.cell.kind === "fail") notes.push(`${name} on ${impl.name}: ${r.cell.why}`);
    }
    const rPy = ratio(cells.get("pypyts")!, cells.get("python3")!);
    if (rPy !== null) vsPython.push(rPy);
    const row = [
      name.slice(0, -3),
      showCell(cells.get("pypyts")!),
      showCell(cells.get("python3")!),
      showCell(cells.get("pypy3")!),
      showRatio(rPy),
      showRatio(ratio(cells.get("pypyts")!, cells.get("pypy3")!)),
    ];
    console.log(`| ${row.join(" | ")} |`);
  }
  const g = geomean(vsPython);
  console.log();
  console.log(`geometric mean pypyts/python3: ${g === null ? "n/a" : g.toFixed(2) + "x"}`);

  // import unittest, warm caches on every side
  console.log();
  console.log(`\`import unittest\` (median of ${Math.max(runs, 5)} runs, warm caches):`);
  const importCells = new Map<string, Cell>();
  for (const impl of IMPLS) {
    if (!have.get(impl.name)) continue;
    const argv = codeArgv(impl, "import unittest");
    await runOnce(argv, timeoutMs, dir, warmEnv);
    const r = await measure(argv, Math.max(runs, 5), timeoutMs, null, dir, warmEnv);
    importCells.set(impl.name, r.cell);
    if (r.cell.kind === "fail") notes.push(`import unittest on ${impl.name}: ${r.cell.why}`);
    console.log(`  ${impl.name}: ${showCell(r.cell)} ms`);
  }
  const ri = ratio(importCells.get("pypyts") ?? { kind: "na" }, importCells.get("python3") ?? { kind: "na" });
  console.log(`  pypyts/python3: ${showRatio(ri)}`);

  // the bytecode cache: cold (empty folder each run) against warm
  console.log();
  console.log('bytecode cache, pypyts `-c "import unittest"`:');
  const cold: number[] = [];
  let coldFail = "";
  for (let i = 0; i < Math.max(runs, 5); i++) {
    const fresh = await Deno.makeTempDir({ prefix: "pypyts-bench-cold-" });
    const r = await runOnce(codeArgv(pypyts, "import unittest"), timeoutMs, dir, {
      PYPYTS_CACHE_DIR: fresh,
      PYTHONDONTWRITEBYTECODE: "",
    });
    await Deno.remove(fresh, { recursive: true });
    if (!r.ok) {
      coldFail = r.problem;
      break;
    }
    cold.push(r.ms);
  }
  const warm = importCells.get("pypyts");
  if (coldFail !== "") notes.push(`cold import unittest: ${coldFail}`);
  else {
    const c = median(cold);
    console.log(
      `  cold: ${c.toFixed(0)} ms, warm: ${showCell(warm ?? { kind: "na" })} ms` +
        (warm?.kind === "ms" ? ` (warm is ${(c / warm.value).toFixed(2)}x faster)` : ""),
    );
  }

  if (notes.length > 0) {
    console.log();
    console.log("failures:");
    for (const n of notes) console.log(`  ${n}`);
  }
  await Deno.remove(cacheDir, { recursive: true });
  return broken ? 1 : 0;
}

Deno.exit(await main());
