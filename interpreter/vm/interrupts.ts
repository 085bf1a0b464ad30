// Ctrl-C: a worker (signal_worker.ts) turns SIGINT into a flag in shared memory; the eval loop polls it
// at backward jumps (ops.checkInterrupt) and runs the SIGINT handler there — by default raising
// KeyboardInterrupt, as CPython's default_int_handler. Blocking waits (time.sleep) wait on the same cell
// so Ctrl-C wakes them (waitInterruptible).
import { state } from "./state.ts";

let worker: Worker | null = null;
let started = false;
const bootTime = performance.now();

/** The shared flag, without the watcher yet (polls work; nothing sets it until the watcher runs). */
export function prepareInterrupts(): void {
  if (state.interrupt === null) state.interrupt = new Int32Array(new SharedArrayBuffer(4));
}

/**
 * What the eval loop does every few thousand backward jumps: start the watcher once the program has
 * run for half a second, then look at the flag. A worker costs 10-15 ms of the main thread and more of
 * the other core, which short programs (`import unittest` takes about 0.3 s) should not pay; Ctrl-C
 * before then ends the process as SIGINT's default action does (status 130, as an uncaught
 * KeyboardInterrupt), only without the traceback. Blocking calls start the watcher at once.
 */
export function tick(): void {
  state.ticks = 4096;
  if (!started && performance.now() - bootTime > 500) watchInterrupts();
}

/** Start watching for SIGINT (once). Until the worker is up, SIGINT keeps its default action. */
export function watchInterrupts(): void {
  if (started) return;
  started = true;
  prepareInterrupts();
  const sab = state.interrupt!.buffer as SharedArrayBuffer;
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
  started = true; // never again: the program is finishing
}

/**
 * Block for up to `ms` milliseconds; returns early (true) when SIGINT arrives, leaving the flag set so
 * the caller's next poll raises. Without a watcher it simply sleeps.
 */
export function waitInterruptible(ms: number): boolean {
  if (!started) watchInterrupts();
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
