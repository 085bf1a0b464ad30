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

/**
 * The dunder methods that CPython's builtin types expose as slot wrappers (wrapper_descriptor /
 * method-wrapper), not as builtin methods: calls to them are no C function calls for the profilers. pypyts
 * has plain builtin methods for them.
 */
const SLOT_NAMES = new Set([
  "__init__",
  "__repr__",
  "__str__",
  "__hash__",
  "__call__",
  "__getattribute__",
  "__getattr__",
  "__setattr__",
  "__delattr__",
  "__lt__",
  "__le__",
  "__eq__",
  "__ne__",
  "__gt__",
  "__ge__",
  "__iter__",
  "__next__",
  "__get__",
  "__set__",
  "__delete__",
  "__len__",
  "__getitem__",
  "__setitem__",
  "__delitem__",
  "__contains__",
  "__del__",
  "__await__",
  "__aiter__",
  "__anext__",
  "__bool__",
  "__int__",
  "__float__",
  "__index__",
  "__neg__",
  "__pos__",
  "__abs__",
  "__invert__",
  "__add__",
  "__radd__",
  "__sub__",
  "__rsub__",
  "__mul__",
  "__rmul__",
  "__mod__",
  "__rmod__",
  "__divmod__",
  "__rdivmod__",
  "__pow__",
  "__rpow__",
  "__lshift__",
  "__rlshift__",
  "__rshift__",
  "__rrshift__",
  "__and__",
  "__rand__",
  "__xor__",
  "__rxor__",
  "__or__",
  "__ror__",
  "__iadd__",
  "__isub__",
  "__imul__",
  "__imod__",
  "__ipow__",
  "__ilshift__",
  "__irshift__",
  "__iand__",
  "__ixor__",
  "__ior__",
  "__floordiv__",
  "__rfloordiv__",
  "__truediv__",
  "__rtruediv__",
  "__ifloordiv__",
  "__itruediv__",
  "__matmul__",
  "__rmatmul__",
  "__imatmul__",
  "__buffer__",
  "__release_buffer__",
]);

/** A builtin function or method descriptor that CPython would have as a C function (not a slot wrapper). */
export function isCFunction(callable: W): boolean {
  if (callable instanceof PyBuiltinFunction) return !SLOT_NAMES.has(callable.spec.name);
  if (callable instanceof PyMethodDescriptor) return !SLOT_NAMES.has(callable.spec.name);
  return false;
}

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
