// sys.setprofile / sys.getprofile: the legacy profiling protocol (the `profile` module, tools written for
// it), built as CPython 3.12+ builds it: a sys.monitoring tool of its own (SYS_PROFILE_ID) whose callbacks
// call the profile function with (frame, event, arg). PY_START / PY_RESUME / PY_THROW are 'call', PY_RETURN
// and PY_YIELD 'return' with the value, PY_UNWIND 'return' with None; a call of a builtin function or of a
// builtin method with its self is 'c_call', then 'c_return' or 'c_exception', with the (bound) builtin as arg.
// The profile function runs unprofiled; one that raises is removed, and the exception propagates.
import {
  builtinFunctionType,
  methodDescriptorType,
  type MethodSpec,
  None,
  PyBuiltinFunction,
  PyMethodDescriptor,
  typeOf,
  type W,
} from "../objects/model.ts";
import { newStr } from "../objects/str.ts";
import { getDescriptorValue } from "../objects/model.ts";
import { call } from "../objects/model.ts";
import { EV, missingSentinel, monitor, refreshActive, SYS_PROFILE_ID } from "../vm/monitoring.ts";
import { markEscaped } from "../vm/frame.ts";
import { isCFunction } from "./lsprof.ts";

export const legacyProfile = {
  /** The function given to sys.setprofile, or null. */
  func: null as W | null,
};

function dispatch(event: string, arg: W): void {
  const fn = legacyProfile.func;
  const frame = monitor.frame;
  if (fn === null || frame === null) return;
  markEscaped(frame);
  try {
    call(fn, [frame, newStr(event), arg]);
  } catch (e) {
    setProfile(None);
    throw e;
  }
}

/** What a CALL is about, for 'c_call': a builtin function, or a builtin method descriptor bound to its self. */
function builtinOf(callable: W, selfArg: W): W | null {
  if (!isCFunction(callable)) return null;
  if (callable instanceof PyBuiltinFunction && callable.cls === builtinFunctionType) return callable;
  if (callable instanceof PyMethodDescriptor && callable.cls === methodDescriptorType) {
    if (selfArg === missingSentinel() || !typeOf(selfArg).isSubtypeOf(callable.owner)) return null;
    return getDescriptorValue(callable, selfArg, typeOf(selfArg));
  }
  return null;
}

function cEvent(event: string): MethodSpec {
  return {
    name: `_${event}`,
    arity: [4, 4],
    impl: (a) => {
      const f = builtinOf(a[2], a[3]);
      if (f !== null) dispatch(event, f);
      return None;
    },
  };
}

const specs = {
  call: { name: "_call", arity: [2, 3], impl: () => (dispatch("call", None), None) } as MethodSpec,
  ret: { name: "_return", arity: [3, 3], impl: (a: W[]) => (dispatch("return", a[2]), None) } as MethodSpec,
  unwind: { name: "_unwind", arity: [3, 3], impl: () => (dispatch("return", None), None) } as MethodSpec,
  cCall: cEvent("c_call"),
  cReturn: cEvent("c_return"),
  cRaise: cEvent("c_exception"),
};

const CALLBACKS: [number, MethodSpec][] = [
  [EV.PY_START, specs.call],
  [EV.PY_RESUME, specs.call],
  [EV.PY_THROW, specs.call],
  [EV.PY_RETURN, specs.ret],
  [EV.PY_YIELD, specs.ret],
  [EV.PY_UNWIND, specs.unwind],
  [EV.CALL, specs.cCall],
  [EV.C_RETURN, specs.cReturn],
  [EV.C_RAISE, specs.cRaise],
];

export function setProfile(func: W): void {
  const callbacks = monitor.callbacks[SYS_PROFILE_ID];
  callbacks.clear();
  if (func === None) {
    legacyProfile.func = null;
    monitor.tools[SYS_PROFILE_ID] = null;
    monitor.globalEvents[SYS_PROFILE_ID] = 0;
    refreshActive();
    return;
  }
  legacyProfile.func = func;
  monitor.tools[SYS_PROFILE_ID] = "sys.setprofile";
  let all = 0;
  for (const [event, spec] of CALLBACKS) {
    callbacks.set(event, new PyBuiltinFunction(spec, undefined, spec.name, "sys"));
    all |= event;
  }
  monitor.globalEvents[SYS_PROFILE_ID] = all;
  refreshActive();
}
