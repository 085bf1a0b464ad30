// Bytecode-cache serialisation: real code objects round-trip exactly, and damaged data is rejected with
// a plain Error (never a hang, crash or wrong code object).
import assert from "node:assert/strict";
import { CodeObject } from "../../../interpreter/compiler/code.ts";
import { compileSource } from "../../../interpreter/compiler/compile.ts";
import { disassemble } from "../../../interpreter/compiler/dis.ts";
import { deserializeCode, serializeCode } from "../../../interpreter/compiler/serialize.ts";
import { listStdlibSources } from "../../../tools/stdlib.ts";

Deno.test("stdlib code objects survive a round trip", () => {
  const files = listStdlibSources().filter((_, i) => i % 7 === 0);
  for (const f of files) {
    const code = compileSource(f.source, f.path, "exec");
    const back = deserializeCode(serializeCode(code));
    const noAddr = (c: CodeObject) => disassemble(c).replace(/ at 0x[0-9a-f]+/g, "");
    assert.equal(noAddr(back), noAddr(code), f.path);
    assert.deepEqual(back.positions(), code.positions(), f.path);
    assert.deepEqual(back.exceptionTable(), code.exceptionTable(), f.path);
  }
});

Deno.test("every constant kind round-trips", () => {
  const src =
    "x = (None, True, False, 0, -1, 2**100, -(2**70), 1.5, -0.0, 'é\\ud800', b'\\x00\\xff', ..., 3j)\n";
  const code = compileSource(src, "<t>", "exec");
  const back = deserializeCode(serializeCode(code));
  assert.deepEqual(back.co_consts, code.co_consts);
});

Deno.test("ints at the 32-bit edges, empty and BOM-led strings, and shared strings round-trip", () => {
  const src = [
    "x = (-2**31, 2**31 - 1, 2**31, -2**31 - 1, 2**32, 127, 128, -64, -65, 0xffffffff)",
    "y = ('', '\\ufeffbom', 'x' * 5000, 'name', 'name')",
    "def name(name, x=''): return name",
  ].join("\n") + "\n";
  const code = compileSource(src, "<t>", "exec");
  const back = deserializeCode(serializeCode(code));
  assert.deepEqual(back.co_consts, code.co_consts);
  assert.deepEqual(back.co_names, code.co_names);
});

Deno.test("truncated, bit-flipped and random data never yield a code object silently", () => {
  const good = serializeCode(compileSource("def f(a):\n    return [a, 'x', 1.5]\n", "<t>", "exec"));
  for (let n = 0; n < good.length; n++) {
    assert.throws(() => deserializeCode(good.slice(0, n)), Error);
  }
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let i = 0; i < 2000; i++) {
    const bad = good.slice();
    bad[Math.floor(rand() * bad.length)] ^= 1 << Math.floor(rand() * 8);
    try {
      const c = deserializeCode(bad);
      assert.ok(c instanceof CodeObject); // a flip inside a constant's bytes can still decode
    } catch (e) {
      assert.ok(e instanceof Error);
    }
  }
  for (let i = 0; i < 500; i++) {
    const junk = new Uint8Array(Math.floor(rand() * 200)).map(() => Math.floor(rand() * 256));
    assert.throws(() => deserializeCode(junk), Error);
  }
});
