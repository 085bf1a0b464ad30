// The AST table must describe CPython 3.14's nodes: names, field order and which carry positions.
import assert from "node:assert/strict";
import { ENUMS, fieldsOf, hasPosition, type NodeKind, NODES } from "../../../interpreter/parser/ast.ts";

Deno.test("field order matches CPython 3.14 for representative nodes", () => {
  assert.deepEqual(fieldsOf("FunctionDef"), [
    "name",
    "args",
    "body",
    "decorator_list",
    "returns",
    "type_comment",
    "type_params",
  ]);
  assert.deepEqual(fieldsOf("arguments"), [
    "posonlyargs",
    "args",
    "vararg",
    "kwonlyargs",
    "kw_defaults",
    "kwarg",
    "defaults",
  ]);
  assert.deepEqual(fieldsOf("Interpolation"), ["value", "str", "conversion", "format_spec"]);
  assert.deepEqual(fieldsOf("MatchClass"), ["cls", "patterns", "kwd_attrs", "kwd_patterns"]);
  assert.deepEqual(fieldsOf("TypeVar"), ["name", "bound", "default_value"]);
});

Deno.test("positions only on the node kinds CPython gives them to", () => {
  const positioned = (Object.keys(NODES) as NodeKind[]).filter(hasPosition);
  for (const k of ["Name", "FunctionDef", "arg", "keyword", "alias", "ExceptHandler", "MatchAs", "TypeVar"]) {
    assert.ok(positioned.includes(k as NodeKind), k);
  }
  for (const k of ["Module", "arguments", "comprehension", "withitem", "match_case", "TypeIgnore"]) {
    assert.ok(!positioned.includes(k as NodeKind), k);
  }
});

Deno.test("node counts match CPython 3.14's ast module", () => {
  const bases = new Map<string, number>();
  for (const v of Object.values(NODES)) bases.set(v.base, (bases.get(v.base) ?? 0) + 1);
  assert.equal(bases.get("stmt"), 28);
  assert.equal(bases.get("expr"), 29);
  assert.equal(bases.get("pattern"), 8);
  assert.equal(ENUMS.operator.length, 13);
  assert.equal(ENUMS.cmpop.length, 10);
});
