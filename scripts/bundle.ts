// Builds dist/pypyts.js: the CLI and interpreter as one JavaScript module, which ./pypyts runs instead of
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

/** Non-ASCII characters in comments (the only place esbuild leaves them) written as \uXXXX. */
export function asciiComments(bundle: string): string {
  return bundle.replace(/^.*[\u0080-\uffff].*$/gm, (line) => {
    const at = line.search(/[\u0080-\uffff]/);
    const before = line.slice(0, at);
    if (!before.includes("//") && !/^\s*(\/\*|\*)/.test(line)) return line;
    return line.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  });
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
    const text = asciiComments(relocate(Deno.readTextFileSync(`${tmp}/out.js`), upTo(outDir, root)));
    Deno.mkdirSync(outDir, { recursive: true });
    // written under another name and renamed: a concurrent ./pypyts never sees half a bundle
    const part = `${out}.${Deno.pid}.tmp`;
    Deno.writeTextFileSync(part, text);
    Deno.utimeSync(part, started, started);
    Deno.renameSync(part, out);
    if (!quiet) console.log(`wrote ${out} (${(text.length / 1e6).toFixed(1)} MB)`);
    return 0;
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
}

if (import.meta.main) Deno.exit(await main());
