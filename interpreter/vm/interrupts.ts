// Ctrl-C: a worker (signal_worker.ts) turns SIGINT into a flag in shared memory; the eval loop polls it
// at backward jumps (ops.checkInterrupt) and runs the SIGINT handler there — by default raising
// KeyboardInterrupt, as CPython's default_int_handler. Blocking waits (time.sleep) wait on the same cell
// so Ctrl-C wakes them (waitInterruptible).
import { state } from "./state.ts";

let worker: Worker | null = null;

/** Start watching for SIGINT (once). Until the worker is up, SIGINT keeps its default action. */
export function watchInterrupts(): void {
  if (worker !== null || state.interrupt !== null) return;
  const sab = new SharedArrayBuffer(4);
  state.interrupt = new Int32Array(sab);
  try {
    worker = new Worker(new URL("./signal_worker.ts", import.meta.url).href, { type: "module" });
    worker.postMessage(sab);
  } catch {
    worker = null; // no workers here (e.g. a restricted embedding): Ctrl-C ends the process
  }
}

/** Stop the watcher so it does not keep the process alive. */
export function stopWatchingInterrupts(): void {
  worker?.terminate();
  worker = null;
}

/**
 * Block for up to `ms` milliseconds; returns early (true) when SIGINT arrives, leaving the flag set so
 * the caller's next poll raises. Without a watcher it simply sleeps.
 */
export function waitInterruptible(ms: number): boolean {
  const flag = state.interrupt;
  if (flag === null) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    return false;
  }
  const end = performance.now() + ms;
  for (;;) {
    if (Atomics.load(flag, 0) !== 0) return true;
    const left = end - performance.now();
    if (left <= 0) return false;
    Atomics.wait(flag, 0, 0, left);
  }
}
