// The baseline tier: a hot code object becomes one JS function (`new Function`) that V8 compiles like any
// other. Each instruction is a few lines of straight-line JS with its operand and stack slots as constants,
// so V8 keeps type feedback per Python instruction (a float `+` and a str `+` no longer share one site) and
// nothing is decoded or dispatched between instructions. It runs on the same flat frames as the eval loop
// (locals and the value stack stay in `frame.slots`), so tracebacks, f_locals, the exception table and the
// blackhole of the tracing JIT see no difference.
//
// The function is a `switch (pc)` whose cases are the places the loop may enter it: the start, jump and
// exception-handler targets, and the instruction after each call. Between those the instructions fall
// through. It never calls Python code as a JS call: a call of a Python function returns ACT_CALL to the
// eval loop (vm/eval.ts), which pushes the callee frame as it does for interpreted code, and a return
// hands the value back with ACT_RETURN. An instruction without a template here ends the function with
// ACT_INTERP: the eval loop interprets from that instruction and comes back at the next backward jump or
// frame switch. Exceptions are thrown as in the interpreter; the loop unwinds with the exception table.
import {
  builtinFunctionType,
  False,
  floatType,
  listType,
  methodDescriptorType,
  methodType,
  None,
  PyBuiltinFunction,
  PyInstance,
  PyMethod,
  PyMethodDescriptor,
  PyNativeIterator,
  type PyObject,
  PyType,
  STOP_ITEM,
  True,
  tupleType,
  typeCallHook,
  typeOf,
  typeType,
  type W,
} from "../objects/model.ts";
import { type Frame, recycleFrame } from "./frame.ts";
import { state } from "./state.ts";
import { PyError } from "./errors.ts";
import { recordRaise } from "./exc.ts";
import { functionType, PyFunction } from "../objects/function.ts";
import { PyCell } from "../objects/cell.ts";
import type { PyCode } from "../objects/codeobject.ts";
import { PyFloat } from "../objects/float.ts";
import { newStr, PyStr, strConcat } from "../objects/str.ts";
import { newTuple, type PyTuple, PyTupleIterator } from "../objects/tuple.ts";
import { PySlice } from "../objects/slice.ts";
import { listIteratorType, listSetItem, newList, type PyList, PyListIterator } from "../objects/list.ts";
import { newDict, type PyDict } from "../objects/dict.ts";
import { newSet } from "../objects/set.ts";
import { delItem, getItem, isTrue, iter, next, setItem } from "../objects/operations.ts";
import { intAdd, intMul, intSub } from "../objects/int.ts";
import * as ops from "./ops.ts";
import { executeHook, frameForCall, newCallFrame } from "./call.ts";
import { PyGenerator } from "../objects/generator.ts";
import { rangeIteratorType } from "../objects/range.ts";
import { OPCODE_BY_CODE, stackEffect } from "../compiler/opcodes.ts";
import {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_GENERATOR,
  CO_ITERABLE_COROUTINE,
  CO_VARARGS,
  CO_VARKEYWORDS,
} from "../compiler/code.ts";

/** What a baseline function asks of the eval loop when it stops. */
export const ACT_CALL = 1, ACT_RETURN = 2, ACT_INTERP = 3, ACT_NOENTRY = 4, ACT_YIELD = 5;
/**
 * A callee this function called directly (callPushed) stopped other than by returning: `out.nested` is the
 * deepest frame of the chain (each frame's `back` is its caller, each caller's pc/sp saved), and either
 * `out.error` is what it raised or `out.act` what it asked of the loop.
 */
export const ACT_NESTED = 6;

/** Runs `frame` from instruction `pc`; see the ACT_* codes. */
export type BaselineFn = (frame: Frame, slots: (W | undefined)[], pc: number) => number;

/** Where a baseline function leaves the callee frame (ACT_CALL) or the returned value (ACT_RETURN). */
export const out = {
  frame: null as Frame | null,
  value: undefined as W | undefined,
  nested: null as Frame | null,
  act: 0,
  error: undefined as unknown,
};

/** Calls and backward jumps before a code object is compiled (PYPYTS_BASELINE=N; 0 compiles at once). */
export const baselineConfig = { threshold: 1000, enabled: true, log: false };
{
  baselineConfig.log = (Deno.env.get("PYPYTS_LOG") ?? "").split(",").includes("baseline");
  const env = Deno.env.get("PYPYTS_BASELINE");
  if (env === "off") baselineConfig.enabled = false;
  else if (env !== undefined && /^\d+$/.test(env)) baselineConfig.threshold = Number(env);
}

/** Code objects longer than this (in code units) stay interpreted. */
const MAX_UNITS = 20000;

/** The function for `code`, compiling it when it has become hot; null when it stays interpreted. */
export function baselineFor(code: PyCode): BaselineFn | null {
  if (state.noBaseline) return null; // green threads exist (vm/threads.ts): compiled frames cannot switch
  const f = code.baseline;
  if (f !== undefined) return f;
  if (++code.hotness < baselineConfig.threshold) return null;
  return compileBaseline(code);
}

export function compileBaseline(code: PyCode): BaselineFn | null {
  code.prepare();
  let fn: BaselineFn | null = null;
  // generators are compiled (a generator frame runs as the entry of its own eval loop, and a yield ends
  // the function); coroutines and async generators stay interpreted for now, and so do code objects too
  // big for V8 to optimise as one function
  if (
    baselineConfig.enabled &&
    (code.flags & (CO_COROUTINE | CO_ASYNC_GENERATOR | CO_ITERABLE_COROUTINE)) === 0 &&
    code.ops.length <= MAX_UNITS
  ) {
    try {
      fn = build(code);
    } catch (e) {
      if (baselineConfig.log) console.error(`baseline: ${code.co.co_qualname} not compiled: ${e}`);
      fn = null; // a shape the compiler does not know (inconsistent depths): the code stays interpreted
    }
  }
  code.baseline = fn;
  return fn;
}

// ---------------------------------------------------------------- runtime helpers the generated code calls

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** A sentinel from `callAt`: the callee frame is in out.frame. */
export const PUSHED = { pushed: true } as unknown as W;

function unbound(code: PyCode, i: number): never {
  throw ops.errorOf(
    "UnboundLocalError",
    `cannot access local variable '${code.localsplusnames[i]}' where it is not associated with a value`,
  );
}

/** CALL at `base` (callable, self-or-NULL, args…): the eval loop's CALL without switching frames. */
export function callAt(
  _frame: Frame,
  code: PyCode,
  pc: number,
  slots: (W | undefined)[],
  base: number,
  oparg: number,
  kwnames: PyTuple | null,
): W {
  let callable = slots[base]!;
  const selfOrNull = slots[base + 1];
  let argStart = base + 2;
  let nargs = oparg;
  if (selfOrNull !== undefined) {
    argStart = base + 1;
    nargs++;
  } else if (typeof callable === "object" && callable.cls === methodType) {
    slots[base + 1] = (callable as PyMethod).self;
    callable = (callable as PyMethod).func;
    argStart = base + 1;
    nargs++;
  }
  const ccls = typeof callable === "object" ? callable.cls : null;
  let callee: Frame | null = null;
  let initFn: PyFunction | null = null;
  if (ccls === functionType) {
    // what the site calls, for the compiled form's direct call (functionCallTemplate)
    if (kwnames === null && code.ic[pc] !== ops.POLY_CALL) {
      ops.noteFunctionCall(code, pc, callable as PyFunction, argStart === base + 1);
    }
    callee = frameForCall(callable as PyFunction, slots, argStart, nargs, kwnames);
  } else if (
    ccls === typeType && callable instanceof PyType &&
    (initFn = ops.plainInitCached(code, pc, callable)) !== null
  ) {
    const inst = ops.newInstance(callable);
    if (argStart === base + 2) {
      slots[base + 1] = inst;
      callee = frameForCall(initFn, slots, base + 1, nargs + 1, kwnames);
    } else {
      const src = slots.slice(argStart, argStart + nargs) as W[];
      src.unshift(inst);
      callee = frameForCall(initFn, src, 0, src.length, kwnames);
    }
    callee.initSelf = inst;
  }
  const end = argStart + nargs;
  if (callee !== null) {
    for (let i = base; i < end; i++) slots[i] = undefined;
    // a generator function's call only makes the generator: no frame switch
    if (callee.code.genStart !== -1 && callee.initSelf === null) {
      const g = ops.startGenerator(callee);
      if (g !== null) return g;
    }
    out.frame = callee;
    return PUSHED;
  }
  let r: W;
  if (
    kwnames === null &&
    (ccls === builtinFunctionType || ccls === methodDescriptorType ||
      callable instanceof PyMethodDescriptor || callable instanceof PyBuiltinFunction)
  ) {
    // what the site calls, for the compiled form's direct builtin call (builtinCallTemplate)
    if (code.ic[pc] !== ops.POLY_CALL) {
      ops.noteBuiltinCall(code, pc, callable as PyBuiltinFunction, slots[argStart]);
    }
    // a blocking builtin called from here may switch its green thread out (vm/threads.ts takeDirectCall)
    state.callSpec = (callable as PyBuiltinFunction).spec;
    r = ops.callBuiltinFast(callable as PyBuiltinFunction, slots, argStart, nargs);
  } else if (ccls === typeType && kwnames === null) {
    // a class whose metaclass is type (a builtin type, or one without a plain __init__): type.__call__
    r = typeCallHook.call(callable as PyType, slots.slice(argStart, end) as W[], null);
  } else {
    if (
      kwnames !== null && (callable instanceof PyBuiltinFunction || callable instanceof PyMethodDescriptor)
    ) {
      state.callSpec = callable.spec;
    }
    r = ops.callGeneric(callable, slots, argStart, nargs, kwnames);
  }
  for (let i = base + 1; i < end; i++) slots[i] = undefined;
  return r;
}

/** A sentinel from `callPushed`: the callee stopped inside (ACT_NESTED). */
export const NESTED = { nested: true } as unknown as W;
/**
 * How deep compiled functions may call each other as JS calls. The call that would go deeper runs in a
 * nested run of the eval loop, where calls push frames without JS recursion (state.direct is past the
 * limit there, so none is direct), so the recursion limit (up to 100000) never meets V8's stack.
 */
const MAX_DIRECT = 40;

/**
 * The callee frame callAt made (out.frame), run as a direct JS call of its compiled function: the value
 * it returned, without a trip through the eval loop's frame switch. PUSHED when the loop must push it
 * (not compiled, tracing, too deep); NESTED when it stopped for anything but a return.
 */
function callPushed(f: Frame): W {
  const cf = out.frame!;
  out.frame = null;
  return runDirect(f, cf);
}

/** callPushed for a frame with its arguments bound (functionCallTemplate); PUSHED leaves it in out.frame. */
function runDirect(f: Frame, cf: Frame): W {
  let fn: BaselineFn | null;
  if (state.tracing || state.depth >= state.recursionLimit || (fn = baselineFor(cf.code)) === null) {
    out.frame = cf;
    return PUSHED;
  }
  if (state.direct >= MAX_DIRECT) {
    if (state.direct > MAX_DIRECT) {
      out.frame = cf;
      return PUSHED;
    }
    return runNested(cf);
  }
  state.depth++;
  cf.back = f;
  state.frame = cf;
  state.direct++;
  let act: number;
  try {
    act = fn(cf, cf.slots, 0);
  } catch (e) {
    // raised in cf itself (a deeper callee's error comes back as NESTED)
    state.direct--;
    if (!leaveRaised(f, cf, e)) {
      out.nested = cf; // the loop unwinds from cf
      out.error = e;
    }
    return NESTED;
  }
  state.direct--;
  if (act === ACT_RETURN) {
    const v = out.value!;
    out.value = undefined;
    cf.sp = cf.code.nlocalsplus;
    cf.finished = true;
    state.depth--;
    state.frame = f;
    const initSelf = cf.initSelf;
    recycleFrame(cf);
    return initSelf === null ? v : ops.initResult(initSelf, v);
  }
  if (act !== ACT_NESTED) {
    out.nested = cf;
    out.act = act;
  } else if (out.nested === cf && out.error !== undefined) leaveRaised(f, cf, out.error);
  return NESTED;
}

/**
 * A direct callee cf raised (or a deeper callee's error reached it) and it has no handler for it: cf's step
 * of the unwinding (its traceback entry, __context__ once) and its exit are done here, and the error is left
 * with its caller f (out.nested = f), whose compiled code takes it to its own handler (nestedHandler) or
 * passes it on the same way. Before, the eval loop unwound the whole chain: a JS throw inside `execute`,
 * then the handler's instructions interpreted. false: the loop's business (tracing, an __init__ frame, not a
 * Python exception); out.nested stays cf.
 */
function leaveRaised(f: Frame, cf: Frame, e: unknown): boolean {
  if (!(e instanceof PyError) || state.tracing || cf.initSelf !== null) return false;
  recordRaise(e, cf);
  cf.finished = true;
  ops.clearStack(cf.slots, cf.code.nlocalsplus, cf.slots.length);
  state.depth--;
  state.frame = f;
  out.nested = f;
  out.error = e;
  return true;
}

/** RERAISE at `at` of `exc`, whose handler is in f: the handler's start, its stack made as the loop makes it. */
function reraiseHandler(f: Frame, at: number, exc: W): number {
  const target = ops.findHandler(f.code, at)!;
  state.callSpec = null;
  f.sp = ops.enterHandler(f, target, exc, f.slots.length);
  return target.target;
}

/** A call in f stopped with NESTED: the start of f's handler for the error leaveRaised left with f, or -1. */
function nestedHandler(f: Frame): number {
  if (out.nested !== f) return -1;
  const t = localHandler(f, out.error);
  if (t >= 0) {
    out.nested = null;
    out.error = undefined;
  }
  return t;
}

/**
 * cf in a nested run of the eval loop (as a builtin calling Python would): an exception comes out of it
 * with cf's traceback entry made, and belongs to the caller's instruction from here on.
 */
function runNested(cf: Frame): W {
  state.depth++;
  state.direct = MAX_DIRECT + 1; // no direct calls in there: frames are pushed, the JS stack stays put
  let v: W;
  try {
    v = executeHook.run(cf);
  } finally {
    state.depth--;
    state.direct = MAX_DIRECT;
  }
  const initSelf = cf.initSelf;
  recycleFrame(cf);
  return initSelf === null ? v : ops.initResult(initSelf, v);
}

/** GET_ITER: an exact list's or tuple's iterator made directly (a builtin type's __iter__ is fixed). */
function getIter(w: W): W {
  if (typeof w === "object") {
    if (w.cls === listType) return new PyListIterator(w as PyList);
    if (w.cls === tupleType) return new PyTupleIterator(w as PyTuple);
  }
  return iter(w);
}

function forIterNext(it: PyObject): W {
  if (it instanceof PyNativeIterator && (it.cls.flags & 1) === 0) return it.nextItem();
  if (it instanceof PyGenerator) return it.resumeForIter();
  return next(it);
}

/** BINARY_OP beyond the small-int fast path: the eval loop's other paths, then the full protocol. */
function binaryRest(oparg: number, a: W, b: W): W {
  if (oparg === 26) return ops.subscript(a, b);
  if (typeof a === "object") {
    const acls = a.cls;
    if (acls === floatType) {
      if (typeof b === "object" && b.cls === floatType) {
        return ops.floatBinary(oparg, (a as PyFloat).value, (b as PyFloat).value);
      }
      if (typeof b === "number" && ops.isFloatArith(oparg)) {
        return ops.floatBinary(oparg, (a as PyFloat).value, b);
      }
    } else if (
      acls === ops.strTypeRef && (oparg === 0 || oparg === 13) && typeof b === "object" &&
      b.cls === ops.strTypeRef
    ) {
      return strConcat(a as PyStr, b as PyStr);
    }
  } else if (
    typeof a === "number" && typeof b === "object" && b.cls === floatType && ops.isFloatArith(oparg)
  ) {
    return ops.floatBinary(oparg, a, (b as PyFloat).value);
  }
  return ops.binaryByCode(oparg, a, b);
}

function compareRest(oparg: number, a: W, b: W): W {
  const cmp = oparg >> 5;
  if (typeof a === "object" && a.cls === floatType && typeof b === "object" && b.cls === floatType) {
    return ops.numCompare(cmp, (a as PyFloat).value, (b as PyFloat).value) ? True : False;
  }
  if (
    (cmp === 2 || cmp === 3) && typeof a === "object" && a.cls === ops.strTypeRef && typeof b === "object" &&
    b.cls === ops.strTypeRef
  ) {
    return ((a as PyStr).value === (b as PyStr).value) === (cmp === 2) ? True : False;
  }
  let r: W = ops.compareByCode(cmp, a, b);
  if (oparg & 16 && r !== True && r !== False) r = isTrue(r) ? True : False;
  return r;
}

function storeSubscr(container: W, key: W, value: W): void {
  if (typeof container === "object") {
    if (container.cls === listType && typeof key === "number") {
      const items = (container as PyList).items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) {
        items[i] = value;
        return;
      }
    } else if (container.cls === ops.dictTypeRef) {
      (container as PyDict).setItem(key, value);
      return;
    } else if (container.cls === listType && key instanceof PySlice) {
      listSetItem(container as PyList, key, value);
      return;
    }
  }
  setItem(container, key, value);
}

function unpack(seq: W, n: number): W[] {
  if (typeof seq === "object" && (seq.cls === tupleType || seq.cls === listType)) {
    const items = (seq as PyTuple).items;
    if (items.length === n) return items;
  }
  return ops.unpackIterable(seq, n, -1);
}

function toBool(v: W): W {
  if (v === True || v === False) return v;
  if (typeof v === "number") return v !== 0 ? True : False;
  if (v === None) return False;
  return isTrue(v) ? True : False;
}

function makeFunction(frame: Frame, c: PyCode): W {
  const f = new PyFunction(c, frame.globals, frame.builtins);
  ops.initFunction(f, frame);
  return f;
}

function formatSimple(v: W): W {
  return typeof v === "object" && v.cls === ops.strTypeRef ? v : ops.format(v, "");
}

function buildString(parts: W[]): W {
  let s = "";
  for (let i = 0; i < parts.length; i++) s += (parts[i] as PyStr).value;
  return newStr(s);
}

function buildMap(kv: W[]): W {
  const d = newDict();
  for (let i = 0; i < kv.length; i += 2) d.setItem(kv[i], kv[i + 1]);
  return d;
}

function buildSet(items: W[]): W {
  const s = newSet();
  for (let i = 0; i < items.length; i++) s.add(items[i]);
  return s;
}

function loadGlobal(frame: Frame, code: PyCode, pc: number): W {
  const e = code.ic[pc] as ops.GlobalIC | undefined;
  const g = frame.globals as PyDict;
  if (e !== undefined && e.globals === g && e.gkeys === g.keysVersion && e.gindex >= 0) {
    return g.evals[e.gindex]!;
  }
  return ops.loadGlobalCached(code, pc, frame);
}

/**
 * An exception raised by this frame's own instruction (a builtin or operation it called; a Python callee's
 * error comes back as NESTED) whose handler is in this frame: what the eval loop's unwinding does for the
 * frame it was raised in (context chaining, the traceback entry, the handler's stack), so the function goes
 * on at the handler instead of throwing out to the loop and being entered again. V8 finds the baseline
 * (Sparkplug) pc of a frame it resumes or unwinds through by walking the function's offset table, so every
 * exception that crossed `execute` and this function cost microseconds. -1: the loop's business (no
 * handler here, tracing, or not a Python exception).
 */
function localHandler(f: Frame, e: unknown): number {
  if (!(e instanceof PyError) || state.tracing) return -1;
  const target = ops.findHandler(f.code, f.lasti);
  if (target === null) return -1;
  state.callSpec = null;
  recordRaise(e, f);
  f.sp = ops.enterHandler(f, target, e.value, f.slots.length);
  return target.target;
}

const RT = {
  PyInstance,
  typeOf,
  state,
  ops,
  None,
  True,
  False,
  STOP_ITEM,
  floatType,
  listType,
  tupleType,
  rangeIteratorType,
  listIteratorType,
  MAX_SAFE,
  PUSHED,
  PyCell,
  PySlice,
  PyFloat,
  unbound,
  callAt,
  forIterNext,
  getIter,
  binaryRest,
  compareRest,
  storeSubscr,
  unpack,
  toBool,
  makeFunction,
  formatSimple,
  buildString,
  buildMap,
  buildSet,
  loadGlobal,
  isTrue,
  iter,
  getItem,
  delItem,
  setItem,
  intAdd,
  intSub,
  intMul,
  newTuple,
  newList,
  newFloat: (v: number) => new PyFloat(v),
  out,
  callPushed,
  runDirect,
  newCallFrame,
  NESTED,
  localHandler,
  nestedHandler,
  reraiseHandler,
};

// ---------------------------------------------------------------- templates

// Value-stack entries live in JS locals `s0`, `s1`, … (a store into the frame's array, an old object, of a
// new value costs V8 a write-barrier call): R(i) names the local of frame slot i. They are written to the
// frame (`spill`) where the eval loop or a handler will read them: before calls and exits, and, inside a
// `try`, the entries the handler keeps. Entry points read them back (`fill`).
let NL = 0;
function R(i: number): string {
  return `s${i - NL}`;
}
function spill(top: number): string {
  let src = "";
  for (let i = NL; i < top; i++) src += `slots[${i}] = s${i - NL}; `;
  return src;
}
/** Clear the stack locals from..to-1 (popped values: V8's unoptimised tiers keep a local's value alive). */
function clearRegs(from: number, to: number): string {
  return from < to ? `${range(from, to).map((i) => `${R(i)} = `).join("")}undefined;` : "";
}
function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
function fill(top: number): string {
  let src = "";
  for (let i = NL; i < top; i++) src += `s${i - NL} = slots[${i}]; `;
  return src;
}

/**
 * What one instruction compiles to. `a` is the operand (jump targets already absolute), `s` the stack
 * slot index of the top of the stack before the instruction (`slots[s - 1]` is TOS), `pc` its index,
 * `t` a jump's target. Names in scope: f (frame), slots, code, consts, names, sp (kept equal to `s`).
 * A template that returns null has no compiled form: the function hands the instruction to the eval loop.
 */
type Template = (a: number, s: number, pc: number) => string | null;

const NB_ADD = 0, NB_SUB = 10, NB_MUL = 5, NB_IADD = 13, NB_ISUB = 23, NB_IMUL = 18;
const CMP_JS = ["<", "<=", "===", "!==", ">", ">="];

function binaryTemplate(a: number, s: number): string {
  const x = `${R(s - 2)}`, y = `${R(s - 1)}`;
  let intPath: string | null = null;
  if (a === NB_ADD || a === NB_IADD) {
    intPath = `r = x + y; if (r > MAX_SAFE || r < -MAX_SAFE) r = rt.intAdd(x, y);`;
  } else if (a === NB_SUB || a === NB_ISUB) {
    intPath = `r = x - y; if (r > MAX_SAFE || r < -MAX_SAFE) r = rt.intSub(x, y);`;
  } else if (a === NB_MUL || a === NB_IMUL) {
    intPath = `r = x * y; if (r > MAX_SAFE || r < -MAX_SAFE) r = rt.intMul(x, y); else if (r === 0) r = 0;`;
  }
  let floatOp: string | null = null;
  if (a === NB_ADD || a === NB_IADD) floatOp = "+";
  else if (a === NB_SUB || a === NB_ISUB) floatOp = "-";
  else if (a === NB_MUL || a === NB_IMUL) floatOp = "*";
  let body = `{ let x = ${x}, y = ${y}; let r; `;
  if (a === 26) {
    // subscript: exact list/tuple with an int index inline
    body +=
      `if (typeof y === "number" && typeof x === "object" && (x.cls === listType || x.cls === tupleType)) ` +
      `{ const n = x.items.length; const i = y < 0 ? y + n : y; r = i >= 0 && i < n ? x.items[i] : rt.binaryRest(26, x, y); } ` +
      `else r = rt.binaryRest(26, x, y); `;
  } else if (intPath !== null) {
    body += `if (typeof x === "number" && typeof y === "number") { ${intPath} } `;
    body +=
      `else if (typeof x === "object" && x.cls === floatType && typeof y === "object" && y.cls === floatType) ` +
      `r = new PyFloat(x.value ${floatOp} y.value); `;
    body += `else r = rt.binaryRest(${a}, x, y); `;
  } else {
    body += `if (typeof x === "number" && typeof y === "number") r = ops.binaryByCode(${a}, x, y); ` +
      `else r = rt.binaryRest(${a}, x, y); `;
  }
  body += `${y} = undefined; ${x} = r; x = y = r = undefined; }`;
  return body;
}

function compareTemplate(a: number, s: number): string {
  const cmp = a >> 5;
  const x = `${R(s - 2)}`, y = `${R(s - 1)}`;
  const js = CMP_JS[cmp] ?? ">=";
  return `{ let x = ${x}, y = ${y}; ${y} = undefined; ` +
    `${x} = typeof x === "number" && typeof y === "number" ? (x ${js} y ? True : False) : rt.compareRest(${a}, x, y); ` +
    `x = y = undefined; }`;
}

const TEMPLATES: Record<string, Template> = {
  NOP: () => "",
  RESUME: () => "if (--state.ticks < 0) ops.pollInterrupts();",
  NOT_TAKEN: () => "",
  CACHE: () => "",
  EXTENDED_ARG: () => "",
  // no block locals for values: V8's unoptimised tiers keep each one alive until its block runs again
  LOAD_FAST: (a, s) => `if ((${R(s)} = slots[${a}]) === undefined) rt.unbound(code, ${a});`,
  LOAD_FAST_AND_CLEAR: (a, s) => `${R(s)} = slots[${a}]; slots[${a}] = undefined;`,
  LOAD_FAST_LOAD_FAST: (a, s) =>
    `if ((${R(s)} = slots[${a >> 4}]) === undefined) rt.unbound(code, ${a >> 4}); ` +
    `if ((${R(s + 1)} = slots[${a & 15}]) === undefined) rt.unbound(code, ${a & 15});`,
  STORE_FAST: (a, s) => `slots[${a}] = ${R(s - 1)}; ${R(s - 1)} = undefined;`,
  STORE_FAST_LOAD_FAST: (a, s) =>
    `slots[${a >> 4}] = ${R(s - 1)}; if ((${R(s - 1)} = slots[${a & 15}]) === undefined) rt.unbound(code, ${
      a & 15
    });`,
  STORE_FAST_STORE_FAST: (a, s) =>
    `slots[${a >> 4}] = ${R(s - 1)}; slots[${a & 15}] = ${R(s - 2)}; ${R(s - 1)} = ${
      R(
        s - 2,
      )
    } = undefined;`,
  DELETE_FAST: (a) => `if (slots[${a}] === undefined) rt.unbound(code, ${a}); slots[${a}] = undefined;`,
  LOAD_CONST: (a, s) => `${R(s)} = consts[${a}];`,
  LOAD_SMALL_INT: (a, s) => `${R(s)} = ${a};`,
  // the cache hit (ops.ts GlobalIC: a position in globals, or in builtins when globals lack the name) inline
  LOAD_GLOBAL: (a, s, pc) =>
    `{ const e = code.ic[${pc}], g = f.globals; ` +
    `if (e !== undefined && e.globals === g && e.gkeys === g.keysVersion) { if (e.gindex >= 0) ${
      R(s)
    } = g.evals[e.gindex]; ` +
    `else { const b = e.builtins; ${
      R(s)
    } = b === f.builtins && e.bkeys === b.keysVersion ? b.evals[e.bindex] : rt.loadGlobal(f, code, ${pc}); } } ` +
    `else ${R(s)} = rt.loadGlobal(f, code, ${pc}); }` + ((a & 1) ? ` ${R(s + 1)} = undefined;` : ""),
  STORE_GLOBAL: (_a, s, pc) => `ops.storeGlobalCached(code, ${pc}, f, ${R(s - 1)}); ${R(s - 1)} = undefined;`,
  LOAD_NAME: (a, s) => `${R(s)} = ops.loadName(f, names[${a}]);`,
  STORE_NAME: (a, s) => `ops.storeName(f, names[${a}], ${R(s - 1)}); ${R(s - 1)} = undefined;`,
  MAKE_CELL: (a) => `slots[${a}] = new rt.PyCell(slots[${a}]);`,
  COPY_FREE_VARS: (a) => {
    let src = "{ const cl = f.func.closure; ";
    for (let i = 0; i < a; i++) src += `slots[code.nlocalsplus - ${a} + ${i}] = cl[${i}]; `;
    return src + "}";
  },
  LOAD_DEREF: (a, s) =>
    `{ const v = slots[${a}].ref; if (v === undefined) throw ops.freeVarError(code, ${a}); ${R(s)} = v; }`,
  STORE_DEREF: (a, s) => `slots[${a}].ref = ${R(s - 1)}; ${R(s - 1)} = undefined;`,
  POP_TOP: (_a, s) => `${R(s - 1)} = undefined;`,
  PUSH_NULL: (_a, s) => `${R(s)} = undefined;`,
  COPY: (a, s) => `${R(s)} = ${R(s - a)};`,
  // block locals holding values are cleared at the end of the block (see LOAD_FAST)
  SWAP: (a, s) => `{ let t = ${R(s - 1)}; ${R(s - 1)} = ${R(s - a)}; ${R(s - a)} = t; t = undefined; }`,
  BINARY_OP: (a, s) => binaryTemplate(a, s),
  COMPARE_OP: (a, s) => compareTemplate(a, s),
  IS_OP: (a, s) =>
    `${R(s - 2)} = (${R(s - 2)} === ${R(s - 1)}) !== ${a === 1} ? True : False; ${
      R(
        s - 1,
      )
    } = undefined;`,
  CONTAINS_OP: (a, s) =>
    `${R(s - 2)} = ops.containsFast(${R(s - 1)}, ${R(s - 2)}) !== ${a === 1} ? True : False; ${
      R(s - 1)
    } = undefined;`,
  UNARY_NEGATIVE: (_a, s) => `${R(s - 1)} = ops.negative(${R(s - 1)});`,
  UNARY_INVERT: (_a, s) => `${R(s - 1)} = ops.invert(${R(s - 1)});`,
  UNARY_NOT: (_a, s) => `${R(s - 1)} = ${R(s - 1)} === True ? False : True;`,
  TO_BOOL: (_a, s) => `${R(s - 1)} = rt.toBool(${R(s - 1)});`,
  STORE_SUBSCR: (_a, s) =>
    `rt.storeSubscr(${R(s - 2)}, ${R(s - 1)}, ${R(s - 3)}); ${R(s - 1)} = ${
      R(
        s - 2,
      )
    } = ${R(s - 3)} = undefined;`,
  DELETE_SUBSCR: (_a, s) => `rt.delItem(${R(s - 2)}, ${R(s - 1)}); ${R(s - 1)} = ${R(s - 2)} = undefined;`,
  BINARY_SLICE: (_a, s) =>
    `${R(s - 3)} = ops.sliceSubscript(${R(s - 3)}, ${R(s - 2)}, ${R(s - 1)}); ${R(s - 1)} = ${
      R(s - 2)
    } = undefined;`,
  BUILD_SLICE: (a, s) =>
    a === 3
      ? `${R(s - 3)} = new rt.PySlice(${R(s - 3)}, ${R(s - 2)}, ${R(s - 1)}); ${
        R(
          s - 1,
        )
      } = ${R(s - 2)} = undefined;`
      : `${R(s - 2)} = new rt.PySlice(${R(s - 2)}, ${R(s - 1)}, None); ${
        R(
          s - 1,
        )
      } = undefined;`,
  BUILD_TUPLE: (a, s) => {
    const items = [];
    for (let i = s - a; i < s; i++) items.push(`${R(i)}`);
    let src = `{ let t = rt.newTuple([${items.join(", ")}]); `;
    for (let i = s - a; i < s; i++) src += `${R(i)} = undefined; `;
    return src + `${R(s - a)} = t; t = undefined; }`;
  },
  BUILD_LIST: (a, s) => {
    const items = [];
    for (let i = s - a; i < s; i++) items.push(`${R(i)}`);
    let src = `{ let t = rt.newList([${items.join(", ")}]); `;
    for (let i = s - a; i < s; i++) src += `${R(i)} = undefined; `;
    return src + `${R(s - a)} = t; t = undefined; }`;
  },
  BUILD_MAP: (a, s) =>
    `${R(s - 2 * a)} = rt.buildMap([${range(s - 2 * a, s).map(R).join(", ")}]); ${
      clearRegs(s - 2 * a + 1, s)
    }`,
  BUILD_SET: (a, s) =>
    `${R(s - a)} = rt.buildSet([${range(s - a, s).map(R).join(", ")}]); ${clearRegs(s - a + 1, s)}`,
  BUILD_STRING: (a, s) =>
    `${R(s - a)} = rt.buildString([${range(s - a, s).map(R).join(", ")}]); ${clearRegs(s - a + 1, s)}`,
  LIST_APPEND: (a, s) => `${R(s - 1 - a)}.items.push(${R(s - 1)}); ${R(s - 1)} = undefined;`,
  LIST_EXTEND: (a, s) => `ops.listExtend(${R(s - 1 - a)}, ${R(s - 1)}); ${R(s - 1)} = undefined;`,
  SET_ADD: (a, s) => `${R(s - 1 - a)}.add(${R(s - 1)}); ${R(s - 1)} = undefined;`,
  MAP_ADD: (a, s) =>
    `${R(s - 2 - a)}.setItem(${R(s - 2)}, ${R(s - 1)}); ${R(s - 1)} = ${
      R(
        s - 2,
      )
    } = undefined;`,
  UNPACK_SEQUENCE: (a, s) => {
    let src = `{ let it = rt.unpack(${R(s - 1)}, ${a}); `;
    for (let i = 0; i < a; i++) src += `${R(s - 1 + i)} = it[${a - 1 - i}]; `;
    return src + "it = undefined; }";
  },
  LOAD_ATTR: (a, s, pc) => loadAttrTemplate(a, s, pc),
  STORE_ATTR: (_a, s, pc) => storeAttrTemplate(s, pc),
  JUMP_FORWARD: (a) => `pc = ${a}; continue;`,
  JUMP_BACKWARD: (a, s) =>
    `if (--state.ticks < 0) ops.pollInterrupts(); if (state.tracing) { ${
      spill(s)
    } f.pc = ${a}; f.sp = ${s}; return ${ACT_INTERP}; } pc = ${a}; continue;`,
  JUMP_BACKWARD_NO_INTERRUPT: (a) => `pc = ${a}; continue;`,
  POP_JUMP_IF_FALSE: (a, s) =>
    `{ const v = ${R(s - 1)}; ${
      R(
        s - 1,
      )
    } = undefined; if (v === False || (v !== True && !rt.isTrue(v))) { pc = ${a}; continue; } }`,
  POP_JUMP_IF_TRUE: (a, s) =>
    `{ const v = ${R(s - 1)}; ${
      R(
        s - 1,
      )
    } = undefined; if (v === True || (v !== False && rt.isTrue(v))) { pc = ${a}; continue; } }`,
  POP_JUMP_IF_NONE: (a, s) =>
    `{ const v = ${R(s - 1)}; ${R(s - 1)} = undefined; if (v === None) { pc = ${a}; continue; } }`,
  POP_JUMP_IF_NOT_NONE: (a, s) =>
    `{ const v = ${R(s - 1)}; ${R(s - 1)} = undefined; if (v !== None) { pc = ${a}; continue; } }`,
  GET_ITER: (_a, s) => `${R(s - 1)} = rt.getIter(${R(s - 1)});`,
  FOR_ITER: (a, s) =>
    `{ let it = ${R(s - 1)}; const c = it.cls; let v; ` +
    `if (c === rangeIteratorType) { if (it.remaining > 0) { it.remaining--; v = it.next; it.next = v + it.step; } else v = STOP_ITEM; } ` +
    `else if (c === listIteratorType) { if (it.list !== null && it.index < it.list.items.length) v = it.list.items[it.index++]; else { it.list = null; v = STOP_ITEM; } } ` +
    `else v = rt.forIterNext(it); ` +
    `it = undefined; if (v === STOP_ITEM) { ${R(s)} = undefined; pc = ${a}; continue; } ${
      R(s)
    } = v; v = undefined; }`,
  END_FOR: (_a, s) => `${R(s - 1)} = undefined;`,
  GET_YIELD_FROM_ITER: (_a, s) => `${R(s - 1)} = ops.getYieldFromIter(f, ${R(s - 1)});`,
  SEND: (a, s) =>
    `{ const x = ops.send(${R(s - 2)}, ${R(s - 1)}); ${
      R(s - 1)
    } = x.value; if (x.done) { pc = ${a}; continue; } }`,
  END_SEND: (_a, s) => `${R(s - 2)} = ${R(s - 1)}; ${R(s - 1)} = undefined;`,
  POP_ITER: (_a, s) => `${R(s - 1)} = undefined;`,
  GET_LEN: (_a, s) => `${R(s)} = ops.lenOf(${R(s - 1)});`,
  CALL: (a, s, pc) =>
    builtinCallTemplate(a, s, pc) ?? functionCallTemplate(a, s, pc) ?? callTemplate(a, s, pc, false),
  CALL_KW: (a, s, pc) => callTemplate(a, s, pc, true),
  // a generator frame is the entry of its eval loop: the loop returns the value and the frame resumes
  // after this instruction with the sent value on the stack
  YIELD_VALUE: (_a, s, pc) =>
    `${spill(s - 1)} out.value = ${R(s - 1)}; f.pc = ${pc + 1}; f.sp = ${s - 1}; return ${ACT_YIELD};`,
  RETURN_VALUE: (_a, s) => `out.value = ${R(s - 1)}; ${R(s - 1)} = undefined; return ${ACT_RETURN};`,
  MAKE_FUNCTION: (_a, s) => `${R(s - 1)} = rt.makeFunction(f, ${R(s - 1)});`,
  SET_FUNCTION_ATTRIBUTE: (a, s) =>
    `ops.setFunctionAttribute(${R(s - 1)}, ${a}, ${R(s - 2)}); ${R(s - 2)} = ${
      R(
        s - 1,
      )
    }; ${R(s - 1)} = undefined;`,
  FORMAT_SIMPLE: (_a, s) => `${R(s - 1)} = rt.formatSimple(${R(s - 1)});`,
  FORMAT_WITH_SPEC: (_a, s) =>
    `${R(s - 2)} = ops.format(${R(s - 2)}, ${R(s - 1)}.value); ${R(s - 1)} = undefined;`,
  CONVERT_VALUE: (a, s) => `${R(s - 1)} = ops.convertValue(${R(s - 1)}, ${a});`,
  // `raise` with no operand re-raises without a new traceback entry: the eval loop's business
  RAISE_VARARGS: (a, s) =>
    a === 0
      ? null
      : a === 2
      ? `throw ops.makeRaise(${R(s - 2)}, ${R(s - 1)});`
      : `throw ops.makeRaise(${R(s - 1)}, undefined);`,
  // the handler's own instructions, as the eval loop runs them (a RERAISE that leaves the frame stays the
  // loop's: it unwinds)
  PUSH_EXC_INFO: (_a, s) =>
    `{ const exc = ${R(s - 1)}; ${R(s - 1)} = state.exc ?? None; state.exc = exc; ${R(s)} = exc; }`,
  POP_EXCEPT: (_a, s) =>
    `{ const v = ${R(s - 1)}; ${R(s - 1)} = undefined; state.exc = v === None ? null : v; }`,
  // a re-raise whose handler is in this frame (the cleanup of `except ... as e`, a `finally`, a nested
  // try) goes there directly, with no traceback entry, as the eval loop's RERAISE does; one that leaves the
  // frame, or any under tracing, is the loop's
  RERAISE: (a, s, pc) =>
    ops.findHandler(CODE!, pc) === null
      ? null
      : `if (state.tracing) { ${spill(s)} f.pc = ${pc}; f.sp = ${s}; return ${ACT_INTERP}; } ` +
        `{ const exc = ${R(s - 1)}; ${R(s - 1)} = undefined; ${a ? `f.lasti = ${R(s - 1 - a)}; ` : ""}` +
        `pc = rt.reraiseHandler(f, ${pc}, exc); enter = true; continue; }`,
  CHECK_EXC_MATCH: (_a, s) => `${R(s - 1)} = ops.excMatches(${R(s - 2)}, ${R(s - 1)}) ? True : False;`,
  STORE_SLICE: (_a, s) =>
    `rt.setItem(${R(s - 3)}, new rt.PySlice(${R(s - 2)}, ${R(s - 1)}, None), ${R(s - 4)});`,
  CALL_INTRINSIC_1: (a, s) => `${R(s - 1)} = ops.intrinsic1(f, ${a}, ${R(s - 1)});`,
  CALL_INTRINSIC_2: (a, s) =>
    `${R(s - 2)} = ops.intrinsic2(f, ${a}, ${R(s - 2)}, ${R(s - 1)}); ${R(s - 1)} = undefined;`,
  LOAD_COMMON_CONSTANT: (a, s) => `${R(s)} = ops.commonConstant(${a});`,
  // super().name (the method form leaves the function and self, as LOAD_ATTR's method form does)
  LOAD_SUPER_ATTR: (a, s) =>
    `{ const r = ops.loadSuperAttr(${R(s - 3)}, ${R(s - 2)}, ${R(s - 1)}, names[${a >> 2}], ${
      (a & 1) !== 0
    }, ${(a & 2) !== 0}); ${R(s - 1)} = ${R(s - 2)} = undefined; ${R(s - 3)} = r;${
      (a & 1) ? ` ${R(s - 2)} = ops.lm.self; ops.lm.self = undefined;` : ""
    } }`,
  LOAD_SPECIAL: (a, s) =>
    `${R(s - 1)} = ops.loadSpecial(${R(s - 1)}, ${a}); ${R(s)} = ops.lm.self; ops.lm.self = undefined;`,
  DELETE_ATTR: (a, s) => `ops.deleteAttr(${R(s - 1)}, names[${a}]); ${R(s - 1)} = undefined;`,
  DICT_UPDATE: (a, s) => `ops.dictUpdate(${R(s - 1 - a)}, ${R(s - 1)}); ${R(s - 1)} = undefined;`,
  DICT_MERGE: (a, s) =>
    `ops.dictMerge(${R(s - 1 - a)}, ${R(s - 1)}, ${R(s - 4 - a)}); ${R(s - 1)} = undefined;`,
  SET_UPDATE: (a, s) => `ops.setUpdate(${R(s - 1 - a)}, ${R(s - 1)}); ${R(s - 1)} = undefined;`,
  UNPACK_EX: (a, s) => {
    const before = a & 0xff, after = a >> 8, n = before + 1 + after;
    let src = `{ const it = ops.unpackIterable(${R(s - 1)}, ${before}, ${after}); `;
    for (let j = 0; j < n; j++) src += `${R(s - 1 + j)} = it[${n - 1 - j}]; `;
    return src + "}";
  },
  // f(*args, **kwargs): a nested call, as the eval loop makes it
  CALL_FUNCTION_EX: (_a, s, pc) =>
    `{ const r = ops.callEx(${R(s - 4)}, ${R(s - 3)}, ${R(s - 2)}, ${R(s - 1)}); ` +
    `${R(s - 1)} = ${R(s - 2)} = ${R(s - 3)} = undefined; ${R(s - 4)} = r; ` +
    `if (state.tracing) { ${spill(s - 3)} f.pc = ${pc + 1}; f.sp = ${s - 3}; return ${ACT_INTERP}; } }`,
};

// ---- attribute access: when the eval loop's cache at this instruction saw one layout (the usual case by
// the time a code object is hot), its guard and load are written out here with the entry as a constant;
// anything else goes through the shared cache functions of ops.ts.

/** A cache entry of ops.ts (AttrIC / StoreIC), read by shape only. */
interface SeenEntry {
  type: PyType;
  version: number;
  map: unknown;
  index: number;
  descr?: W;
  newMap?: unknown;
}
/** Constants the generated function refers to as `K[i]` (filled while a code object compiles). */
let K: unknown[] = [];
function constant(v: unknown): string {
  K.push(v);
  return `K[${K.length - 1}]`;
}
/** The layouts the cache at `pc` has seen (up to ops.ts IC_WAYS): each becomes one guarded case. */
function seenAll(pc: number): SeenEntry[] {
  const es = CODE!.ic[pc];
  return Array.isArray(es) ? es as SeenEntry[] : [];
}
/** JS reading storage code `i` of instance `o` (ops.ts AttrMap storage codes). */
function storageRead(o: string, i: number): string {
  if (i >= 0) return `${o}.values[${i}]`;
  return i === -2 ? `${o}.a0` : i === -3 ? `${o}.a1` : `${o}.values`;
}
function guard(o: string, k: string, withMap: boolean): string {
  return `typeof ${o} === "object" && ${o}.cls === ${k}.type && ${k}.type.version === ${k}.version` +
    (withMap ? ` && ${o}.map === ${k}.map && ${o}.dictObject === null` : "");
}
let CODE: PyCode | null = null;

function loadAttrTemplate(a: number, s: number, pc: number): string {
  const o = R(s - 1);
  const es = seenAll(pc);
  let src = "";
  const ce = CODE!.ic[pc];
  if (ce instanceof ops.ClassAttrIC) {
    // `Cls.name` of one class (a function or a constant along its MRO)
    const k = constant(ce);
    src = `if (${o} === ${k}.owner && ${k}.owner.version === ${k}.version) { ${
      (a & 1) ? `${R(s)} = undefined; ` : ""
    }${o} = ${k}.value; } else `;
  }
  if (a & 1) {
    for (const e of es) {
      if (e.index !== -1) continue;
      const k = constant(e);
      // a method found on the type; an instance must still have the layout seen (no attribute shadowing it)
      const g = `${
        guard(o, k, false)
      } && (!(${o} instanceof rt.PyInstance) || (${o}.map === ${k}.map && ${o}.dictObject === null))`;
      src += `if (${g}) { ${R(s)} = ${o}; ${o} = ${k}.descr; } else `;
    }
    return src +
      `{ ${o} = ops.loadMethodCached(code, ${pc}, ${o}); ${R(s)} = ops.lm.self; ops.lm.self = undefined; }`;
  }
  for (const e of es) {
    const k = constant(e);
    const read = e.index === -1 ? `${k}.descr` : storageRead(o, e.index);
    src += `if (${guard(o, k, true)}) ${o} = ${read}; else `;
  }
  return src + `${o} = ops.loadAttrCached(code, ${pc}, ${o});`;
}

function storeAttrTemplate(s: number, pc: number): string {
  const o = R(s - 1), v = R(s - 2);
  let src = "";
  for (const e of seenAll(pc)) {
    const k = constant(e);
    if (e.newMap !== null && e.newMap !== undefined) {
      // adding the attribute: the instance moves to the map that has it (ops.ts StoreIC transition)
      src += `if (${guard(o, k, true)}) { ${o}.map = ${k}.newMap; ${o}.appendValue(${v}); } else `;
      continue;
    }
    const i = e.index;
    const write = i >= 0
      ? `${o}.values[${i}] = ${v};`
      : i === -2
      ? `${o}.a0 = ${v};`
      : i === -3
      ? `${o}.a1 = ${v};`
      : `${o}.values = ${v};`;
    src += `if (${guard(o, k, true)}) { ${write} } else `;
  }
  return `${src}{ ops.storeAttrCached(code, ${pc}, ${o}, ${v}); } ${o} = ${v} = undefined;`;
}

/**
 * CALL of the one builtin this site has called so far: its implementation directly, with the arguments
 * from the JS locals (no spill, no argument copying), behind an identity check of the callable (and of
 * `self`'s type for a method descriptor); anything else takes the general path.
 */
function builtinCallTemplate(a: number, s: number, pc: number): string | null {
  const e = CODE!.ic[pc];
  if (!(e instanceof ops.BuiltinCallIC)) return null;
  const c = e.callable;
  const spec = c.spec;
  if (spec.kind === "class" || spec.kind === "static") return null;
  const [min, max] = spec.arity;
  const base = s - a - 2;
  const args = range(base + 2, s).map(R);
  let guard: string, argList: string;
  const k = constant(e);
  if (c instanceof PyMethodDescriptor) {
    if (e.selfType === null || !e.selfType.isSubtypeOf(c.owner) || a < min || (max >= 0 && a > max)) {
      return null;
    }
    guard = `${R(base)} === ${k}.callable && ${R(base + 1)} !== undefined && rt.typeOf(${
      R(base + 1)
    }) === ${k}.selfType`;
    argList = [R(base + 1), ...args].join(", ");
  } else {
    if (c.self !== undefined || a < min || (max >= 0 && a > max)) return null;
    guard = `${R(base)} === ${k}.callable && ${R(base + 1)} === undefined`;
    argList = args.join(", ");
  }
  const clear = range(base + 1, s).map((i) => `${R(i)} = undefined;`).join(" ");
  return `if (${guard}) { ${R(base)} = ${k}.callable.spec.impl([${argList}], null); ${clear} ` +
    `if (state.tracing) { ${spill(base + 1)} f.pc = ${pc + 1}; f.sp = ${
      base + 1
    }; return ${ACT_INTERP}; } } ` +
    `else ${callTemplate(a, s, pc, false)}`;
}

/**
 * CALL of the one Python function this site has called so far (with positional arguments that fill its
 * parameters exactly): the frame is made and filled from the JS locals, and its compiled function called
 * directly (runDirect), behind identity checks of the function and its code.
 */
function functionCallTemplate(a: number, s: number, pc: number): string | null {
  const e = CODE!.ic[pc];
  if (!(e instanceof ops.FuncCallIC)) return null;
  const func = e.func;
  const fc = func.code;
  const n = a + (e.method ? 1 : 0);
  if (
    fc.argcount !== n || fc.kwonlyargcount !== 0 ||
    (fc.flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR |
        CO_ITERABLE_COROUTINE)) !== 0
  ) return null;
  const base = s - a - 2;
  const k = constant(func), kc = constant(fc);
  const first = e.method ? base + 1 : base + 2;
  let stores = "";
  for (let i = 0; i < n; i++) stores += `cs[${i}] = ${R(first + i)}; `;
  const clear = range(base, s).map((i) => `${R(i)} = undefined;`).join(" ");
  const selfCheck = e.method ? `${R(base + 1)} !== undefined` : `${R(base + 1)} === undefined`;
  return `if (${R(base)} === ${k} && ${k}.code === ${kc} && ${selfCheck}) { ` +
    `const cf = rt.newCallFrame(${k}); const cs = cf.slots; ${stores}${clear} ` +
    `${R(base)} = rt.runDirect(f, cf); ` +
    `if (${R(base)} === PUSHED || ${R(base)} === NESTED) { ${nestedCheck(pc, `${R(base)} === NESTED`, "")}${
      spill(base)
    } f.pc = ${pc + 1}; f.sp = ${base}; ` +
    `return ${R(base)} === PUSHED ? ${ACT_CALL} : ${ACT_NESTED}; } ` +
    `if (state.tracing) { ${spill(base + 1)} f.pc = ${pc + 1}; f.sp = ${
      base + 1
    }; return ${ACT_INTERP}; } } ` +
    `else ${callTemplate(a, s, pc, false)}`;
}

/** At a call inside a `try`: a callee's error left with this frame goes to its handler (nestedHandler). */
function nestedCheck(pc: number, cond: string, clear: string): string {
  if (ops.findHandler(CODE!, pc) === null) return "";
  return `if (${cond}) { const t = rt.nestedHandler(f); if (t >= 0) { ${clear}pc = t; enter = true; continue; } } `;
}

function callTemplate(a: number, s: number, pc: number, kw: boolean): string {
  // stack: callable, self-or-NULL, a args (and the kwnames tuple for CALL_KW)
  const top = kw ? s - 1 : s;
  const base = top - a - 2;
  const kwn = kw ? `${R(s - 1)}` : "null";
  // the callable and arguments are read from the frame, and what lies below them must be there when the
  // eval loop comes back after a Python callee: the whole stack goes to the frame first
  return `{ const kwn = ${kwn};${kw ? ` ${R(s - 1)} = undefined;` : ""} ${spill(top)} ` +
    `${R(base)} = rt.callAt(f, code, ${pc}, slots, ${base}, ${a}, kwn); ` +
    `if (${R(base)} === PUSHED) { ${R(base)} = rt.callPushed(f); ` +
    `if (${R(base)} === PUSHED) { f.pc = ${pc + 1}; f.sp = ${base}; return ${ACT_CALL}; } ` +
    `if (${R(base)} === NESTED) { ${nestedCheck(pc, "true", `${R(base)} = undefined; `)}f.pc = ${
      pc + 1
    }; f.sp = ${base}; return ${ACT_NESTED}; } } ` +
    // the stack's copy in the frame and the callable's and arguments' locals, which a builtin's call
    // leaves, are cleared (see LOAD_FAST)
    `${range(NL, top).map((i) => `slots[${i}] = `).join("")}${
      range(base + 1, top).map((i) => `${R(i)} = `).join("")
    }undefined; ` +
    `if (state.tracing) { ${spill(base + 1)} f.pc = ${pc + 1}; f.sp = ${base + 1}; return ${ACT_INTERP}; } }`;
}

const TEMPLATE_BY_CODE: (Template | undefined)[] = OPCODE_BY_CODE.map((o) =>
  o === undefined ? undefined : TEMPLATES[o.name]
);
const LOAD_FAST_ALIASES: Record<string, string> = {
  LOAD_FAST_BORROW: "LOAD_FAST",
  LOAD_FAST_CHECK: "LOAD_FAST",
  LOAD_FAST_BORROW_LOAD_FAST_BORROW: "LOAD_FAST_LOAD_FAST",
};
for (const [alias, name] of Object.entries(LOAD_FAST_ALIASES)) {
  const o = OPCODE_BY_CODE.find((x) => x !== undefined && x.name === alias);
  if (o !== undefined) TEMPLATE_BY_CODE[o.code] = TEMPLATES[name];
}

// ---------------------------------------------------------------- the compiler

function build(code: PyCode): BaselineFn {
  const n = code.ops.length;
  const nl = code.nlocalsplus;
  // stack depth before each instruction, from the start and from every exception handler
  const depth = new Int32Array(n).fill(-1);
  const entry = new Uint8Array(n + 1);
  const work: number[] = [];
  const reach = (i: number, d: number) => {
    if (i >= n) return;
    if (depth[i] === -1) {
      depth[i] = d;
      work.push(i);
    } else if (depth[i] !== d) throw new Error("inconsistent stack depth");
  };
  reach(0, 0);
  entry[0] = 1;
  for (const e of code.excTable) {
    reach(e.target, e.depth + (e.lasti ? 1 : 0) + 1);
    entry[e.target] = 1;
  }
  const originalArg = (i: number): number => {
    const info = OPCODE_BY_CODE[code.ops[i]]!;
    if (info.arg === "jump") return code.args[i] - i - 1;
    if (info.arg === "jump_back") return i + 1 - code.args[i];
    return code.args[i];
  };
  while (work.length > 0) {
    const i = work.pop()!;
    const d = depth[i];
    const op = code.ops[i];
    const info = OPCODE_BY_CODE[op]!;
    if (info.arg === "jump" || info.arg === "jump_back") {
      const t = code.args[i];
      entry[t] = 1;
      reach(t, d + stackEffect(op, originalArg(i), true));
    }
    if (!info.terminates) reach(i + 1, d + stackEffect(op, originalArg(i), false));
  }
  // the depth below which a handler keeps the stack, per instruction (0 outside any try)
  const pinned = new Int32Array(n);
  for (const e of code.excTable) {
    for (let i = e.start; i < e.end && i < n; i++) if (pinned[i] === 0) pinned[i] = e.depth;
  }
  let maxDepth = 0;
  for (let i = 0; i < n; i++) if (depth[i] > maxDepth) maxDepth = depth[i];
  NL = nl;
  K = [];
  CODE = code;
  // the body: one case per entry point, instructions falling through between them
  let body = "";
  let open = false;
  const exits = new Set<string>();
  for (let i = 0; i < n; i++) {
    const op = code.ops[i];
    const d = depth[i];
    if (d < 0) continue; // unreachable
    const s = nl + d;
    if (entry[i] || !open) {
      // only the first case reached after the eval loop enters reads the stack from the frame; jumps
      // inside the function come back through the switch with the locals intact
      body += `case ${i}: if (enter) { enter = false; ${fill(s)}}\n`;
      open = true;
    }
    // inside a try the handler keeps the stack below its depth: it must be in the frame if this raises
    if (pinned[i] > 0) body += spill(nl + Math.min(pinned[i], d));
    const tpl = TEMPLATE_BY_CODE[op];
    const src = tpl === undefined ? null : tpl(code.args[i], s, i);
    if (src === null) {
      exits.add(OPCODE_BY_CODE[op]!.name);
      body += `f.lasti = ${i}; ${spill(s)} f.pc = ${i}; f.sp = ${s}; return ${ACT_INTERP};\n`;
      open = false;
      continue;
    }
    body += `f.lasti = ${i}; ${src}\n`;
    const info = OPCODE_BY_CODE[op]!;
    // places the eval loop comes back to: after a call, a yield, and the start of a generator's body
    if (op === 52 /* CALL */ || op === 55 /* CALL_KW */ || op === 120 /* YIELD_VALUE */ || op === 34) {
      entry[i + 1] = 1;
    }
    if (info.terminates || op === 35) open = false;
  }
  const dispatch = `    switch (pc) {
${body}
      default:
        return ${ACT_NOENTRY};
    }`;
  // a function with handlers takes what its own instructions raise to them itself (localHandler)
  const loop = code.excTable.length === 0 ? dispatch : `    try {
${dispatch}
    } catch (e) {
      pc = rt.localHandler(f, e);
      if (pc < 0) throw e;
      enter = true;
    }`;
  const source = `"use strict";
const { state, ops, None, True, False, STOP_ITEM, floatType, listType, tupleType, rangeIteratorType,
  listIteratorType, MAX_SAFE, PUSHED, NESTED, PyFloat, out } = rt;
return function ${safeName(code)}(f, slots, pc) {
  let ${Array.from({ length: maxDepth + 1 }, (_, k) => `s${k}`).join(", ")};
  let enter = true;
  for (;;) {
${loop}
  }
};`;
  if (baselineConfig.log) {
    const ex = exits.size > 0 ? `; interpreted: ${[...exits].join(" ")}` : "";
    console.error(
      `baseline: ${code.co.co_qualname} (${code.co.co_filename}:${code.co.co_firstlineno}), ${n} instructions${ex}`,
    );
  }
  // the code object, its constants and names are fixed for the function: closure constants
  const constants = K;
  K = [];
  CODE = null;
  return new Function("rt", "code", "consts", "names", "K", source)(
    RT,
    code,
    code.consts,
    code.names,
    constants,
  ) as BaselineFn;
}

function safeName(code: PyCode): string {
  const name = code.co.co_name.replace(/[^A-Za-z0-9_]/g, "_");
  return `py_${name}`;
}
