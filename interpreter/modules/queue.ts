// _queue: SimpleQueue (unbounded FIFO, put never blocks) and Empty, as CPython's Modules/_queuemodule.c.
// A get() that finds the queue empty waits as a green thread (vm/threads.ts); put() hands the item
// straight to the first waiting get().
import {
  defineMethods,
  type Kwargs,
  newBool,
  None,
  objectType,
  PyObject,
  PyType,
  True,
  type W,
} from "../objects/model.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { asFloat } from "../objects/float.ts";
import { newStr } from "../objects/str.ts";
import { isTrue } from "../objects/operations.ts";
import { classGetItem } from "../objects/genericalias.ts";
import { newError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { block, deadlineAfter, markBlocking, sched, takeDirectCall, Waiter, wake } from "../vm/threads.ts";
import { nativeException, type NativeModuleDef, nativeType } from "./define.ts";
import { parseArgs } from "./native_args.ts";
import { allowWeakrefs } from "./weakref.ts";

export const emptyType: PyType = nativeException("_queue", "Empty", exceptionTypes.Exception);
emptyType.dict.set("__doc__", newStr("Exception raised by Queue.get(block=0)/get_nowait()."));

class PySimpleQueue extends PyObject {
  declare items: W[];
  declare head: number;
  declare waiters: Waiter[];
  constructor(cls: PyType) {
    super();
    this.cls = cls;
    this.items = [];
    this.head = 0;
    this.waiters = [];
  }
  get size(): number {
    return this.items.length - this.head;
  }
  take(): W {
    const v = this.items[this.head];
    this.items[this.head++] = undefined as unknown as W;
    if (this.head > 64 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return v;
  }
}

export const simpleQueueType: PyType = nativeType("_queue", "SimpleQueue", objectType, {
  factory: (c) => new PySimpleQueue(c),
});
simpleQueueType.dict.set("__doc__", newStr("Simple, unbounded, reentrant FIFO queue."));
allowWeakrefs(simpleQueueType);

function asQueue(w: W): PySimpleQueue {
  if (!(w instanceof PySimpleQueue)) raiseTypeError("descriptor requires a '_queue.SimpleQueue' object");
  return w;
}

function put(q: PySimpleQueue, item: W): W {
  const w = q.waiters.shift();
  if (w !== undefined) wake(w, item);
  else q.items.push(item);
  return None;
}

function emptyError(): never {
  throw newError(emptyType, []);
}

function get(a: W[], k: Kwargs | null, blocking: boolean): W {
  const direct = takeDirectCall();
  const q = asQueue(a[0]);
  let timeout = -1;
  if (blocking) {
    const [blockW = True, timeoutW = None] = parseArgs("get", a, k, 1, {
      names: ["block", "timeout"],
      required: 0,
    });
    blocking = isTrue(blockW);
    if (blocking && timeoutW !== None) {
      const t = asFloat(timeoutW);
      if (t === undefined) {
        raiseTypeError(
          `'${(timeoutW as PyObject).cls.name}' object cannot be interpreted as an integer or float`,
        );
      }
      if (t < 0) raiseValueError("'timeout' must be a non-negative number");
      timeout = t;
    }
  }
  if (q.size > 0) return q.take();
  if (!blocking || timeout === 0) emptyError();
  const w = new Waiter(sched.current, deadlineAfter(timeout), None);
  w.list = q.waiters;
  w.finish = (x) => (x.timedOut ? emptyError() : x.value);
  q.waiters.push(w);
  return block(w, direct);
}

defineMethods(simpleQueueType, [
  {
    name: "__new__",
    arity: [0, -1],
    kw: ["**"],
    kind: "static",
    impl: (a, k) => {
      if (a.length > 1) raiseTypeError("SimpleQueue() takes no positional arguments");
      if (k !== null && k.names.length > 0) raiseTypeError("SimpleQueue() takes no keyword arguments");
      return new PySimpleQueue(a[0] as PyType);
    },
  },
  {
    name: "put",
    arity: [1, 3],
    kw: ["**"],
    impl: (a, k) => {
      const [item] = parseArgs("put", a, k, 1, { names: ["item", "block", "timeout"], required: 1 });
      return put(asQueue(a[0]), item);
    },
  },
  { name: "put_nowait", arity: [1, 1], impl: (a) => put(asQueue(a[0]), a[1]) },
  { name: "get", arity: [0, 2], kw: ["**"], impl: (a, k) => get(a, k, true) },
  { name: "get_nowait", arity: [0, 0], impl: (a) => get(a, null, false) },
  { name: "empty", arity: [0, 0], impl: (a) => newBool(asQueue(a[0]).size === 0) },
  { name: "qsize", arity: [0, 0], impl: (a) => asQueue(a[0]).size },
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => classGetItem(a[0], a[1]) },
]);
for (const name of ["get", "get_nowait"]) {
  const d = simpleQueueType.lookup(name) as { spec?: Parameters<typeof markBlocking>[0] } | undefined;
  markBlocking(d?.spec);
}

export const queueModule: NativeModuleDef = {
  name: "_queue",
  doc:
    "C implementation of the Python queue module.\nThis module is an implementation detail, please do not use it directly.",
  functions: [],
  types: [
    ["SimpleQueue", simpleQueueType],
    ["Empty", emptyType],
  ],
};
