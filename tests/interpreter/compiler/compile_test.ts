// The compiler over real code: every stdlib file compiles, and every code object it produces is
// internally consistent (jump targets in range, exception-table targets on instruction boundaries,
// locations decodable); plus targeted checks of instruction sequences and compile-time errors.
import assert from "node:assert/strict";
import { compileSource } from "../../../interpreter/compiler/compile.ts";
import { CodeObject } from "../../../interpreter/compiler/code.ts";
import { disassemble } from "../../../interpreter/compiler/dis.ts";
import { opInfo } from "../../../interpreter/compiler/opcodes.ts";
import { CompileError } from "../../../interpreter/parser/errors.ts";
import { listStdlibSources } from "../../../tools/stdlib.ts";

function* allCodes(code: CodeObject): Generator<CodeObject> {
  yield code;
  for (const c of code.co_consts) if (c instanceof CodeObject) yield* allCodes(c);
}

function checkConsistent(code: CodeObject): void {
  const units = code.co_code.length / 2;
  const starts = new Set<number>();
  for (const ins of code.instructions()) {
    starts.add(ins.start / 2);
    const info = opInfo(ins.opcode);
    assert.ok(!info.pseudo, `pseudo-op ${info.name} left in ${code.co_qualname}`);
    const after = ins.offset / 2 + 1;
    if (info.arg === "jump") {
      assert.ok(after + ins.oparg <= units, `${info.name} out of range in ${code.co_qualname}`);
    }
    if (info.arg === "jump_back") {
      assert.ok(after - ins.oparg >= 0, `${info.name} before start in ${code.co_qualname}`);
    }
  }
  for (const e of code.exceptionTable()) {
    assert.ok(e.start < e.end && e.end <= units, `bad range in ${code.co_qualname}`);
    assert.ok(starts.has(e.target), `handler target not an instruction start in ${code.co_qualname}`);
    assert.ok(e.depth >= 0 && e.depth < code.co_stacksize + 1);
  }
  assert.equal(code.positions().length, units);
}

function names(src: string, which = 0): string[] {
  const codes = [...allCodes(compileSource(src, "<t>", "exec"))];
  return [...codes[which].instructions()].map((i) => opInfo(i.opcode).name);
}

function compileError(src: string): CompileError {
  try {
    compileSource(src, "<t>", "exec");
  } catch (e) {
    if (e instanceof CompileError) return e;
    throw e;
  }
  throw new Error("compiled without error");
}

Deno.test("every stdlib file compiles to consistent code objects and disassembles", () => {
  let count = 0;
  for (const f of listStdlibSources()) {
    const code = compileSource(f.source, f.path, "exec");
    for (const c of allCodes(code)) {
      checkConsistent(c);
      count++;
    }
    assert.ok(disassemble(code).length > 0);
  }
  assert.ok(count > 15_000, `only ${count} code objects`);
});

Deno.test("function bodies follow CPython 3.14's instruction shapes", () => {
  assert.deepEqual(names("def f(a):\n    for i in a:\n        pass\n    return a\n", 1), [
    "RESUME",
    "LOAD_FAST",
    "GET_ITER",
    "FOR_ITER",
    "STORE_FAST",
    "NOP",
    "JUMP_BACKWARD",
    "END_FOR",
    "POP_ITER",
    "LOAD_FAST",
    "RETURN_VALUE",
  ]);
  assert.deepEqual(names("f(x, k=1)"), [
    "RESUME",
    "LOAD_NAME",
    "PUSH_NULL",
    "LOAD_NAME",
    "LOAD_SMALL_INT",
    "LOAD_CONST",
    "CALL_KW",
    "POP_TOP",
    "LOAD_CONST",
    "RETURN_VALUE",
  ]);
  const gen = compileSource("def g():\n    yield 1\n", "<t>", "exec").co_consts.find((c) =>
    c instanceof CodeObject
  )!;
  assert.ok(gen instanceof CodeObject);
  assert.equal(gen.co_flags & 0x20, 0x20, "CO_GENERATOR");
});

Deno.test("closures get cells and free variables", () => {
  const outer = [
    ...allCodes(
      compileSource("def f():\n    x = 1\n    def g():\n        return x\n    return g\n", "<t>", "exec"),
    ),
  ];
  const f = outer.find((c) => c.co_name === "f")!;
  const g = outer.find((c) => c.co_name === "g")!;
  assert.deepEqual(f.co_cellvars, ["x"]);
  assert.deepEqual(g.co_freevars, ["x"]);
  assert.equal(g.co_qualname, "f.<locals>.g");
});

Deno.test("try/except has a zero-cost exception table", () => {
  const code = compileSource("try:\n    a()\nexcept E as e:\n    b()\n", "<t>", "exec");
  const table = code.exceptionTable();
  assert.ok(table.length >= 2);
  assert.ok(table.some((e) => e.lasti));
});

Deno.test("compile-time errors match CPython 3.14", () => {
  const cases: [string, string, number][] = [
    ["return 1\n", "'return' outside function", 1],
    ["break\n", "'break' outside loop", 1],
    ["while x:\n    pass\ncontinue\n", "'continue' not properly in loop", 3],
    ["def f():\n    await x\n", "'await' outside async function", 2],
    ["def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1],
    ["def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3],
    ["nonlocal x\n", "nonlocal declaration not allowed at module level", 1],
    ["def f():\n    nonlocal y\n", "no binding for nonlocal 'y' found", 2],
    ["def f():\n    from m import *\n", "import * only allowed at module level", 2],
    ["f(a=1, a=2)\n", "keyword argument repeated: a", 1],
    ["a, *b, *c = x\n", "multiple starred expressions in assignment", 1],
    [
      "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
      "name capture 'y' makes remaining patterns unreachable",
      2,
    ],
    ["async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3],
  ];
  for (const [src, msg, line] of cases) {
    const e = compileError(src);
    assert.equal(e.msg, msg, src);
    assert.equal(e.lineno, line, src);
  }
});

Deno.test("simple constant folding, never of operations that can raise", () => {
  const code = compileSource(
    "x = -1\ny = 2 ** 10 + 3 * 4 - 1.5\nz = 'ab' + 'cd'\nw = 1 / 0\nv = 1 << -1\n",
    "<t>",
    "exec",
  );
  assert.ok(code.co_consts.includes(-1n));
  assert.ok(code.co_consts.includes(1034.5));
  assert.ok(code.co_consts.includes("abcd"));
  const ops = [...code.instructions()].map((i) => opInfo(i.opcode).name);
  assert.equal(ops.filter((o) => o === "BINARY_OP").length, 2, "1/0 and 1 << -1 stay run-time operations");
});
