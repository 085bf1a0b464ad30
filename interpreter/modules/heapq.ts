// _heapq: the heap primitives on lists (min-heaps and 3.14's public max-heap functions), the same sift
// algorithms as CPython's Modules/_heapqmodule.c, comparing with `<` only.
import { type MethodSpec, None, typeOf, type W } from "../objects/model.ts";
import { errorWithMessage, raiseIndexError, raiseTypeError } from "../vm/errors.ts";
import { lt } from "../objects/operations.ts";
import { PyList } from "../objects/list.ts";
import type { NativeModuleDef } from "./define.ts";

/** Argument Clinic's message: "argument" alone for one-parameter functions, None named as such. */
function asList(fname: string, w: W, single = false): PyList {
  if (!(w instanceof PyList)) {
    const what = w === None ? "None" : typeOf(w).name;
    raiseTypeError(`${fname}() argument${single ? "" : " 1"} must be list, not ${what}`);
  }
  return w;
}

/** `a < b` (or `b < a` for max-heaps), re-checking the list size as CPython does after each compare. */
function less(heap: PyList, size: number, a: W, b: W, max: boolean): boolean {
  const r = max ? lt(b, a) : lt(a, b);
  if (heap.items.length !== size) {
    throw errorWithMessage("RuntimeError", "list changed size during iteration");
  }
  return r;
}

/** Move the item at `pos` up towards `start` while it is smaller than its parent. */
function siftDown(heap: PyList, start: number, pos: number, max: boolean): void {
  const items = heap.items;
  const size = items.length;
  const newitem = items[pos];
  while (pos > start) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap.items[parentpos];
    if (less(heap, size, newitem, parent, max)) {
      heap.items[pos] = parent;
      pos = parentpos;
      continue;
    }
    break;
  }
  heap.items[pos] = newitem;
}

/** Bubble the smaller child up from `pos` to a leaf, then sift the item down into place. */
function siftUp(heap: PyList, pos: number, max: boolean): void {
  const endpos = heap.items.length;
  const startpos = pos;
  const newitem = heap.items[pos];
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos && !less(heap, endpos, heap.items[childpos], heap.items[rightpos], max)) {
      childpos = rightpos;
    }
    heap.items[pos] = heap.items[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap.items[pos] = newitem;
  siftDown(heap, startpos, pos, max);
}

function push(fname: string, a: W[], max: boolean): W {
  const heap = asList(fname, a[0]);
  heap.items.push(a[1]);
  siftDown(heap, 0, heap.items.length - 1, max);
  return None;
}
function pop(fname: string, a: W[], max: boolean): W {
  const heap = asList(fname, a[0], true);
  if (heap.items.length === 0) raiseIndexError("index out of range");
  const last = heap.items.pop()!;
  if (heap.items.length === 0) return last;
  const ret = heap.items[0];
  heap.items[0] = last;
  siftUp(heap, 0, max);
  return ret;
}
function replace(fname: string, a: W[], max: boolean): W {
  const heap = asList(fname, a[0]);
  if (heap.items.length === 0) raiseIndexError("index out of range");
  const ret = heap.items[0];
  heap.items[0] = a[1];
  siftUp(heap, 0, max);
  return ret;
}
function pushPop(fname: string, a: W[], max: boolean): W {
  const heap = asList(fname, a[0]);
  const item = a[1];
  if (heap.items.length === 0) return item;
  const top = heap.items[0];
  // a plain compare: heappushpop checks the size itself (IndexError), not "changed size"
  if (!(max ? lt(item, top) : lt(top, item))) return item;
  if (heap.items.length === 0) raiseIndexError("index out of range");
  const ret = heap.items[0];
  heap.items[0] = item;
  siftUp(heap, 0, max);
  return ret;
}
function heapify(fname: string, a: W[], max: boolean): W {
  const heap = asList(fname, a[0], true);
  for (let i = (heap.items.length >> 1) - 1; i >= 0; i--) siftUp(heap, i, max);
  return None;
}

const FUNCTIONS: MethodSpec[] = [
  { name: "heappush", arity: [2, 2], impl: (a) => push("heappush", a, false) },
  { name: "heappop", arity: [1, 1], impl: (a) => pop("heappop", a, false) },
  { name: "heapreplace", arity: [2, 2], impl: (a) => replace("heapreplace", a, false) },
  { name: "heappushpop", arity: [2, 2], impl: (a) => pushPop("heappushpop", a, false) },
  { name: "heapify", arity: [1, 1], impl: (a) => heapify("heapify", a, false) },
  { name: "heappush_max", arity: [2, 2], impl: (a) => push("heappush_max", a, true) },
  { name: "heappop_max", arity: [1, 1], impl: (a) => pop("heappop_max", a, true) },
  { name: "heapreplace_max", arity: [2, 2], impl: (a) => replace("heapreplace_max", a, true) },
  { name: "heappushpop_max", arity: [2, 2], impl: (a) => pushPop("heappushpop_max", a, true) },
  { name: "heapify_max", arity: [1, 1], impl: (a) => heapify("heapify_max", a, true) },
];

export const heapqModule: NativeModuleDef = {
  name: "_heapq",
  doc: "Heap queue algorithm (a.k.a. priority queue).",
  functions: FUNCTIONS,
};
