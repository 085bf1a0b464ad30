// sys.monitoring (PEP 669): the tool registry and event constants exist, so code that inspects them
// (bdb, pdb, coverage tools choosing a backend) imports; turning events on is not supported yet and says
// so (sys.settrace is the working tracing API).
import { call, dictType, None, objectType, PyPlainObject, type W } from "../objects/model.ts";
import { errorWithMessage, PyError, raiseTypeError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newNamespace } from "../objects/namespace.ts";
import { exceptionTypes, newException } from "../objects/exceptions.ts";
import { createNativeModule } from "./define.ts";
import { missingSentinel, monitor, refreshActive, SUPPORTED_EVENTS } from "../vm/monitoring.ts";
import { PyCode } from "../objects/codeobject.ts";
import type { PyModule } from "../objects/module.ts";

const EVENTS: Record<string, number> = {
  PY_START: 1,
  PY_RESUME: 2,
  PY_RETURN: 4,
  PY_YIELD: 8,
  CALL: 16,
  LINE: 32,
  INSTRUCTION: 64,
  JUMP: 128,
  BRANCH_LEFT: 256,
  BRANCH_RIGHT: 512,
  STOP_ITERATION: 1024,
  RAISE: 2048,
  EXCEPTION_HANDLED: 4096,
  PY_UNWIND: 8192,
  PY_THROW: 16384,
  RERAISE: 32768,
  C_RETURN: 65536,
  C_RAISE: 131072,
  BRANCH: 262144,
  NO_EVENTS: 0,
};

function toolId(w: W): number {
  if (typeof w !== "number") raiseTypeError("an integer is required");
  if (w < 0 || w > 5) throw errorWithMessage("ValueError", `invalid tool ${w} (must be between 0 and 5)`);
  return w;
}
function eventSet(w: W): number {
  if (typeof w !== "number") raiseTypeError("an integer is required");
  if ((w & ~SUPPORTED_EVENTS) !== 0) {
    throw new PyError(newException(exceptionTypes.NotImplementedError, [
      newStr(
        "this sys.monitoring event is not produced by pypyts yet (supported: PY_START, PY_RESUME, " +
          "PY_RETURN, PY_YIELD, PY_UNWIND, LINE, INSTRUCTION, RAISE, CALL, C_RETURN, C_RAISE)",
      ),
    ]));
  }
  return w;
}
function inUse(tool: number): void {
  if (monitor.tools[tool] === null) throw errorWithMessage("ValueError", `tool ${tool} is not in use`);
}

function disableSentinel(): W {
  if (monitor.disable === null) monitor.disable = new PyPlainObject(objectType);
  return monitor.disable;
}

export function makeMonitoring(): PyModule {
  return createNativeModule({
    name: "sys.monitoring",
    functions: [
      {
        name: "use_tool_id",
        arity: [2, 2],
        impl: (a) => {
          const id = toolId(a[0]);
          if (!(a[1] instanceof PyStr)) raiseTypeError("tool name must be a str");
          if (monitor.tools[id] !== null) {
            throw errorWithMessage("ValueError", `tool ${id} is already in use`);
          }
          monitor.tools[id] = a[1].value;
          return None;
        },
      },
      {
        name: "clear_tool_id",
        arity: [1, 1],
        impl: (a) => {
          const id = toolId(a[0]);
          monitor.callbacks[id].clear();
          monitor.globalEvents[id] = 0;
          monitor.localEvents[id].clear();
          refreshActive();
          return None;
        },
      },
      {
        name: "free_tool_id",
        arity: [1, 1],
        impl: (a) => {
          const id = toolId(a[0]);
          monitor.tools[id] = null;
          monitor.callbacks[id].clear();
          monitor.globalEvents[id] = 0;
          monitor.localEvents[id].clear();
          refreshActive();
          return None;
        },
      },
      {
        name: "get_tool",
        arity: [1, 1],
        impl: (a) => {
          const name = monitor.tools[toolId(a[0])];
          return name === null ? None : newStr(name);
        },
      },
      {
        name: "register_callback",
        arity: [3, 3],
        impl: (a) => {
          const id = toolId(a[0]);
          if (typeof a[1] !== "number") raiseTypeError("an integer is required");
          const map = monitor.callbacks[id];
          const old = map.get(a[1]) ?? None;
          if (a[2] === None) map.delete(a[1]);
          else map.set(a[1], a[2]);
          return old;
        },
      },
      { name: "get_events", arity: [1, 1], impl: (a) => monitor.globalEvents[toolId(a[0])] },
      {
        name: "set_events",
        arity: [2, 2],
        impl: (a) => {
          const id = toolId(a[0]);
          inUse(id);
          monitor.globalEvents[id] = eventSet(a[1]);
          refreshActive();
          return None;
        },
      },
      {
        name: "get_local_events",
        arity: [2, 2],
        impl: (a) => monitor.localEvents[toolId(a[0])].get(a[1] as object) ?? 0,
      },
      {
        name: "set_local_events",
        arity: [3, 3],
        impl: (a) => {
          const id = toolId(a[0]);
          inUse(id);
          if (!(a[1] instanceof PyCode)) raiseTypeError("code must be a code object");
          const ev = eventSet(a[2]);
          if (ev === 0) monitor.localEvents[id].delete(a[1]);
          else monitor.localEvents[id].set(a[1], ev);
          refreshActive();
          return None;
        },
      },
      {
        name: "restart_events",
        arity: [0, 0],
        impl: () => {
          monitor.disabled = new WeakMap();
          return None;
        },
      },
      { name: "_all_events", arity: [0, 0], impl: () => call(dictType, []) },
    ],
    values: () => ({
      DEBUGGER_ID: 0,
      COVERAGE_ID: 1,
      PROFILER_ID: 2,
      OPTIMIZER_ID: 5,
      MISSING: missingSentinel(),
      DISABLE: disableSentinel(),
      events: newNamespace(EVENTS),
    }),
  });
}
