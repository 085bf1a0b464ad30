// `scripts/deno run -A tools/oracle_run.ts [--only PATTERN] [--check]`: expected outputs of the
// differential program cases tests/py/run/<topic>/<name>.py, produced by CPython 3.14 (pyodide 314.0.7).
// Every case runs in a fresh `__main__` module with `__file__` and sys.argv = [path], its topic folder on
// sys.path (helper modules: names starting with "_" beside the case; see tests/py/run/README.md),
// stdout/stderr captured. SystemExit gives the exit code; an uncaught exception prints CPython's
// traceback to stderr and gives exit code 1. Results go to <name>.expected.json; `--check` only compares.
import { loadPyodide } from "pyodide";

export const RUN_DIR = new URL("../tests/py/run/", import.meta.url);

export interface Expected {
  stdout: string;
  exit_code: number;
  stderr_tail: string;
  /** whole stderr, file paths normalised; only for cases marked `# test: full-traceback` */
  stderr?: string;
}

/** Traceback file paths are compared by base name (ours and CPython's differ in how paths are spelt). */
export function normalisePaths(stderr: string): string {
  return stderr.replace(/File "(?:[^"\n]*\/)?([^"/\n]+)"/g, 'File "$1"');
}

/** The last non-empty line of stderr ("" if none). */
export function stderrTail(stderr: string): string {
  const lines = stderr.split("\n").filter((l) => l.trim() !== "");
  return lines.length === 0 ? "" : lines[lines.length - 1];
}

export function wantsFullTraceback(source: string): boolean {
  return /^#\s*test:\s*full-traceback\b/m.test(source);
}

/** A case marked `# oracle: python3` needs what pyodide cannot do (subprocesses, real signals, exit-time
 * hooks): its expected output comes from the machine's `python3` run as a program. */
export function wantsPython3(source: string): boolean {
  return /^#\s*oracle:\s*python3\b/m.test(source);
}

/** Expected output of a case from `python3 FILE` (cwd = repository root, like the test runner). */
export async function python3Oracle(c: Case): Promise<Expected> {
  const r = await runCommand(["python3", c.path], 60_000);
  if (r.timedOut) throw new Error(`python3 timed out on ${c.path}`);
  const norm = normalisePaths(r.stderr);
  const source = Deno.readTextFileSync(new URL(`${c.topic}/${c.name}.py`, RUN_DIR));
  const e: Expected = { stdout: r.stdout, exit_code: r.exitCode, stderr_tail: stderrTail(norm) };
  if (wantsFullTraceback(source)) e.stderr = norm;
  return e;
}

export interface Case {
  topic: string;
  name: string;
  /** path relative to the repository root, e.g. tests/py/run/control/if_else.py */
  path: string;
}

/** Every case (topic folders, files not starting with "_"), sorted. */
export function listCases(): Case[] {
  const cases: Case[] = [];
  for (const t of Deno.readDirSync(RUN_DIR)) {
    if (!t.isDirectory || t.name.startsWith("_") || t.name.startsWith(".")) continue;
    for (const f of Deno.readDirSync(new URL(t.name + "/", RUN_DIR))) {
      if (!f.isFile || !f.name.endsWith(".py") || f.name.startsWith("_")) continue;
      const name = f.name.slice(0, -3);
      cases.push({ topic: t.name, name, path: `tests/py/run/${t.name}/${f.name}` });
    }
  }
  return cases.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function expectedPath(c: Case): URL {
  return new URL(`${c.topic}/${c.name}.expected.json`, RUN_DIR);
}

export function formatExpected(e: Expected): string {
  return JSON.stringify(e, null, 2) + "\n";
}

const ROOT = new URL("../", import.meta.url);

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  timedOut: boolean;
  /** the signal that ended the process, if any (other than our own SIGKILL on timeout) */
  signal?: Deno.Signal | null;
}

/** Runs `./pypyts run FILE` from the repository root with a time bound. */
export function runPypyts(
  path: string,
  timeoutMs: number,
  cwd: URL = ROOT,
  options: string[] = [],
): Promise<RunResult> {
  return runCommand([new URL("pypyts", ROOT).pathname, ...options, "run", path], timeoutMs, cwd);
}

const OUTPUT_CAP = 8 << 20;

/** Reads a stream keeping at most `cap` bytes: the first and last halves (a runaway mutant may print
 * for its whole time bound). */
async function collect(stream: ReadableStream<Uint8Array>, cap: number): Promise<string> {
  const head: Uint8Array[] = [], tail: Uint8Array[] = [];
  let headLen = 0, tailLen = 0, dropped = false;
  for await (const chunk of stream) {
    if (headLen < cap / 2) {
      head.push(chunk);
      headLen += chunk.length;
      continue;
    }
    tail.push(chunk);
    tailLen += chunk.length;
    while (tailLen - tail[0].length > cap / 2) {
      tailLen -= tail.shift()!.length;
      dropped = true;
    }
  }
  const dec = (parts: Uint8Array[]) => {
    const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let off = 0;
    for (const p of parts) {
      all.set(p, off);
      off += p.length;
    }
    return new TextDecoder().decode(all);
  };
  return dec(head) + (dropped ? "\n[... output dropped ...]\n" : "") + dec(tail);
}

/** One bytecode cache folder per test run, so each stdlib module is compiled once, not once per case
 * (the environment may forbid writes with PYTHONDONTWRITEBYTECODE; the cache is tested on its own). */
let runCacheDir: string | null = null;
function sharedCacheDir(): string {
  if (runCacheDir === null) runCacheDir = Deno.makeTempDirSync({ prefix: "pypyts-test-cache-" });
  return runCacheDir;
}

/** Runs a command (NO_COLOR=1, no stdin) with a time bound, killing it with SIGKILL on timeout. */
export async function runCommand(cmd: string[], timeoutMs: number, cwd: URL = ROOT): Promise<RunResult> {
  const child = new Deno.Command(cmd[0], {
    args: cmd.slice(1),
    cwd,
    // the cache folder goes through XDG_CACHE_HOME: cases that list PYPYTS_* variables must not see it
    env: { NO_COLOR: "1", XDG_CACHE_HOME: sharedCacheDir(), PYTHONDONTWRITEBYTECODE: "" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
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
  const [stdout, stderr, status] = await Promise.all([
    collect(child.stdout, OUTPUT_CAP),
    collect(child.stderr, OUTPUT_CAP),
    child.status,
  ]);
  clearTimeout(timer);
  return { stdout, stderr, exitCode: status.code, timedOut, signal: status.signal };
}

/** Runs jobs with at most `n` in flight, keeping result order. */
export async function pool<T, R>(items: T[], n: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i]);
    }
  }
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return results;
}

// Runs inside pyodide. The case's module code is run by calling the builtin exec from JS, so no Python
// frame of ours sits below the case's `<module>` frame (f_back is None, tracebacks start at <module>);
// an exception that escapes reaches JS as a PythonError and pyodide leaves it in sys.last_exc.
const RUNNER = String.raw`
import sys, io, types, traceback, builtins

_state = None

def _begin(path, folder):
    global _state
    out, err = io.StringIO(), io.StringIO()
    _state = (out, err, sys.stdout, sys.stderr, sys.argv, list(sys.path), dict(sys.modules),
              sys.getrecursionlimit(), sys.excepthook)
    # pyodide reports an exception that reaches JS through sys.excepthook; _end prints it CPython's way
    sys.excepthook = lambda *args: None
    sys.last_exc = sys.last_value = sys.last_type = sys.last_traceback = None
    sys.stdout, sys.stderr = out, err
    sys.argv = [path]
    sys.path.insert(0, folder)
    main = types.ModuleType("__main__")
    main.__file__ = path
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    with open(path, "rb") as f:
        source = f.read()
    try:
        return compile(source, path, "exec"), main.__dict__
    except SyntaxError as e:
        traceback.print_exception(e, file=err)
        return None, None

def _end(failed, syntax_error):
    out, err = _state[0], _state[1]
    code = 1 if syntax_error else 0
    if failed:
        e = sys.last_exc
        if isinstance(e, SystemExit):
            code = _exit_code(e, err)
        else:
            traceback.print_exception(e, file=err)
            code = 1
    sys.stdout, sys.stderr, sys.argv = _state[2], _state[3], _state[4]
    sys.path[:] = _state[5]
    for name in list(sys.modules):
        if name not in _state[6]:
            del sys.modules[name]
    sys.modules.update(_state[6])
    sys.setrecursionlimit(_state[7])
    sys.excepthook = _state[8]
    sys.last_exc = sys.last_value = sys.last_type = sys.last_traceback = None
    return out.getvalue(), err.getvalue(), code

def _exit_code(e, err):
    c = e.code
    if c is None:
        return 0
    if isinstance(c, int):
        return c & 0xFF
    print(c, file=err)
    return 1
`;

interface PyProxyLike {
  toJs(opts?: { depth?: number }): unknown;
  destroy(): void;
}

/** Loads pyodide and mirrors tests/py/run into its file system (so tracebacks can show source lines). */
export async function makeOracle(): Promise<(c: Case) => Expected> {
  const py = await loadPyodide();
  const base = "/work_cases";
  function copyTree(src: URL, dst: string) {
    py.FS.mkdirTree(dst);
    for (const e of Deno.readDirSync(src)) {
      if (e.isDirectory) copyTree(new URL(e.name + "/", src), `${dst}/${e.name}`);
      else if (e.isFile && e.name.endsWith(".py")) {
        py.FS.writeFile(`${dst}/${e.name}`, Deno.readFileSync(new URL(e.name, src)));
      }
    }
  }
  copyTree(RUN_DIR, `${base}/tests/py/run`);
  py.runPython(RUNNER);
  const begin = py.globals.get("_begin") as (path: string, folder: string) => PyProxyLike;
  const end = py.globals.get("_end") as (failed: boolean, syntaxError: boolean) => PyProxyLike;
  const exec = py.pyimport("builtins").exec as (code: unknown, globals: unknown) => void;
  return (c: Case) => {
    const path = `${base}/${c.path}`;
    const folder = path.slice(0, path.lastIndexOf("/"));
    const started = begin(path, folder);
    const [code, globals] = started.toJs({ depth: 1 }) as [PyProxyLike | undefined, PyProxyLike | undefined];
    let failed = false;
    if (code !== undefined && code !== null) {
      try {
        exec(code, globals);
      } catch (e) {
        if ((e as Error).constructor.name !== "PythonError") throw e;
        failed = true;
      }
    }
    code?.destroy();
    globals?.destroy();
    started.destroy();
    const finished = end(failed, code === undefined || code === null);
    const [stdout, stderr, exitCode] = finished.toJs() as [string, string, number];
    finished.destroy();
    const norm = normalisePaths(stderr);
    const source = Deno.readTextFileSync(new URL(`${c.topic}/${c.name}.py`, RUN_DIR));
    const e: Expected = { stdout, exit_code: exitCode, stderr_tail: stderrTail(norm) };
    if (wantsFullTraceback(source)) e.stderr = norm;
    return e;
  };
}

if (import.meta.main) {
  const args = Deno.args;
  const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
  const check = args.includes("--check");
  const oracle = await makeOracle();
  let written = 0, same = 0;
  const stale: string[] = [];
  for (const c of listCases()) {
    if (only !== null && !c.path.includes(only)) continue;
    const source = Deno.readTextFileSync(new URL(`${c.topic}/${c.name}.py`, RUN_DIR));
    const text = formatExpected(wantsPython3(source) ? await python3Oracle(c) : oracle(c));
    let old: string | null = null;
    try {
      old = Deno.readTextFileSync(expectedPath(c));
    } catch {
      // not generated yet
    }
    if (old === text) {
      same++;
      continue;
    }
    if (check) stale.push(c.path);
    else {
      Deno.writeTextFileSync(expectedPath(c), text);
      written++;
    }
  }
  if (check) {
    for (const p of stale) console.log(`stale or missing: ${p}`);
    console.log(`oracle-run --check: ${same} up to date, ${stale.length} stale or missing`);
    Deno.exit(stale.length === 0 ? 0 : 1);
  }
  console.log(`oracle-run: wrote ${written} expected results (${same} unchanged)`);
}
