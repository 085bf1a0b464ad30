import assert from "node:assert/strict";
import { byteToCharColumn, CompileError, utf8Length } from "../../../interpreter/parser/errors.ts";

Deno.test("CompileError.format prints CPython's report", () => {
  const e = new CompileError("SyntaxError", "expected ':'", "t.py", 2, 5, "if x", 2, 5);
  assert.equal(e.format(), `  File "t.py", line 2\n    if x\n        ^\nSyntaxError: expected ':'`);
  const ind = new CompileError("SyntaxError", "invalid syntax", "t.py", 3, 9, "    x = = 1", 3, 10);
  assert.equal(ind.format(), `  File "t.py", line 3\n    x = = 1\n        ^\nSyntaxError: invalid syntax`);
});

Deno.test("UTF-8 byte columns convert to character columns", () => {
  assert.equal(byteToCharColumn("é = 1", 3), 2);
  assert.equal(byteToCharColumn("€x", 4), 2);
  assert.equal(byteToCharColumn("😀y", 5), 2);
  assert.equal(utf8Length("a€😀"), 1 + 3 + 4);
  assert.equal(utf8Length("\ud800"), 3);
});
