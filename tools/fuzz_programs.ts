// `scripts/deno run -A tools/fuzz_programs.ts [--count N] [--seed S] [--timeout SECONDS] [--interpreter CMD]`:
// mutation fuzzing of the whole interpreter. Mutates the program cases of tests/py/run (token deletion,
// duplication, adjacent swap, random byte insertion/replacement, line deletion/duplication), runs each
// mutant with `./pypyts run` (2 at a time) under the time bound and classifies the outcome. A JS stack
// trace, a Deno panic, a signal or any unexplained output is a CRASH; a timeout counts against us unless
// `python3` also runs out of time on the same mutant. Crashes and our timeouts go to .cache/fuzz/.
// `--interpreter python3` runs the mutants with CPython instead, to calibrate the classification.
import { listCases, pool, RUN_DIR, runCommand, runPypyts } from "./oracle_run.ts";

export interface Options {
  count: number;
  seed: number;
  timeoutSec: number;
  /** run mutants with this command instead of `./pypyts run` (e.g. ["python3"], to calibrate) */
  interpreter?: string[];
}

export type Outcome =
  | "ok"
  | "python-error"
  | "exit"
  | "syntax-error"
  | "timeout"
  | "loops-in-cpython-too"
  | "CRASH";

function parseArgs(args: string[]): Options {
  const opts: Options = { count: 2000, seed: Date.now() % 1_000_000, timeoutSec: 10 };
  for (let i = 0; i < args.length; i++) {
    const value = Number(args[i + 1]);
    if (args[i] === "--count") [opts.count, i] = [value, i + 1];
    else if (args[i] === "--seed") [opts.seed, i] = [value, i + 1];
    else if (args[i] === "--timeout") [opts.timeoutSec, i] = [value, i + 1];
    else if (args[i] === "--interpreter") [opts.interpreter, i] = [args[i + 1].split(" "), i + 1];
  }
  return opts;
}

/** mulberry32: a seed reproduces a run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKEN_RE = /[A-Za-z_][A-Za-z0-9_]*|\d+|"""|'''|\*\*=?|\/\/=?|[-+*/%&|^<>=!:]=|->|\.\.\.|\s+|./gs;
const isSpace = (t: string) => /^\s+$/.test(t);

/** One to three edits; the mutation kinds are a table so each is equally likely. */
const MUTATIONS: ((src: string, random: () => number) => string)[] = [
  (src, r) => editTokens(src, r, (t, i) => t.splice(i, 1)), // delete a token
  (src, r) => editTokens(src, r, (t, i) => t.splice(i, 0, t[i])), // duplicate a token
  (src, r) =>
    // swap a token with the next non-space token
    editTokens(src, r, (t, i) => {
      let j = i + 1;
      while (j < t.length && isSpace(t[j])) j++;
      if (j < t.length) [t[i], t[j]] = [t[j], t[i]];
    }),
  (src, r) => { // insert a random byte (printable ASCII mostly, sometimes control/latin-1)
    const i = Math.floor(r() * (src.length + 1));
    return src.slice(0, i) + randomChar(r) + src.slice(i);
  },
  (src, r) => { // replace one character
    const i = Math.floor(r() * src.length);
    return src.slice(0, i) + randomChar(r) + src.slice(i + 1);
  },
  (src, r) => editLines(src, r, (l, i) => l.splice(i, 1)), // delete a line
  (src, r) => editLines(src, r, (l, i) => l.splice(i, 0, l[i])), // duplicate a line
];

function randomChar(r: () => number): string {
  return String.fromCharCode(r() < 0.8 ? 0x20 + Math.floor(r() * 95) : Math.floor(r() * 0x100));
}

function editTokens(src: string, r: () => number, edit: (tokens: string[], i: number) => void): string {
  const tokens = src.match(TOKEN_RE) ?? [];
  const solid = tokens.map((t, i) => (isSpace(t) ? -1 : i)).filter((i) => i >= 0);
  if (solid.length === 0) return src;
  edit(tokens, solid[Math.floor(r() * solid.length)]);
  return tokens.join("");
}

function editLines(src: string, r: () => number, edit: (lines: string[], i: number) => void): string {
  const lines = src.split("\n");
  edit(lines, Math.floor(r() * lines.length));
  return lines.join("\n");
}

export function mutate(source: string, random: () => number): string {
  let s = source;
  // mostly a single edit: more mutants still parse and so exercise the interpreter, not only the parser
  const x = random();
  const edits = x < 0.6 ? 1 : x < 0.9 ? 2 : 3;
  for (let e = 0; e < edits; e++) s = MUTATIONS[Math.floor(random() * MUTATIONS.length)](s, random);
  return s;
}

const CRASH_MARKERS = [
  /error: Uncaught/,
  /^\s{4}at .*(file:\/\/|ext:|node:|<anonymous>|:\d+:\d+\)?$)/m, // a JS stack frame
  /panicked at/,
  /Stack backtrace:/,
  /Fatal (JavaScript|process)/,
  /RangeError: Maximum call stack/,
  /============ Deno has panicked/,
];
const PY_EXC_LINE =
  /^[A-Za-z_][A-Za-z0-9_.]*(Error|Exception|Exit|Interrupt|Warning|Group|Iteration)(: .*)?$/;
const SYNTAX_LINE = /^(SyntaxError|IndentationError|TabError|_IncompleteInputError)(: .*)?$/;

/** Classifies one pypyts run (before any CPython rerun of timeouts). */
export function classify(
  r: { stdout: string; stderr: string; exitCode: number; timedOut: boolean; signal?: Deno.Signal | null },
  source: string,
): Outcome {
  if (r.timedOut) return "timeout";
  if (CRASH_MARKERS.some((m) => m.test(r.stderr))) return "CRASH";
  // a program that signals itself (os.kill, alarm, timers) may end by that signal, as under CPython
  const selfSignals = /\bos\.(kill|killpg|abort)\b|\bsignal\.(alarm|setitimer|raise_signal|pthread_kill)\b/
    .test(source);
  if (selfSignals && (r.signal || r.exitCode > 128)) return "exit";
  if (r.signal) return "CRASH";
  if (r.exitCode === 0) return "ok";
  const lines = r.stderr.split("\n").filter((l) => l.trim() !== "");
  const last = lines.length > 0 ? lines[lines.length - 1] : "";
  if (SYNTAX_LINE.test(last)) return "syntax-error";
  if (PY_EXC_LINE.test(last) || r.stderr.includes("Traceback (most recent call last):")) {
    return "python-error";
  }
  // sys.exit(n) / sys.exit("message") / raise SystemExit: a clean non-zero exit
  if (/\bexit\b|SystemExit/.test(source)) return "exit";
  return "CRASH";
}

/** Helper modules ("_name.py", "_name/" trees) of a topic folder, copied beside each mutant. */
function copyHelpers(topicDir: URL, into: string) {
  const copyTree = (src: URL, dst: string) => {
    Deno.mkdirSync(dst, { recursive: true });
    for (const e of Deno.readDirSync(src)) {
      if (e.name === "__pycache__") continue;
      if (e.isDirectory) copyTree(new URL(e.name + "/", src), `${dst}/${e.name}`);
      else if (e.isFile) Deno.copyFileSync(new URL(e.name, src), `${dst}/${e.name}`);
    }
  };
  for (const e of Deno.readDirSync(topicDir)) {
    if (!e.name.startsWith("_") || e.name === "__pycache__") continue;
    if (e.isDirectory) copyTree(new URL(e.name + "/", topicDir), `${into}/${e.name}`);
    else if (e.isFile && e.name.endsWith(".py")) {
      Deno.copyFileSync(new URL(e.name, topicDir), `${into}/${e.name}`);
    }
  }
}

async function python3TimesOut(path: string, cwd: string, timeoutMs: number): Promise<boolean> {
  const child = new Deno.Command("python3", {
    args: [path],
    cwd,
    stdin: "null",
    stdout: "null",
    stderr: "null",
  }).spawn();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      child.kill("SIGKILL");
    } catch {
      // already gone
    }
  }, timeoutMs);
  await child.status;
  clearTimeout(timer);
  return timedOut;
}

/** Runs `count` mutants; returns outcome counts (used by the CLI and by a short smoke test). */
export async function fuzzPrograms(
  opts: Options,
  log: (line: string) => void,
): Promise<Record<Outcome, number>> {
  const random = rng(opts.seed);
  const cases = listCases();
  if (cases.length === 0) throw new Error("no program cases in tests/py/run");
  // draw every mutant up front so the seed alone decides them, whatever the scheduling
  const jobs = Array.from({ length: opts.count }, (_, n) => {
    const c = cases[Math.floor(random() * cases.length)];
    const source = Deno.readTextFileSync(new URL(`${c.topic}/${c.name}.py`, RUN_DIR));
    return { n, c, mutant: mutate(source, random) };
  });
  const counts: Record<Outcome, number> = {
    ok: 0,
    "python-error": 0,
    exit: 0,
    "syntax-error": 0,
    timeout: 0,
    "loops-in-cpython-too": 0,
    CRASH: 0,
  };
  const cacheDir = new URL("../.cache/fuzz/", import.meta.url).pathname;
  const workRoot = `${cacheDir}work-${opts.seed}-${Deno.pid}`;
  const timeoutMs = opts.timeoutSec * 1000;
  try {
    await pool(jobs, 2, async ({ n, c, mutant }) => {
      const dir = `${workRoot}/${n}`;
      Deno.mkdirSync(dir, { recursive: true });
      copyHelpers(new URL(`${c.topic}/`, RUN_DIR), dir);
      const file = `${dir}/${c.name}.py`;
      Deno.writeTextFileSync(file, mutant);
      const r = opts.interpreter
        ? await runCommand([...opts.interpreter, file], timeoutMs)
        : await runPypyts(file, timeoutMs);
      let outcome = classify(r, mutant);
      if (outcome === "timeout" && await python3TimesOut(file, dir, timeoutMs)) {
        outcome = "loops-in-cpython-too";
      }
      counts[outcome]++;
      if (outcome === "CRASH" || outcome === "timeout") {
        const keep = `${cacheDir}${outcome.toLowerCase()}-${opts.seed}-${n}-${c.name}.py`;
        Deno.writeTextFileSync(keep, mutant);
        const why = outcome === "CRASH"
          ? (r.stderr.trim().split("\n").find((l) => l.trim() !== "") ?? `exit code ${r.exitCode}`)
          : `no result after ${opts.timeoutSec} s`;
        log(`${outcome}: ${keep} (from ${c.path}): ${why.slice(0, 200)}`);
      }
      Deno.removeSync(dir, { recursive: true });
    });
  } finally {
    try {
      Deno.removeSync(workRoot, { recursive: true });
    } catch {
      // nothing left
    }
  }
  return counts;
}

if (import.meta.main) {
  const opts = parseArgs(Deno.args);
  const t0 = performance.now();
  const counts = await fuzzPrograms(opts, console.log);
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  const summary = Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ");
  console.log(`fuzz-programs (seed ${opts.seed}): ${opts.count} mutants in ${secs} s: ${summary}`);
  Deno.exit(counts.CRASH + counts.timeout === 0 ? 0 : 1);
}
