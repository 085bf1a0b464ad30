// Runs in a Worker: its event loop is free while the main thread runs Python, so it can receive SIGINT
// (Deno delivers signals to listeners on an event loop, which the busy main thread never turns). It
// raises the shared flag the eval loop polls and wakes a main thread blocked in Atomics.wait (sleep).
/// <reference lib="deno.worker" />
self.onmessage = (e: MessageEvent) => {
  const flag = new Int32Array(e.data as SharedArrayBuffer);
  Deno.addSignalListener("SIGINT", () => {
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
};
