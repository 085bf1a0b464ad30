// select's poll(2) wrapper over real pipes: readiness bits, hang-up, timeouts, and sleeping when there
// is nothing to watch.
import assert from "node:assert";
import { POLL, pollFds } from "../../../interpreter/modules/select.ts";
import { libc } from "../../../interpreter/modules/libc.ts";

const c = libc();

function pipe(): [number, number] {
  const fds = new Int32Array(2);
  assert.strictEqual(c!.pipe2(fds, 0o2000000 /* O_CLOEXEC */), 0);
  return [fds[0], fds[1]];
}

Deno.test({
  name: "poll: readable after a write, writable at once, HUP after the writer closes",
  ignore: c === null,
  fn: () => {
    const [r, w] = pipe();
    assert.deepStrictEqual(pollFds([r, w], [POLL.POLLIN, POLL.POLLOUT], 0), [0, POLL.POLLOUT]);
    c!.write(w, new Uint8Array([1, 2, 3]), 3n);
    assert.deepStrictEqual(pollFds([r], [POLL.POLLIN], 1000), [POLL.POLLIN]);
    c!.read(r, new Uint8Array(3), 3n);
    c!.close(w);
    assert.deepStrictEqual(pollFds([r], [POLL.POLLIN], 1000), [POLL.POLLHUP]);
    c!.close(r);
    assert.deepStrictEqual(pollFds([r], [POLL.POLLIN], 0), [POLL.POLLNVAL]);
  },
});

Deno.test({
  name: "poll: a timeout with nothing ready returns zeros after about that long",
  ignore: c === null,
  fn: () => {
    const [r, w] = pipe();
    const t = performance.now();
    assert.deepStrictEqual(pollFds([r], [POLL.POLLIN], 120), [0]);
    const took = performance.now() - t;
    assert.ok(took >= 110 && took < 2000, `took ${took} ms`);
    c!.close(r);
    c!.close(w);
  },
});

Deno.test("poll with no descriptors sleeps for the timeout", () => {
  const t = performance.now();
  assert.deepStrictEqual(pollFds([], [], 80), []);
  assert.ok(performance.now() - t >= 75);
});
