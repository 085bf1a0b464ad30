// code: the Python-visible wrapper of a compiled CodeObject, plus the eval loop's pre-decoded form of it
// (opcode and full oparg per code unit, absolute jump targets, constants as Python values). Decoding
// happens once per code object, lazily, so the loop never folds EXTENDED_ARG or converts constants.
import type { Frame } from "../vm/frame.ts";
import type { BaselineFn } from "../vm/baseline.ts";
import {
  builtinType,
  defineGetSets,
  defineMethods,
  getAttrOrUndefined,
  type Kwargs,
  None,
  PyObject,
  type PyType,
  typeOf,
  type W,
} from "./model.ts";
import {
  CO_FAST_CELL,
  CO_FAST_FREE,
  CO_FAST_LOCAL,
  type CodeConstant,
  CodeObject,
  encodeLineTable,
  type ExceptionTableEntry,
  type SourceLocation,
} from "../compiler/code.ts";
import { OP, OPCODE_BY_CODE } from "../compiler/opcodes.ts";
import { newStr, PyStr } from "./str.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import { newBytes, PyBytes } from "./bytes.ts";
import { newList } from "./list.ts";
import { eq, iter } from "./operations.ts";
import { errorWithMessage, raiseIndexError, raiseTypeError } from "../vm/errors.ts";
import { cpythonLayout } from "../compiler/cpython_layout.ts";
import { objectId } from "./object.ts";

export const codeType: PyType = builtinType("code", undefined, { flags: 0 });

/** Converts compile-time constants to Python values (installed by the runtime once every type exists). */
export const constantHooks = {
  convert: (_c: unknown, _toCode: (co: CodeObject) => PyCode): W => None,
};

const NO_UNITS = new Uint8Array(0);
const NO_ARGS = new Int32Array(0);

export class PyCode extends PyObject {
  readonly co: CodeObject;
  /**
   * Whether the decoded form below exists. Most code objects a module defines are never run (2,836 made
   * and 635 run for `import unittest`), so decoding waits for the first frame (`newSlots`) or baseline
   * compile (`prepare`); until then the arrays are empty.
   */
  prepared = false;
  ops: Uint8Array = NO_UNITS;
  args: Int32Array = NO_ARGS;
  /** What the eval loop reads: `arg << 8 | op` per code unit (one array load and one check per instruction). */
  insns: Int32Array = NO_ARGS;
  readonly names: string[];
  readonly nlocalsplus: number;
  readonly stacksize: number;
  readonly flags: number;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly localsplusnames: string[];
  readonly kinds: Uint8Array;
  excTable: ExceptionTableEntry[] = [];
  /** Total positional+keyword parameter slots (plus *args, **kwargs). */
  readonly totalargs: number;
  /** The converted constants once `consts` has been read (the eval loop reads this field first). */
  _consts: W[] | null = null;
  /**
   * A finished frame of this code kept for the next call (vm/call.ts frameForCall): most calls return
   * before anything could hold their frame, so reusing it saves an allocation per call.
   */
  freeFrame: Frame | null = null;
  /** The baseline tier's function (vm/baseline.ts): undefined until compiled, null when it stays interpreted. */
  baseline: BaselineFn | null | undefined = undefined;
  private _positions: SourceLocation[] | null = null;
  /**
   * For a generator, coroutine or async generator whose code before RETURN_GENERATOR only makes cells and
   * copies free variables: the index of RETURN_GENERATOR, so a call builds the generator without running
   * the frame (vm/ops.ts startGenerator). -1 otherwise; -2 until computed.
   */
  genStart = -2;
  /** Per-code counter the JIT will use; also a hook for profiling. */
  hotness = 0;
  /** Inline caches of the eval loop, one slot per code unit (attribute and global lookups). */
  ic: unknown[] = [];
  /** A packed array of `undefined` the size of a frame, copied for each new frame. */
  slotTemplate: undefined[] = [];

  constructor(co: CodeObject) {
    super();
    this.cls = codeType;
    this.co = co;
    this.names = co.co_names;
    this.nlocalsplus = co.co_localsplusnames.length;
    this.stacksize = co.co_stacksize;
    this.flags = co.co_flags;
    this.argcount = co.co_argcount;
    this.posonlyargcount = co.co_posonlyargcount;
    this.kwonlyargcount = co.co_kwonlyargcount;
    this.localsplusnames = co.co_localsplusnames;
    this.kinds = co.co_localspluskinds;
    this.totalargs = co.co_argcount + co.co_kwonlyargcount + ((co.co_flags & 0x4) ? 1 : 0) +
      ((co.co_flags & 0x8) ? 1 : 0);
  }

  /** The locals and value stack of a new frame of this code (decoding the code on its first frame). */
  newSlots(): (W | undefined)[] {
    if (!this.prepared) this.prepare();
    return this.slotTemplate.slice();
  }

  /** Decode the instructions, exception table and frame layout (once). */
  prepare(): void {
    if (this.prepared) return;
    const co = this.co;
    const code = co.co_code;
    const units = code.length >> 1;
    this.ops = new Uint8Array(units);
    this.args = new Int32Array(units);
    let ext = 0;
    for (let i = 0; i < units; i++) {
      const op = code[2 * i];
      const arg = code[2 * i + 1] | ext;
      this.ops[i] = op;
      if (op === OP.EXTENDED_ARG) {
        ext = arg << 8;
        this.args[i] = 0;
        continue;
      }
      ext = 0;
      const info = OPCODE_BY_CODE[op];
      if (info !== undefined && info.arg === "jump") this.args[i] = i + 1 + arg;
      else if (info !== undefined && info.arg === "jump_back") this.args[i] = i + 1 - arg;
      else this.args[i] = arg;
    }
    this.insns = new Int32Array(units);
    for (let i = 0; i < units; i++) {
      if (this.args[i] > 0x7fffff) throw new RangeError("code object too large (an argument above 2**23)");
      this.insns[i] = (this.args[i] << 8) | this.ops[i];
    }
    this.excTable = co.exceptionTable();
    this.ic = new Array(units).fill(undefined);
    this.slotTemplate = new Array(co.co_localsplusnames.length + co.co_stacksize).fill(undefined);
    this.prepared = true;
  }

  get consts(): W[] {
    if (this._consts === null) {
      this._consts = this.co.co_consts.map((c) => constantHooks.convert(c, codeFor));
    }
    return this._consts;
  }

  positions(): SourceLocation[] {
    if (this._positions === null) this._positions = this.co.positions();
    return this._positions;
  }

  /** Line number of the instruction at code unit `i` (-1 when it has none). */
  lineAt(i: number): number {
    const pos = this.positions();
    if (i < 0) return this.co.co_firstlineno;
    if (i >= pos.length) i = pos.length - 1;
    return pos[i].lineno;
  }

  isCell(i: number): boolean {
    return (this.kinds[i] & (CO_FAST_CELL | CO_FAST_FREE)) !== 0;
  }
}

/** The one PyCode of a CodeObject (shared so decoding happens once). */
export function codeFor(co: CodeObject): PyCode {
  let c = co.wrapper as PyCode | null;
  if (c === null) {
    c = new PyCode(co);
    co.wrapper = c;
  }
  return c;
}

function namesOf(c: PyCode, mask: number): W {
  const out: W[] = [];
  for (let i = 0; i < c.localsplusnames.length; i++) {
    if ((c.kinds[i] & mask) !== 0) out.push(newStr(c.localsplusnames[i]));
  }
  return newTuple(out);
}

defineGetSets(codeType, [
  { name: "co_name", get: (c) => newStr((c as PyCode).co.co_name) },
  { name: "co_qualname", get: (c) => newStr((c as PyCode).co.co_qualname) },
  { name: "co_filename", get: (c) => newStr((c as PyCode).co.co_filename) },
  { name: "co_firstlineno", get: (c) => (c as PyCode).co.co_firstlineno },
  { name: "co_argcount", get: (c) => (c as PyCode).argcount },
  { name: "co_posonlyargcount", get: (c) => (c as PyCode).posonlyargcount },
  { name: "co_kwonlyargcount", get: (c) => (c as PyCode).kwonlyargcount },
  { name: "co_flags", get: (c) => (c as PyCode).flags },
  { name: "co_stacksize", get: (c) => (c as PyCode).stacksize },
  { name: "co_nlocals", get: (c) => (c as PyCode).co.co_nlocals },
  { name: "co_varnames", get: (c) => namesOf(c as PyCode, CO_FAST_LOCAL) },
  { name: "co_cellvars", get: (c) => newTuple((c as PyCode).co.co_cellvars.map((n) => newStr(n))) },
  { name: "co_freevars", get: (c) => namesOf(c as PyCode, CO_FAST_FREE) },
  { name: "co_names", get: (c) => newTuple((c as PyCode).names.map((n) => newStr(n))) },
  { name: "co_consts", get: (c) => newTuple((c as PyCode).consts.slice()) },
  // What Python sees of the bytecode is CPython's layout, with inline CACHE units (cpython_layout.ts).
  { name: "co_code", get: (c) => newBytes(cpythonLayout((c as PyCode).co).code.slice()) },
  { name: "_co_code_adaptive", get: (c) => newBytes(cpythonLayout((c as PyCode).co).code.slice()) },
  {
    name: "co_linetable",
    get: (c) => {
      const co = (c as PyCode).co;
      return newBytes(encodeLineTable(cpythonLayout(co).positions, co.co_firstlineno));
    },
  },
  { name: "co_exceptiontable", get: (c) => newBytes(cpythonLayout((c as PyCode).co).exceptionTable.slice()) },
]);

const optionalInt = (n: number): W => (n < 0 ? None : n);

defineMethods(codeType, [
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const co = (a[0] as PyCode).co;
      const at = objectId(a[0]).toString(16);
      return newStr(
        `<code object ${co.co_name} at 0x${at}, file "${co.co_filename}", line ${co.co_firstlineno}>`,
      );
    },
  },
  {
    name: "co_positions",
    arity: [0, 0],
    impl: (a) => {
      const pos = cpythonLayout((a[0] as PyCode).co).positions;
      return iter(
        newList(pos.map((p) =>
          newTuple([
            optionalInt(p.lineno),
            optionalInt(p.end_lineno),
            optionalInt(p.col_offset),
            optionalInt(p.end_col_offset),
          ])
        )),
      );
    },
  },
  {
    name: "co_lines",
    arity: [0, 0],
    impl: (a) => {
      const pos = cpythonLayout((a[0] as PyCode).co).positions;
      const out: [number, number, number | null][] = [];
      for (let i = 0; i < pos.length; i++) {
        const line = pos[i].lineno < 0 ? null : pos[i].lineno;
        const last = out[out.length - 1];
        if (last && last[2] === line && last[1] === i * 2) last[1] = i * 2 + 2;
        else out.push([i * 2, i * 2 + 2, line]);
      }
      return iter(newList(out.map(([s, e, l]) => newTuple([s, e, l === null ? None : l]))));
    },
  },
  {
    name: "_varname_from_oparg",
    arity: [1, 1],
    impl: (a) => {
      const c = a[0] as PyCode;
      const i = a[1] as number;
      if (typeof i !== "number" || i < 0 || i >= c.localsplusnames.length) {
        raiseIndexError("tuple index out of range");
      }
      return newStr(c.localsplusnames[i]);
    },
  },
]);

// code.replace(**changes) / copy.replace: a new code object with some fields changed. The scalar and
// name fields can change freely; the bytecode and tables are pypyts's own, so replacing those with
// CPython-layout values is refused unless they are the current values.
const REPLACEABLE_SCALARS = [
  "co_argcount",
  "co_posonlyargcount",
  "co_kwonlyargcount",
  "co_stacksize",
  "co_flags",
  "co_firstlineno",
] as const;
const REPLACEABLE_NAMES = ["co_name", "co_qualname", "co_filename"] as const;

function replaceConsts(c: PyCode, items: W[]): CodeConstant[] {
  const consts = c.co.co_consts.slice();
  const current = c.consts;
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (v instanceof PyCode) consts[i] = v.co;
    else if (v !== current[i] && (typeOf(v) !== typeOf(current[i]) || !eq(current[i], v))) {
      throw errorWithMessage("NotImplementedError", "code.replace(co_consts=...) is not supported by pypyts");
    }
  }
  return consts;
}

function replaceCode(c: PyCode, kw: Kwargs | null): PyCode {
  const co = c.co;
  const next = new CodeObject(
    co.co_argcount,
    co.co_posonlyargcount,
    co.co_kwonlyargcount,
    co.co_stacksize,
    co.co_flags,
    co.co_code,
    co.co_consts,
    co.co_names,
    co.co_localsplusnames,
    co.co_localspluskinds,
    co.co_filename,
    co.co_name,
    co.co_qualname,
    co.co_firstlineno,
    co.co_linetable,
    co.co_exceptiontable,
  );
  if (kw === null) return codeFor(next);
  for (let i = 0; i < kw.names.length; i++) {
    const name = kw.names[i], v = kw.values[i];
    if ((REPLACEABLE_SCALARS as readonly string[]).includes(name)) {
      if (typeof v !== "number") {
        raiseTypeError(`replace() argument '${name}' must be int, not ${typeOf(v).name}`);
      }
      (next as unknown as Record<string, number>)[name] = v;
    } else if ((REPLACEABLE_NAMES as readonly string[]).includes(name)) {
      if (!(v instanceof PyStr)) {
        raiseTypeError(`replace() argument '${name}' must be str, not ${typeOf(v).name}`);
      }
      (next as unknown as Record<string, string>)[name] = v.value;
    } else if (name === "co_linetable") {
      // the location table has CPython's format, so any bytes do (positions decode what they can)
      if (!(v instanceof PyBytes)) {
        raiseTypeError(`replace() argument 'co_linetable' must be bytes, not ${typeOf(v).name}`);
      }
      next.co_linetable = v.value.slice();
    } else if (name === "co_consts" && v instanceof PyTuple && v.items.length === co.co_consts.length) {
      // the same constants, with code objects swapped for others (a recursive replace() of nested code)
      next.co_consts = replaceConsts(c, v.items);
    } else {
      const current = getAttrOrUndefined(c, name);
      if (current === undefined) raiseTypeError(`replace() got an unexpected keyword argument '${name}'`);
      if (!eq(current, v)) {
        throw errorWithMessage("NotImplementedError", `code.replace(${name}=...) is not supported by pypyts`);
      }
    }
  }
  return codeFor(next);
}

defineMethods(codeType, [
  {
    name: "replace",
    arity: [0, 0],
    kw: ["**"],
    impl: (a, kw) => replaceCode(a[0] as PyCode, kw),
  },
  {
    name: "__replace__",
    arity: [0, 0],
    kw: ["**"],
    impl: (a, kw) => replaceCode(a[0] as PyCode, kw),
  },
]);
