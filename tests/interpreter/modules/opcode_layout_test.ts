// CPython's layout of our bytecode (inline CACHE units inserted): jumps and exception-table entries must
// still land on the same instructions, decoded the way dis.py decodes CPython's bytecode.
import assert from "node:assert";
import { compileSource } from "../../../interpreter/compiler/compile.ts";
import type { CodeObject } from "../../../interpreter/compiler/code.ts";
import {
  cpythonLayout,
  cpythonOffset,
  INLINE_CACHE_ENTRIES,
} from "../../../interpreter/compiler/cpython_layout.ts";
import { decodeExceptionTable } from "../../../interpreter/compiler/code.ts";
import { OP, OPCODE_BY_CODE } from "../../../interpreter/compiler/opcodes.ts";

const SRC = `
def f(x, y=2):
    total = 0
    for i in range(x):
        if i % 2 and y:
            total += i * y
        else:
            total -= 1
        while total > 1000:
            total //= 2
    try:
        z = x.attr
    except AttributeError as e:
        z = None
    finally:
        total += 1
    return [total, z, len(str(x))]
`;

function functionCode(): CodeObject {
  const mod = compileSource(SRC, "<test>", "exec");
  return mod.co_consts.find((c) => typeof c === "object" && c !== null && "co_code" in c) as CodeObject;
}

/** dis.py's view: (offset, opcode, arg with EXTENDED_ARG folded, caches) per instruction. */
function instructions(code: Uint8Array): { offset: number; op: number; arg: number; caches: number }[] {
  const out = [];
  let ext = 0;
  for (let i = 0; i < code.length; i += 2) {
    const op = code[i];
    const arg = code[i + 1] | ext;
    if (op === OP.EXTENDED_ARG) {
      ext = arg << 8;
      continue;
    }
    ext = 0;
    if (op === OP.CACHE) continue;
    out.push({ offset: i, op, arg, caches: INLINE_CACHE_ENTRIES[OPCODE_BY_CODE[op]!.name] ?? 0 });
  }
  return out;
}

Deno.test("jumps land on the same instructions with CACHE units inserted", () => {
  const co = functionCode();
  const layout = cpythonLayout(co);
  const ours = instructions(co.co_code);
  const theirs = instructions(layout.code);
  assert.deepStrictEqual(theirs.map((i) => i.op), ours.map((i) => i.op));
  const opAt = (list: typeof ours, offset: number) => list.find((i) => i.offset === offset)?.op;
  for (let k = 0; k < ours.length; k++) {
    const kind = OPCODE_BY_CODE[ours[k].op]!.arg;
    if (kind !== "jump" && kind !== "jump_back") continue;
    const sign = kind === "jump" ? 1 : -1;
    const ourTarget = ours[k].offset + 2 + sign * 2 * ours[k].arg;
    const t = theirs[k];
    const theirTarget = t.offset + 2 + 2 * t.caches + sign * 2 * t.arg;
    assert.strictEqual(opAt(theirs, theirTarget), opAt(ours, ourTarget), `jump at ${t.offset}`);
  }
  assert.strictEqual(layout.positions.length * 2, layout.code.length);
});

Deno.test("exception table and lasti offsets follow the layout", () => {
  const co = functionCode();
  const layout = cpythonLayout(co);
  const ours = decodeExceptionTable(co.co_exceptiontable);
  const theirs = decodeExceptionTable(layout.exceptionTable);
  assert.strictEqual(theirs.length, ours.length);
  for (let k = 0; k < ours.length; k++) {
    assert.strictEqual(layout.code[2 * theirs[k].target], co.co_code[2 * ours[k].target]);
    assert.strictEqual(layout.code[2 * theirs[k].start], co.co_code[2 * ours[k].start]);
    assert.strictEqual(theirs[k].depth, ours[k].depth);
  }
  for (let u = 0; u < co.co_code.length / 2; u++) {
    assert.strictEqual(layout.code[cpythonOffset(co, u)], co.co_code[2 * u]);
  }
});
