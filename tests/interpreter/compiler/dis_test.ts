// dis output: CPython 3.14 layout (line column, L labels, oparg + resolved value, exception table).
import assert from "node:assert/strict";
import { CodeObject } from "../../../interpreter/compiler/code.ts";
import { compileSource } from "../../../interpreter/compiler/compile.ts";
import { disassemble, reprCodeConstant } from "../../../interpreter/compiler/dis.ts";
import { ComplexLit, EllipsisLit } from "../../../interpreter/parser/ast.ts";

const SRC = `def f(a, b=2.5):
    if a > b:
        return a.real + len(b)
    try:
        x = "é"
    except KeyError:
        pass
    return None
`;

function lines(s: string): string[] {
  return s.split("\n").map((l) => l.trimEnd());
}

Deno.test("dis of a function: lines, labels, resolved opargs, exception table", () => {
  const mod = compileSource(SRC, "s.py", "exec");
  const out = lines(disassemble(mod, { recursive: true }));
  // the module's implicit return takes the last statement's line (propagate_line_numbers), so no line is
  // "--" and the line column is as narrow as CPython's
  assert.equal(out[0], "  0          RESUME                   0");
  assert.ok(out.includes("  1          LOAD_CONST               0 (2.5)"));
  assert.ok(
    out.some((l) => /^Disassembly of <code object f at 0x[0-9a-f]+, file "s\.py", line 1>:$/.test(l)),
  );
  // two loads on one line are one superinstruction, as CPython 3.14's flowgraph makes them
  assert.ok(out.includes("   2          LOAD_FAST_LOAD_FAST      1 (a, b)"));
  assert.ok(
    out.includes("              COMPARE_OP             128 (>)") ||
      out.some((l) => /COMPARE_OP .*\(.*>\)/.test(l)),
  );
  assert.ok(out.some((l) => /POP_JUMP_IF_FALSE +\d+ \(to L1\)$/.test(l)));
  assert.ok(out.includes("              LOAD_ATTR                0 (real)"));
  assert.ok(out.some((l) => /LOAD_GLOBAL +\d+ \(len \+ NULL\)$/.test(l)));
  assert.ok(out.includes("              BINARY_OP                0 (+)"));
  assert.ok(out.some((l) => /^ {3}5 {3}L1: +LOAD_CONST +\d+ \('é'\)$/.test(l)));
  assert.ok(out.some((l) => /^ {3}6 +LOAD_GLOBAL +\d+ \(KeyError\)$/.test(l)));
  const et = out.indexOf("ExceptionTable:");
  assert.ok(et > 0);
  assert.match(out[et + 1], /^ {2}L\d+ to L\d+ -> L\d+ \[0\]$/);
  assert.ok(out.slice(et + 1).some((l) => /\[1\] lasti$/.test(l)));
});

Deno.test("recursive: false stops at the top code object", () => {
  const mod = compileSource(SRC, "s.py", "exec");
  assert.ok(!disassemble(mod, { recursive: false }).includes("Disassembly of"));
  assert.ok(disassemble(mod).includes("Disassembly of")); // recursive by default, as dis.dis
  const f = mod.co_consts.find((c) => c instanceof CodeObject) as CodeObject;
  assert.ok(disassemble(f).includes("RETURN_VALUE"));
});

Deno.test("constants print as Python reprs", () => {
  assert.equal(reprCodeConstant(null), "None");
  assert.equal(reprCodeConstant(true), "True");
  assert.equal(reprCodeConstant(10n ** 20n), "100000000000000000000");
  assert.equal(reprCodeConstant(1e16), "1e+16");
  assert.equal(reprCodeConstant(1e-5), "1e-05");
  assert.equal(reprCodeConstant(-0), "-0.0");
  assert.equal(reprCodeConstant(2), "2.0");
  assert.equal(reprCodeConstant(Infinity), "inf");
  assert.equal(reprCodeConstant(NaN), "nan");
  assert.equal(reprCodeConstant("it's"), '"it\'s"');
  assert.equal(reprCodeConstant("a\nb"), "'a\\nb'");
  assert.equal(reprCodeConstant(new Uint8Array([0, 39, 65, 255])), 'b"\\x00\'A\\xff"');
  assert.equal(reprCodeConstant(EllipsisLit.instance), "Ellipsis");
  void ComplexLit;
});
