// Code objects: CPython 3.14's fields, with its location-table (co_linetable) and exception-table
// (co_exceptiontable) encodings, so tracebacks, co_positions(), co_lines() and dis work as in CPython.
import type { ConstantValue } from "../parser/ast.ts";
import { OP } from "./opcodes.ts";

export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040; // unused since 3.11, kept for completeness
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;
export const CO_HAS_DOCSTRING = 0x4000000;
export const CO_METHOD = 0x8000000;
export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

/** compile()'s flags (CPython's Include/cpython/compile.h). */
export const PyCF_ONLY_AST = 0x0400;
export const PyCF_SOURCE_IS_UTF8 = 0x0100;
export const PyCF_DONT_IMPLY_DEDENT = 0x0200;
export const PyCF_IGNORE_COOKIE = 0x0800;
export const PyCF_TYPE_COMMENTS = 0x1000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
export const PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
export const PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST;
/** The future features a compilation can carry (and pass on to code it compiles: PyEval_MergeCompilerFlags);
 * code objects keep them in co_flags. */
export const PyCF_MASK = CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT |
  CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS | CO_FUTURE_BARRY_AS_BDFL | CO_FUTURE_GENERATOR_STOP |
  CO_FUTURE_ANNOTATIONS;
export const PyCF_MASK_OBSOLETE = CO_NESTED;
export const PyCF_COMPILE_MASK = PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS |
  PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_OPTIMIZED_AST;

// co_localspluskinds bits
export const CO_FAST_HIDDEN = 0x10;
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

export interface SourceLocation {
  lineno: number;
  end_lineno: number;
  col_offset: number;
  end_col_offset: number;
}

export const NO_LOCATION: SourceLocation = { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };

export interface ExceptionTableEntry {
  /** in code units */
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

export type CodeConstant = ConstantValue | CodeObject;

export class CodeObject {
  /** The runtime's code object for this one (objects/codeobject.ts codeFor), made on first use. */
  wrapper: unknown = null;

  constructor(
    public co_argcount: number,
    public co_posonlyargcount: number,
    public co_kwonlyargcount: number,
    public co_stacksize: number,
    public co_flags: number,
    public co_code: Uint8Array,
    public co_consts: CodeConstant[],
    public co_names: string[],
    public co_localsplusnames: string[],
    public co_localspluskinds: Uint8Array,
    public co_filename: string,
    public co_name: string,
    public co_qualname: string,
    public co_firstlineno: number,
    public co_linetable: Uint8Array,
    public co_exceptiontable: Uint8Array,
  ) {}

  private namesOfKind(mask: number, exclude = 0): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.co_localsplusnames.length; i++) {
      const k = this.co_localspluskinds[i];
      if ((k & mask) !== 0 && (k & exclude) === 0) out.push(this.co_localsplusnames[i]);
    }
    return out;
  }

  get co_varnames(): string[] {
    return this.namesOfKind(CO_FAST_LOCAL);
  }
  get co_cellvars(): string[] {
    return this.namesOfKind(CO_FAST_CELL, CO_FAST_LOCAL).concat(
      this.namesOfKind(CO_FAST_CELL).filter((n) => this.namesOfKind(CO_FAST_LOCAL).includes(n)),
    ).filter((v, i, a) => a.indexOf(v) === i);
  }
  get co_freevars(): string[] {
    return this.namesOfKind(CO_FAST_FREE);
  }
  get co_nlocals(): number {
    return this.co_varnames.length;
  }
  get co_nlocalsplus(): number {
    return this.co_localsplusnames.length;
  }

  /** Decoded instructions, EXTENDED_ARG folded into the following instruction. */
  *instructions(): Generator<{ offset: number; start: number; opcode: number; oparg: number }> {
    const code = this.co_code;
    let ext = 0;
    let start = 0;
    for (let i = 0; i < code.length; i += 2) {
      const op = code[i];
      const arg = code[i + 1] | ext;
      if (op === OP.EXTENDED_ARG) {
        ext = arg << 8;
        continue;
      }
      yield { offset: i, start, opcode: op, oparg: arg };
      ext = 0;
      start = i + 2;
    }
  }

  /** One location per code unit (CPython's co_positions, but with line -1 for "none"). */
  positions(): SourceLocation[] {
    return decodeLineTable(this.co_linetable, this.co_firstlineno, this.co_code.length / 2);
  }

  /** (start, end, line) byte ranges, as co_lines(). */
  co_lines(): [number, number, number | null][] {
    const pos = this.positions();
    const out: [number, number, number | null][] = [];
    for (let i = 0; i < pos.length; i++) {
      const line = pos[i].lineno < 0 ? null : pos[i].lineno;
      const last = out[out.length - 1];
      if (last && last[2] === line && last[1] === i * 2) last[1] = i * 2 + 2;
      else out.push([i * 2, i * 2 + 2, line]);
    }
    return out;
  }

  exceptionTable(): ExceptionTableEntry[] {
    return decodeExceptionTable(this.co_exceptiontable);
  }
}

// ---- location table (InternalDocs/code_objects.md) ------------------------------------------------

function writeVarint(out: number[], v: number): void {
  while (v >= 64) {
    out.push(0x40 | (v & 63));
    v >>>= 6;
  }
  out.push(v);
}

function writeSvarint(out: number[], v: number): void {
  writeVarint(out, v < 0 ? ((-v) << 1) | 1 : v << 1);
}

/** Encode one location per code unit. */
export function encodeLineTable(locs: SourceLocation[], firstlineno: number): Uint8Array {
  const out: number[] = [];
  let prevLine = firstlineno;
  let i = 0;
  while (i < locs.length) {
    const loc = locs[i];
    let len = 1;
    while (len < 8 && i + len < locs.length && sameLoc(locs[i + len], loc)) len++;
    if (loc.lineno < 0) {
      out.push(0x80 | (15 << 3) | (len - 1));
    } else {
      const delta = loc.lineno - prevLine;
      const endLine = loc.end_lineno < 0 ? loc.lineno : loc.end_lineno;
      if (loc.col_offset < 0 || loc.end_col_offset < 0) {
        out.push(0x80 | (13 << 3) | (len - 1));
        writeSvarint(out, delta);
      } else if (
        endLine === loc.lineno && delta >= 0 && delta < 3 && loc.col_offset < 128 && loc.end_col_offset < 128
      ) {
        out.push(0x80 | ((10 + delta) << 3) | (len - 1));
        out.push(loc.col_offset, loc.end_col_offset);
      } else {
        out.push(0x80 | (14 << 3) | (len - 1));
        writeSvarint(out, delta);
        writeVarint(out, endLine - loc.lineno);
        writeVarint(out, loc.col_offset + 1);
        writeVarint(out, loc.end_col_offset + 1);
      }
      prevLine = loc.lineno;
    }
    i += len;
  }
  return new Uint8Array(out);
}

function sameLoc(a: SourceLocation, b: SourceLocation): boolean {
  return a.lineno === b.lineno && a.end_lineno === b.end_lineno && a.col_offset === b.col_offset &&
    a.end_col_offset === b.end_col_offset;
}

export function decodeLineTable(table: Uint8Array, firstlineno: number, units: number): SourceLocation[] {
  const out: SourceLocation[] = [];
  let line = firstlineno;
  let p = 0;
  const varint = (): number => {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = table[p++];
      v |= (b & 63) << shift;
      shift += 6;
      if ((b & 64) === 0) return v;
    }
  };
  const svarint = (): number => {
    const v = varint();
    return v & 1 ? -(v >>> 1) : v >>> 1;
  };
  while (p < table.length) {
    const first = table[p++];
    const code = (first >> 3) & 15;
    const len = (first & 7) + 1;
    let loc: SourceLocation;
    if (code === 15) loc = NO_LOCATION;
    else if (code === 14) {
      line += svarint();
      const endLine = line + varint();
      const col = varint() - 1;
      const endCol = varint() - 1;
      loc = { lineno: line, end_lineno: endLine, col_offset: col, end_col_offset: endCol };
    } else if (code === 13) {
      line += svarint();
      loc = { lineno: line, end_lineno: line, col_offset: -1, end_col_offset: -1 };
    } else if (code >= 10) {
      line += code - 10;
      const col = table[p++];
      const endCol = table[p++];
      loc = { lineno: line, end_lineno: line, col_offset: col, end_col_offset: endCol };
    } else {
      const second = table[p++];
      const col = code * 8 + ((second >> 4) & 7);
      loc = { lineno: line, end_lineno: line, col_offset: col, end_col_offset: col + (second & 15) };
    }
    for (let k = 0; k < len; k++) out.push(loc);
  }
  while (out.length < units) out.push(NO_LOCATION);
  return out;
}

// ---- exception table (InternalDocs/exception_handling.md) -----------------------------------------

function writeExcVarint(out: number[], v: number, startMark: boolean): void {
  // big-endian 6-bit groups, 0x40 = more follows, 0x80 marks the first byte of an entry
  const groups: number[] = [];
  do {
    groups.unshift(v & 63);
    v >>>= 6;
  } while (v > 0);
  for (let i = 0; i < groups.length; i++) {
    let b = groups[i];
    if (i < groups.length - 1) b |= 0x40;
    if (i === 0 && startMark) b |= 0x80;
    out.push(b);
  }
}

export function encodeExceptionTable(entries: ExceptionTableEntry[]): Uint8Array {
  const out: number[] = [];
  for (const e of entries) {
    writeExcVarint(out, e.start, true);
    writeExcVarint(out, e.end - e.start, false);
    writeExcVarint(out, e.target, false);
    writeExcVarint(out, (e.depth << 1) | (e.lasti ? 1 : 0), false);
  }
  return new Uint8Array(out);
}

export function decodeExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const out: ExceptionTableEntry[] = [];
  let p = 0;
  const read = (): number => {
    if (p >= table.length) throw new Error("exception table is truncated");
    let b = table[p++];
    let v = b & 63;
    while (b & 64) {
      if (p >= table.length) throw new Error("exception table is truncated");
      b = table[p++];
      v = (v << 6) | (b & 63);
    }
    return v;
  };
  while (p < table.length) {
    const start = read();
    const size = read();
    const target = read();
    const dl = read();
    out.push({ start, end: start + size, target, depth: dl >> 1, lasti: (dl & 1) === 1 });
  }
  return out;
}
