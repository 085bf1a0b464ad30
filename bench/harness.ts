// What every bench suite shares: running a command with a time limit in its own process group, finding
// python3/pypy3 behind launcher shims, medians, ratios and table cells.

export interface Impl {
  name: string;
  exe: string; // replaced by the real executable once found, so a pyenv-style shim is not timed
  sub: string[]; // arguments before the script (pypyts needs `run`)
}

export function codeArgv(impl: Impl, code: string): string[] {
  return [impl.exe, "-c", code];
}

export interface RunResult {
  ok: boolean;
  ms: number;
  stdout: string;
  problem: string; // why it failed ("" when ok)
}

const decoder = new TextDecoder();

// Children run in their own process groups (see runOnce), so Ctrl-C must be passed on by hand.
const running = new Set<number>();
Deno.addSignalListener("SIGINT", () => {
  for (const pid of running) killGroup(pid);
  Deno.exit(130);
});

export function killGroup(pid: number): void {
  try {
    Deno.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}

// Runs one command with a wall-clock limit; the child is killed when the limit passes.
export async function runOnce(
  argv: string[],
  timeoutMs: number,
  cwd = Deno.cwd(),
  env?: Record<string, string>,
): Promise<RunResult> {
  const t0 = performance.now();
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command(argv[0], {
      args: argv.slice(1),
      cwd,
      env,
      stdin: "null",
      detached: true, // own process group, so a timeout can kill everything the run started
      stdout: "piped",
      stderr: "piped",
    }).spawn();
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return { ok: false, ms: 0, stdout: "", problem: "not found" };
    throw e;
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid); // the whole process group: launchers may have children
  }, timeoutMs);
  running.add(child.pid);
  const out = await child.output();
  running.delete(child.pid);
  clearTimeout(timer);
  const ms = performance.now() - t0;
  const stdout = decoder.decode(out.stdout);
  if (timedOut) return { ok: false, ms, stdout, problem: `timeout after ${timeoutMs / 1000} s` };
  if (out.code !== 0) {
    const lastLine = decoder.decode(out.stderr).trim().split("\n").pop() ?? "";
    return { ok: false, ms, stdout, problem: `exit ${out.code}: ${lastLine.slice(0, 160)}` };
  }
  return { ok: true, ms, stdout, problem: "" };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// Finds the implementation; for CPython/PyPy, resolves sys.executable so that wall times (startup
// above all) do not include a launcher shim. pypyts is always the repository's own launcher.
export async function locate(impl: Impl): Promise<boolean> {
  if (impl.name === "pypyts") {
    try {
      return Deno.statSync(impl.exe).isFile;
    } catch {
      return false;
    }
  }
  const r = await runOnce(codeArgv(impl, "import sys; print(sys.executable)"), 60_000);
  if (r.problem === "not found") return false;
  const exe = r.stdout.trim();
  if (r.ok && exe !== "") impl.exe = exe;
  return true;
}

// `--version` works before pypyts can run code; pypy3 prints two lines, the first is enough
export async function versionOf(impl: Impl): Promise<string> {
  const r = await runOnce([impl.exe, "--version"], 60_000);
  return r.ok ? r.stdout.trim().split("\n")[0].replace(/^Python /, "").split(" ")[0] : "?";
}

export type Cell = { kind: "ms"; value: number } | { kind: "fail"; why: string } | { kind: "na" };

// N timed runs; stops at the first failure, since a crash is not going to become a time.
export async function measure(
  argv: string[],
  runs: number,
  timeoutMs: number,
  expected: string | null,
  cwd = Deno.cwd(),
  env?: Record<string, string>,
) {
  const times: number[] = [];
  let stdout = "";
  for (let i = 0; i < runs; i++) {
    const r = await runOnce(argv, timeoutMs, cwd, env);
    if (!r.ok) return { cell: { kind: "fail", why: r.problem } as Cell, stdout: r.stdout };
    // without a reference, the runs must at least agree with each other (catches nondeterminism)
    const want = expected ?? (i > 0 ? stdout : null);
    if (want !== null && r.stdout !== want) {
      return {
        cell: { kind: "fail", why: `output differs: ${firstLine(r.stdout)}` } as Cell,
        stdout: r.stdout,
      };
    }
    stdout = r.stdout;
    times.push(r.ms);
  }
  return { cell: { kind: "ms", value: median(times) } as Cell, stdout };
}

export function firstLine(s: string): string {
  if (s.trim() === "") return "(no output)";
  const line = s.trim().split("\n")[0];
  return line.length > 80 ? line.slice(0, 80) + "…" : line;
}

export function showCell(c: Cell): string {
  if (c.kind === "ms") return c.value.toFixed(0);
  if (c.kind === "fail") return "FAIL";
  return "n/a";
}

export function ratio(a: Cell, b: Cell): number | null {
  return a.kind === "ms" && b.kind === "ms" && b.value > 0 ? a.value / b.value : null;
}

export function showRatio(r: number | null): string {
  return r === null ? "–" : `${r.toFixed(2)}x`;
}

export function geomean(xs: number[]): number | null {
  if (xs.length === 0) return null;
  return Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
}
