// Builds dist/pypyts.js: the CLI and interpreter as one JavaScript module, which ./pypyts runs (through
// dist/pypyts.start.js, written beside it) instead of
// cli/main.ts while no .ts file under cli/ and interpreter/ has changed since the build (else it falls back
// to the modules). Deno loads one file and one V8 code-cache entry instead of ~200, which takes about 30 ms of
// CPU off every start (bench/README.md). Not committed: built on install (scripts/ensure-deps.sh) and by
// `deno task bundle`.
//   deno run -A scripts/bundle.ts [--quiet] [--out FILE]   (FILE defaults to dist/pypyts.js)
// The bundler (esbuild, through `deno bundle`) does not parse `import defer`, so it bundles a copy of the
// sources with plain imports; and since the bundle sits elsewhere than the files it is made of, each
// `import.meta.url` in it is replaced by its source file's URL computed from the bundle's own location
// (files read at run time, such as the signal workers and the Unicode tables, stay in the source tree).
// The few non-ASCII characters esbuild leaves (in comments) are escaped: with one of them V8 holds the whole
// source as a two-byte string, which Deno hashes and V8 reads more slowly at every start.
// Deno's V8 code cache holds only what V8 compiled before the module ran: the top level, not the functions,
// which V8 compiles from source when first called, at every start. So the build runs the bundle once on
// `-c "import unittest; print(...)"` (start-up, the import system, the eval loop, common builtins, the std
// streams) with V8's function event log, and rewrites each top-level function declaration V8 compiled then
// as a parenthesised function expression (which V8 compiles eagerly, into the cache) assigned at the top of
// the bundle, where it is created before any other code runs, as a hoisted declaration is. The rewritten
// bundle is kept only if it still runs a program.

import { compilerSourcesId } from "../interpreter/importing/bytecode_cache.ts";

const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const quiet = Deno.args.includes("--quiet");
const outAt = Deno.args.indexOf("--out");
const out = outAt >= 0 && outAt + 1 < Deno.args.length
  ? (Deno.args[outAt + 1].startsWith("/") ? Deno.args[outAt + 1] : `${Deno.cwd()}/${Deno.args[outAt + 1]}`)
  : `${root}/dist/pypyts.js`;

function copyTree(from: string, to: string): void {
  Deno.mkdirSync(to, { recursive: true });
  for (const e of Deno.readDirSync(from)) {
    const src = `${from}/${e.name}`;
    const dst = `${to}/${e.name}`;
    if (e.isDirectory) copyTree(src, dst);
    else if (e.isFile && e.name.endsWith(".ts")) Deno.copyFileSync(src, dst);
  }
}

/** The module that runs the bundle at `bundle` (X.js -> X.start.js): what ./pypyts starts. */
export function startFile(bundle: string): string {
  return bundle.replace(/\.js$/, "") + ".start.js";
}

/** The path from folder `from` up to the folder `to` contains, as "../../" (`to` is an ancestor). */
function upTo(from: string, to: string): string {
  const rest = from.slice(to.length).split("/").filter((p) => p !== "");
  if (!from.startsWith(to)) throw new Error(`the bundle must be written inside ${to}`);
  return rest.map(() => "../").join("") || "./";
}

/**
 * The bundle's text with every `import.meta.url` of a source module replaced by that module's URL, found
 * from the bundle's own URL (`rootFromBundle`: the repository root relative to the bundle's folder).
 */
export function relocate(bundle: string, rootFromBundle: string): string {
  const lines = bundle.split("\n");
  let current: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    // esbuild starts each module's code with a comment line naming its file
    const marker = /^\/\/ (\S+\.[cm]?[jt]s)$/.exec(lines[i]);
    if (marker !== null) {
      current = /^(cli|interpreter)\//.test(marker[1]) ? marker[1] : null;
      continue;
    }
    if (current !== null && lines[i].includes("import.meta.url")) {
      lines[i] = lines[i].replaceAll(
        "import.meta.url",
        `new URL(${JSON.stringify(current)}, PYPYTS_ROOT).href`,
      );
    }
  }
  return `const PYPYTS_ROOT = new URL(${JSON.stringify(rootFromBundle)}, import.meta.url);\n${
    lines.join("\n")
  }`;
}

/**
 * The bundle with a second copy of the eval loop, `executeCold`, right after `execute`: the same function
 * without its first statement (the redirect to the copy), then `coldLoop.fn = executeCold`. Imported module
 * bodies run in the copy, which the launcher's V8 flags keep from being optimised (interpreter/vm/cold_loop.ts). esbuild may rename top-level names (execute2, coldLoop2), so they are read from the text.
 */
export function withColdLoop(bundle: string): string {
  const redirect = /^[ \t]*if \((coldLoop\d*)\.depth > 0 && \1\.fn !== null\) return \1\.fn\([^\n]*\n/m;
  const m = redirect.exec(bundle);
  if (m === null) throw new Error("the cold-loop redirect of execute() is not in the bundle");
  if (/\bexecuteCold\b/.test(bundle)) throw new Error("the name executeCold is already taken in the bundle");
  const start = bundle.lastIndexOf("\nfunction ", m.index) + 1;
  if (!/^function execute\d*\(/.test(bundle.slice(start, start + 40))) {
    throw new Error("the cold-loop redirect is not the first statement of execute()");
  }
  const end = bundle.indexOf("\n}\n", m.index) + 3;
  const copy = bundle.slice(start, end).replace(m[0], "").replace(
    /^function execute\d*\(/,
    "function executeCold(",
  );
  return `${bundle.slice(0, end)}${copy}${m[1]}.fn = executeCold;\n${bundle.slice(end)}`;
}

/** Non-ASCII characters in comments (the only place esbuild leaves them) written as \uXXXX. */
export function asciiComments(bundle: string): string {
  return bundle.replace(/^.*[\u0080-\uffff].*$/gm, (line) => {
    const at = line.search(/[\u0080-\uffff]/);
    const before = line.slice(0, at);
    if (!before.includes("//") && !/^\s*(\/\*|\*)/.test(line)) return line;
    return line.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  });
}

/** The ranges (start → end) of the functions of `url` V8 compiled lazily, from a --log-function-events log. */
export function lazilyCompiled(log: string, url: string): Map<number, number> {
  const scripts = new Set<string>();
  const ranges = new Map<number, number>();
  for (const line of log.split("\n")) {
    const f = line.split(",");
    if (f[0] === "script-details" && f[2] === url) scripts.add(f[1]);
    else if (f[0] === "function" && f[1] === "parse-function" && scripts.has(f[2])) {
      ranges.set(Number(f[3]), Number(f[4]));
    }
  }
  return ranges;
}

/** Whether `expr` is one JavaScript expression (parsed, not run). */
function parses(expr: string): boolean {
  try {
    new Function(`return ${expr};`);
    return true;
  } catch {
    return false;
  }
}

/** Whether bundle[start, end) (a function literal's range in V8's log) is an arrow function. */
function isArrow(bundle: string, start: number, end: number): boolean {
  let i = start;
  if (bundle[i] === "(") {
    let depth = 0;
    for (; i < end; i++) {
      if (bundle[i] === "(") depth++;
      else if (bundle[i] === ")" && --depth === 0) break;
    }
    i++;
  } else {
    const id = /^[A-Za-z_$][\w$]*/.exec(bundle.slice(i, i + 100));
    if (id === null || id[0] === "async") return false;
    i += id[0].length;
  }
  while (bundle[i] === " ") i++;
  return bundle.startsWith("=>", i) && i < end;
}

/**
 * The bundle with each arrow function among `ranges` (start → end) parenthesised, which makes V8 compile
 * it eagerly (a parenthesised function keeps the name it gets from a property or variable); `moved` maps a
 * position of the old text to the new one.
 */
export function eagerArrows(
  bundle: string,
  ranges: Map<number, number>,
): { text: string; count: number; moved: (at: number) => number } {
  const inserts: [number, string][] = [];
  for (const [start, end] of ranges) {
    if (end <= bundle.length && isArrow(bundle, start, end) && parses(`(${bundle.slice(start, end)})`)) {
      inserts.push([start, "("], [end, ")"]);
    }
  }
  inserts.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let last = 0;
  for (const [at, c] of inserts) {
    parts.push(bundle.slice(last, at), c);
    last = at;
  }
  parts.push(bundle.slice(last));
  const positions = inserts.map(([at]) => at);
  const moved = (at: number) => {
    let lo = 0, hi = positions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return at + lo;
  };
  return { text: parts.join(""), count: inserts.length / 2, moved };
}

/**
 * The bundle with each top-level `function NAME(` declaration whose line holds one of `starts` moved to the
 * top (after the first line) as `var NAME = (function (...) {...});`, and how many were.
 */
export function eagerFunctions(bundle: string, starts: Set<number>): { text: string; count: number } {
  const lineStarts = new Set<number>();
  for (const at of starts) lineStarts.add(bundle.lastIndexOf("\n", at) + 1);
  const decl = /^function ([A-Za-z_$][\w$]*)\(/gm;
  const kept: string[] = [];
  const moved: string[] = [];
  let last = 0;
  for (const m of bundle.matchAll(decl)) {
    if (m.index < last || !lineStarts.has(m.index)) continue;
    const end = bundle.indexOf("\n}\n", m.index);
    if (end < 0) break;
    const expr = `(function (${bundle.slice(m.index + m[0].length, end + 2)})`;
    if (!parses(expr)) continue; // not the whole function (a "}" line inside a template literal)
    kept.push(bundle.slice(last, m.index));
    moved.push(`var ${m[1]} = ${expr};\n`);
    last = end + 3;
  }
  kept.push(bundle.slice(last));
  const rest = kept.join("");
  const firstLine = rest.indexOf("\n") + 1;
  return { text: rest.slice(0, firstLine) + moved.join("") + rest.slice(firstLine), count: moved.length };
}

/**
 * Run the bundle at `file` on `-c "import unittest; print(...)"` with V8's function event log (in `dir`)
 * and return the ranges of the functions V8 compiled lazily; empty when that fails.
 */
async function profileStart(file: string, dir: string): Promise<Map<number, number>> {
  const run = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      "--quiet",
      "--no-prompt",
      "--no-check",
      "--no-code-cache",
      "--v8-flags=--max-semi-space-size=2,--log-function-events,--logfile=functions.log",
      file,
      "-c",
      "import unittest\nprint(unittest.__name__)",
    ],
    cwd: dir,
    stdout: "null",
    stderr: "null",
  }).output();
  if (!run.success) return new Map();
  const url = new URL(`file://${file}`).href;
  let best = new Map<number, number>();
  for (const e of Deno.readDirSync(dir)) {
    if (!e.name.endsWith("functions.log")) continue;
    const ranges = lazilyCompiled(Deno.readTextFileSync(`${dir}/${e.name}`), url);
    if (ranges.size > best.size) best = ranges;
  }
  return best;
}

/** Whether the bundle at `file` runs a program (the check after rewriting it). */
async function runsHello(file: string): Promise<boolean> {
  const run = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      "--quiet",
      "--no-prompt",
      "--no-check",
      "--no-code-cache",
      file,
      "-c",
      "print('hello')",
    ],
    stdout: "piped",
    stderr: "null",
  }).output();
  return run.success && new TextDecoder().decode(run.stdout) === "hello\n";
}

async function main(): Promise<number> {
  // the bundle's mtime is set to when the sources were copied, so a file changed during the build counts
  // as newer than the bundle (the launcher compares the sources' ctimes with it)
  const started = new Date();
  const tmp = await Deno.makeTempDir({ prefix: "pypyts-bundle-" });
  try {
    copyTree(`${root}/cli`, `${tmp}/cli`);
    copyTree(`${root}/interpreter`, `${tmp}/interpreter`);
    for (const f of ["deno.json", "package.json"]) Deno.copyFileSync(`${root}/${f}`, `${tmp}/${f}`);
    Deno.symlinkSync(`${root}/node_modules`, `${tmp}/node_modules`);
    const registry = `${tmp}/interpreter/modules/registry.ts`;
    Deno.writeTextFileSync(
      registry,
      Deno.readTextFileSync(registry).replaceAll("import defer * as ", "import * as "),
    );
    const built = await new Deno.Command(Deno.execPath(), {
      args: [
        "bundle",
        "--quiet",
        "--platform",
        "deno",
        "--packages",
        "external",
        "--external",
        "commander",
        "-o",
        `${tmp}/out.js`,
        "cli/main.ts",
      ],
      cwd: tmp,
      stdout: "piped",
      stderr: "piped",
    }).output();
    if (!built.success) {
      if (!quiet) console.error(new TextDecoder().decode(built.stderr));
      console.error("pypyts: could not build dist/pypyts.js (./pypyts runs cli/main.ts instead)");
      return 1;
    }
    const outDir = out.slice(0, out.lastIndexOf("/"));
    let text = withColdLoop(
      asciiComments(relocate(Deno.readTextFileSync(`${tmp}/out.js`), upTo(outDir, root))),
    );
    // the bytecode cache's compiler identity, from the sources just bundled (importing/bytecode_cache.ts)
    const placeholder = '"@@PYPYTS_COMPILER_ID@@"';
    if (text.split(placeholder).length !== 2) {
      throw new Error("the compiler-identity placeholder is not in the bundle once");
    }
    text = text.replace(placeholder, JSON.stringify(compilerSourcesId(new URL(`file://${tmp}/`))));
    Deno.mkdirSync(outDir, { recursive: true });
    // written under another name and renamed: a concurrent ./pypyts never sees half a bundle
    const part = `${out}.${Deno.pid}.tmp.js`;
    Deno.writeTextFileSync(part, text);
    const logDir = `${tmp}/log`;
    Deno.mkdirSync(logDir);
    const ranges = await profileStart(part, logDir);
    const arrows = eagerArrows(text, ranges);
    const eager = eagerFunctions(arrows.text, new Set([...ranges.keys()].map(arrows.moved)));
    eager.count += arrows.count;
    if (eager.count > 0) {
      // kept only if the rewritten bundle still runs a program
      Deno.writeTextFileSync(part, eager.text);
      if (await runsHello(part)) text = eager.text;
      else {
        Deno.writeTextFileSync(part, text);
        eager.count = 0;
      }
    }
    // A bundle that cannot run a program is never installed (esbuild orders the modules of an import
    // cycle differently from Deno, so a new cycle can break only the bundle): ./pypyts then runs the
    // modules. An older bundle is removed, as it no longer matches the sources.
    if (eager.count === 0 && !(await runsHello(part))) {
      console.error("pypyts: dist/pypyts.js does not run a program; ./pypyts runs cli/main.ts instead");
      try {
        Deno.removeSync(out);
      } catch { /* none */ }
      return 1;
    }
    if (eager.count === 0 && !quiet) console.error("pypyts: no function of the bundle is compiled eagerly");
    Deno.utimeSync(part, started, started);
    Deno.renameSync(part, out);
    // what ./pypyts runs: a module of its own that starts the bundle's CLI (cli/main.ts `start` says why)
    const entry = startFile(out);
    const name = out.slice(outDir.length + 1);
    Deno.writeTextFileSync(
      `${entry}.${Deno.pid}.tmp`,
      `// Written by scripts/bundle.ts: runs the CLI of ${name} (cli/main.ts start()).\n` +
        `import { start } from "./${name}";\nstart();\n`,
    );
    Deno.utimeSync(`${entry}.${Deno.pid}.tmp`, started, started);
    Deno.renameSync(`${entry}.${Deno.pid}.tmp`, entry);
    if (!quiet) {
      console.log(
        `wrote ${out} (${(text.length / 1e6).toFixed(1)} MB, ${eager.count} functions compiled eagerly)`,
      );
    }
    return 0;
  } finally {
    await Deno.remove(tmp, { recursive: true });
    try {
      Deno.removeSync(`${out}.${Deno.pid}.tmp.js`);
    } catch { /* renamed into place */ }
  }
}

if (import.meta.main) Deno.exit(await main());
