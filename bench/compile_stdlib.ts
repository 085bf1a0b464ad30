// Front-end benchmark: tokenize + parse + compile every .py file of the stdlib archive with pypyts, and
// CPython 3.11's compile() on the same sources, in the same run. Prints medians and the ratio.
//   deno run -A bench/compile_stdlib.ts [--runs N]
import { compileSource } from "../interpreter/compiler/compile.ts";
import { listStdlibSources } from "../tools/stdlib.ts";

const runsArg = Deno.args.indexOf("--runs");
const runs = runsArg >= 0 ? Number(Deno.args[runsArg + 1]) : 5;

const files = listStdlibSources();
const totalBytes = files.reduce((n, f) => n + f.bytes.length, 0);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function timePypyts(): number {
  const t0 = performance.now();
  for (const f of files) compileSource(f.source, f.path, "exec");
  return performance.now() - t0;
}

// warm-up pass so V8 has compiled the front end, as it would be in a long-running process
timePypyts();
const ours: number[] = [];
for (let i = 0; i < runs; i++) ours.push(timePypyts());

// CPython: the same sources, written to a temporary folder, compiled by python3 in one process
const dir = await Deno.makeTempDir({ prefix: "pypyts-bench-" });
for (const f of files) {
  const path = `${dir}/${f.path}`;
  await Deno.mkdir(path.slice(0, path.lastIndexOf("/")), { recursive: true });
  await Deno.writeFile(path, f.bytes);
}
const script = `
import os, sys, time, statistics
root = sys.argv[1]; runs = int(sys.argv[2])
srcs = []
for d, _, names in os.walk(root):
    for n in names:
        if n.endswith('.py'):
            p = os.path.join(d, n)
            with open(p, 'rb') as f:
                srcs.append((p, f.read()))
def once():
    t0 = time.perf_counter()
    for p, b in srcs:
        try:
            compile(b, p, 'exec', dont_inherit=True)
        except SyntaxError:
            pass  # 3.14-only syntax that 3.11 rejects still costs a full parse
    return (time.perf_counter() - t0) * 1000
once()
print(statistics.median([once() for _ in range(runs)]))
`;
let cpython: number | null = null;
try {
  const out = await new Deno.Command("python3", {
    args: ["-c", script, dir, String(runs)],
    stdout: "piped",
    stderr: "piped",
  })
    .output();
  if (out.code === 0) cpython = Number(new TextDecoder().decode(out.stdout).trim());
} catch {
  // no python3 on this machine
}
await Deno.remove(dir, { recursive: true });

const ourMs = median(ours);
console.log(
  `files: ${files.length}, ${(totalBytes / 1e6).toFixed(1)} MB of source, median of ${runs} runs (warm)`,
);
console.log(`pypyts tokenize+parse+compile: ${ourMs.toFixed(0)} ms`);
if (cpython !== null) {
  console.log(`CPython ${"3.11"} compile():         ${cpython.toFixed(0)} ms`);
  console.log(`ratio pypyts/CPython: ${(ourMs / cpython).toFixed(2)}x (goal: <= 3x)`);
} else console.log("python3 not available: no ratio");
