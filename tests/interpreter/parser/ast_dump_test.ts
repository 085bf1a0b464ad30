import assert from "node:assert/strict";
import { parse } from "../../../interpreter/parser/parser.ts";
import { dumpAst } from "../../../interpreter/parser/ast_dump.ts";
import { reprBytes, reprFloat, reprStr } from "../../../interpreter/parser/pyrepr.ts";

// Expected strings produced by CPython 3.14's ast.dump / repr.
Deno.test("ast.dump output matches CPython 3.14", () => {
  assert.equal(
    dumpAst(parse("x=1", "<t>", "exec"), { includeAttributes: true }),
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)])",
  );
  assert.equal(
    dumpAst(parse("def f(a, /, *, b=None): pass", "<t>", "exec")),
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], kwonlyargs=[arg(arg='b')], kw_defaults=[Constant(value=None)]), body=[Pass()])])",
  );
  assert.equal(
    dumpAst(parse("t'a{x!r}'", "<t>", "exec")),
    "Module(body=[Expr(value=TemplateStr(values=[Constant(value='a'), Interpolation(value=Name(id='x', ctx=Load()), str='x', conversion=114)]))])",
  );
});

Deno.test("Python reprs of constants", () => {
  assert.equal(reprFloat(1e16), "1e+16");
  assert.equal(reprFloat(1e-5), "1e-05");
  assert.equal(reprFloat(0.0001), "0.0001");
  assert.equal(reprFloat(0.1 + 0.2), "0.30000000000000004");
  assert.equal(reprFloat(123456789012345680), "1.2345678901234568e+17");
  assert.equal(reprFloat(-0), "-0.0");
  assert.equal(reprFloat(2.5), "2.5");
  assert.equal(reprFloat(100), "100.0");
  assert.equal(reprStr("it's"), `"it's"`);
  assert.equal(reprStr(`'"`), `'\\'"'`);
  assert.equal(reprStr("a\nb\x00\u200b\ud800é"), "'a\\nb\\x00\\u200b\\ud800é'");
  assert.equal(reprBytes(new Uint8Array([0, 39, 65, 200])), `b"\\x00'A\\xc8"`);
});
