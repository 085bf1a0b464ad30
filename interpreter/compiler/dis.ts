// A disassembler that prints like CPython 3.14's `dis.dis`: line numbers, jump labels, opcode names,
// opargs with their resolved meaning, the exception table, then nested code objects. Everything it
// knows about opcodes comes from opcodes.ts.
import { reprConstant } from "../parser/pyrepr.ts";
import { type CodeConstant, CodeObject } from "./code.ts";
import {
  BINARY_OPS,
  COMMON_CONSTANTS,
  COMPARE_OPS,
  FUNCTION_ATTRIBUTE,
  INTRINSIC_1,
  INTRINSIC_2,
  OP,
  opInfo,
  SPECIAL_METHODS,
} from "./opcodes.ts";

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

let nextAddress = 0x1000;
const addresses = new WeakMap<CodeObject, number>();

/** A stable fake address per code object, for `<code object f at 0x...>`. */
function addressOf(code: CodeObject): string {
  let a = addresses.get(code);
  if (a === undefined) {
    a = nextAddress;
    nextAddress += 0x100;
    addresses.set(code, a);
  }
  return "0x" + a.toString(16);
}

export function reprCodeConstant(v: CodeConstant): string {
  if (v instanceof CodeObject) {
    return `<code object ${v.co_name} at ${addressOf(v)}, file "${v.co_filename}", line ${v.co_firstlineno}>`;
  }
  return reprConstant(v);
}

interface Row {
  offset: number;
  line: number | null;
  startsLine: boolean;
  opname: string;
  arg: number | null;
  argrepr: string;
}

export interface DisOptions {
  recursive?: boolean;
}

export function disassemble(code: CodeObject, opts: DisOptions = {}): string {
  const out: string[] = [];
  disassembleOne(code, out);
  if (opts.recursive ?? true) {
    for (const c of code.co_consts) {
      if (c instanceof CodeObject) {
        out.push("");
        out.push(`Disassembly of ${reprCodeConstant(c)}:`);
        out.push(disassemble(c, opts).replace(/\n$/, ""));
      }
    }
  }
  return out.join("\n") + "\n";
}

function disassembleOne(code: CodeObject, out: string[]): void {
  const positions = code.positions();
  const instrs = [...code.instructions()];
  const excTable = code.exceptionTable();
  // labels: jump targets and exception-table boundaries, numbered by offset
  const labelOffsets = new Set<number>();
  const jumpTarget = new Map<number, number>();
  for (const ins of instrs) {
    const info = opInfo(ins.opcode);
    const after = ins.offset + 2;
    if (info.arg === "jump") jumpTarget.set(ins.offset, after + ins.oparg * 2);
    else if (info.arg === "jump_back") jumpTarget.set(ins.offset, after - ins.oparg * 2);
    const t = jumpTarget.get(ins.offset);
    if (t !== undefined) labelOffsets.add(t);
  }
  for (const e of excTable) {
    labelOffsets.add(e.start * 2);
    labelOffsets.add(e.end * 2);
    labelOffsets.add(e.target * 2);
  }
  const sorted = [...labelOffsets].sort((a, b) => a - b);
  const labelOf = new Map<number, number>(sorted.map((o, i) => [o, i + 1]));
  const lp = code.co_localsplusnames;

  const rows: Row[] = [];
  let prevLine: number | null | undefined = undefined;
  for (const ins of instrs) {
    const info = opInfo(ins.opcode);
    const pos = positions[ins.offset / 2];
    const line = pos && pos.lineno >= 0 ? pos.lineno : null;
    const startsLine = line !== prevLine;
    prevLine = line;
    const hasArg = ins.opcode >= 44 || info.arg !== "none";
    const a = ins.oparg;
    let argrepr = "";
    switch (info.arg) {
      case "const":
        argrepr = reprCodeConstant(code.co_consts[a]);
        break;
      case "name":
        if (ins.opcode === OP.LOAD_GLOBAL) argrepr = code.co_names[a >> 1] + (a & 1 ? " + NULL" : "");
        else if (ins.opcode === OP.LOAD_ATTR) argrepr = code.co_names[a >> 1] + (a & 1 ? " + NULL|self" : "");
        else if (ins.opcode === OP.LOAD_SUPER_ATTR) {
          argrepr = code.co_names[a >> 2] + (a & 1 ? " + NULL|self" : "");
        } else argrepr = code.co_names[a];
        break;
      case "local":
        if (
          ins.opcode === OP.LOAD_FAST_LOAD_FAST || ins.opcode === OP.STORE_FAST_STORE_FAST ||
          ins.opcode === OP.STORE_FAST_LOAD_FAST || ins.opcode === OP.LOAD_FAST_BORROW_LOAD_FAST_BORROW
        ) {
          argrepr = `${lp[a >> 4]}, ${lp[a & 15]}`;
        } else argrepr = lp[a] ?? String(a);
        break;
      case "free":
        argrepr = lp[a] ?? String(a);
        break;
      case "jump":
      case "jump_back": {
        const t = jumpTarget.get(ins.offset)!;
        argrepr = `to L${labelOf.get(t)}`;
        break;
      }
      case "compare":
        argrepr = a & 16 ? `bool(${COMPARE_OPS[a >> 5]})` : COMPARE_OPS[a >> 5];
        break;
      case "binop":
        argrepr = BINARY_OPS[a]?.[1] ?? String(a);
        break;
      case "intrinsic1":
        argrepr = INTRINSIC_1[a] ?? String(a);
        break;
      case "intrinsic2":
        argrepr = INTRINSIC_2[a] ?? String(a);
        break;
      case "flags":
        argrepr = Object.entries(FUNCTION_ATTRIBUTE).filter(([, bit]) => a & bit).map(([n]) => n).join(", ");
        break;
      default:
        if (ins.opcode === OP.LOAD_COMMON_CONSTANT) argrepr = COMMON_CONSTANTS[a] ?? String(a);
        else if (ins.opcode === OP.LOAD_SPECIAL) argrepr = SPECIAL_METHODS[a] ?? String(a);
        else if (ins.opcode === OP.CONTAINS_OP) argrepr = a ? "not in" : "in";
        else if (ins.opcode === OP.IS_OP) argrepr = a ? "is not" : "is";
        else if (ins.opcode === OP.CONVERT_VALUE) argrepr = ["", "str", "repr", "ascii"][a] ?? "";
    }
    rows.push({
      offset: ins.offset,
      line,
      startsLine,
      opname: info.name,
      arg: hasArg ? a : null,
      argrepr,
    });
  }

  const maxLine = Math.max(0, ...rows.map((r) => r.line ?? 0));
  let linenoWidth = Math.max(3, String(maxLine).length);
  if (rows.some((r) => r.line === null && r.startsLine)) linenoWidth = Math.max(linenoWidth, 4);
  const labelWidth = 4 + String(sorted.length).length;
  let first = true;
  for (const r of rows) {
    if (r.startsLine && !first) out.push("");
    first = false;
    const fields: string[] = [];
    if (r.startsLine) {
      fields.push(r.line === null ? "--".padStart(linenoWidth) : String(r.line).padStart(linenoWidth));
    } else fields.push(" ".repeat(linenoWidth));
    const label = labelOf.get(r.offset);
    fields.push(label !== undefined ? `L${label}:`.padStart(labelWidth) : " ".repeat(labelWidth));
    fields.push("  ");
    fields.push(r.opname.padEnd(OPNAME_WIDTH));
    if (r.arg !== null) {
      const excess = Math.max(0, r.opname.length - OPNAME_WIDTH);
      fields.push(String(r.arg).padStart(OPARG_WIDTH - excess));
      if (r.argrepr) fields.push(`(${r.argrepr})`);
    }
    out.push(fields.join(" ").replace(/\s+$/, ""));
  }
  if (excTable.length > 0) {
    out.push("ExceptionTable:");
    for (const e of excTable) {
      const end = labelOf.get(e.end * 2);
      out.push(
        `  L${labelOf.get(e.start * 2)} to L${end} -> L${labelOf.get(e.target * 2)} [${e.depth}]${
          e.lasti ? " lasti" : ""
        }`,
      );
    }
  }
}
