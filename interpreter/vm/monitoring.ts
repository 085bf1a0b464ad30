// sys.monitoring (PEP 669) on the eval loop's tracing hooks (vm/tracing.ts): tools register callbacks
// and turn events on globally or per code object; the hooks fire PY_START/PY_RESUME when a frame starts
// or resumes, LINE on a new line (and, as settrace does, on a jump back to a line's start), PY_RETURN,
// PY_YIELD, PY_UNWIND, RAISE. A callback returning sys.monitoring.DISABLE turns that event off at that
// place until restart_events(). Callbacks run with the monitored frame as their caller, so
// sys._getframe(1) is that frame (bdb relies on it). INSTRUCTION fires before every instruction. JUMP,
// PY_THROW and STOP_ITERATION may be asked for but are not produced yet; BRANCH is refused. CALL, C_RETURN and
// C_RAISE come from call_events.ts.
import { call, objectType, PyPlainObject, type W } from "../objects/model.ts";
import { state } from "./state.ts";
import type { Frame } from "./frame.ts";

export const EV = {
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
} as const;

/** Events pypyts produces; asking for others is refused (NotImplementedError) rather than ignored. */
export const SUPPORTED_EVENTS = EV.PY_START | EV.PY_RESUME | EV.PY_RETURN | EV.PY_YIELD | EV.LINE |
  EV.INSTRUCTION | EV.JUMP | EV.RAISE | EV.PY_UNWIND | EV.PY_THROW | EV.STOP_ITERATION | EV.CALL |
  EV.C_RETURN | EV.C_RAISE;

/** Tools 0-5 are sys.monitoring's; 6 is sys.setprofile's (as in CPython, which also keeps 7 for settrace). */
export const TOOLS = 7;
export const SYS_PROFILE_ID = 6;

export const monitor = {
  tools: new Array<string | null>(TOOLS).fill(null),
  callbacks: Array.from({ length: TOOLS }, () => new Map<number, W>()),
  globalEvents: new Array<number>(TOOLS).fill(0),
  localEvents: Array.from({ length: TOOLS }, () => new Map<object, number>()),
  /** The frame whose event the callbacks are being told about (sys.setprofile hands it to its function). */
  frame: null as Frame | null,
  /** `${tool}:${event}:${line-or-offset}` per code object, switched off by DISABLE. */
  disabled: new WeakMap<object, Set<string>>(),
  active: false,
  busy: false,
  /** The DISABLE sentinel (set by the sys.monitoring module). */
  disable: null as W | null,
  /** The MISSING sentinel (CALL's arg0 when there is none; made by the sys.monitoring module). */
  missing: null as W | null,
  /** settrace's own on/off, so state.tracing covers both users of the hooks. */
  settraceOn: false,
  /** Every event some tool has turned on (globally or for some code object), kept by refreshActive. */
  eventMask: 0,
};

/** sys.monitoring.MISSING, made on first use. */
export function missingSentinel(): W {
  if (monitor.missing === null) monitor.missing = new PyPlainObject(objectType);
  return monitor.missing;
}

export function refreshActive(): void {
  let any = false;
  let mask = 0;
  for (let t = 0; t < TOOLS; t++) {
    if (monitor.globalEvents[t] !== 0 || monitor.localEvents[t].size > 0) any = true;
    mask |= monitor.globalEvents[t];
    for (const ev of monitor.localEvents[t].values()) mask |= ev;
  }
  monitor.eventMask = mask;
  // frames already running when events are turned on get no PY_START (they started before)
  if (any && !monitor.active) markRunningFramesStarted();
  monitor.active = any;
  state.tracing = monitor.settraceOn || any;
}

/** Installed by tracing.ts (which owns the per-frame bookkeeping). */
export const monitorHooks = { markRunning: (): void => {} };
function markRunningFramesStarted(): void {
  monitorHooks.markRunning();
}

/** Fire `event` for every tool that wants it in this frame's code; `where` identifies the place. */
export function fire(event: number, frame: Frame, where: number, args: W[]): void {
  if (monitor.busy || (monitor.eventMask & event) === 0) return;
  const code = frame.code;
  for (let tool = 0; tool < TOOLS; tool++) {
    const cb = monitor.callbacks[tool].get(event);
    if (cb === undefined) continue;
    const on = (monitor.globalEvents[tool] | (monitor.localEvents[tool].get(code) ?? 0)) & event;
    if (on === 0) continue;
    const key = `${tool}:${event}:${where}`;
    const off = monitor.disabled.get(code);
    if (off !== undefined && off.has(key)) continue;
    monitor.busy = true;
    monitor.frame = frame;
    let r: W;
    try {
      r = call(cb, args);
    } finally {
      monitor.busy = false;
      monitor.frame = null;
    }
    if (r === monitor.disable && monitor.disable !== null) {
      let set = off;
      if (set === undefined) monitor.disabled.set(code, set = new Set());
      set.add(key);
    }
  }
}
