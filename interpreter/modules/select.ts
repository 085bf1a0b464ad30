// select: select() and poll objects over kernel file descriptors (the fds of _io and posix are real
// ones), both implemented with poll(2) through FFI. Enough for `selectors` (DefaultSelector is then a
// PollSelector: there is no epoll here) and asyncio's event loop. Waits are cut into slices so that a
// signal (Ctrl-C, or one with a Python handler) interrupts them: the handler runs and, if it returns,
// the wait goes on for the time left, as PEP 475 says. With no descriptors, select() just sleeps.
import { callMethod, type Kwargs, None, type PyObject, typeOf, type W } from "../objects/model.ts";
import { newTuple } from "../objects/tuple.ts";
import { newList } from "../objects/list.ts";
import { floatOf } from "../objects/float.ts";
import { asInt } from "../objects/int.ts";
import { iterateToArray } from "../objects/operations.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { newError, raiseOverflowError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { checkInterrupt } from "../vm/ops.ts";
import { waitInterruptible, watchInterrupts } from "../vm/interrupts.ts";
import { state } from "../vm/state.ts";
import { beforeBlockingIO, threadSleep } from "../vm/threads.ts";
import { newStr } from "../objects/str.ts";
import { errno, libc, osError } from "./libc.ts";
import { checkArgs } from "./time.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";
import { defineMethods, PyObject as PyObjectClass } from "../objects/model.ts";

export const POLL = {
  POLLIN: 0x001,
  POLLPRI: 0x002,
  POLLOUT: 0x004,
  POLLERR: 0x008,
  POLLHUP: 0x010,
  POLLNVAL: 0x020,
  POLLRDNORM: 0x040,
  POLLRDBAND: 0x080,
  POLLWRNORM: 0x100,
  POLLWRBAND: 0x200,
  POLLMSG: 0x400,
  POLLRDHUP: 0x2000,
};

/** PyObject_AsFileDescriptor: an int, or an object whose fileno() returns one. */
export function fileDescriptor(w: W): number {
  let v = asInt(w);
  if (v === undefined) {
    if (typeof w !== "object" || typeOf(w).lookup("fileno") === undefined) {
      raiseTypeError("argument must be an int, or have a fileno() method.");
    }
    const r = callMethod(w, "fileno", []);
    v = asInt(r);
    if (v === undefined) raiseTypeError("fileno() returned a non-integer");
  }
  if (typeof v === "bigint") raiseOverflowError("Python int too large to convert to C int");
  if (v < 0) raiseValueError(`file descriptor cannot be a negative integer (${v})`);
  if (v > 2147483647) raiseOverflowError("Python int too large to convert to C int");
  return v;
}

/** Wake at least this often to notice signals while blocked in poll(2). */
const SLICE_MS = 50;

/**
 * poll(2) over (fd, events) pairs for up to `timeoutMs` (< 0: no limit); the revents, in order. With no
 * descriptors it sleeps. Signals interrupt the wait: handlers run, then the wait resumes (PEP 475).
 */
export function pollFds(fds: number[], events: number[], timeoutMs: number): number[] {
  const n = fds.length;
  const deadline = timeoutMs < 0 ? Infinity : performance.now() + timeoutMs;
  if (n === 0) {
    for (;;) {
      const left = deadline - performance.now();
      if (left <= 0) return [];
      if (state.threads) {
        // other green threads run meanwhile (vm/threads.ts)
        if (left === Infinity) threadSleep(3600, false);
        else threadSleep(left / 1000, false);
        continue;
      }
      if (waitInterruptible(Math.min(left, 3600_000))) checkInterrupt();
    }
  }
  const c = libc();
  if (c === null) {
    throw osError(38, "select needs the C library through FFI (poll(2)), which is not available here");
  }
  const buf = new Uint8Array(8 * n);
  const view = new DataView(buf.buffer);
  let first = true;
  for (;;) {
    for (let i = 0; i < n; i++) {
      view.setInt32(8 * i, fds[i], true);
      view.setInt16(8 * i + 4, events[i], true);
      view.setInt16(8 * i + 6, 0, true);
    }
    const left = deadline - performance.now();
    let slice = left === Infinity ? SLICE_MS : Math.max(0, Math.min(SLICE_MS, Math.ceil(left)));
    // other green threads run first; the wait ends by the time one of them is due (vm/threads.ts). But a
    // descriptor that is ready already returns at once, as with CPython's GIL released only around the
    // poll: a send to a connected socket must not run a thread that then blocks reading from it
    let r = -1;
    if (state.threads) {
      if (first) {
        first = false;
        r = c.poll(buf, BigInt(n), 0);
        if (r <= 0) r = -1;
      }
      if (r < 0) slice = beforeBlockingIO(slice);
    }
    if (r < 0) r = c.poll(buf, BigInt(n), slice);
    if (r < 0) {
      const err = errno(c);
      if (err !== 4 /* EINTR */) throw osError(err);
    } else if (r > 0) {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push(view.getUint16(8 * i + 6, true));
      return out;
    }
    const flag = state.interrupt;
    if (flag !== null && Atomics.load(flag, 0) !== 0) checkInterrupt();
    if (performance.now() >= deadline) return new Array(n).fill(0);
    watchInterrupts(); // about to wait longer: make sure Ctrl-C is watched (started lazily)
  }
}

// ---------------------------------------------------------------- select()

function selectTimeoutMs(w: W | undefined): number {
  if (w === undefined || w === None) return -1;
  const f = floatOf(w);
  let seconds: number;
  if (f !== undefined) {
    if (Number.isNaN(f)) raiseValueError("Invalid value NaN (not a number)");
    seconds = f;
  } else {
    const i = asInt(w);
    if (i === undefined) {
      if (typeof w === "object" && typeOf(w).lookup("__index__") !== undefined) {
        seconds = Number(asInt(callMethod(w, "__index__", [])) ?? 0);
      } else raiseTypeError("timeout must be a float or None");
    } else seconds = Number(i);
  }
  if (seconds < 0) raiseValueError("timeout must be non-negative");
  if (seconds * 1e9 >= 9223372036854775808) raiseOverflowError("timeout is too large");
  return seconds * 1000;
}

function sequenceItems(w: W): W[] {
  try {
    return iterateToArray(w);
  } catch (e) {
    if (typeof w !== "object" || typeOf(w).lookup("__iter__") === undefined) {
      raiseTypeError("arguments 1-3 must be sequences");
    }
    throw e;
  }
}

function selectImpl(a: W[]): W {
  const lists = [sequenceItems(a[0]), sequenceItems(a[1]), sequenceItems(a[2])];
  const timeoutMs = selectTimeoutMs(a[3]);
  const fdsOf = lists.map((l) => l.map(fileDescriptor));
  // one pollfd per descriptor, with the events of every list it is in
  const index = new Map<number, number>();
  const fds: number[] = [], events: number[] = [];
  const want = [POLL.POLLIN, POLL.POLLOUT, POLL.POLLPRI];
  fdsOf.forEach((list, k) => {
    for (const fd of list) {
      let i = index.get(fd);
      if (i === undefined) {
        index.set(fd, i = fds.length);
        fds.push(fd);
        events.push(0);
      }
      events[i] |= want[k];
    }
  });
  const revents = pollFds(fds, events, timeoutMs);
  if (revents.some((r) => (r & POLL.POLLNVAL) !== 0)) throw osError(9);
  const ready = [
    POLL.POLLIN | POLL.POLLHUP | POLL.POLLERR,
    POLL.POLLOUT | POLL.POLLERR,
    POLL.POLLPRI,
  ];
  const result = lists.map((objs, k) =>
    newList(objs.filter((_, j) => revents.length > 0 && (revents[index.get(fdsOf[k][j])!] & ready[k]) !== 0))
  );
  return newTuple(result);
}

// ---------------------------------------------------------------- poll objects

class PyPoll extends PyObjectClass {
  declare registered: Map<number, number>;
  declare polling: boolean;
  constructor() {
    super();
    this.cls = pollType;
    this.registered = new Map();
    this.polling = false;
  }
}

export const pollType = nativeType("select", "poll", undefined, { flags: 0 });

function eventMask(w: W): number {
  const v = asInt(w);
  if (v === undefined) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  if (typeof v === "bigint" || v > 0xffff) raiseOverflowError("Python int too large for C unsigned short");
  if (v < 0) raiseOverflowError("can't convert negative int to unsigned");
  return v;
}

function pollTimeoutMs(w: W | undefined): number {
  if (w === undefined || w === None) return -1;
  const f = floatOf(w);
  let ms: number;
  if (f !== undefined) {
    if (Number.isNaN(f)) raiseValueError("Invalid value NaN (not a number)");
    ms = Math.ceil(f);
  } else {
    const i = asInt(w);
    if (i === undefined) raiseTypeError("timeout must be an integer or None");
    ms = Number(i);
  }
  if (ms > 2147483647) raiseOverflowError("Python int too large to convert to C int");
  return ms < 0 ? -1 : ms;
}

function selfPoll(w: W): PyPoll {
  if (!(w instanceof PyPoll)) raiseTypeError("descriptor requires a 'select.poll' object");
  return w;
}

defineMethods(pollType, [
  {
    name: "__new__",
    arity: [0, -1],
    kind: "static",
    impl: () => raiseTypeError("cannot create 'select.poll' instances"),
  },
  {
    name: "register",
    arity: [1, 2],
    impl: (a) => {
      const p = selfPoll(a[0]);
      const fd = fileDescriptor(a[1]);
      const mask = a[2] === undefined ? POLL.POLLIN | POLL.POLLPRI | POLL.POLLOUT : eventMask(a[2]);
      p.registered.set(fd, mask);
      return None;
    },
  },
  {
    name: "modify",
    arity: [2, 2],
    impl: (a) => {
      const p = selfPoll(a[0]);
      const fd = fileDescriptor(a[1]);
      const mask = eventMask(a[2]);
      if (!p.registered.has(fd)) {
        throw osError(2);
      }
      p.registered.set(fd, mask);
      return None;
    },
  },
  {
    name: "unregister",
    arity: [1, 1],
    impl: (a) => {
      const p = selfPoll(a[0]);
      const fd = fileDescriptor(a[1]);
      if (!p.registered.delete(fd)) throw newError(exceptionTypes.KeyError, [fd]);
      return None;
    },
  },
  {
    name: "poll",
    arity: [0, 1],
    impl: (a) => {
      const p = selfPoll(a[0]);
      const timeoutMs = pollTimeoutMs(a[1]);
      if (p.polling) throw newError(exceptionTypes.RuntimeError, [newStr("concurrent poll() invocation")]);
      p.polling = true;
      try {
        const fds = [...p.registered.keys()];
        const events = fds.map((fd) => p.registered.get(fd)!);
        const revents = pollFds(fds, events, timeoutMs);
        const out: W[] = [];
        for (let i = 0; i < revents.length; i++) {
          if (revents[i] !== 0) out.push(newTuple([fds[i], revents[i]]));
        }
        return newList(out);
      } finally {
        p.polling = false;
      }
    },
  },
]);

export const selectModule: NativeModuleDef = {
  name: "select",
  doc: "This module supports asynchronous I/O on multiple file descriptors.\n\n" +
    "*** IMPORTANT NOTICE ***\n" +
    "On Windows, only sockets are supported; on Unix, all file descriptors.",
  functions: [
    {
      name: "select",
      arity: [0, -1],
      kw: ["**"],
      impl: (a: W[], kw: Kwargs | null) => {
        checkArgs("select.select", "unpack", a, kw, 3, 4);
        return selectImpl(a);
      },
    },
    {
      name: "poll",
      arity: [0, -1],
      kw: ["**"],
      impl: (a: W[], kw: Kwargs | null) => {
        checkArgs("select.poll", "noargs", a, kw, 0, 0);
        return new PyPoll() as PyObject;
      },
    },
  ],
  values: () => ({
    ...POLL,
    PIPE_BUF: 4096,
    error: exceptionTypes.OSError,
  }),
};
