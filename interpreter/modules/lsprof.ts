// _lsprof: the profiler behind cProfile, after CPython 3.14's Modules/_lsprof.c. A Profiler registers as
// sys.monitoring tool PROFILER_ID ("cProfile") and listens to PY_START/PY_RESUME/PY_THROW (enter),
// PY_RETURN/PY_YIELD/PY_UNWIND (leave), CALL (enter a builtin) and C_RETURN/C_RAISE (leave it). Each
// function gets an entry keyed by its code object (Python) or its method table row (builtins, named by
// CPython's descriptive string); a stack of contexts measures total time (with subcalls) and inline time
// (without), and, per caller, the same figures for each callee (the "calls" sub-entries).
import {
  builtinFunctionType,
  defineMethods,
  methodDescriptorType,
  type MethodSpec,
  None,
  objectType,
  PyBuiltinFunction,
  PyInstance,
  PyMethodDescriptor,
  type PyType,
  True,
  typeOf,
  typeType,
  type W,
} from "../objects/model.ts";
import { isTrue, repr } from "../objects/operations.ts";
import { call } from "../objects/model.ts";
import { newStr } from "../objects/str.ts";
import { newList } from "../objects/list.ts";
import { PyFloat } from "../objects/float.ts";
import { errorWithMessage, PyError, raiseTypeError } from "../vm/errors.ts";
import { EV, missingSentinel, monitor, refreshActive } from "../vm/monitoring.ts";
import { makeStructSeq, structSeqType } from "./posix/structseq.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";
import { reportUnraisable } from "./unraisable.ts";
import { objectId } from "../objects/object.ts";
import { isCFunction } from "./sys_profile.ts";

const POF_SUBCALLS = 2, POF_BUILTINS = 4;
const TOOL_ID = 2; // sys.monitoring.PROFILER_ID

class SubEntry {
  tt = 0;
  it = 0;
  callcount = 0;
  reccallcount = 0;
  recursionLevel = 0;
}

class Entry {
  tt = 0;
  it = 0;
  callcount = 0;
  reccallcount = 0;
  recursionLevel = 0;
  calls: Map<Entry, SubEntry> | null = null;
  constructor(readonly userObj: W) {}
}

class Context {
  t0 = 0;
  subt = 0;
  constructor(readonly entry: Entry, readonly previous: Context | null) {}
}

export class PyProfiler extends PyInstance {
  declare entries: Map<object, Entry>;
  declare current: Context | null;
  declare enabled: boolean;
  declare flags: number;
  declare timer: W | null;
  declare timeunit: number;
  constructor(cls: PyType) {
    super(cls);
    this.entries = new Map();
    this.current = null;
    this.enabled = false;
    this.flags = POF_SUBCALLS | POF_BUILTINS;
    this.timer = null;
    this.timeunit = 0;
  }
}

export const profilerType: PyType = nativeType("_lsprof", "Profiler", objectType, {
  factory: (cls) => new PyProfiler(cls),
});
profilerType.dict.set(
  "__doc__",
  newStr(
    "Build a profiler object using the specified timer function.\n\n" +
      "The default timer is a fast built-in one based on real time.\n" +
      "For custom timer functions returning integers, 'timeunit' can\n" +
      "be a float specifying a scale (that is, how long each integer unit\n" +
      "is, in seconds).",
  ),
);

const entryType = structSeqType({
  module: "_lsprof",
  name: "profiler_entry",
  fields: ["code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls"],
  nInSequence: 6,
});
const subentryType = structSeqType({
  module: "_lsprof",
  name: "profiler_subentry",
  fields: ["code", "callcount", "reccallcount", "totaltime", "inlinetime"],
  nInSequence: 5,
});

function prof(w: W): PyProfiler {
  if (!(w instanceof PyProfiler)) raiseTypeError("descriptor requires a '_lsprof.Profiler' object");
  return w;
}

// ---------------------------------------------------------------- timing

/** The time in the profiler's unit: nanoseconds by default, or what the external timer returns. */
function now(p: PyProfiler): number {
  if (p.timer === null) return performance.now() * 1e6;
  let r: W;
  try {
    r = call(p.timer, []);
  } catch (e) {
    if (e instanceof PyError) {
      reportUnraisable(null, e, p.timer);
      return 0;
    }
    throw e;
  }
  // an integer timer is scaled by timeunit in getstats; a float one counts seconds
  const v = typeof r === "number"
    ? r
    : typeof r === "bigint"
    ? Number(r)
    : r instanceof PyFloat
    ? r.value
    : NaN;
  if (Number.isNaN(v)) {
    reportUnraisable(
      null,
      errorWithMessage("TypeError", `'${typeOf(r).name}' object cannot be interpreted as an integer`),
      p.timer,
    );
    return 0;
  }
  return p.timeunit > 0 ? v : Math.floor(v * 1e9);
}

// ---------------------------------------------------------------- the context stack

function enterCall(p: PyProfiler, key: object, userObj: () => W): void {
  let entry = p.entries.get(key);
  if (entry === undefined) {
    entry = new Entry(userObj());
    p.entries.set(key, entry);
  }
  const ctx = new Context(entry, p.current);
  p.current = ctx;
  entry.recursionLevel++;
  if ((p.flags & POF_SUBCALLS) !== 0 && ctx.previous !== null) {
    const caller = ctx.previous.entry;
    caller.calls ??= new Map();
    let sub = caller.calls.get(entry);
    if (sub === undefined) caller.calls.set(entry, sub = new SubEntry());
    sub.recursionLevel++;
  }
  ctx.t0 = now(p);
}

function stop(p: PyProfiler, ctx: Context, entry: Entry): void {
  const tt = now(p) - ctx.t0;
  const it = tt - ctx.subt;
  if (ctx.previous !== null) ctx.previous.subt += tt;
  p.current = ctx.previous;
  if (--entry.recursionLevel === 0) entry.tt += tt;
  else entry.reccallcount++;
  entry.it += it;
  entry.callcount++;
  if ((p.flags & POF_SUBCALLS) !== 0 && ctx.previous !== null) {
    const sub = ctx.previous.entry.calls?.get(entry);
    if (sub !== undefined) {
      if (--sub.recursionLevel === 0) sub.tt += tt;
      else sub.reccallcount++;
      sub.it += it;
      sub.callcount++;
    }
  }
}

/** Leaving the function `key`: as CPython, the innermost context ends whatever it measured. */
function leaveCall(p: PyProfiler, key: object): void {
  const ctx = p.current;
  if (ctx === null) return;
  const entry = p.entries.get(key);
  if (entry !== undefined) stop(p, ctx, entry);
  else p.current = ctx.previous;
}

function flushUnmatched(p: PyProfiler): void {
  while (p.current !== null) stop(p, p.current, p.current.entry);
}

// ---------------------------------------------------------------- builtins

/**
 * The builtin a CALL event is about (CPython's get_cfunc_from_callable): a builtin function or bound
 * builtin method, or a method descriptor called with its self (bound here, as descr_get would).
 */
function cfuncOf(callable: W, selfArg: W): { spec: MethodSpec; name: () => W } | null {
  if (!isCFunction(callable)) return null;
  if (callable instanceof PyBuiltinFunction && callable.cls === builtinFunctionType) {
    return { spec: callable.spec, name: () => builtinName(callable) };
  }
  if (callable instanceof PyMethodDescriptor && callable.cls === methodDescriptorType) {
    if (selfArg === missingSentinel() || !typeOf(selfArg).isSubtypeOf(callable.owner)) return null;
    const spec = callable.spec;
    return { spec, name: () => methodName(selfArg, spec.name) };
  }
  return null;
}

/** CPython's normalizeUserObj for a builtin: "<built-in method builtins.len>", "<method 'append' of 'list' objects>". */
function builtinName(fn: PyBuiltinFunction): W {
  const name = fn.spec.name;
  if (fn.self !== undefined) return methodName(fn.self, name);
  // a module's function has the module as its self in CPython; a static method has none, except a type's
  // __new__, which is bound to its type (and named after type.__new__, found on the type's type)
  if (name === "__new__") {
    return newStr(`<built-in method __new__ of type object at 0x${objectId(typeType).toString(16)}>`);
  }
  if (fn.qualname.includes(".")) return newStr(`<${name}>`);
  return newStr(`<built-in method ${fn.module ?? "builtins"}.${name}>`);
}

function methodName(self: W, name: string): W {
  const mo = typeOf(self).lookup(name);
  if (mo !== undefined) {
    try {
      return newStr(repr(mo));
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
    }
  }
  return newStr(`<built-in method ${name}>`);
}

// ---------------------------------------------------------------- monitoring callbacks

const CALLBACKS: [number, string][] = [
  [EV.PY_START, "_pystart_callback"],
  [EV.PY_RESUME, "_pystart_callback"],
  [EV.PY_THROW, "_pythrow_callback"],
  [EV.PY_RETURN, "_pyreturn_callback"],
  [EV.PY_YIELD, "_pyreturn_callback"],
  [EV.PY_UNWIND, "_pyreturn_callback"],
  [EV.CALL, "_ccall_callback"],
  [EV.C_RETURN, "_creturn_callback"],
  [EV.C_RAISE, "_creturn_callback"],
];

function codeKey(w: W): object {
  return typeof w === "object" ? w : newStr(String(w));
}

const callbackSpecs: MethodSpec[] = [
  {
    name: "_pystart_callback",
    arity: [2, 2],
    impl: (a) => {
      enterCall(prof(a[0]), codeKey(a[1]), () => a[1]);
      return None;
    },
  },
  {
    name: "_pythrow_callback",
    arity: [3, 3],
    impl: (a) => {
      enterCall(prof(a[0]), codeKey(a[1]), () => a[1]);
      return None;
    },
  },
  {
    name: "_pyreturn_callback",
    arity: [3, 3],
    impl: (a) => {
      leaveCall(prof(a[0]), codeKey(a[1]));
      return None;
    },
  },
  {
    name: "_ccall_callback",
    arity: [4, 4],
    impl: (a) => {
      const p = prof(a[0]);
      if ((p.flags & POF_BUILTINS) === 0) return None;
      const f = cfuncOf(a[3], a[4]);
      if (f !== null) enterCall(p, f.spec, f.name);
      return None;
    },
  },
  {
    name: "_creturn_callback",
    arity: [4, 4],
    impl: (a) => {
      const p = prof(a[0]);
      if ((p.flags & POF_BUILTINS) === 0) return None;
      const f = cfuncOf(a[3], a[4]);
      if (f !== null) leaveCall(p, f.spec);
      return None;
    },
  },
];
const callbackByName = new Map(callbackSpecs.map((s) => [s.name, s]));

function setFlags(p: PyProfiler, subcalls: W, builtins: W): void {
  p.flags = isTrue(subcalls) ? p.flags | POF_SUBCALLS : p.flags & ~POF_SUBCALLS;
  p.flags = isTrue(builtins) ? p.flags | POF_BUILTINS : p.flags & ~POF_BUILTINS;
}

function enable(p: PyProfiler, subcalls: W | undefined, builtins: W | undefined): void {
  setFlags(p, subcalls ?? True, builtins ?? True);
  if (monitor.tools[TOOL_ID] !== null) {
    throw errorWithMessage("ValueError", "Another profiling tool is already active");
  }
  monitor.tools[TOOL_ID] = "cProfile";
  const callbacks = monitor.callbacks[TOOL_ID];
  let all = 0;
  for (const [event, name] of CALLBACKS) {
    callbacks.set(event, new PyBuiltinFunction(callbackByName.get(name)!, p, `Profiler.${name}`, "_lsprof"));
    all |= event;
  }
  monitor.globalEvents[TOOL_ID] = all;
  refreshActive();
  p.enabled = true;
}

function disable(p: PyProfiler): void {
  if (!p.enabled) return;
  monitor.callbacks[TOOL_ID].clear();
  monitor.globalEvents[TOOL_ID] = 0;
  monitor.localEvents[TOOL_ID].clear();
  monitor.tools[TOOL_ID] = null;
  refreshActive();
  p.enabled = false;
  flushUnmatched(p);
}

function getstats(p: PyProfiler): W {
  const factor = p.timer === null || p.timeunit === 0 ? 1e-9 : p.timeunit;
  const out: W[] = [];
  for (const entry of p.entries.values()) {
    if (entry.callcount === 0) continue;
    let calls: W = None;
    if (entry.calls !== null) {
      const subs: W[] = [];
      for (const [callee, s] of entry.calls) {
        subs.push(makeStructSeq(subentryType, [
          callee.userObj,
          s.callcount,
          s.reccallcount,
          new PyFloat(factor * s.tt),
          new PyFloat(factor * s.it),
        ]));
      }
      calls = newList(subs);
    }
    out.push(makeStructSeq(entryType, [
      entry.userObj,
      entry.callcount,
      entry.reccallcount,
      new PyFloat(factor * entry.tt),
      new PyFloat(factor * entry.it),
      calls,
    ]));
  }
  return newList(out);
}

function floatArg(w: W): number {
  if (typeof w === "number") return w;
  if (typeof w === "bigint") return Number(w);
  if (w instanceof PyFloat) return w.value;
  raiseTypeError(`must be real number, not ${typeOf(w).name}`);
}

defineMethods(profilerType, [
  {
    name: "__init__",
    arity: [0, 4],
    kw: ["timer", "timeunit", "subcalls", "builtins"],
    impl: (a) => {
      const p = prof(a[0]);
      setFlags(p, a[3] ?? True, a[4] ?? True);
      p.timeunit = a[2] === undefined ? 0 : floatArg(a[2]);
      p.timer = a[1] === undefined || a[1] === None ? null : a[1];
      return None;
    },
  },
  {
    name: "enable",
    arity: [0, 2],
    kw: ["subcalls", "builtins"],
    doc: "Start collecting profiling information.\n\n" +
      "  subcalls\n    If True, also records for each function\n" +
      "    statistics separated according to its current caller.\n" +
      "  builtins\n    If True, records the time spent in\n    built-in functions separately from their caller.",
    impl: (a) => {
      enable(prof(a[0]), a[1], a[2]);
      return None;
    },
  },
  {
    name: "disable",
    arity: [0, 0],
    doc: "Stop collecting profiling information.",
    impl: (a) => {
      disable(prof(a[0]));
      return None;
    },
  },
  {
    name: "clear",
    arity: [0, 0],
    doc: "Clear all profiling information collected so far.",
    impl: (a) => {
      const p = prof(a[0]);
      p.entries.clear();
      p.current = null;
      return None;
    },
  },
  {
    name: "getstats",
    arity: [0, 0],
    doc: "list of profiler_entry objects.\n\ngetstats() -> list of profiler_entry objects",
    impl: (a) => getstats(prof(a[0])),
  },
  ...callbackSpecs,
]);

export const lsprofModule: NativeModuleDef = {
  name: "_lsprof",
  doc: "Fast profiler",
  types: [profilerType, entryType, subentryType],
};
