// The eval loop. One dispatcher over the opcode numbers of compiler/opcodes.ts (the table gives the
// numbers; this switch gives the meaning). Python→Python calls push a Frame and continue in the same
// loop (no JS recursion), returns pop back to the caller; builtins that call back into Python start a
// nested run (`execute`) that ends when its entry frame returns. Exceptions are PyErrors: the catch
// below looks the instruction up in the frame's exception table and unwinds frames until a handler is
// found or the entry frame is left.
import {
  call,
  False,
  floatType,
  listType,
  None,
  PyNativeIterator,
  PyObject,
  STOP_ITEM,
  True,
  tupleType,
  typeOf,
  type W,
} from "../objects/model.ts";
import { exceptionType, PyError, raiseTypeError, toPyError } from "./errors.ts";
import { Frame, recycleFrame } from "./frame.ts";
import { coldLoop } from "./cold_loop.ts";
import {
  ACT_CALL,
  ACT_INTERP,
  ACT_NESTED,
  ACT_RETURN,
  ACT_YIELD,
  type BaselineFn,
  baselineFor,
  callAt,
  out,
  PUSHED,
} from "./baseline.ts";
import { enterGeneratorExc, leaveGeneratorExc, state, topmostExc } from "./state.ts";
import { PyFunction } from "../objects/function.ts";
import { PyCell } from "../objects/cell.ts";
import { PyCode } from "../objects/codeobject.ts";
import { PyFloat } from "../objects/float.ts";
import { newStr, PyStr, strConcat } from "../objects/str.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { PySlice } from "../objects/slice.ts";
import { listIteratorType, newList, PyList, type PyListIterator } from "../objects/list.ts";
import { type PyRangeIterator, rangeIteratorType } from "../objects/range.ts";
import { newDict, PyDict } from "../objects/dict.ts";
import { newSet, PySet } from "../objects/set.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { delItem, isTrue, iter, next, setItem } from "../objects/operations.ts";
import { intAdd, intMul, intSub } from "../objects/int.ts";
import * as ops from "./ops.ts";

import { generatorHooks, newGeneratorFor, PyGenerator } from "../objects/generator.ts";
import { addTraceback, recordRaise } from "./exc.ts";
import { traceReturn, traceStep } from "./tracing.ts";
import { buildInterpolation, buildTemplate } from "../objects/template.ts";
import {
  flatYield,
  forIterGenerator,
  frameExitOnError,
  suspendAt,
  SUSPENDED,
  THREAD_SWITCH,
  threadHooks,
} from "./threads.ts";

const NB_ADD = 0,
  NB_SUBTRACT = 10,
  NB_MULTIPLY = 5,
  NB_INPLACE_ADD = 13,
  NB_INPLACE_SUBTRACT = 23,
  NB_INPLACE_MULTIPLY = 18,
  NB_SUBSCR = 26;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function unboundLocal(code: PyCode, i: number): never {
  throw ops.errorOf(
    "UnboundLocalError",
    `cannot access local variable '${code.localsplusnames[i]}' where it is not associated with a value`,
  );
}

/**
 * Run `entry` (and every frame it calls) until it returns or yields. `thrown` starts the frame by raising
 * that error at its current instruction (generator.throw). Returns the frame's result; `entry.suspended`
 * tells a yield from a return.
 */
/** A nested run starts: `entry` runs on top of the current frame (bounded, to protect the JS stack). */
function enter(entry: Frame): void {
  entry.back = state.frame;
  state.frame = entry;
  entry.suspended = false;
  if (++state.nesting > 200 && state.nesting > state.recursionLimit / 4) {
    state.nesting--;
    state.frame = entry.back;
    throw ops.errorOf("RecursionError", "maximum recursion depth exceeded");
  }
}

/** A baseline function standing for "the callee in out.frame is to be pushed" (execute's `pushed`). */
const PUSH_PENDING: BaselineFn = () => ACT_CALL;
/** The same for "the value in out.value is returned" (the interpreter's RETURN_VALUE). */
const RETURN_PENDING: BaselineFn = () => ACT_RETURN;
/** "A chain of direct calls stopped inside; out.nested is its deepest frame" (run() hands it over). */
const NESTED_PENDING: BaselineFn = () => ACT_NESTED;
/** What the deepest frame of such a chain asked for, replayed once the loop has switched to it. */
const ACT_PENDING: BaselineFn[] = [0, 1, 2, 3, 4, 5, 6].map((act) => () => act);

/**
 * Run `entry` as `execute` does, starting with a direct call of its baseline function when it has one: a
 * function that returns or yields without calling Python code never enters the eval loop (builtins that
 * call back into Python, such as sort keys and dunder methods, and generator resumes mostly do that). Any
 * other outcome hands the frame to `execute` at the point the function stopped.
 */
export function run(entry: Frame, thrown: PyError | null = null): W {
  const fn = thrown === null && !state.tracing ? baselineFor(entry.code) : null;
  if (fn === null) return execute(entry, thrown);
  enter(entry);
  let act: number;
  try {
    act = fn(entry, entry.slots, entry.pc);
  } catch (e) {
    // the loop unwinds from the instruction that raised (compiled code keeps frame.lasti)
    state.nesting--;
    state.frame = entry.back;
    entry.pc = entry.lasti + 1;
    return execute(entry, e instanceof PyError ? e : toPyError(e));
  }
  if (act === ACT_RETURN || act === ACT_YIELD) {
    const v = out.value!;
    out.value = undefined;
    if (act === ACT_YIELD) entry.suspended = true;
    else {
      entry.sp = entry.code.nlocalsplus;
      entry.finished = true;
      ops.clearStack(entry.slots, entry.code.nlocalsplus, entry.slots.length);
    }
    state.frame = entry.back;
    state.nesting--;
    return v;
  }
  state.nesting--;
  state.frame = entry.back;
  if (act === ACT_CALL) {
    const callee = out.frame!;
    out.frame = null;
    return execute(entry, null, callee);
  }
  if (act === ACT_NESTED) return execute(entry, null, null, true);
  return execute(entry); // ACT_INTERP (frame.pc/sp say where) or ACT_NOENTRY
}

/**
 * The error for a re-raise (bare `raise`, RERAISE, END_SEND/END_ASYNC_FOR passing an exception on): its
 * __context__ was settled when it was first raised and is not chained again in any frame it leaves.
 */
function reraised(exc: W): PyError {
  const err = new PyError(exc as PyObject);
  err.chained = true;
  return err;
}

/**
 * A generator resume (FOR_ITER, SEND, next(), send()) when its frame is compiled: resumeRaw's bookkeeping
 * and run()'s direct call in one function, for a resume that yields or returns without calling Python
 * code through the loop. Anything else is finished by `runResume` (the loop runs the rest).
 */
function resumeGenerator(g: PyGenerator, value: W): W {
  const f = g.frame;
  const fn = f.code.baseline;
  if (
    fn === undefined || fn === null || g.running || f.finished || state.tracing || state.noBaseline ||
    (!g.started && value !== None) || state.depth >= state.recursionLimit || state.nesting >= 200
  ) return g.resumeRaw(value, null);
  g.started = true;
  f.slots[f.sp++] = value;
  g.running = true;
  const outer = enterGeneratorExc(g.excState);
  state.depth++;
  f.back = state.frame;
  state.frame = f;
  f.suspended = false;
  state.nesting++;
  let act: number;
  try {
    act = fn(f, f.slots, f.pc);
  } catch (e) {
    // the loop unwinds from the instruction that raised (the generator may handle it)
    state.nesting--;
    state.frame = f.back;
    f.pc = f.lasti + 1;
    return g.runResume(outer, e instanceof PyError ? e : toPyError(e), 0, null);
  }
  state.nesting--;
  state.frame = f.back;
  if (act === ACT_YIELD || act === ACT_RETURN) {
    const v = out.value!;
    out.value = undefined;
    if (act === ACT_YIELD) f.suspended = true;
    else {
      f.sp = f.code.nlocalsplus;
      f.finished = true;
      ops.clearStack(f.slots, f.code.nlocalsplus, f.slots.length);
    }
    g.running = false;
    state.depth--;
    g.excState = leaveGeneratorExc(outer);
    return v;
  }
  let callee: Frame | null = null;
  if (act === ACT_CALL) {
    callee = out.frame;
    out.frame = null;
  }
  return g.runResume(outer, null, act, callee);
}
function continueRun(f: Frame, act: number, callee: Frame | null): W {
  if (act === ACT_CALL) return execute(f, null, callee);
  if (act === ACT_NESTED) return execute(f, null, null, true);
  return execute(f); // ACT_INTERP: frame.pc/sp say where
}
generatorHooks.resumeFast = resumeGenerator;
generatorHooks.continueRun = continueRun;

/** Its first argument (execute's way to hand over a value while clearing the variable that held it). */
function first<T>(value: T, _cleared: unknown): T {
  return value;
}

/**
 * `pushed`: a callee the entry's compiled code asked for (ACT_CALL) before the loop took over; it is pushed
 * first, as if the compiled function had just returned ACT_CALL here.
 */
export function execute(
  entry: Frame,
  thrown: PyError | null = null,
  pushed: Frame | null = null,
  nested = false,
): W {
  // the cold copy (vm/cold_loop.ts) while a module body is imported; scripts/bundle.ts drops this line there
  if (coldLoop.depth > 0 && coldLoop.fn !== null) return coldLoop.fn(entry, thrown, pushed, nested);
  let frame = entry;
  let code = frame.code;
  let insns = code.insns;
  // state.tracing, re-read whenever the loop switches frames and after calls and backward jumps: only
  // code that runs Python (a call) can turn tracing on, and traceStep re-checks before reporting
  let tracing = state.tracing;
  // the current frame's baseline function (vm/baseline.ts) while it runs compiled; null while interpreted
  let compiled: BaselineFn | null = tracing ? null : baselineFor(code);
  if (pushed !== null) {
    out.frame = pushed;
    compiled = PUSH_PENDING;
  } else if (nested) compiled = NESTED_PENDING;
  // set while a baseline function (or the handling of what it asked for) runs: an exception then takes the
  // instruction from frame.lasti, which compiled code keeps, and the stack height from nothing
  let inCompiled = false;
  let slots = frame.slots;
  let sp = frame.sp;
  let pc = frame.pc;
  let consts = code._consts ?? code.consts;
  let reraise = false;
  let keepLasti = false;
  enter(entry);
  let pending = thrown !== null;

  for (;;) {
    try {
      if (pending) {
        // raised without a local of this loop keeping the error (its traceback's frames, their locals)
        pending = false;
        throw first(thrown!, thrown = null);
      }
      if (compiled !== null) {
        inCompiled = true;
        const act = compiled(frame, slots, pc);
        if (act === ACT_CALL) {
          const callee = out.frame!;
          out.frame = null;
          callee.back = frame;
          if (++state.depth > state.recursionLimit) {
            state.depth--;
            throw ops.errorOf("RecursionError", "maximum recursion depth exceeded");
          }
          frame = callee;
          state.frame = frame;
          code = frame.code;
          insns = code.insns;
          slots = frame.slots;
          sp = frame.sp;
          pc = 0;
          consts = code._consts ?? code.consts;
          tracing = state.tracing;
          compiled = tracing ? null : baselineFor(code);
          inCompiled = false;
          continue;
        }
        if (act === ACT_RETURN) {
          const v = out.value!;
          out.value = undefined;
          frame.sp = code.nlocalsplus;
          frame.finished = true;
          if (frame === entry) {
            ops.clearStack(slots, code.nlocalsplus, slots.length);
            state.frame = frame.back;
            state.nesting--;
            return v;
          }
          state.depth--;
          const done = frame;
          frame = frame.back!;
          state.frame = frame;
          code = frame.code;
          insns = code.insns;
          slots = frame.slots;
          sp = frame.sp;
          pc = frame.pc;
          consts = code._consts ?? code.consts;
          tracing = state.tracing;
          compiled = tracing || state.noBaseline ? null : code.baseline ?? null;
          // read from the done frame, not kept in a local (which would keep the new instance alive)
          slots[sp++] = done.initSelf === null ? v : ops.initResult(done.initSelf, v);
          recycleFrame(done);
          inCompiled = false;
          continue;
        }
        if (act === ACT_YIELD) {
          // the generator frame is this loop's entry (generator.ts resumes it with execute)
          const v = out.value!;
          out.value = undefined;
          frame.suspended = true;
          state.frame = frame.back;
          state.nesting--;
          return v;
        }
        if (act === ACT_NESTED) {
          // compiled functions called each other directly (baseline.ts callPushed) and the deepest one
          // stopped: it becomes the current frame, its callers stay linked below it through `back`
          const deep = out.nested!;
          out.nested = null;
          frame = deep;
          state.frame = frame;
          code = frame.code;
          insns = code.insns;
          slots = frame.slots;
          sp = frame.sp;
          pc = frame.pc;
          consts = code._consts ?? code.consts;
          tracing = state.tracing;
          const err = out.error;
          if (err !== undefined) {
            // raised there: unwind from the instruction it was at (compiled code keeps frame.lasti)
            out.error = undefined;
            compiled = null;
            throw err;
          }
          compiled = ACT_PENDING[out.act];
          inCompiled = false;
          continue;
        }
        if (act === ACT_INTERP) {
          pc = frame.pc;
          sp = frame.sp;
        }
        // ACT_INTERP, or ACT_NOENTRY (pc is not a place the function starts at): interpret from here
        compiled = null;
        inCompiled = false;
        tracing = state.tracing;
        continue;
      }
      const word = insns[pc];
      const op = word & 255;
      const oparg = word >> 8;
      if (tracing) {
        if (state.tracing) traceStep(frame, pc, op);
        else tracing = false;
      }
      frame.lasti = pc++;
      // Case labels are literal opcode numbers (V8 turns a dense switch over literals into a jump table; a
      // switch over `OP.X` property loads is a chain of comparisons). tests/interpreter/vm/dispatch_test.ts
      // checks every label against the table in opcodes.ts.
      switch (op) {
        case 128 /* RESUME */:
          // calls poll too (CPython's eval breaker at RESUME): plain recursion has no backward jump, and a
          // thread that only recurses must still let the others run and see Ctrl-C / interrupt_main
          if (--state.ticks < 0) ops.pollInterrupts();
          break;
        case 27 /* NOP */:
        case 28 /* NOT_TAKEN */:
        case 69 /* EXTENDED_ARG */:
        case 0 /* CACHE */:
          break;

        // ---------------------------------------------------------------- locals, constants, names
        case 84 /* LOAD_FAST */:
        case 86 /* LOAD_FAST_BORROW */:
        case 88 /* LOAD_FAST_CHECK */:
          // no temporary: a JS local of this loop keeps its last value (and the object) alive until it
          // is next written, which gc.collect() cannot see past (modules/weakref.ts collectNow)
          if ((slots[sp] = slots[oparg]) === undefined) unboundLocal(code, oparg);
          sp++;
          break;
        case 85 /* LOAD_FAST_AND_CLEAR */:
          slots[sp++] = slots[oparg];
          slots[oparg] = undefined;
          break;
        case 89 /* LOAD_FAST_LOAD_FAST */:
        case 87 /* LOAD_FAST_BORROW_LOAD_FAST_BORROW */:
          // no temporaries (see LOAD_FAST)
          if ((slots[sp] = slots[oparg >> 4]) === undefined) unboundLocal(code, oparg >> 4);
          if ((slots[sp + 1] = slots[oparg & 15]) === undefined) unboundLocal(code, oparg & 15);
          sp += 2;
          break;
        case 112 /* STORE_FAST */:
          // the popped entry is cleared, here and in the other stores: a long-lived frame's stack would
          // keep the stored object alive after `del` (gc.collect, finalizers)
          slots[oparg] = slots[--sp];
          slots[sp] = undefined;
          break;
        case 113 /* STORE_FAST_LOAD_FAST */: {
          slots[oparg >> 4] = slots[--sp];
          if ((slots[sp] = slots[oparg & 15]) === undefined) unboundLocal(code, oparg & 15);
          sp++;
          break;
        }
        case 114 /* STORE_FAST_STORE_FAST */:
          slots[oparg >> 4] = slots[--sp];
          slots[oparg & 15] = slots[--sp];
          slots[sp] = slots[sp + 1] = undefined;
          break;
        case 63 /* DELETE_FAST */:
          if (slots[oparg] === undefined) unboundLocal(code, oparg);
          slots[oparg] = undefined;
          break;
        case 82 /* LOAD_CONST */:
          slots[sp++] = consts[oparg];
          break;
        case 94 /* LOAD_SMALL_INT */:
          slots[sp++] = oparg;
          break;
        case 81 /* LOAD_COMMON_CONSTANT */:
          slots[sp++] = ops.commonConstant(oparg);
          break;
        case 92 /* LOAD_GLOBAL */: {
          // the cache hit for a name found in globals, inline; everything else in loadGlobalCached
          const e = code.ic[pc - 1] as ops.GlobalIC | undefined;
          const g = frame.globals as PyDict;
          if (e !== undefined && e.globals === g && e.gkeys === g.keysVersion && e.gindex >= 0) {
            slots[sp++] = g.evals[e.gindex]!;
          } else slots[sp++] = ops.loadGlobalCached(code, pc - 1, frame);
          if (oparg & 1) slots[sp++] = undefined;
          break;
        }
        case 115 /* STORE_GLOBAL */:
          ops.storeGlobalCached(code, pc - 1, frame, slots[--sp]!);
          slots[sp] = undefined;
          break;
        case 64 /* DELETE_GLOBAL */:
          if (!(frame.globals as PyDict).delStr(code.names[oparg])) {
            throw ops.errorOf("NameError", `name '${code.names[oparg]}' is not defined`);
          }
          break;
        case 93 /* LOAD_NAME */:
          slots[sp++] = ops.loadName(frame, code.names[oparg]);
          break;
        case 116 /* STORE_NAME */:
          ops.storeName(frame, code.names[oparg], slots[--sp]!);
          slots[sp] = undefined;
          break;
        case 65 /* DELETE_NAME */:
          ops.deleteName(frame, code.names[oparg]);
          break;
        case 22 /* LOAD_LOCALS */:
          if (frame.locals === null) throw ops.errorOf("SystemError", "no locals found");
          slots[sp++] = frame.locals;
          break;
        case 91 /* LOAD_FROM_DICT_OR_GLOBALS */: {
          const mapping = slots[--sp]!;
          slots[sp++] = ops.loadFromDictOrGlobals(frame, mapping, code.names[oparg]);
          break;
        }
        case 90 /* LOAD_FROM_DICT_OR_DEREF */: {
          const mapping = slots[--sp]!;
          const name = code.localsplusnames[oparg];
          let v = ops.mappingGet(mapping, name);
          if (v === undefined) {
            v = (slots[oparg] as PyCell).ref;
            if (v === undefined) throw ops.freeVarError(code, oparg);
          }
          slots[sp++] = v;
          break;
        }

        // ---------------------------------------------------------------- cells
        case 97 /* MAKE_CELL */:
          slots[oparg] = new PyCell(slots[oparg]);
          break;
        case 60 /* COPY_FREE_VARS */: {
          const closure = frame.func!.closure!;
          const base = code.nlocalsplus - oparg;
          for (let i = 0; i < oparg; i++) slots[base + i] = closure[i];
          break;
        }
        case 83 /* LOAD_DEREF */: {
          const v = (slots[oparg] as PyCell).ref;
          if (v === undefined) throw ops.freeVarError(code, oparg);
          slots[sp++] = v;
          break;
        }
        case 111 /* STORE_DEREF */:
          (slots[oparg] as PyCell).ref = slots[--sp];
          break;
        case 62 /* DELETE_DEREF */: {
          const cell = slots[oparg] as PyCell;
          if (cell.ref === undefined) throw ops.freeVarError(code, oparg);
          cell.ref = undefined;
          break;
        }

        // ---------------------------------------------------------------- stack
        case 31 /* POP_TOP */:
          slots[--sp] = undefined;
          break;
        case 33 /* PUSH_NULL */:
          slots[sp++] = undefined;
          break;
        case 59 /* COPY */:
          slots[sp] = slots[sp - oparg];
          sp++;
          break;
        case 117 /* SWAP */: {
          let t = slots[sp - 1];
          slots[sp - 1] = slots[sp - oparg];
          slots[sp - oparg] = t;
          t = undefined; // (see BINARY_OP)
          break;
        }

        // ---------------------------------------------------------------- operators
        case 44 /* BINARY_OP */: {
          // operands and result are cleared after use: V8's unoptimised tiers keep a local's last value
          // alive (gc.collect, finalizers); optimised code drops the dead stores
          let b: W = slots[--sp]!;
          let a: W = slots[sp - 1]!;
          slots[sp] = undefined;
          let r: W;
          if (typeof a === "number" && typeof b === "number") {
            switch (oparg) {
              // both are safe integers, so the result is exact while it stays within ±(2**53 - 1)
              case NB_ADD:
              case NB_INPLACE_ADD:
                r = a + b;
                if (r > MAX_SAFE || r < -MAX_SAFE) r = intAdd(a, b);
                break;
              case NB_SUBTRACT:
              case NB_INPLACE_SUBTRACT:
                r = a - b;
                if (r > MAX_SAFE || r < -MAX_SAFE) r = intSub(a, b);
                break;
              case NB_MULTIPLY:
              case NB_INPLACE_MULTIPLY:
                r = a * b;
                if (r > MAX_SAFE || r < -MAX_SAFE) r = intMul(a, b);
                else if (r === 0) r = 0; // -0 (a negative times zero) is the int 0
                break;
              default:
                r = ops.binaryByCode(oparg, a, b);
            }
          } else if (oparg === NB_SUBSCR) {
            r = ops.subscript(a, b);
          } else if (typeof a === "object") {
            const acls = a.cls;
            if (acls === floatType) {
              if (typeof b === "object" && b.cls === floatType) {
                r = ops.floatBinary(oparg, (a as PyFloat).value, (b as PyFloat).value);
              } else if (typeof b === "number" && ops.isFloatArith(oparg)) {
                r = ops.floatBinary(oparg, (a as PyFloat).value, b);
              } else r = ops.binaryByCode(oparg, a, b);
            } else if (
              acls === ops.strTypeRef && (oparg === NB_ADD || oparg === NB_INPLACE_ADD) &&
              typeof b === "object" && b.cls === ops.strTypeRef
            ) {
              r = strConcat(a as PyStr, b as PyStr);
            } else r = ops.binaryByCode(oparg, a, b);
          } else if (
            typeof a === "number" && typeof b === "object" && b.cls === floatType && ops.isFloatArith(oparg)
          ) {
            r = ops.floatBinary(oparg, a, (b as PyFloat).value);
          } else {
            r = ops.binaryByCode(oparg, a, b);
          }
          slots[sp - 1] = r;
          a = b = r = undefined!;
          break;
        }
        case 56 /* COMPARE_OP */: {
          let b: W = slots[--sp]!;
          let a: W = slots[sp - 1]!;
          slots[sp] = undefined;
          const cmp = oparg >> 5;
          let r: W;
          if (typeof a === "number" && typeof b === "number") {
            r = ops.numCompare(cmp, a, b) ? True : False;
          } else if (
            typeof a === "object" && a.cls === floatType && typeof b === "object" && b.cls === floatType
          ) {
            r = ops.numCompare(cmp, (a as PyFloat).value, (b as PyFloat).value) ? True : False;
          } else if (
            (cmp === 2 || cmp === 3) && typeof a === "object" && a.cls === ops.strTypeRef &&
            typeof b === "object" && b.cls === ops.strTypeRef
          ) {
            // str equality is equality of the JS strings (ordering is not: UTF-16 vs code points)
            r = ((a as PyStr).value === (b as PyStr).value) === (cmp === 2) ? True : False;
          } else {
            r = ops.compareByCode(cmp, a, b);
            if (oparg & 16 && r !== True && r !== False) r = isTrue(r) ? True : False;
          }
          slots[sp - 1] = r;
          a = b = r = undefined!;
          break;
        }
        case 74 /* IS_OP */:
          sp--;
          slots[sp - 1] = (slots[sp - 1] === slots[sp]) !== (oparg === 1) ? True : False;
          slots[sp] = undefined;
          break;
        case 57 /* CONTAINS_OP */:
          sp--;
          slots[sp - 1] = (ops.containsFast(slots[sp]!, slots[sp - 1]!) !== (oparg === 1)) ? True : False;
          slots[sp] = undefined;
          break;
        case 41 /* UNARY_NEGATIVE */:
          slots[sp - 1] = ops.negative(slots[sp - 1]!);
          break;
        case 40 /* UNARY_INVERT */:
          slots[sp - 1] = ops.invert(slots[sp - 1]!);
          break;
        case 42 /* UNARY_NOT */:
          slots[sp - 1] = slots[sp - 1] === True ? False : True;
          break;
        case 39 /* TO_BOOL */: {
          const v = slots[sp - 1]!;
          if (v !== True && v !== False) {
            slots[sp - 1] = typeof v === "number"
              ? (v !== 0 ? True : False)
              : v === None
              ? False
              : isTrue(v)
              ? True
              : False;
          }
          break;
        }
        case 53 /* CALL_INTRINSIC_1 */:
          slots[sp - 1] = ops.intrinsic1(frame, oparg, slots[sp - 1]!);
          break;
        case 54 /* CALL_INTRINSIC_2 */: {
          const b = slots[--sp]!;
          slots[sp - 1] = ops.intrinsic2(frame, oparg, slots[sp - 1]!, b);
          break;
        }

        // ---------------------------------------------------------------- subscripts and slices
        case 38 /* STORE_SUBSCR */: {
          // value, container, key on the stack, read from there and cleared after: no local keeps them
          // (see BINARY_OP)
          sp -= 3;
          const c = slots[sp + 1]!;
          if (
            c !== null && typeof c === "object" && c.cls === listType && typeof slots[sp + 2] === "number"
          ) {
            const items = (c as PyList).items;
            const i = (slots[sp + 2] as number) < 0
              ? (slots[sp + 2] as number) + items.length
              : slots[sp + 2] as number;
            if (i >= 0 && i < items.length) items[i] = slots[sp]!;
            else setItem(c, slots[sp + 2]!, slots[sp]!);
          } else if (typeof c === "object" && c.cls === ops.dictTypeRef) {
            (c as PyDict).setItem(slots[sp + 2]!, slots[sp]!);
          } else setItem(c, slots[sp + 2]!, slots[sp]!);
          slots[sp] = slots[sp + 1] = slots[sp + 2] = undefined;
          break;
        }
        case 8 /* DELETE_SUBSCR */:
          sp -= 2;
          delItem(slots[sp]!, slots[sp + 1]!);
          slots[sp] = slots[sp + 1] = undefined;
          break;
        case 1 /* BINARY_SLICE */: {
          const stop = slots[--sp]!;
          const start = slots[--sp]!;
          slots[sp - 1] = ops.sliceSubscript(slots[sp - 1]!, start, stop);
          break;
        }
        case 37 /* STORE_SLICE */: {
          const stop = slots[--sp]!;
          const start = slots[--sp]!;
          const container = slots[--sp]!;
          const value = slots[--sp]!;
          setItem(container, new PySlice(start, stop, None), value);
          break;
        }
        case 49 /* BUILD_SLICE */: {
          const step = oparg === 3 ? slots[--sp]! : None;
          const stop = slots[--sp]!;
          slots[sp - 1] = new PySlice(slots[sp - 1]!, stop, step);
          break;
        }

        // ---------------------------------------------------------------- building
        case 51 /* BUILD_TUPLE */: {
          // no local keeps the items, and the entries above the new tuple are cleared (see BINARY_OP)
          const base = sp - oparg;
          slots[base] = newTuple(slots.slice(base, sp) as W[]);
          for (let i = base + 1; i < sp; i++) slots[i] = undefined;
          sp = base + 1;
          break;
        }
        case 46 /* BUILD_LIST */: {
          // the new list's items are not kept in a local (see BINARY_OP)
          const base = sp - oparg;
          slots[base] = newList(slots.slice(base, sp) as W[]);
          for (let i = base + 1; i < sp; i++) slots[i] = undefined;
          sp = base + 1;
          break;
        }
        case 48 /* BUILD_SET */: {
          const s = newSet();
          for (let i = sp - oparg; i < sp; i++) s.add(slots[i]!);
          sp -= oparg;
          slots[sp++] = s;
          break;
        }
        case 47 /* BUILD_MAP */: {
          let d: PyDict | undefined = newDict();
          const base = sp - 2 * oparg;
          for (let i = 0; i < oparg; i++) d.setItem(slots[base + 2 * i]!, slots[base + 2 * i + 1]!);
          for (let i = base + 1; i < sp; i++) slots[i] = undefined;
          sp = base;
          slots[sp++] = d;
          d = undefined;
          break;
        }
        case 50 /* BUILD_STRING */: {
          let s = "";
          for (let i = sp - oparg; i < sp; i++) s += (slots[i] as PyStr).value;
          sp -= oparg;
          slots[sp++] = newStr(s);
          break;
        }
        case 78 /* LIST_APPEND */:
          // no locals for the values of this and the next cases (see BINARY_OP)
          (slots[sp - 1 - oparg] as PyList).items.push(slots[--sp]!);
          slots[sp] = undefined;
          break;
        case 79 /* LIST_EXTEND */:
          ops.listExtend(slots[sp - 1 - oparg] as PyList, slots[--sp]!);
          slots[sp] = undefined;
          break;
        case 107 /* SET_ADD */:
          (slots[sp - 1 - oparg] as PySet).add(slots[--sp]!);
          slots[sp] = undefined;
          break;
        case 109 /* SET_UPDATE */:
          ops.setUpdate(slots[sp - 1 - oparg] as PySet, slots[--sp]!);
          slots[sp] = undefined;
          break;
        case 98 /* MAP_ADD */:
          sp -= 2;
          (slots[sp - oparg] as PyDict).setItem(slots[sp]!, slots[sp + 1]!);
          slots[sp] = slots[sp + 1] = undefined;
          break;
        case 67 /* DICT_UPDATE */: {
          const v = slots[--sp]!;
          ops.dictUpdate(slots[sp - oparg] as PyDict, v);
          break;
        }
        case 66 /* DICT_MERGE */: {
          const v = slots[--sp]!;
          ops.dictMerge(slots[sp - oparg] as PyDict, v, slots[sp - oparg - 3]!);
          break;
        }
        case 119 /* UNPACK_SEQUENCE */: {
          // the sequence and its items are not kept in locals after (see BINARY_OP)
          let seq: W = slots[--sp]!;
          let items: W[];
          if (
            typeof seq === "object" && (seq.cls === tupleType || seq.cls === listType) &&
            (seq as PyTuple).items.length === oparg
          ) {
            items = (seq as PyTuple).items;
          } else items = ops.unpackIterable(seq, oparg, -1);
          for (let i = oparg - 1; i >= 0; i--) slots[sp++] = items[i];
          seq = items = undefined!;
          break;
        }
        case 118 /* UNPACK_EX */: {
          const before = oparg & 0xff, after = oparg >> 8;
          let items = ops.unpackIterable(slots[--sp]!, before, after);
          // items: before values, then the starred list, then after values; pushed reversed
          for (let i = items.length - 1; i >= 0; i--) slots[sp++] = items[i];
          items = undefined!;
          break;
        }

        // ---------------------------------------------------------------- attributes
        case 80 /* LOAD_ATTR */:
          // no local keeps the owner, nor `lm` the method's self (see BINARY_OP)
          if (oparg & 1) {
            slots[sp - 1] = ops.loadMethodCached(code, pc - 1, slots[sp - 1]!);
            slots[sp++] = ops.lm.self;
            ops.lm.self = undefined;
          } else {
            slots[sp - 1] = ops.loadAttrCached(code, pc - 1, slots[sp - 1]!);
          }
          break;
        case 110 /* STORE_ATTR */:
          // owner and value are not kept in locals of this loop (see LOAD_FAST)
          sp -= 2;
          ops.storeAttrCached(code, pc - 1, slots[sp + 1]!, slots[sp]!);
          slots[sp] = slots[sp + 1] = undefined;
          break;
        case 61 /* DELETE_ATTR */: {
          const owner = slots[--sp]!;
          ops.deleteAttr(owner, code.names[oparg]);
          break;
        }
        case 96 /* LOAD_SUPER_ATTR */: {
          const self = slots[--sp]!;
          const cls = slots[--sp]!;
          const superFn = slots[--sp]!;
          const name = code.names[oparg >> 2];
          slots[sp++] = ops.loadSuperAttr(superFn, cls, self, name, (oparg & 1) !== 0, (oparg & 2) !== 0);
          if (oparg & 1) slots[sp++] = ops.lm.self;
          break;
        }
        case 95 /* LOAD_SPECIAL */: {
          const owner = slots[sp - 1]!;
          slots[sp - 1] = ops.loadSpecial(owner, oparg);
          slots[sp++] = ops.lm.self;
          break;
        }

        // ---------------------------------------------------------------- control flow
        case 77 /* JUMP_FORWARD */:
          pc = oparg;
          break;
        case 75 /* JUMP_BACKWARD */:
          pc = oparg;
          if (--state.ticks < 0) ops.pollInterrupts();
          tracing = state.tracing;
          if (!tracing) compiled = baselineFor(code);
          break;
        case 76 /* JUMP_BACKWARD_NO_INTERRUPT */:
          pc = oparg;
          break;
        case 100 /* POP_JUMP_IF_FALSE */: {
          const v = slots[--sp];
          if (v === False) pc = oparg;
          else if (v !== True && !isTrue(v!)) pc = oparg;
          break;
        }
        case 103 /* POP_JUMP_IF_TRUE */: {
          const v = slots[--sp];
          if (v === True) pc = oparg;
          else if (v !== False && isTrue(v!)) pc = oparg;
          break;
        }
        case 101 /* POP_JUMP_IF_NONE */:
          if (slots[--sp] === None) pc = oparg;
          break;
        case 102 /* POP_JUMP_IF_NOT_NONE */:
          if (slots[--sp] !== None) pc = oparg;
          break;
        case 16 /* GET_ITER */:
          slots[sp - 1] = iter(slots[sp - 1]!);
          break;
        case 70 /* FOR_ITER */: {
          // no value of this case outlives it in a local (the iterator, the item): a loop left by `break`
          // would keep its generator (and its finaliser) or its last item alive (see LOAD_FAST)
          let it: PyObject | null = slots[sp - 1] as PyObject;
          const icls = it.cls;
          // range and list iterators inline; flags & 1 (HEAPTYPE): a Python subclass may override
          // __next__, so it goes through next()
          if (icls === rangeIteratorType) {
            if ((it as PyRangeIterator).remaining > 0) {
              (it as PyRangeIterator).remaining--;
              slots[sp] = (it as PyRangeIterator).next;
              (it as PyRangeIterator).next = (slots[sp] as number) + (it as PyRangeIterator).step;
            } else slots[sp] = STOP_ITEM;
          } else if (icls === listIteratorType) {
            // the list read twice rather than kept in a local, which would hold it alive past the loop
            if (
              (it as PyListIterator).list !== null &&
              (it as PyListIterator).index < (it as PyListIterator).list!.items.length
            ) {
              slots[sp] = (it as PyListIterator).list!.items[(it as PyListIterator).index++];
            } else {
              (it as PyListIterator).list = null;
              slots[sp] = STOP_ITEM;
            }
          } else if (it instanceof PyNativeIterator && (icls.flags & 1) === 0) slots[sp] = it.nextItem();
          else if (it instanceof PyGenerator) {
            slots[sp] = state.threads ? forIterGenerator(it) : it.resumeForIter();
          } else slots[sp] = next(it);
          it = null;
          if (slots[sp] === STOP_ITEM) {
            slots[sp++] = undefined;
            pc = oparg;
          } else sp++;
          break;
        }
        case 9 /* END_FOR */:
          slots[--sp] = undefined;
          break;
        case 30 /* POP_ITER */:
          slots[--sp] = undefined;
          break;
        case 18 /* GET_LEN */: {
          slots[sp] = ops.lenOf(slots[sp - 1]!);
          sp++;
          break;
        }

        // ---------------------------------------------------------------- calls and functions
        case 52 /* CALL */:
        case 55 /* CALL_KW */: {
          let kwnames: PyTuple | null = null;
          if (op === 55 /* CALL_KW */) {
            kwnames = slots[--sp] as PyTuple;
            slots[sp] = undefined;
          }
          const base = sp - oparg - 2;
          // the same call as compiled code makes (baseline.ts callAt); a Python callee is pushed by the
          // ACT_CALL path at the top of the loop, as if a compiled function had asked for it
          // the result goes straight to the stack: a local would keep it alive until the next call returns
          if ((slots[base] = callAt(frame, code, pc - 1, slots, base, oparg, kwnames)) === PUSHED) {
            slots[base] = undefined;
            sp = base;
            frame.sp = sp;
            frame.pc = pc;
            compiled = PUSH_PENDING;
            break;
          }
          // the callable's and arguments' entries above the result, which a builtin's call leaves
          for (let i = base + oparg + 1; i > base; i--) slots[i] = undefined;
          sp = base + 1;
          tracing = state.tracing;
          break;
        }
        case 4 /* CALL_FUNCTION_EX */: {
          const kwargs = slots[--sp];
          const callargs = slots[--sp]!;
          const selfOrNull = slots[--sp];
          const callable = slots[sp - 1]!;
          slots[sp - 1] = ops.callEx(callable, selfOrNull, callargs, kwargs);
          tracing = state.tracing;
          break;
        }
        case 23 /* MAKE_FUNCTION */: {
          const c = slots[sp - 1] as PyCode;
          const f = new PyFunction(c, frame.globals, frame.builtins);
          ops.initFunction(f, frame);
          slots[sp - 1] = f;
          break;
        }
        case 108 /* SET_FUNCTION_ATTRIBUTE */: {
          const f = slots[--sp] as PyFunction;
          const v = slots[sp - 1]!;
          ops.setFunctionAttribute(f, oparg, v);
          slots[sp - 1] = f;
          break;
        }
        case 21 /* LOAD_BUILD_CLASS */:
          slots[sp++] = ops.loadBuildClass(frame);
          break;
        case 36 /* SETUP_ANNOTATIONS */:
          ops.setupAnnotations(frame);
          break;
        case 11 /* EXIT_INIT_CHECK */: {
          const v = slots[--sp]!;
          if (v !== None) raiseTypeError(`__init__() should return None, not '${typeOf(v).name}'`);
          break;
        }

        case 35 /* RETURN_VALUE */: {
          // the frame is popped by the ACT_RETURN path at the top of the loop, as for compiled code
          // (the trace function runs Python, which uses `out` too: the value goes there after it)
          if (state.tracing) traceReturn(frame, slots[sp - 1]!, false);
          out.value = slots[--sp]!;
          slots[sp] = undefined;
          compiled = RETURN_PENDING;
          break;
        }
        case 34 /* RETURN_GENERATOR */: {
          frame.pc = pc;
          frame.sp = sp;
          if (frame === entry) {
            state.frame = frame.back;
            state.nesting--;
            return newGeneratorFor(frame);
          }
          state.depth--;
          // the generator goes straight onto the caller's stack: no local keeps it (see LOAD_FAST)
          frame.back!.slots[frame.back!.sp++] = newGeneratorFor(frame);
          const caller = frame.back!;
          frame.back = null;
          frame = caller;
          state.frame = frame;
          code = frame.code;
          insns = code.insns;
          tracing = state.tracing;
          slots = frame.slots;
          sp = frame.sp;
          pc = frame.pc;
          consts = code._consts ?? code.consts;
          break;
        }
        case 120 /* YIELD_VALUE */: {
          // Generator frames always run as the entry of their own execute() (see generator.ts).
          const v = slots[--sp]!;
          if (state.tracing) traceReturn(frame, v, true);
          frame.pc = pc;
          frame.lasti = pc - 1;
          frame.sp = sp;
          frame.suspended = true;
          if (frame !== entry) {
            // a generator frame that a thread switch left in its thread's loop: back to the caller's
            // FOR_ITER, which takes the value (vm/threads.ts forIterGenerator)
            frame = flatYield(frame, v);
            state.frame = frame;
            code = frame.code;
            insns = code.insns;
            slots = frame.slots;
            sp = frame.sp;
            pc = frame.pc;
            consts = code._consts ?? code.consts;
            tracing = state.tracing;
            break;
          }
          state.frame = frame.back;
          state.nesting--;
          return v;
        }
        case 19 /* GET_YIELD_FROM_ITER */: {
          const v = slots[sp - 1]!;
          slots[sp - 1] = ops.getYieldFromIter(frame, v);
          break;
        }
        case 106 /* SEND */: {
          const v = slots[sp - 1]!;
          const receiver = slots[sp - 2]!;
          const r = ops.send(receiver, v);
          slots[sp - 1] = r.value;
          if (r.done) pc = oparg;
          break;
        }
        case 10 /* END_SEND */: {
          const v = slots[--sp]!;
          slots[sp - 1] = v;
          break;
        }
        case 7 /* CLEANUP_THROW */: {
          const exc = slots[sp - 1]!;
          if (exc instanceof PyBaseException && exc.cls.isSubtypeOf(exceptionType("StopIteration"))) {
            const value = exc.getAttr("value") ?? None;
            slots[sp - 1] = undefined;
            slots[sp - 2] = undefined;
            sp -= 2;
            slots[sp - 1] = None;
            slots[sp++] = value;
            break;
          }
          reraise = true;
          throw reraised(exc);
        }
        case 71 /* GET_AWAITABLE */:
          slots[sp - 1] = ops.getAwaitable(slots[sp - 1]!, oparg);
          break;
        case 14 /* GET_AITER */:
          slots[sp - 1] = ops.getAiter(slots[sp - 1]!);
          break;
        case 15 /* GET_ANEXT */:
          slots[sp] = ops.getAnext(slots[sp - 1]!);
          sp++;
          break;
        case 68 /* END_ASYNC_FOR */: {
          const exc = slots[sp - 1]!;
          if (exc instanceof PyBaseException && exc.cls.isSubtypeOf(exceptionType("StopAsyncIteration"))) {
            slots[--sp] = undefined;
            slots[--sp] = undefined;
            break;
          }
          reraise = true;
          throw reraised(exc);
        }

        // ---------------------------------------------------------------- exceptions
        case 104 /* RAISE_VARARGS */: {
          if (oparg === 0) {
            const cur = topmostExc();
            if (cur === null || cur === None) {
              throw ops.errorOf("RuntimeError", "No active exception to reraise");
            }
            reraise = true;
            throw reraised(cur);
          }
          const cause = oparg === 2 ? slots[--sp]! : undefined;
          const exc = slots[--sp]!;
          throw ops.makeRaise(exc, cause);
        }
        case 105 /* RERAISE */: {
          const exc = slots[--sp]!;
          if (oparg) {
            frame.lasti = slots[sp - oparg] as number;
            keepLasti = true;
          }
          reraise = true;
          throw reraised(exc);
        }
        case 32 /* PUSH_EXC_INFO */:
          // no locals holding the exception (see LOAD_FAST): it stays in the two stack slots and state.exc
          slots[sp] = slots[sp - 1];
          slots[sp - 1] = state.exc ?? None;
          state.exc = slots[sp++]!;
          break;
        case 29 /* POP_EXCEPT */: {
          const v = slots[--sp]!;
          state.exc = v === None ? null : v;
          break;
        }
        case 6 /* CHECK_EXC_MATCH */:
          slots[sp - 1] = ops.excMatches(slots[sp - 2]!, slots[sp - 1]!) ? True : False;
          break;
        case 5 /* CHECK_EG_MATCH */: {
          const t = slots[--sp]!;
          const eg = slots[--sp]!;
          const [rest, match] = ops.checkEgMatch(eg, t);
          slots[sp++] = rest;
          slots[sp++] = match;
          break;
        }
        case 43 /* WITH_EXCEPT_START */: {
          const val = slots[sp - 1]!;
          const exitSelf = slots[sp - 4];
          const exitFunc = slots[sp - 5]!;
          const tb = val instanceof PyBaseException ? val.traceback : None;
          const a = exitSelf === undefined ? [typeOf(val), val, tb] : [exitSelf, typeOf(val), val, tb];
          slots[sp++] = call(exitFunc, a);
          break;
        }

        // ---------------------------------------------------------------- formatting
        case 12 /* FORMAT_SIMPLE */: {
          const v = slots[sp - 1]!;
          if (!(v instanceof PyStr && v.cls === ops.strTypeRef)) slots[sp - 1] = ops.format(v, "");
          break;
        }
        case 13 /* FORMAT_WITH_SPEC */: {
          const spec = slots[--sp] as PyStr;
          slots[sp - 1] = ops.format(slots[sp - 1]!, spec.value);
          break;
        }
        case 58 /* CONVERT_VALUE */:
          slots[sp - 1] = ops.convertValue(slots[sp - 1]!, oparg);
          break;
        case 45 /* BUILD_INTERPOLATION */: {
          const spec = (oparg & 1) !== 0 ? slots[--sp]! : null;
          const expression = slots[--sp]!;
          slots[sp - 1] = buildInterpolation(slots[sp - 1]!, expression, spec, oparg);
          break;
        }
        case 2 /* BUILD_TEMPLATE */: {
          const interpolations = slots[--sp]!;
          slots[sp - 1] = buildTemplate(slots[sp - 1]!, interpolations);
          break;
        }

        // ---------------------------------------------------------------- imports
        case 73 /* IMPORT_NAME */: {
          const fromlist = slots[--sp]!;
          const level = slots[sp - 1]!;
          slots[sp - 1] = ops.importName(frame, code.names[oparg], fromlist, level);
          break;
        }
        case 72 /* IMPORT_FROM */: {
          const mod = slots[sp - 1]!;
          slots[sp++] = ops.importFrom(mod, code.names[oparg]);
          break;
        }

        // ---------------------------------------------------------------- pattern matching
        case 99 /* MATCH_CLASS */: {
          const names = slots[--sp] as PyTuple;
          const cls = slots[--sp]!;
          const subject = slots[sp - 1]!;
          slots[sp - 1] = ops.matchClass(subject, cls, oparg, names);
          break;
        }
        case 25 /* MATCH_MAPPING */:
          slots[sp] = ops.matchMapping(slots[sp - 1]!) ? True : False;
          sp++;
          break;
        case 26 /* MATCH_SEQUENCE */:
          slots[sp] = ops.matchSequence(slots[sp - 1]!) ? True : False;
          sp++;
          break;
        case 24 /* MATCH_KEYS */: {
          slots[sp] = ops.matchKeys(slots[sp - 2]!, slots[sp - 1] as PyTuple);
          sp++;
          break;
        }

        case 17 /* RESERVED */:
        case 20 /* INTERPRETER_EXIT */:
        default:
          throw ops.errorOf("SystemError", `unknown opcode ${op}`);
      }
    } catch (e) {
      if (e === THREAD_SWITCH) {
        // vm/threads.ts switches this thread out: its frames stay linked and resume at `frame` later
        const base = suspendAt(frame, pc, sp, entry, inCompiled);
        state.frame = entry.back;
        state.nesting--;
        if (base) return SUSPENDED;
        throw e;
      }
      state.callSpec = null;
      // ------------------------------------------------------------ exception unwinding
      let err: PyError | null = e instanceof PyError ? e : toPyError(e);
      let exc: W | null = err.value;
      compiled = null;
      if (inCompiled) {
        // compiled code keeps frame.lasti itself; everything above the handler's depth is cleared
        inCompiled = false;
        pc = frame.lasti + 1;
        sp = frame.slots.length;
      } else if (!keepLasti) frame.lasti = pc - 1;
      keepLasti = false;
      if (!reraise) {
        recordRaise(err, frame);
        if (state.tracing) ops.traceExceptionSafely(frame, exc);
      }
      reraise = false;
      // handlers are looked up at the instruction that failed (RERAISE may have moved lasti, which only
      // affects the traceback line, as in CPython's exception_unwind)
      let at = pc - 1;
      for (;;) {
        const target = ops.findHandler(frame.code, at);
        if (target !== null) {
          code = frame.code;
          slots = frame.slots;
          sp = ops.enterHandler(frame, target, exc, Math.max(sp, frame.sp));
          pc = target.target;
          insns = code.insns;
          tracing = state.tracing;
          consts = code._consts ?? code.consts;
          // the exception lives on in the handler's stack slot only: locals of this loop would keep it,
          // its traceback and every frame on it alive until the next exception (gc.collect, weakrefs)
          // deno-lint-ignore no-ex-assign -- the catch binding is one of those locals
          e = err = exc = null;
          break;
        }
        // no handler: leave this frame
        if (state.tracing) ops.traceReturnSafely(frame, exc);
        frame.finished = true;
        ops.clearStack(frame.slots, frame.code.nlocalsplus, frame.slots.length);
        if (frame.initSelf !== null) frameExitOnError(frame);
        if (frame === entry) {
          state.frame = frame.back;
          state.nesting--;
          throw err;
        }
        state.depth--;
        frame = frame.back!;
        state.frame = frame;
        sp = frame.sp;
        at = frame.pc - 1;
        frame.lasti = at;
        addTraceback(exc, frame);
        // the exception now appears in the caller: its RAISE / 'exception' event, as in CPython
        if (state.tracing) ops.traceExceptionSafely(frame, exc);
      }
    }
  }
}
threadHooks.execute = execute;
threadHooks.checkInterrupt = ops.checkInterrupt;
