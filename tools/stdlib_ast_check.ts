// `deno task stdlib-ast`: the full front-end check over every .py file of the stdlib archive — parse,
// compare the AST (with positions) to CPython 3.14's (hashes from `deno task oracle --only ast`),
// compile, disassemble — and print the counts. A mismatch lists the file; `--diff PATH` prints the
// first difference against a fresh oracle dump of that file.
import { createHash } from "node:crypto";
import { compileSource } from "../interpreter/compiler/compile.ts";
import { disassemble } from "../interpreter/compiler/dis.ts";
import { dumpAst } from "../interpreter/parser/ast_dump.ts";
import { parse } from "../interpreter/parser/parser.ts";
import { listStdlibSources } from "./stdlib.ts";

const expected: Record<string, string> = JSON.parse(
  Deno.readTextFileSync(new URL("../tests/oracle_data/stdlib_ast.json", import.meta.url)),
);

if (Deno.args[0] === "--diff") {
  const path = Deno.args[1];
  const f = listStdlibSources().find((x) => x.path === path);
  if (!f) throw new Error(`no stdlib file ${path}`);
  const ours = dumpAst(parse(f.source, f.path, "exec"), { includeAttributes: true });
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", new URL("./oracle.ts", import.meta.url).pathname, "--ast-dump", path],
    stdout: "piped",
  }).output();
  const theirs = new TextDecoder().decode(out.stdout).trim();
  let i = 0;
  while (i < ours.length && ours[i] === theirs[i]) i++;
  console.log(i === ours.length && i === theirs.length ? "identical" : `first difference at character ${i}:`);
  console.log("CPython:", theirs.slice(Math.max(0, i - 200), i + 200));
  console.log("pypyts: ", ours.slice(Math.max(0, i - 200), i + 200));
  Deno.exit(0);
}

const counts = { files: 0, parsed: 0, astEqual: 0, compiled: 0, disassembled: 0 };
const problems: string[] = [];
const t0 = performance.now();
for (const f of listStdlibSources()) {
  counts.files++;
  let stage = "parse";
  try {
    const tree = parse(f.source, f.path, "exec");
    counts.parsed++;
    const hash = createHash("sha256").update(dumpAst(tree, { includeAttributes: true })).digest("hex");
    if (hash === expected[f.path]) counts.astEqual++;
    else problems.push(`${f.path}: AST differs from CPython's (deno task stdlib-ast --diff ${f.path})`);
    stage = "compile";
    const code = compileSource(f.source, f.path, "exec");
    counts.compiled++;
    stage = "dis";
    disassemble(code);
    counts.disassembled++;
  } catch (e) {
    problems.push(`${f.path}: ${stage} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
for (const p of problems) console.log(p);
console.log(
  `${counts.files} files: ${counts.parsed} parsed, ${counts.astEqual} with CPython's exact AST, ` +
    `${counts.compiled} compiled, ${counts.disassembled} disassembled (${
      ((performance.now() - t0) / 1000).toFixed(1)
    } s)`,
);
Deno.exit(problems.length === 0 ? 0 : 1);
