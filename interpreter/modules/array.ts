// The array module (CPython's Modules/arraymodule.c): typed arrays of b B u w h H i I l L q Q f d with
// 64-bit C sizes (l/L = 8 bytes), CPython's conversion errors, slicing, bytes/list/unicode conversion,
// comparisons, pickling through _array_reconstructor. Items are kept as JS numbers (bigints for 64-bit
// values beyond 2**53); bytes are produced on demand in little-endian machine order.
import { matchFlags } from "../vm/ops.ts";
import {
  call,
  defineGetSets,
  defineMethods,
  defineNativeIterator,
  getAttr,
  type MethodSpec,
  newBool,
  None,
  NotImplemented,
  PyInstance,
  PyNativeIterator,
  PyType,
  STOP_ITEM,
  typeOf,
  type W,
} from "../objects/model.ts";
import {
  newError,
  raiseIndexError,
  raiseOverflowError,
  raiseTypeError,
  raiseValueError,
} from "../vm/errors.ts";
import { bytesLike, newBytes, PyByteArray, PyBytes } from "../objects/bytes.ts";
import { isStr, newStr, PyStr, strRepr } from "../objects/str.ts";
import { asInt, indexOf, type IntValue, normBig } from "../objects/int.ts";
import { floatRepr, newFloat } from "../objects/float.ts";
import { newTuple } from "../objects/tuple.ts";
import { newList, PyList } from "../objects/list.ts";
import { PySlice, sliceIndices } from "../objects/slice.ts";
import { type CompareOp, eq, iter, next, richCompare, STOP } from "../objects/operations.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";
import { toDouble } from "./math.ts";
import { extraBuffers } from "./struct.ts";

const TYPECODES = "bBuwhHiIlLqQfd";
const ITEMSIZE: Record<string, number> = {
  b: 1,
  B: 1,
  u: 4,
  w: 4,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  f: 4,
  d: 8,
};

type Item = number | bigint;

export class PyArray extends PyInstance {
  declare typecode: string;
  declare items: Item[];
  constructor(cls: PyType, typecode = "b", items: Item[] = []) {
    super(cls);
    this.typecode = typecode;
    this.items = items;
  }
}
export const arrayType: PyType = nativeType("array", "array", undefined, {
  factory: (cls) => new PyArray(cls),
});

function asArray(w: W): PyArray {
  if (!(w instanceof PyArray)) raiseTypeError("descriptor requires an 'array.array' object");
  return w;
}

// ---------------------------------------------------------------- item conversion

function intItem(w: W): IntValue {
  const v = asInt(w);
  if (v !== undefined) return v;
  if (typeOf(w).lookup("__index__") === undefined) {
    raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  }
  return indexOf(w);
}

function rangeCheck(v: IntValue, lo: number | bigint, hi: number | bigint, name: string): void {
  if (v > hi) raiseOverflowError(`${name} is greater than maximum`);
  if (v < lo) raiseOverflowError(`${name} is less than minimum`);
}

/** The stored form of a Python value for the typecode (with CPython's errors). */
export function toItem(tc: string, w: W): Item {
  switch (tc) {
    case "f":
      return Math.fround(toDouble(w));
    case "d":
      return toDouble(w);
    case "u":
    case "w": {
      if (!isStr(w)) raiseTypeError(`array item must be a unicode character, not ${typeOf(w).name}`);
      const s = (w as PyStr).value;
      const cps = Array.from(s);
      if (cps.length !== 1) {
        raiseTypeError(`array item must be a unicode character, not a string of length ${cps.length}`);
      }
      return cps[0].codePointAt(0)!;
    }
  }
  const v = intItem(w);
  switch (tc) {
    case "b":
      rangeCheck(v, -128, 127, "signed char");
      break;
    case "B":
      rangeCheck(v, 0, 255, "unsigned byte integer");
      break;
    case "h":
      rangeCheck(v, -32768, 32767, "signed short integer");
      break;
    case "H":
      rangeCheck(v, 0, 65535, "unsigned short");
      break;
    case "i":
      rangeCheck(v, -2147483648, 2147483647, "signed integer");
      break;
    case "I":
      if (v < 0) raiseOverflowError("can't convert negative value to unsigned int");
      if (v > 4294967295) raiseOverflowError("unsigned int is greater than maximum");
      break;
    case "l":
      if (v < -(2n ** 63n) || v > 2n ** 63n - 1n) {
        raiseOverflowError("Python int too large to convert to C long");
      }
      break;
    case "L":
      if (v < 0) raiseOverflowError("can't convert negative value to unsigned int");
      if (v > 2n ** 64n - 1n) raiseOverflowError("Python int too large to convert to C unsigned long");
      break;
    case "q":
      if (v < -(2n ** 63n) || v > 2n ** 63n - 1n) raiseOverflowError("int too big to convert");
      break;
    case "Q":
      if (v < 0) raiseOverflowError("can't convert negative int to unsigned");
      if (v > 2n ** 64n - 1n) raiseOverflowError("int too big to convert");
      break;
  }
  return v;
}

function fromItem(tc: string, v: Item): W {
  if (tc === "f" || tc === "d") return newFloat(v as number);
  if (tc === "u" || tc === "w") return newStr(String.fromCodePoint(v as number));
  return typeof v === "bigint" ? normBig(v) : v;
}

// ---------------------------------------------------------------- bytes

export function arrayBytes(a: PyArray): Uint8Array {
  const size = ITEMSIZE[a.typecode];
  const out = new Uint8Array(a.items.length * size);
  const dv = new DataView(out.buffer);
  const tc = a.typecode;
  for (let i = 0; i < a.items.length; i++) writeItem(dv, i * size, tc, a.items[i], true);
  return out;
}
function writeItem(dv: DataView, off: number, tc: string, v: Item, little: boolean): void {
  switch (tc) {
    case "b":
    case "B":
      dv.setUint8(off, Number(v) & 0xff);
      return;
    case "h":
    case "H":
      dv.setUint16(off, Number(v) & 0xffff, little);
      return;
    case "i":
    case "I":
    case "u":
    case "w":
      dv.setUint32(off, Number(BigInt.asUintN(32, BigInt(v))), little);
      return;
    case "f":
      dv.setFloat32(off, v as number, little);
      return;
    case "d":
      dv.setFloat64(off, v as number, little);
      return;
    default:
      dv.setBigUint64(off, BigInt.asUintN(64, BigInt(v)), little);
  }
}
function readItem(dv: DataView, off: number, tc: string, little: boolean): Item {
  switch (tc) {
    case "b":
      return dv.getInt8(off);
    case "B":
      return dv.getUint8(off);
    case "h":
      return dv.getInt16(off, little);
    case "H":
      return dv.getUint16(off, little);
    case "i":
      return dv.getInt32(off, little);
    case "I":
    case "u":
    case "w":
      return dv.getUint32(off, little);
    case "f":
      return dv.getFloat32(off, little);
    case "d":
      return dv.getFloat64(off, little);
    case "l":
    case "q": {
      const v = dv.getBigInt64(off, little);
      const n = normBig(v);
      return n;
    }
    default:
      return normBig(dv.getBigUint64(off, little));
  }
}

function itemsFromBytes(tc: string, b: Uint8Array, little = true): Item[] {
  const size = ITEMSIZE[tc];
  if (b.length % size !== 0) raiseValueError("bytes length not a multiple of item size");
  const dv = new DataView(b.buffer, b.byteOffset, b.length);
  const out: Item[] = new Array(b.length / size);
  for (let i = 0; i < out.length; i++) out[i] = readItem(dv, i * size, tc, little);
  if (tc === "u" || tc === "w") {
    for (const v of out) {
      if ((v as number) > 0x10ffff) {
        raiseValueError(`character U+${(v as number).toString(16)} is not in range [U+0000; U+10ffff]`);
      }
    }
  }
  return out;
}

// Bytes-like access for struct and friends (core bytes/memoryview do not know arrays).
extraBuffers.read = (w) => (w instanceof PyArray ? arrayBytes(w) : undefined);

// ---------------------------------------------------------------- construction

function newArray(cls: PyType, tc: string, init: W | undefined): PyArray {
  if (!TYPECODES.includes(tc) || tc.length !== 1) {
    raiseValueError("bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)");
  }
  const a = new PyArray(cls, tc, []);
  if (init === undefined) return a;
  if (isStr(init)) {
    if (tc !== "u" && tc !== "w") {
      raiseTypeError(`cannot use a str to initialize an array with typecode '${tc}'`);
    }
    fromUnicode(a, (init as PyStr).value);
    return a;
  }
  if (init instanceof PyArray && (init.typecode === "u" || init.typecode === "w") && tc !== init.typecode) {
    raiseTypeError(`cannot use a unicode array to initialize an array with typecode '${tc}'`);
  }
  if (init instanceof PyBytes || init instanceof PyByteArray) {
    a.items = itemsFromBytes(tc, bytesLike(init)!);
    return a;
  }
  if (init instanceof PyArray) {
    // another array initialises item by item (any typecode except the unicode mismatch above)
    a.items = init.items.map((v) => toItem(tc, fromItem(init.typecode, v)));
    return a;
  }
  extendFrom(a, init);
  return a;
}

function fromUnicode(a: PyArray, s: string): void {
  for (const ch of s) a.items.push(ch.codePointAt(0)!);
}

function extendFrom(a: PyArray, w: W): void {
  if (w instanceof PyArray) {
    if (w.typecode !== a.typecode) raiseTypeError("can only extend with array of same kind");
    a.items.push(...w.items.slice());
    return;
  }
  const tc = a.typecode;
  const it = iter(w);
  const added: Item[] = [];
  for (;;) {
    const x = next(it);
    if (x === STOP) break;
    added.push(toItem(tc, x));
  }
  a.items.push(...added);
}

// ---------------------------------------------------------------- indexing

function normIndex(a: PyArray, w: W, what = "array index out of range"): number {
  let i = Number(indexOf(w));
  if (i < 0) i += a.items.length;
  if (i < 0 || i >= a.items.length) raiseIndexError(what);
  return i;
}

function getItem(a: PyArray, key: W): W {
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, a.items.length);
    const out: Item[] = new Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = a.items[j];
    return new PyArray(arrayType, a.typecode, out);
  }
  return fromItem(a.typecode, a.items[normIndex(a, key)]);
}

function setItem(a: PyArray, key: W, value: W): void {
  if (key instanceof PySlice) {
    if (!(value instanceof PyArray)) {
      raiseTypeError(`can only assign array (not "${typeOf(value).name}") to array slice`);
    }
    if (value.typecode !== a.typecode) raiseTypeError("bad argument type for built-in operation");
    const src = value.items.slice();
    const [start, stop, step, n] = sliceIndices(key, a.items.length);
    if (step === 1) {
      a.items.splice(start, Math.max(0, stop - start), ...src);
      return;
    }
    if (src.length !== n) {
      raiseValueError(`attempt to assign array of size ${src.length} to extended slice of size ${n}`);
    }
    for (let i = 0, j = start; i < n; i++, j += step) a.items[j] = src[i];
    return;
  }
  const i = normIndex(a, key, "array assignment index out of range");
  a.items[i] = toItem(a.typecode, value);
}

function delItem(a: PyArray, key: W): void {
  if (key instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(key, a.items.length);
    if (step === 1) {
      a.items.splice(start, Math.max(0, stop - start));
      return;
    }
    const drop = new Set<number>();
    for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
    a.items = a.items.filter((_, i) => !drop.has(i));
    return;
  }
  a.items.splice(normIndex(a, key, "array assignment index out of range"), 1);
}

function itemEquals(a: PyArray, v: Item, w: W): boolean {
  return eq(fromItem(a.typecode, v), w);
}

// ---------------------------------------------------------------- repr and comparison

function arrayRepr(a: PyArray): string {
  const tc = a.typecode;
  if (a.items.length === 0) return `array('${tc}')`;
  if (tc === "u" || tc === "w") {
    return `array('${tc}', ${strRepr(a.items.map((c) => String.fromCodePoint(c as number)).join(""))})`;
  }
  const parts = a.items.map((v) => (tc === "f" || tc === "d" ? floatRepr(v as number) : String(v)));
  return `array('${tc}', [${parts.join(", ")}])`;
}

function compare(a: PyArray, bw: W, op: CompareOp): W {
  if (!(bw instanceof PyArray)) return NotImplemented;
  const b = bw;
  if (a.items.length !== b.items.length && (op === "==" || op === "!=")) return newBool(op === "!=");
  const n = Math.min(a.items.length, b.items.length);
  for (let i = 0; i < n; i++) {
    const x = fromItem(a.typecode, a.items[i]), y = fromItem(b.typecode, b.items[i]);
    if (!eq(x, y)) {
      if (op === "==") return newBool(false);
      if (op === "!=") return newBool(true);
      return richCompare(x, y, op);
    }
  }
  const la = a.items.length, lb = b.items.length;
  switch (op) {
    case "==":
      return newBool(la === lb);
    case "!=":
      return newBool(la !== lb);
    case "<":
      return newBool(la < lb);
    case "<=":
      return newBool(la <= lb);
    case ">":
      return newBool(la > lb);
    default:
      return newBool(la >= lb);
  }
}

// ---------------------------------------------------------------- iterator

class PyArrayIterator extends PyNativeIterator {
  declare a: PyArray;
  declare i: number;
  constructor(a: PyArray) {
    super();
    this.cls = arrayIteratorType;
    this.a = a;
    this.i = 0;
  }
  nextItem(): W {
    if (this.i >= this.a.items.length) return STOP_ITEM;
    return fromItem(this.a.typecode, this.a.items[this.i++]);
  }
}
// array.array has Py_TPFLAGS_SEQUENCE: `case [...]` matches it
matchFlags.sequence.add(arrayType);

const arrayIteratorType: PyType = nativeType("array", "arrayiterator", undefined, { flags: 0 });
defineNativeIterator(arrayIteratorType);

// ---------------------------------------------------------------- pickling (machine format codes)

const MFORMAT: Record<string, number> = {
  b: 1,
  B: 0,
  h: 4,
  H: 2,
  i: 8,
  I: 6,
  l: 12,
  L: 10,
  q: 12,
  Q: 10,
  f: 14,
  d: 16,
  u: 20,
  w: 20,
};
/** [typecode for decoding, little endian] of a machine format code. */
function mformatDecoder(code: number): [string, boolean] | undefined {
  const table: Record<number, [string, boolean]> = {
    0: ["B", true],
    1: ["b", true],
    2: ["H", true],
    3: ["H", false],
    4: ["h", true],
    5: ["h", false],
    6: ["I", true],
    7: ["I", false],
    8: ["i", true],
    9: ["i", false],
    10: ["Q", true],
    11: ["Q", false],
    12: ["q", true],
    13: ["q", false],
    14: ["f", true],
    15: ["f", false],
    16: ["d", true],
    17: ["d", false],
    20: ["w", true],
    21: ["w", false],
  };
  return table[code];
}

function reconstruct(a: W[]): W {
  const cls = a[0];
  if (!(cls instanceof PyType)) {
    raiseTypeError(`first argument must be a type object, not ${typeOf(cls).name}`);
  }
  if (!cls.isSubtypeOf(arrayType)) raiseTypeError(`${cls.name} is not a subtype of array.array`);
  if (!isStr(a[1])) raiseTypeError("array._array_reconstructor() argument 2 must be a unicode character");
  const tc = (a[1] as PyStr).value;
  if (tc.length !== 1 || !TYPECODES.includes(tc)) {
    raiseValueError("second argument must be a valid type code");
  }
  const code = Number(indexOf(a[2]));
  const dec = mformatDecoder(code);
  if (dec === undefined) raiseValueError("third argument must be a valid machine format code.");
  const b = bytesLike(a[3]);
  if (!(a[3] instanceof PyBytes) || b === undefined) {
    raiseTypeError(`fourth argument should be bytes, not ${typeOf(a[3]).name}`);
  }
  const raw = itemsFromBytes(dec[0], b, dec[1]);
  // integer data whose machine format is not the typecode's own becomes an array of the first typecode
  // with that size and signedness (array_reconstructor's conversion)
  let target = tc;
  if (code <= 13 && MFORMAT[tc] !== code) {
    const size = ITEMSIZE[dec[0]], signed = dec[0] === dec[0].toLowerCase();
    for (const t of "bBhHiIlLqQ") {
      if (ITEMSIZE[t] === size && (t === t.toLowerCase()) === signed) {
        target = t;
        break;
      }
    }
  }
  const r = new PyArray(cls, target, []);
  for (const v of raw) r.items.push(toItem(target, fromItem(dec[0], v)));
  return r;
}

// ---------------------------------------------------------------- methods

function self(a: W[]): PyArray {
  return asArray(a[0]);
}

const methods: MethodSpec[] = [
  {
    name: "__new__",
    arity: [0, 3],
    kind: "static",
    kw: ["**"],
    impl: (a, kw) => {
      const cls = a[0] as PyType;
      if (cls === arrayType && kw !== null && kw.names.length > 0) {
        raiseTypeError("array.array() takes no keyword arguments");
      }
      if (a.length < 2) raiseTypeError("array() takes at least 1 argument (0 given)");
      if (a.length > 3) raiseTypeError(`array() takes at most 2 arguments (${a.length - 1} given)`);
      const tcw = a[1];
      if (!isStr(tcw) || Array.from((tcw as PyStr).value).length !== 1) {
        raiseTypeError(
          `array() argument 1 must be a unicode character, not ${isStr(tcw) ? "str" : typeOf(tcw).name}`,
        );
      }
      return newArray(cls, (tcw as PyStr).value, a[2]);
    },
  },
  {
    name: "append",
    arity: [1, 1],
    impl: (a) => {
      const s = self(a);
      s.items.push(toItem(s.typecode, a[1]));
      return None;
    },
  },
  {
    name: "buffer_info",
    arity: [0, 0],
    impl: (a) => newTuple([0x10000, self(a).items.length]),
  },
  {
    name: "byteswap",
    arity: [0, 0],
    impl: (a) => {
      const s = self(a);
      const b = arrayBytes(s);
      const size = ITEMSIZE[s.typecode];
      for (let i = 0; i < b.length; i += size) b.subarray(i, i + size).reverse();
      s.items = itemsFromBytesUnchecked(s.typecode, b);
      return None;
    },
  },
  {
    name: "clear",
    arity: [0, 0],
    impl: (a) => {
      self(a).items = [];
      return None;
    },
  },
  {
    name: "count",
    arity: [1, 1],
    impl: (a) => {
      const s = self(a);
      let n = 0;
      for (const v of s.items) if (itemEquals(s, v, a[1])) n++;
      return n;
    },
  },
  {
    name: "extend",
    arity: [1, 1],
    impl: (a) => {
      extendFrom(self(a), a[1]);
      return None;
    },
  },
  {
    name: "frombytes",
    arity: [1, 1],
    impl: (a) => {
      const s = self(a);
      const b = bytesLike(a[1]) ?? extraBuffers.read(a[1]);
      if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(a[1]).name}'`);
      s.items.push(...itemsFromBytes(s.typecode, b));
      return None;
    },
  },
  {
    name: "fromfile",
    arity: [2, 2],
    impl: (a) => {
      const s = self(a);
      const n = Number(indexOf(a[2]));
      if (n < 0) raiseValueError("negative count");
      const want = n * ITEMSIZE[s.typecode];
      const data = call(getAttr(a[1], "read"), [want]);
      const b = bytesLike(data);
      if (b === undefined) raiseTypeError("read() didn't return bytes");
      s.items.push(...itemsFromBytes(s.typecode, b));
      if (b.length !== want) {
        throw newError(exceptionTypes.EOFError, [newStr("read() didn't return enough bytes")]);
      }
      return None;
    },
  },
  {
    name: "fromlist",
    arity: [1, 1],
    impl: (a) => {
      const s = self(a);
      if (!(a[1] instanceof PyList)) raiseTypeError("arg must be list");
      const add = a[1].items.map((w) => toItem(s.typecode, w));
      s.items.push(...add);
      return None;
    },
  },
  {
    name: "fromunicode",
    arity: [1, 1],
    impl: (a) => {
      const s = self(a);
      if (!isStr(a[1])) {
        raiseTypeError(`fromunicode() argument must be str, not ${typeOf(a[1]).name}`);
      }
      if (s.typecode !== "u" && s.typecode !== "w") {
        raiseValueError("fromunicode() may only be called on unicode type arrays ('u' or 'w')");
      }
      fromUnicode(s, (a[1] as PyStr).value);
      return None;
    },
  },
  {
    name: "index",
    arity: [1, 3],
    impl: (a) => {
      const s = self(a);
      const n = s.items.length;
      let start = a[2] === undefined ? 0 : Number(indexOf(a[2]));
      let stop = a[3] === undefined ? n : Number(indexOf(a[3]));
      if (start < 0) start = Math.max(0, start + n);
      if (stop < 0) stop = Math.max(0, stop + n);
      for (let i = start; i < Math.min(stop, n); i++) if (itemEquals(s, s.items[i], a[1])) return i;
      raiseValueError("array.index(x): x not in array");
    },
  },
  {
    name: "insert",
    arity: [2, 2],
    impl: (a) => {
      const s = self(a);
      const n = s.items.length;
      let i = Number(indexOf(a[1]));
      if (i < 0) i = Math.max(0, i + n);
      if (i > n) i = n;
      s.items.splice(i, 0, toItem(s.typecode, a[2]));
      return None;
    },
  },
  {
    name: "pop",
    arity: [0, 1],
    impl: (a) => {
      const s = self(a);
      if (s.items.length === 0) raiseIndexError("pop from empty array");
      let i = a[1] === undefined ? -1 : Number(indexOf(a[1]));
      if (i < 0) i += s.items.length;
      if (i < 0 || i >= s.items.length) raiseIndexError("pop index out of range");
      return fromItem(s.typecode, s.items.splice(i, 1)[0]);
    },
  },
  {
    name: "remove",
    arity: [1, 1],
    impl: (a) => {
      const s = self(a);
      for (let i = 0; i < s.items.length; i++) {
        if (itemEquals(s, s.items[i], a[1])) {
          s.items.splice(i, 1);
          return None;
        }
      }
      raiseValueError("array.remove(x): x not in array");
    },
  },
  {
    name: "reverse",
    arity: [0, 0],
    impl: (a) => {
      self(a).items.reverse();
      return None;
    },
  },
  { name: "tobytes", arity: [0, 0], impl: (a) => newBytes(arrayBytes(self(a))) },
  {
    name: "tofile",
    arity: [1, 1],
    impl: (a) => {
      call(getAttr(a[1], "write"), [newBytes(arrayBytes(self(a)))]);
      return None;
    },
  },
  {
    name: "tolist",
    arity: [0, 0],
    impl: (a) => {
      const s = self(a);
      return newList(s.items.map((v) => fromItem(s.typecode, v)));
    },
  },
  {
    name: "tounicode",
    arity: [0, 0],
    impl: (a) => {
      const s = self(a);
      if (s.typecode !== "u" && s.typecode !== "w") {
        raiseValueError("tounicode() may only be called on unicode type arrays ('u' or 'w')");
      }
      return newStr(s.items.map((c) => String.fromCodePoint(c as number)).join(""));
    },
  },
  {
    name: "__reduce_ex__",
    arity: [1, 1],
    impl: (a) => {
      const s = self(a);
      const protocol = Number(indexOf(a[1]));
      const dictW = s.dictObject ?? (s.map.keys.length > 0 ? getAttr(s, "__dict__") : None);
      if (protocol < 3) {
        const list = newList(s.items.map((v) => fromItem(s.typecode, v)));
        return newTuple([s.cls, newTuple([newStr(s.typecode), list]), dictW]);
      }
      let bytes = arrayBytes(s);
      if (s.typecode === "u" || s.typecode === "w") bytes = arrayBytes(s);
      return newTuple([
        reconstructorFn!,
        newTuple([s.cls, newStr(s.typecode), MFORMAT[s.typecode], newBytes(bytes)]),
        dictW,
      ]);
    },
  },
  {
    name: "__copy__",
    arity: [0, 0],
    impl: (a) => new PyArray(self(a).cls, self(a).typecode, self(a).items.slice()),
  },
  {
    name: "__deepcopy__",
    arity: [1, 1],
    impl: (a) => new PyArray(self(a).cls, self(a).typecode, self(a).items.slice()),
  },
  { name: "__len__", arity: [0, 0], impl: (a) => self(a).items.length },
  { name: "__getitem__", arity: [1, 1], impl: (a) => getItem(self(a), a[1]) },
  {
    name: "__setitem__",
    arity: [2, 2],
    impl: (a) => {
      setItem(self(a), a[1], a[2]);
      return None;
    },
  },
  {
    name: "__delitem__",
    arity: [1, 1],
    impl: (a) => {
      delItem(self(a), a[1]);
      return None;
    },
  },
  {
    name: "__contains__",
    arity: [1, 1],
    impl: (a) => {
      const s = self(a);
      for (const v of s.items) if (itemEquals(s, v, a[1])) return newBool(true);
      return newBool(false);
    },
  },
  { name: "__iter__", arity: [0, 0], impl: (a) => new PyArrayIterator(self(a)) },
  {
    name: "__add__",
    arity: [1, 1],
    impl: (a) => {
      const s = self(a), o = a[1];
      if (!(o instanceof PyArray)) {
        raiseTypeError(`can only append array (not "${typeOf(o).name}") to array`);
      }
      if (o.typecode !== s.typecode) raiseTypeError("bad argument type for built-in operation");
      return new PyArray(arrayType, s.typecode, s.items.concat(o.items));
    },
  },
  {
    name: "__iadd__",
    arity: [1, 1],
    impl: (a) => {
      const s = self(a), o = a[1];
      if (!(o instanceof PyArray)) {
        raiseTypeError(`can only extend array with array (not "${typeOf(o).name}")`);
      }
      if (o.typecode !== s.typecode) raiseTypeError("can only extend with array of same kind");
      s.items.push(...o.items.slice());
      return s;
    },
  },
  { name: "__mul__", arity: [1, 1], impl: (a) => repeat(self(a), a[1]) },
  { name: "__rmul__", arity: [1, 1], impl: (a) => repeat(self(a), a[1]) },
  {
    name: "__imul__",
    arity: [1, 1],
    impl: (a) => {
      const s = self(a);
      const r = repeat(s, a[1]);
      if (r === NotImplemented) return r;
      s.items = (r as PyArray).items;
      return s;
    },
  },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(arrayRepr(self(a))) },
  ...(["==", "!=", "<", "<=", ">", ">="] as CompareOp[]).map((op, i) => ({
    name: ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"][i],
    arity: [1, 1] as [number, number],
    impl: (a: W[]) => compare(self(a), a[1], op),
  })),
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => a[0] },
];

function repeat(s: PyArray, nw: W): W {
  const n0 = asInt(nw);
  if (n0 === undefined) {
    if (typeOf(nw).lookup("__index__") === undefined) return NotImplemented;
  }
  const n = Math.max(0, Number(indexOf(nw)));
  const out: Item[] = [];
  for (let i = 0; i < n; i++) for (const v of s.items) out.push(v);
  return new PyArray(arrayType, s.typecode, out);
}

function itemsFromBytesUnchecked(tc: string, b: Uint8Array): Item[] {
  return itemsFromBytes(tc, b);
}

defineMethods(arrayType, methods);
arrayType.dict.set("__hash__", None);
defineGetSets(arrayType, [
  { name: "typecode", get: (w) => newStr(asArray(w).typecode) },
  { name: "itemsize", get: (w) => ITEMSIZE[asArray(w).typecode] },
]);
arrayType.mutated();

let reconstructorFn: W | null = null;

export const arrayModule: NativeModuleDef = {
  name: "array",
  doc: "This module defines an object type which can efficiently represent\nan array of basic values.",
  functions: [{ name: "_array_reconstructor", arity: [4, 4], impl: reconstruct }],
  types: [arrayType, ["ArrayType", arrayType]],
  values: () => ({ typecodes: newStr(TYPECODES) }),
  init: (mod) => {
    reconstructorFn = mod.dict.getStr("_array_reconstructor") ?? null;
  },
};
