// `deno task fuzz-frontend [--count N] [--seed S] [--timeout MS]`: mutation fuzzing of the front end.
// Takes real Python sources (the stdlib archive and tests/py cases), mutates them (token deletions,
// duplications, swaps, random bytes), and compiles each mutant in a worker with a time bound. Every
// mutant must end as a code object or a CompileError: a JS exception of any other kind is a crash, and a
// compile that outlives the time bound is a hang. Crashes and hangs are written to .cache/fuzz/ for replay.
import { listStdlibSources } from "./stdlib.ts";

interface Options {
  count: number;
  seed: number;
  timeoutMs: number;
}

function parseArgs(args: string[]): Options {
  const opts: Options = { count: 2000, seed: Date.now() % 1_000_000, timeoutMs: 5000 };
  for (let i = 0; i < args.length; i++) {
    const value = Number(args[i + 1]);
    if (args[i] === "--count") [opts.count, i] = [value, i + 1];
    else if (args[i] === "--seed") [opts.seed, i] = [value, i + 1];
    else if (args[i] === "--timeout") [opts.timeoutMs, i] = [value, i + 1];
  }
  return opts;
}

/** Small deterministic PRNG (mulberry32) so a seed reproduces a run. */
function rng(seed: number): () => number {
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
const NOISE = [
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ":",
  ",",
  "=",
  "'",
  '"',
  "\\",
  "\t",
  "\n",
  "    ",
  "lambda",
  "f'{",
  "@",
  "*",
  "\x00",
  "\u00e9",
  "\ud800",
  "\u20ac",
];

function mutate(source: string, random: () => number): string {
  const tokens = source.match(TOKEN_RE) ?? [];
  if (tokens.length === 0) return source;
  const edits = 1 + Math.floor(random() * 3);
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(random() * tokens.length);
    const j = Math.floor(random() * tokens.length);
    switch (Math.floor(random() * 6)) {
      case 5: // a token repeated many times (deep nesting, long operator chains)
        tokens.splice(i, 0, ...new Array(50 + Math.floor(random() * 3000)).fill(tokens[i]));
        break;
      case 0: // delete a token
        tokens.splice(i, 1);
        break;
      case 1: // duplicate a token
        tokens.splice(i, 0, tokens[i]);
        break;
      case 2: // swap two tokens
        [tokens[i], tokens[j]] = [tokens[j], tokens[i]];
        break;
      case 3: // insert syntax noise
        tokens.splice(i, 0, NOISE[Math.floor(random() * NOISE.length)]);
        break;
      default: // a random character
        tokens.splice(i, 0, String.fromCharCode(Math.floor(random() * 0x250)));
    }
  }
  return tokens.join("");
}

async function collectSeeds(): Promise<{ name: string; source: string }[]> {
  const seeds: { name: string; source: string }[] = [];
  for (const { path, source } of listStdlibSources()) {
    // keep mutants small enough that thousands finish in minutes
    if (source.length < 20_000) seeds.push({ name: path, source });
  }
  const pyDir = new URL("../tests/py/", import.meta.url);
  async function walk(dir: URL) {
    for await (const entry of Deno.readDir(dir)) {
      const url = new URL(entry.name + (entry.isDirectory ? "/" : ""), dir);
      if (entry.isDirectory) await walk(url);
      else if (entry.name.endsWith(".py")) {
        seeds.push({ name: url.pathname, source: await Deno.readTextFile(url) });
      }
    }
  }
  try {
    await walk(pyDir);
  } catch {
    // no differential cases yet
  }
  return seeds;
}

type Outcome = "compiled" | "syntax-error" | "crash" | "hang";

class Runner {
  private worker!: Worker;
  constructor() {
    this.start();
  }
  private start() {
    this.worker = new Worker(new URL("./fuzz_worker.ts", import.meta.url), { type: "module" });
  }
  run(source: string, timeoutMs: number): Promise<{ outcome: Outcome; detail: string }> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.worker.terminate();
        this.start();
        resolve({ outcome: "hang", detail: `no result after ${timeoutMs} ms` });
      }, timeoutMs);
      this.worker.onmessage = (ev: MessageEvent<{ outcome: Outcome; detail: string }>) => {
        clearTimeout(timer);
        resolve(ev.data);
      };
      this.worker.postMessage(source);
    });
  }
  stop() {
    this.worker.terminate();
  }
}

/** Run `count` mutants; returns the outcome counts (used by the task and by a short CI test). */
export async function fuzz(opts: Options, log: (line: string) => void): Promise<Record<Outcome, number>> {
  const random = rng(opts.seed);
  const seeds = await collectSeeds();
  const counts: Record<Outcome, number> = { compiled: 0, "syntax-error": 0, crash: 0, hang: 0 };
  const outDir = new URL("../.cache/fuzz/", import.meta.url);
  const runner = new Runner();
  try {
    for (let n = 0; n < opts.count; n++) {
      const seed = seeds[Math.floor(random() * seeds.length)];
      const mutant = mutate(seed.source, random);
      const { outcome, detail } = await runner.run(mutant, opts.timeoutMs);
      counts[outcome]++;
      if (outcome === "crash" || outcome === "hang") {
        await Deno.mkdir(outDir, { recursive: true });
        const file = new URL(`${outcome}-${opts.seed}-${n}.py`, outDir);
        await Deno.writeTextFile(file, mutant);
        log(`${outcome}: ${file.pathname} (from ${seed.name}): ${detail.split("\n")[0]}`);
      }
    }
  } finally {
    runner.stop();
  }
  return counts;
}

if (import.meta.main) {
  const opts = parseArgs(Deno.args);
  const t0 = performance.now();
  const counts = await fuzz(opts, console.log);
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `fuzz (seed ${opts.seed}): ${opts.count} mutants in ${secs} s: ${counts.compiled} compiled, ` +
      `${counts["syntax-error"]} syntax errors, ${counts.crash} crashes, ${counts.hang} hangs`,
  );
  Deno.exit(counts.crash + counts.hang === 0 ? 0 : 1);
}
