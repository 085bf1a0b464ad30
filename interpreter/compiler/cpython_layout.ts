// The bytecode of a code object as CPython 3.14 lays it out, for Python code that reads it (co_code,
// co_positions(), co_lines(), co_exceptiontable, f_lasti, tb_lasti; the dis module): CPython follows some
// instructions with inline CACHE units (opcode.py's _cache_format) that pypyts's bytecode does not have.
// The view inserts them, with jump opargs, exception-table offsets and locations moved to match, so dis
// shows CPython's offsets. The eval loop keeps running the cache-free bytecode.
import { type CodeObject, encodeExceptionTable, type SourceLocation } from "./code.ts";
import { OP, OPCODE_BY_CODE } from "./opcodes.ts";

/** CACHE units after each instruction in CPython 3.14 (sum of opcode._cache_format's sizes). */
export const INLINE_CACHE_ENTRIES: Readonly<Record<string, number>> = {
  LOAD_GLOBAL: 4,
  BINARY_OP: 5,
  UNPACK_SEQUENCE: 1,
  COMPARE_OP: 1,
  CONTAINS_OP: 1,
  FOR_ITER: 1,
  LOAD_SUPER_ATTR: 1,
  LOAD_ATTR: 9,
  STORE_ATTR: 4,
  CALL: 3,
  CALL_KW: 3,
  STORE_SUBSCR: 1,
  SEND: 1,
  JUMP_BACKWARD: 1,
  TO_BOOL: 3,
  POP_JUMP_IF_TRUE: 1,
  POP_JUMP_IF_FALSE: 1,
  POP_JUMP_IF_NONE: 1,
  POP_JUMP_IF_NOT_NONE: 1,
};

const CACHES_BY_CODE: Uint8Array = (() => {
  const t = new Uint8Array(256);
  for (const [name, n] of Object.entries(INLINE_CACHE_ENTRIES)) t[OP[name]] = n;
  return t;
})();

export interface CpythonLayout {
  code: Uint8Array;
  /** one location per code unit of `code` (caches repeat their instruction's) */
  positions: SourceLocation[];
  exceptionTable: Uint8Array;
  /** code unit of ours → code unit in `code`; index `units` maps the end */
  unitMap: Int32Array;
}

const layouts = new WeakMap<CodeObject, CpythonLayout>();

export function cpythonLayout(co: CodeObject): CpythonLayout {
  let l = layouts.get(co);
  if (l === undefined) {
    l = buildLayout(co);
    layouts.set(co, l);
  }
  return l;
}

/** A byte offset of ours (2 * code unit) in CPython's layout, as f_lasti/tb_lasti report it. */
export function cpythonOffset(co: CodeObject, unit: number): number {
  if (unit < 0) return unit * 2;
  const map = cpythonLayout(co).unitMap;
  return 2 * (unit < map.length ? map[unit] : map[map.length - 1]);
}

function buildLayout(co: CodeObject): CpythonLayout {
  const src = co.co_code;
  const units = src.length >> 1;
  const unitMap = new Int32Array(units + 1);
  let total = 0;
  for (let i = 0; i < units; i++) {
    unitMap[i] = total;
    const op = src[2 * i];
    total += 1 + (op === OP.EXTENDED_ARG ? 0 : CACHES_BY_CODE[op]);
  }
  unitMap[units] = total;
  const code = new Uint8Array(total * 2);
  const ourPositions = co.positions();
  const positions: SourceLocation[] = new Array(total);
  let prefixStart = -1;
  let arg = 0;
  for (let i = 0; i < units; i++) {
    const op = src[2 * i];
    const at = unitMap[i];
    code[2 * at] = op;
    code[2 * at + 1] = src[2 * i + 1];
    positions[at] = ourPositions[i];
    if (op === OP.EXTENDED_ARG) {
      if (prefixStart < 0) prefixStart = i;
      arg = (arg | src[2 * i + 1]) << 8;
      continue;
    }
    arg |= src[2 * i + 1];
    const caches = CACHES_BY_CODE[op];
    for (let c = 1; c <= caches; c++) positions[at + c] = ourPositions[i];
    const info = OPCODE_BY_CODE[op];
    if (info !== undefined && (info.arg === "jump" || info.arg === "jump_back")) {
      const forward = info.arg === "jump";
      const target = forward ? i + 1 + arg : i + 1 - arg;
      const next = at + 1 + caches;
      const mapped = unitMap[Math.max(0, Math.min(units, target))];
      writeArg(code, prefixStart < 0 ? i : prefixStart, i, unitMap, forward ? mapped - next : next - mapped);
    }
    prefixStart = -1;
    arg = 0;
  }
  const entries = co.exceptionTable().map((e) => ({
    start: unitMap[e.start],
    end: unitMap[Math.min(e.end, units)],
    target: unitMap[e.target],
    depth: e.depth,
    lasti: e.lasti,
  }));
  return { code, positions, exceptionTable: encodeExceptionTable(entries), unitMap };
}

/** Spread `value` over the instruction's EXTENDED_ARG prefixes (from..to are our units). */
function writeArg(code: Uint8Array, from: number, to: number, unitMap: Int32Array, value: number): void {
  for (let u = to; u >= from; u--) {
    code[2 * unitMap[u] + 1] = value & 0xff;
    value >>>= 8;
  }
}
