// Differential check of the parser against CPython 3.14: for every .py file of the stdlib archive, the
// sha256 of ast.dump(ast.parse(src), include_attributes=True) made by the oracle (`deno task oracle`,
// committed in tests/oracle_data/stdlib_ast.json) must equal the hash of our dump of our parse.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { parse } from "../../../interpreter/parser/parser.ts";
import { dumpAst } from "../../../interpreter/parser/ast_dump.ts";
import { listStdlibSources } from "../../../tools/stdlib.ts";

const expected: Record<string, string> = JSON.parse(
  Deno.readTextFileSync(new URL("../../oracle_data/stdlib_ast.json", import.meta.url)),
);

Deno.test("every stdlib file parses to CPython 3.14's AST, positions included", () => {
  const files = listStdlibSources();
  assert.equal(files.length, Object.keys(expected).length);
  const mismatched: string[] = [];
  for (const f of files) {
    const dump = dumpAst(parse(f.source, f.path, "exec"), { includeAttributes: true });
    const hash = createHash("sha256").update(dump).digest("hex");
    if (hash !== expected[f.path]) mismatched.push(f.path);
  }
  assert.deepEqual(mismatched, []);
});
