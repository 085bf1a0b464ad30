// generator, coroutine and async_generator: a suspended Frame plus the resume protocol (send, throw,
// close, yield-from delegation). A generator's frame always runs as the entry frame of its own run of
// the eval loop, so YIELD_VALUE simply returns from that run.
import {
  builtinType,
  call,
  defineGetSets,
  defineMethods,
  False,
  generatorIterHook,
  getAttrOrUndefined,
  None,
  PyObject,
  PyType,
  STOP_ITEM,
  True,
  TypeFlags,
  typeOf,
  type W,
} from "./model.ts";
import { errorWithMessage, newError, PyError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { exceptionTypes, newException, PyBaseException } from "./exceptions.ts";
import { newStr, PyStr } from "./str.ts";
import { newTuple } from "./tuple.ts";
import { PyTraceback } from "./traceback.ts";
import { Frame } from "../vm/frame.ts";
import type { PyCode } from "./codeobject.ts";
import { enterGeneratorExc, leaveGeneratorExc, state } from "../vm/state.ts";
import { setContext } from "../vm/exc.ts";
import { THREAD_SWITCH } from "../vm/threads.ts";
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_ITERABLE_COROUTINE } from "../compiler/code.ts";
import { OP } from "../compiler/opcodes.ts";
import { objectId } from "./object.ts";
import { repr } from "./operations.ts";

export const generatorType: PyType = builtinType("generator", undefined, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
export const coroutineType: PyType = builtinType("coroutine", undefined, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
export const asyncGeneratorType: PyType = builtinType("async_generator", undefined, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
const coroWrapperType: PyType = builtinType("coroutine_wrapper", undefined, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
const asendType: PyType = builtinType("async_generator_asend", undefined, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
const athrowType: PyType = builtinType("async_generator_athrow", undefined, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});

/** Installed by eval.ts: run a frame (optionally raising `thrown` in it first). */
export const generatorHooks = {
  execute: (_f: Frame, _thrown: PyError | null): W => None,
  /** The rest of a resume the eval loop's fast path began (see eval.ts resumeGenerator): ACT_* code. */
  continueRun: (_f: Frame, _act: number, _callee: Frame | null): W => None,
  /** resumeRaw(value, null), with eval.ts's fast path for compiled generator frames. */
  resumeFast: (g: PyGenerator, value: W): W => g.resumeRaw(value, null),
};

/** Values yielded by an async generator body (as opposed to awaits passing through). */
export class AsyncGenWrapped extends PyObject {
  constructor(readonly value: W) {
    super();
    this.cls = asendType;
  }
}

export interface ResumeResult {
  done: boolean;
  value: W;
}

export class PyGenerator extends PyObject {
  declare readonly frame: Frame;
  declare running: boolean;
  declare started: boolean;
  /** The exception this generator was handling when it last yielded (restored on resume). */
  declare excState: W | null;
  declare name: string;
  declare qualname: string;
  /** For coroutines: set once awaited (a coroutine can be awaited once). */
  declare awaited: boolean;
  /** For async generators: a running asend/athrow. */
  declare agRunning: boolean;
  /** For async generators: finished or aclose()d (ag_closed) */
  declare agClosed: boolean;
  declare agHooksInited: boolean;
  /** For coroutines: cr_origin (None unless origin tracking was on when it was created); the creating
   * frames' code and instruction until cr_origin is first read (line numbers are computed then). */
  declare origin: W | OriginFrame[];
  constructor(frame: Frame, cls: PyType) {
    super();
    this.cls = cls;
    this.running = false;
    this.started = false;
    this.excState = null;
    this.awaited = false;
    this.agRunning = false;
    this.agClosed = false;
    this.agHooksInited = false;
    this.origin = None;
    this.frame = frame;
    // the function's names, which may have been reassigned since it was defined (gen_new_with_qualname)
    const func = frame.func;
    this.name = func !== null ? func.name : frame.code.co.co_name;
    this.qualname = func !== null ? func.qualname : frame.code.co.co_qualname;
  }

  kindName(): string {
    return this.cls === coroutineType
      ? "coroutine"
      : this.cls === asyncGeneratorType
      ? "async generator"
      : "generator";
  }

  /** The sub-iterator when suspended inside `yield from`/`await`, else undefined. */
  yieldFrom(): W | undefined {
    const f = this.frame;
    if (f.finished || !this.started || this.running) return undefined;
    const prev = f.pc - 1;
    if (prev >= 0 && f.code.ops[prev] === OP.YIELD_VALUE && f.code.args[prev] === 1) {
      // `yield from` pushes the receiver below the yielded value (SEND … YIELD_VALUE 1); resume points at RESUME
      return f.slots[f.sp - 1];
    }
    return undefined;
  }

  /** Resume with `value` sent in (or `thrown` raised at the suspension point). */
  resume(value: W, thrown: PyError | null): ResumeResult {
    const v = this.resumeRaw(value, thrown);
    return { done: !this.frame.suspended, value: v };
  }

  /**
   * `resume` without the result object (FOR_ITER and SEND resume once per item): the value yielded or
   * returned; `frame.suspended` tells which.
   */
  resumeRaw(value: W, thrown: PyError | null): W {
    const f = this.frame;
    if (this.running) raiseValueError(`${this.kindName()} already executing`);
    if (f.finished) {
      // an exhausted coroutine refuses throw() too (gen_send_ex2); close() never gets here
      if (this.cls === coroutineType) {
        throw errorWithMessage("RuntimeError", "cannot reuse already awaited coroutine");
      }
      if (thrown !== null) throw thrown;
      f.suspended = false;
      return None;
    }
    if (!this.started) {
      if (thrown === null && value !== None) {
        raiseTypeError(`can't send non-None value to a just-started ${this.kindName()}`);
      }
      this.started = true;
    }
    if (thrown === null) f.slots[f.sp++] = value;
    this.running = true;
    if (state.depth + 1 > state.recursionLimit) {
      this.running = false;
      throw errorWithMessage("RecursionError", "maximum recursion depth exceeded");
    }
    state.depth++;
    // what is thrown in chains to the exception the generator itself was handling (_PyErr_ChainStackItem)
    if (thrown !== null && this.excState !== null) setContext(thrown.value, this.excState);
    const outer = enterGeneratorExc(this.excState);
    return this.runResume(outer, thrown, 0, null);
  }

  /**
   * The running part of a resume, with its bookkeeping (the generator is marked running, the depth counted
   * and its handled exception in place): `act` 0 runs the frame (raising `thrown` first), an ACT_* code
   * finishes what the compiled fast path began.
   */
  runResume(outer: W | null, thrown: PyError | null, act: number, callee: Frame | null): W {
    const f = this.frame;
    let r: W;
    let switched = false;
    try {
      r = act === 0 ? generatorHooks.execute(f, thrown) : generatorHooks.continueRun(f, act, callee);
    } catch (e) {
      if (e === THREAD_SWITCH) {
        // its green thread switched out inside: the frame stays running in the thread's loop, which does
        // this bookkeeping when it yields or ends (vm/threads.ts forIterGenerator)
        switched = true;
        throw e;
      }
      f.finished = true;
      if (e instanceof PyError) throw this.convertStop(e);
      throw e;
    } finally {
      if (!switched) {
        this.running = false;
        state.depth--;
        this.excState = leaveGeneratorExc(outer);
      }
    }
    if (!f.suspended) f.finished = true;
    return r;
  }

  /** PEP 479: StopIteration escaping a generator becomes RuntimeError. */
  private convertStop(e: PyError): PyError {
    const isAsync = this.cls === asyncGeneratorType;
    if (
      e.matches(exceptionTypes.StopIteration) || (isAsync && e.matches(exceptionTypes.StopAsyncIteration))
    ) {
      const what = e.matches(exceptionTypes.StopIteration) ? "StopIteration" : "StopAsyncIteration";
      const err = errorWithMessage("RuntimeError", `${this.kindName()} raised ${what}`);
      const v = err.value as PyBaseException;
      v.cause = e.value;
      v.context = e.value;
      v.suppressContext = true;
      err.chained = true;
      return err;
    }
    return e;
  }

  /** FOR_ITER's fast path: the next value or STOP_ITEM. */
  resumeForIter(): W {
    const v = generatorHooks.resumeFast(this, None);
    return this.frame.suspended ? v : STOP_ITEM;
  }

  /** send(): the yielded value, or raises StopIteration(return value). */
  send(value: W): W {
    const v = generatorHooks.resumeFast(this, value);
    if (!this.frame.suspended) throw stopIteration(v);
    return v;
  }

  /**
   * throw(exc) with yield-from delegation to the sub-iterator first. GeneratorExit closes the
   * sub-iterator, except for an async generator's athrow()/aclose() (`closeOnExit` false), which
   * throws it in so that the awaited cleanup can run (CPython's close_on_genexit).
   */
  throwInto(err: PyError, closeOnExit = true): ResumeResult {
    const sub = this.yieldFrom();
    if (sub !== undefined) {
      const isExit = err.matches(exceptionTypes.GeneratorExit);
      if (isExit && closeOnExit) {
        this.running = true;
        try {
          this.delegate(() => closeIter(sub));
        } catch (e) {
          this.running = false;
          if (e instanceof PyError) return this.resume(None, e);
          throw e;
        }
        this.running = false;
        return this.resume(None, err);
      }
      let r: ResumeResult | null = null;
      this.running = true;
      try {
        if (sub instanceof PyGenerator) r = this.delegate(() => sub.throwInto(err, closeOnExit));
        else {
          const meth = getAttrOrUndefined(sub, "throw");
          if (meth === undefined) {
            this.running = false;
            return this.resume(None, err);
          }
          r = { done: false, value: this.delegate(() => call(meth, [err.value])) };
        }
      } catch (e) {
        this.running = false;
        if (e instanceof PyError) return this.resume(None, e);
        throw e;
      }
      this.running = false;
      if (!r.done) return r;
      // the sub-iterator returned: raise its StopIteration in our frame, where CLEANUP_THROW takes the value
      return this.resume(None, stopIteration(r.value));
    }
    return this.resume(None, err);
  }

  /** Run `fn` (a throw or close passed on to the sub-iterator) with this frame on the stack, as
   * CPython's _gen_throw links it, so the sub-iterator sees the whole stack (gh-93592). */
  private delegate<T>(fn: () => T): T {
    const f = this.frame;
    const prev = state.frame;
    f.back = prev;
    state.frame = f;
    try {
      return fn();
    } finally {
      state.frame = prev;
    }
  }

  close(): W {
    if (this.frame.finished) return None;
    if (!this.started) {
      this.frame.finished = true;
      return None;
    }
    const exit = new PyError(newException(exceptionTypes.GeneratorExit, []));
    let r: ResumeResult;
    try {
      r = this.throwInto(exit);
    } catch (e) {
      if (
        e instanceof PyError &&
        (e.matches(exceptionTypes.GeneratorExit) || e.matches(exceptionTypes.StopIteration))
      ) {
        return None;
      }
      throw e;
    }
    if (!r.done) throw errorWithMessage("RuntimeError", `${this.kindName()} ignored GeneratorExit`);
    return r.value;
  }
}

export function stopIteration(value: W): PyError {
  return new PyError(newException(exceptionTypes.StopIteration, value === None ? [] : [value]));
}

function closeIter(sub: W): void {
  if (sub instanceof PyGenerator) {
    sub.close();
    return;
  }
  const meth = getAttrOrUndefined(sub, "close");
  if (meth !== undefined) call(meth, []);
}

generatorIterHook.type = generatorType;
generatorIterHook.next = (g) => (g as PyGenerator).resumeForIter();

/**
 * Whether close() can run code of this generator's body: a handler other than the ones every `yield from`
 * (CLEANUP_THROW) and generator body (StopIteration made a RuntimeError) have. Cached per code object.
 */
const closeRuns = new WeakMap<PyCode, boolean>();
function closeRunsCode(code: PyCode): boolean {
  let r = closeRuns.get(code);
  if (r === undefined) {
    r = code.excTable.some((e) => {
      const op = code.ops[e.target];
      return op !== OP.CLEANUP_THROW && !(op === OP.CALL_INTRINSIC_1 && code.args[e.target] === 3);
    });
    closeRuns.set(code, r);
  }
  return r;
}

/** Installed by modules/finalizers.ts: told of each new generator whose close() can run code. */
export const generatorFinalizerHooks = { track: (_g: PyGenerator): void => {} };

/** Called by RETURN_GENERATOR: wrap the frame in the object its code flags ask for. */
export function newGeneratorFor(frame: Frame): PyGenerator {
  const flags = frame.code.flags;
  const cls = flags & CO_COROUTINE
    ? coroutineType
    : flags & CO_ASYNC_GENERATOR
    ? asyncGeneratorType
    : generatorType;
  const g = new PyGenerator(frame, cls);
  frame.gen = g;
  // a generator that can run code when closed (a try or with in its body) is closed once it is dropped
  if (cls === generatorType && closeRunsCode(frame.code)) generatorFinalizerHooks.track(g);
  if (cls === coroutineType && coroutineOriginTracking.depth > 0) g.origin = coroutineOrigin(frame);
  return g;
}

/** sys.set_coroutine_origin_tracking_depth: how many callers a new coroutine records in cr_origin. */
export const coroutineOriginTracking = { depth: 0 };

interface OriginFrame {
  code: Frame["code"];
  lasti: number;
}

/** The frames that created a coroutine, innermost first (kept cheap: asyncio's debug mode records them
 * for every coroutine). */
function coroutineOrigin(frame: Frame): OriginFrame[] {
  const out: OriginFrame[] = [];
  let f = state.frame;
  if (f === frame) f = f.back;
  for (; f !== null && out.length < coroutineOriginTracking.depth; f = f.back) {
    out.push({ code: f.code, lasti: f.lasti });
  }
  return out;
}

/** The line of a recorded frame, as Frame.lineno gives it. */
function originLine(x: OriginFrame): number {
  for (let i = x.lasti < 0 ? 0 : x.lasti; i >= 0; i--) {
    const line = x.code.lineAt(i);
    if (line >= 0) return line;
  }
  return x.code.co.co_firstlineno;
}

/** cr_origin: ((filename, lineno, function), ...). */
function originTuple(g: PyGenerator): W {
  const o = g.origin;
  if (!Array.isArray(o)) return o;
  const t = newTuple(
    o.map((x) => newTuple([newStr(x.code.co.co_filename), originLine(x), newStr(x.code.co.co_name)])),
  );
  g.origin = t;
  return t;
}

export function isIterableCoroutine(g: PyGenerator): boolean {
  return (g.frame.code.flags & CO_ITERABLE_COROUTINE) !== 0;
}

/** Turn `throw(typ[, val[, tb]])` arguments into a PyError (CPython's gen_throw argument rules). */
/** Set by the runtime: warnings.warn(msg, DeprecationWarning) (the warnings machinery loads after this). */
export const generatorWarnings = { deprecation: (_message: string): void => {} };

export function throwArgs(a: W[]): PyError {
  if (a.length > 1) {
    generatorWarnings.deprecation(
      "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.",
    );
  }
  const typ = a[0];
  const val = a.length > 1 ? a[1] : None;
  const tb = a.length > 2 ? a[2] : None;
  if (tb !== None && !(tb instanceof PyTraceback)) {
    raiseTypeError("throw() third argument must be a traceback object");
  }
  let exc: W;
  if (typ instanceof PyBaseException) {
    if (val !== None) raiseTypeError("instance exception may not have a separate value");
    exc = typ;
  } else if (typ instanceof PyType && typ.isSubtypeOf(exceptionTypes.BaseException)) {
    if (val instanceof PyBaseException && val.cls.isSubtypeOf(typ)) exc = val;
    else {
      // CPython normalises the exception inside the generator: an error doing so is what gets thrown in
      try {
        exc = call(typ, val === None ? [] : [val]);
        if (!(exc instanceof PyBaseException)) {
          raiseTypeError(
            `calling ${repr(typ)} should have returned an instance of BaseException, not ${
              repr(typeOf(exc))
            }`,
          );
        }
      } catch (e) {
        if (e instanceof PyError) return e;
        throw e;
      }
    }
  } else {
    raiseTypeError(
      `exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`,
    );
  }
  if (tb !== None && exc instanceof PyBaseException) exc.traceback = tb;
  const err = new PyError(exc as PyObject);
  // gen_throw restores the exception without chaining it to the caller's handled one
  err.chained = true;
  return err;
}

function gen(w: W): PyGenerator {
  if (!(w instanceof PyGenerator)) raiseTypeError("descriptor requires a generator object");
  return w;
}

function throwResult(g: PyGenerator, a: W[]): W {
  const r = g.throwInto(throwArgs(a));
  if (r.done) throw stopIteration(r.value);
  return r.value;
}

defineMethods(generatorType, [
  { name: "__iter__", arity: [0, 0], impl: (a) => a[0] },
  {
    name: "__next__",
    arity: [0, 0],
    impl: (a) => gen(a[0]).send(None),
  },
  { name: "send", arity: [1, 1], impl: (a) => gen(a[0]).send(a[1]) },
  { name: "throw", arity: [1, 3], impl: (a) => throwResult(gen(a[0]), a.slice(1)) },
  { name: "close", arity: [0, 0], impl: (a) => gen(a[0]).close() },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => newStr(`<generator object ${gen(a[0]).qualname} at 0x${objectId(a[0]).toString(16)}>`),
  },
]);

// ---------------------------------------------------------------- coroutines

class PyCoroWrapper extends PyObject {
  constructor(readonly coro: PyGenerator) {
    super();
    this.cls = coroWrapperType;
  }
}
defineMethods(coroutineType, [
  {
    name: "send",
    arity: [1, 1],
    impl: (a) => gen(a[0]).send(a[1]),
    doc: "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.",
  },
  {
    name: "throw",
    arity: [1, 3],
    impl: (a) => throwResult(gen(a[0]), a.slice(1)),
    doc:
      "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated " +
      "value or raise\nStopIteration.\nthe (type, val, tb) signature is deprecated, \nand may be removed in " +
      "a future version of Python.",
  },
  {
    name: "close",
    arity: [0, 0],
    impl: (a) => gen(a[0]).close(),
    doc: "close() -> raise GeneratorExit inside coroutine.",
  },
  { name: "__await__", arity: [0, 0], impl: (a) => new PyCoroWrapper(gen(a[0])) },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => newStr(`<coroutine object ${gen(a[0]).qualname} at 0x${objectId(a[0]).toString(16)}>`),
  },
]);
function wrapper(w: W): PyGenerator {
  if (!(w instanceof PyCoroWrapper)) raiseTypeError("descriptor requires a coroutine_wrapper");
  return w.coro;
}
defineMethods(coroWrapperType, [
  { name: "__iter__", arity: [0, 0], impl: (a) => a[0] },
  { name: "__next__", arity: [0, 0], impl: (a) => wrapper(a[0]).send(None) },
  { name: "send", arity: [1, 1], impl: (a) => wrapper(a[0]).send(a[1]) },
  { name: "throw", arity: [1, 3], impl: (a) => throwResult(wrapper(a[0]), a.slice(1)) },
  { name: "close", arity: [0, 0], impl: (a) => wrapper(a[0]).close() },
]);

// ---------------------------------------------------------------- async generators

const AWAITABLE_INIT = 0, AWAITABLE_ITER = 1, AWAITABLE_CLOSED = 2;

/**
 * async_gen_unwrap_value: a value the body yielded ends this awaitable with StopIteration(value); the
 * end of the body is StopAsyncIteration. Either way the generator stops running asynchronously.
 */
function agUnwrap(g: PyGenerator, fn: () => ResumeResult): W {
  let r: ResumeResult;
  try {
    r = fn();
  } catch (e) {
    if (e instanceof PyError) {
      if (e.matches(exceptionTypes.StopAsyncIteration) || e.matches(exceptionTypes.GeneratorExit)) {
        g.agClosed = true;
      }
      g.agRunning = false;
    }
    throw e;
  }
  if (r.done) {
    g.agClosed = true;
    g.agRunning = false;
    throw newError(exceptionTypes.StopAsyncIteration, []);
  }
  if (r.value instanceof AsyncGenWrapped) {
    g.agRunning = false;
    throw stopIteration(r.value.value);
  }
  return r.value;
}

/** What asend()/__anext__() return (CPython's async_generator_asend). */
class PyAsyncGenASend extends PyObject {
  state = AWAITABLE_INIT;
  constructor(readonly agen: PyGenerator, readonly sendValue: W) {
    super();
    this.cls = asendType;
  }

  private closed(): never {
    throw errorWithMessage("RuntimeError", "cannot reuse already awaited __anext__()/asend()");
  }
  private alreadyRunning(): never {
    this.state = AWAITABLE_CLOSED;
    throw errorWithMessage("RuntimeError", "anext(): asynchronous generator is already running");
  }

  send(v: W): W {
    if (this.state === AWAITABLE_CLOSED) this.closed();
    if (this.state === AWAITABLE_INIT) {
      if (this.agen.agRunning) this.alreadyRunning();
      if (v === None) v = this.sendValue;
      this.state = AWAITABLE_ITER;
    }
    this.agen.agRunning = true;
    try {
      return agUnwrap(this.agen, () => this.agen.resume(v, null));
    } catch (e) {
      this.state = AWAITABLE_CLOSED;
      throw e;
    }
  }

  throwIn(err: () => PyError): W {
    if (this.state === AWAITABLE_CLOSED) this.closed();
    if (this.state === AWAITABLE_INIT) {
      if (this.agen.agRunning) this.alreadyRunning();
      this.state = AWAITABLE_ITER;
      this.agen.agRunning = true;
    }
    try {
      return agUnwrap(this.agen, () => this.agen.throwInto(err()));
    } catch (e) {
      this.agen.agRunning = false;
      this.state = AWAITABLE_CLOSED;
      throw e;
    }
  }
}

/** What athrow()/aclose() return (CPython's async_generator_athrow); `args` null is aclose(). */
class PyAsyncGenAThrow extends PyObject {
  state = AWAITABLE_INIT;
  constructor(readonly agen: PyGenerator, readonly args: W[] | null) {
    super();
    this.cls = athrowType;
  }

  private alreadyRunning(): never {
    this.state = AWAITABLE_CLOSED;
    const what = this.args === null ? "aclose" : "athrow";
    throw errorWithMessage("RuntimeError", `${what}(): asynchronous generator is already running`);
  }
  private closed(): never {
    throw errorWithMessage("RuntimeError", "cannot reuse already awaited aclose()/athrow()");
  }
  private ignoredExit(): never {
    this.agen.agRunning = false;
    this.state = AWAITABLE_CLOSED;
    throw errorWithMessage("RuntimeError", "async generator ignored GeneratorExit");
  }
  /** check_error: the awaitable is done; aclose() ends quietly on StopAsyncIteration/GeneratorExit. */
  private finish(e: unknown): never {
    this.agen.agRunning = false;
    this.state = AWAITABLE_CLOSED;
    if (
      this.args === null && e instanceof PyError &&
      (e.matches(exceptionTypes.StopAsyncIteration) || e.matches(exceptionTypes.GeneratorExit))
    ) {
      throw stopIteration(None);
    }
    throw e;
  }
  /** aclose() mode: a raw resume of the body, where yielding a value means GeneratorExit was ignored. */
  private closeStep(fn: () => ResumeResult): W {
    let r: ResumeResult;
    try {
      r = fn();
    } catch (e) {
      this.finish(e);
    }
    if (r.done) this.finish(newError(exceptionTypes.StopAsyncIteration, []));
    if (r.value instanceof AsyncGenWrapped) this.ignoredExit();
    return r.value;
  }

  send(v: W): W {
    const g = this.agen;
    if (this.state === AWAITABLE_CLOSED) this.closed();
    if (g.frame.finished) {
      this.state = AWAITABLE_CLOSED;
      throw stopIteration(None);
    }
    if (this.state === AWAITABLE_INIT) {
      if (g.agRunning) this.alreadyRunning();
      if (g.agClosed) {
        this.state = AWAITABLE_CLOSED;
        throw newError(exceptionTypes.StopAsyncIteration, []);
      }
      if (v !== None) {
        throw errorWithMessage("RuntimeError", "can't send non-None value to a just-started coroutine");
      }
      this.state = AWAITABLE_ITER;
      g.agRunning = true;
      if (this.args === null) {
        g.agClosed = true;
        // the GeneratorExit goes into an awaited sub-iterator instead of closing it: the body may
        // still await while it cleans up
        return this.closeStep(() => g.throwInto(generatorExit(), false));
      }
      const args = this.args;
      try {
        return agUnwrap(g, () => g.throwInto(throwArgs(args), false));
      } catch (e) {
        this.finish(e);
      }
    }
    if (this.args !== null) return agUnwrap(g, () => g.resume(v, null));
    return this.closeStep(() => g.resume(v, null));
  }

  throwIn(err: () => PyError): W {
    const g = this.agen;
    if (this.state === AWAITABLE_CLOSED) this.closed();
    if (this.state === AWAITABLE_INIT) {
      if (g.agRunning) this.alreadyRunning();
      this.state = AWAITABLE_ITER;
      g.agRunning = true;
    }
    if (this.args !== null) {
      try {
        return agUnwrap(g, () => g.throwInto(err()));
      } catch (e) {
        g.agRunning = false;
        this.state = AWAITABLE_CLOSED;
        throw e;
      }
    }
    let r: ResumeResult;
    try {
      r = g.throwInto(err());
    } catch (e) {
      this.finish(e);
    }
    if (r.done) this.finish(stopIteration(r.value));
    if (r.value instanceof AsyncGenWrapped) this.ignoredExit();
    return r.value;
  }
}

function generatorExit(): PyError {
  return new PyError(newException(exceptionTypes.GeneratorExit, []));
}

type AsyncGenOp = PyAsyncGenASend | PyAsyncGenAThrow;
function op(w: W): AsyncGenOp {
  if (!(w instanceof PyAsyncGenASend) && !(w instanceof PyAsyncGenAThrow)) {
    raiseTypeError("descriptor requires an async generator awaitable");
  }
  return w;
}
/** asend/athrow .close(): throw GeneratorExit in; ending by it (or a stop) is a quiet close. */
function opClose(o: AsyncGenOp): W {
  if (o.state === AWAITABLE_CLOSED) return None;
  try {
    o.throwIn(generatorExit);
  } catch (e) {
    if (
      e instanceof PyError && (e.matches(exceptionTypes.StopIteration) ||
        e.matches(exceptionTypes.StopAsyncIteration) || e.matches(exceptionTypes.GeneratorExit))
    ) {
      return None;
    }
    throw e;
  }
  throw errorWithMessage("RuntimeError", "coroutine ignored GeneratorExit");
}
for (const t of [asendType, athrowType]) {
  defineMethods(t, [
    { name: "__await__", arity: [0, 0], impl: (a) => a[0] },
    { name: "__iter__", arity: [0, 0], impl: (a) => a[0] },
    { name: "__next__", arity: [0, 0], impl: (a) => op(a[0]).send(None) },
    { name: "send", arity: [1, 1], impl: (a) => op(a[0]).send(a[1]) },
    {
      name: "throw",
      arity: [1, 3],
      impl: (a) => {
        const args = a.slice(1);
        return op(a[0]).throwIn(() => throwArgs(args));
      },
    },
    { name: "close", arity: [0, 0], impl: (a) => opClose(op(a[0])) },
  ]);
}

/** sys.set_asyncgen_hooks: firstiter runs when an async generator is first iterated (asyncio tracks
 * them this way); the finalizer is stored, but pypyts has no refcount-time finalization to call it. */
export const asyncGenHooks: { firstiter: W | null; finalizer: W | null } = {
  firstiter: null,
  finalizer: null,
};

function agInit(g: PyGenerator): PyGenerator {
  if (!g.agHooksInited) {
    g.agHooksInited = true;
    if (asyncGenHooks.firstiter !== null) call(asyncGenHooks.firstiter, [g]);
  }
  return g;
}

export function asyncGenNext(g: PyGenerator): W {
  return new PyAsyncGenASend(agInit(g), None);
}

defineMethods(asyncGeneratorType, [
  { name: "__aiter__", arity: [0, 0], impl: (a) => a[0] },
  { name: "__anext__", arity: [0, 0], impl: (a) => asyncGenNext(gen(a[0])) },
  { name: "asend", arity: [1, 1], impl: (a) => new PyAsyncGenASend(agInit(gen(a[0])), a[1]) },
  {
    name: "athrow",
    arity: [1, 3],
    impl: (a) => new PyAsyncGenAThrow(agInit(gen(a[0])), a.slice(1)),
  },
  { name: "aclose", arity: [0, 0], impl: (a) => new PyAsyncGenAThrow(agInit(gen(a[0])), null) },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => newStr(`<async_generator object ${gen(a[0]).qualname} at 0x${objectId(a[0]).toString(16)}>`),
  },
]);

// ---------------------------------------------------------------- shared attributes

const KIND_NAMES = { gi: "generator", cr: "coroutine", ag: "async generator" } as const;

for (const [t, p] of [[generatorType, "gi"], [coroutineType, "cr"], [asyncGeneratorType, "ag"]] as const) {
  defineGetSets(t, [
    { name: `${p}_frame`, get: (g) => (gen(g).frame.finished ? None : gen(g).frame) },
    // an async generator is running while one of its asend/athrow awaitables is (ag_running_async)
    {
      name: `${p}_running`,
      get: (g) => ((p === "ag" ? gen(g).agRunning : gen(g).running) ? True : False),
    },
    { name: `${p}_code`, get: (g) => gen(g).frame.code },
    {
      name: `${p}_suspended`,
      get: (g) => (gen(g).started && !gen(g).frame.finished && !gen(g).running ? True : False),
    },
    {
      name: "__name__",
      get: (g) => nameObject(nameObjects, g, gen(g).name),
      set: (g, v) => {
        if (!(v instanceof PyStr)) raiseTypeError("__name__ must be set to a string object");
        gen(g).name = v.value;
        nameObjects.set(g as W & object, v);
      },
      delete: () => raiseTypeError("__name__ must be set to a string object"),
      doc: `name of the ${KIND_NAMES[p]}`,
    },
    {
      name: "__qualname__",
      get: (g) => nameObject(qualnameObjects, g, gen(g).qualname),
      set: (g, v) => {
        if (!(v instanceof PyStr)) raiseTypeError("__qualname__ must be set to a string object");
        gen(g).qualname = v.value;
        qualnameObjects.set(g as W & object, v);
      },
      delete: () => raiseTypeError("__qualname__ must be set to a string object"),
      doc: `qualified name of the ${KIND_NAMES[p]}`,
    },
  ]);
}
/** __name__/__qualname__ give the same str object on every read (CPython stores them as objects). */
const nameObjects = new WeakMap<W & object, PyStr>();
const qualnameObjects = new WeakMap<W & object, PyStr>();
function nameObject(cache: WeakMap<W & object, PyStr>, g: W, value: string): PyStr {
  const key = g as W & object;
  let s = cache.get(key);
  if (s === undefined || s.value !== value) {
    s = newStr(value);
    cache.set(key, s);
  }
  return s;
}
defineGetSets(generatorType, [{ name: "gi_yieldfrom", get: (g) => gen(g).yieldFrom() ?? None }]);
defineGetSets(coroutineType, [
  { name: "cr_await", get: (g) => gen(g).yieldFrom() ?? None },
  { name: "cr_origin", get: (g) => originTuple(gen(g)) },
]);
defineGetSets(asyncGeneratorType, [{ name: "ag_await", get: (g) => gen(g).yieldFrom() ?? None }]);
