// Runs in a Worker for the `signal` module: Deno delivers a signal to listeners on an event loop, which
// the main thread never turns while Python runs. A listener here, for a signal with a Python handler,
// marks it pending in shared memory, raises bit 2 of the interrupt flag the eval loop polls (vm/ops.ts
// checkInterrupt), wakes a blocked Atomics.wait and, with a wakeup fd set (signal.set_wakeup_fd), writes
// the signal number byte there as CPython's C handler does, so a thread blocked in poll() wakes up too.
//
// Once Deno handles a signal it keeps handling it, so the dispositions Python asks for later are acted
// out here: "ign" drops the signal; "dfl" restores the kernel's default with signal(2) and re-sends the
// signal to the process, which then ends (or stops) exactly as it would have without a handler.
/// <reference lib="deno.worker" />

interface Setup {
  flag: SharedArrayBuffer;
  pending: SharedArrayBuffer;
}
type Mode = "py" | "ign" | "dfl";
type Message = Setup | { listen: string; signum: number; mode: Mode } | { wakeupFd: number };

let flag: Int32Array | null = null;
let pending: Int32Array | null = null;
let wakeupFd = -1;
const modes = new Map<number, Mode>();
const listening = new Set<number>();

const SYMBOLS = {
  write: { parameters: ["i32", "buffer", "u64"], result: "i64" },
  signal: { parameters: ["i32", "pointer"], result: "pointer" },
  kill: { parameters: ["i32", "i32"], result: "i32" },
  getpid: { parameters: [], result: "i32" },
} as const;
let lib: Deno.DynamicLibrary<typeof SYMBOLS>["symbols"] | null | undefined;
function libc() {
  if (lib === undefined) {
    try {
      lib = Deno.dlopen("libc.so.6", SYMBOLS).symbols;
    } catch {
      lib = null;
    }
  }
  return lib;
}

/** Signals whose default action is to be ignored. */
const DEFAULT_IGNORED = new Set([17, 18, 23, 28]);

function deliver(signum: number): void {
  const mode = modes.get(signum) ?? "dfl";
  if (mode === "ign") return;
  if (mode === "dfl") {
    if (DEFAULT_IGNORED.has(signum)) return;
    const c = libc();
    if (c === null) return;
    c.signal(signum, null); // SIG_DFL
    c.kill(c.getpid(), signum);
    return;
  }
  Atomics.store(pending!, signum, 1);
  Atomics.or(flag!, 0, 2);
  Atomics.notify(flag!, 0);
  if (wakeupFd >= 0) libc()?.write(wakeupFd, new Uint8Array([signum]), 1n);
}

self.onmessage = (e: MessageEvent<Message>) => {
  const m = e.data;
  if ("flag" in m) {
    flag = new Int32Array(m.flag);
    pending = new Int32Array(m.pending);
  } else if ("wakeupFd" in m) {
    wakeupFd = m.wakeupFd;
  } else {
    modes.set(m.signum, m.mode);
    if (m.mode !== "dfl" && !listening.has(m.signum)) {
      try {
        Deno.addSignalListener(m.listen as Deno.Signal, () => deliver(m.signum));
        listening.add(m.signum);
      } catch { /* a signal Deno will not let us handle (SIGSEGV, SIGKILL, …) */ }
    }
  }
  // acknowledge: the main thread waits for this before signal.signal() returns
  Atomics.add(pending!, 0, 1);
  Atomics.notify(pending!, 0);
};
