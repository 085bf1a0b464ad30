// `deno task oracle [--only syntax|ast]`: regenerate every committed expected output from CPython 3.14,
// which runs here as pyodide (npm:pyodide@314.0.7) under Deno.
//  - tests/py/syntax_errors/NAME.py → NAME.json: the SyntaxError CPython raises when compiling the file
//    (type, msg, lineno, offset, end_lineno, end_offset).
//  - tests/oracle_data/stdlib_ast.json: for every .py file of the stdlib archive, the sha256 of
//    ast.dump(ast.parse(source), include_attributes=True).
// `deno task oracle --ast-dump PATH` prints CPython's dump of one stdlib file (to diff against ours).
import { loadPyodide } from "pyodide";
import { listStdlibSources } from "./stdlib.ts";

const root = new URL("../", import.meta.url);
const args = Deno.args;
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;

const py = await loadPyodide();

if (args.includes("--ast-dump")) {
  const path = args[args.indexOf("--ast-dump") + 1];
  const f = listStdlibSources().find((x) => x.path === path);
  if (!f) throw new Error(`no stdlib file ${path}`);
  py.globals.set("src_bytes", f.bytes);
  py.globals.set("fname", f.path);
  console.log(
    py.runPython(`import ast; ast.dump(ast.parse(bytes(src_bytes.to_py()), fname), include_attributes=True)`),
  );
  Deno.exit(0);
}

if (only === null || only === "syntax") {
  const dir = new URL("tests/py/syntax_errors/", root);
  let n = 0;
  for (const entry of [...Deno.readDirSync(dir)].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!entry.name.endsWith(".py")) continue;
    const bytes = Deno.readFileSync(new URL(entry.name, dir));
    py.globals.set("src_bytes", bytes);
    py.globals.set("fname", entry.name);
    const result = py.runPython(`
import json, warnings
warnings.simplefilter("ignore")
try:
    compile(bytes(src_bytes.to_py()), fname, "exec")
    _r = None
except SyntaxError as e:
    _r = json.dumps({"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                     "end_lineno": e.end_lineno, "end_offset": e.end_offset}, indent=2)
_r
`) as string | undefined;
    if (result === undefined || result === null) {
      console.error(`${entry.name}: CPython compiles it without a SyntaxError; fix or remove the case`);
      Deno.exit(1);
    }
    Deno.writeTextFileSync(new URL(entry.name.replace(/\.py$/, ".json"), dir), result + "\n");
    n++;
  }
  console.log(`syntax errors: wrote ${n} expected results`);
}

if (only === null || only === "ast") {
  const out: Record<string, string> = {};
  for (const f of listStdlibSources()) {
    py.globals.set("src_bytes", f.bytes);
    py.globals.set("fname", f.path);
    out[f.path] = py.runPython(`
import ast, hashlib
hashlib.sha256(ast.dump(ast.parse(bytes(src_bytes.to_py()), fname), include_attributes=True)
               .encode("utf-8", "surrogatepass")).hexdigest()
`) as string;
  }
  const lines = Object.entries(out).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  Deno.writeTextFileSync(
    new URL("tests/oracle_data/stdlib_ast.json", root),
    "{\n" + lines.join(",\n") + "\n}\n",
  );
  console.log(`stdlib AST hashes: wrote ${lines.length}`);
}
