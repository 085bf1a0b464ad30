// The array module (CPython's Modules/arraymodule.c): typed arrays of b B u w h H i I l L q Q f d with
// 64-bit C sizes (l/L = 8 bytes), CPython's conversion errors, slicing, bytes/list/unicode conversion,
// comparisons, pickling through _array_reconstructor. Items live in a byte buffer in little-endian machine
// order, exported through the buffer protocol (memoryview, readinto, struct.pack_into, binascii… read and
// write it in place); Python values are converted on each access.
import { classGetItem } from "../objects/genericalias.ts";
import { matchFlags } from "../vm/ops.ts";
import {
  call,
  callMethod,
  defineGetSets,
  defineMethods,
  defineNativeIterator,
  getAttr,
  type MethodSpec,
  newBool,
  None,
  NotImplemented,
  PyNativeIterator,
  PyType,
  STOP_ITEM,
  typeOf,
  type W,
} from "../objects/model.ts";
import {
  errorWithMessage,
  newError,
  raiseIndexError,
  raiseOverflowError,
  raiseTypeError,
  raiseValueError,
} from "../vm/errors.ts";
import { bytesLike, newBytes, PyBufferExporter, PyByteArray, PyBytes } from "../objects/bytes.ts";
import { checkResizable, nativeBufferMethod, nativeReleaseBufferMethod } from "../objects/memoryview.ts";
import { isStr, newStr, PyStr, strRepr } from "../objects/str.ts";
import { asInt, indexOf, type IntValue, normBig } from "../objects/int.ts";
import { floatRepr, newFloat } from "../objects/float.ts";
import { isIndex, newTuple, reflected } from "../objects/tuple.ts";
import { newList, PyList } from "../objects/list.ts";
import { PySlice, sliceIndices } from "../objects/slice.ts";
import {
  type CompareOp,
  eq,
  iter,
  next,
  richCompare,
  sequenceInplaceSlots,
  STOP,
} from "../objects/operations.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";
import { toDouble } from "./math.ts";
import { allowWeakrefs } from "./weakref.ts";
import { warnDeprecation } from "./ast/warn.ts";
import { importModule } from "../importing/importer.ts";

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

const NO_BYTES = new Uint8Array(0);

export class PyArray extends PyBufferExporter {
  declare typecode: string;
  declare itemsize: number;
  /** The items' bytes; past `count * itemsize` is spare capacity. Replaced (never shrunk in place) on growth. */
  declare data: Uint8Array;
  declare dv: DataView;
  /** Number of items. */
  declare count: number;
  constructor(cls: PyType, typecode = "b") {
    super(cls);
    this.typecode = typecode;
    this.itemsize = ITEMSIZE[typecode];
    this.data = NO_BYTES;
    this.dv = new DataView(NO_BYTES.buffer);
    this.count = 0;
    if (cls.slotNames.length > 0) this.slots = new Array(cls.slotNames.length);
  }
  exportBytes(): Uint8Array {
    return this.data.subarray(0, this.count * this.itemsize);
  }
  exportWritable(): boolean {
    return true;
  }
  override exportFormat(): string {
    // array_buffer_getbuf: 'u' (wchar_t, 4 bytes on Linux) exports as 'w'
    return this.typecode === "u" ? "w" : this.typecode;
  }
  override exportItemsize(): number {
    return this.itemsize;
  }
  override fillInfoChecks(): boolean {
    return false;
  }
  /** array_resize: no size change while a view holds an export. */
  checkResize(newCount: number): void {
    if (newCount !== this.count) {
      checkResizable(this.exports, "cannot resize an array that is exporting buffers");
    }
  }
  get(i: number): Item {
    return readItem(this.dv, i * this.itemsize, this.typecode, true);
  }
  set(i: number, v: Item): void {
    writeItem(this.dv, i * this.itemsize, this.typecode, v, true);
  }
  /** Room for `n` items in total. */
  reserve(n: number): void {
    const need = n * this.itemsize;
    if (need <= this.data.length) return;
    const grown = new Uint8Array(Math.max(need, (this.data.length * 3) >> 1, 16));
    grown.set(this.exportBytes());
    this.data = grown;
    this.dv = new DataView(grown.buffer);
  }
  push(v: Item): void {
    this.checkResize(this.count + 1);
    this.reserve(this.count + 1);
    this.set(this.count, v);
    this.count++;
  }
  /** Replace items [start, start + deleted) by the items whose bytes are `insert`. */
  splice(start: number, deleted: number, insert: Uint8Array = NO_BYTES): void {
    const size = this.itemsize;
    const added = insert.length / size;
    this.checkResize(this.count + added - deleted);
    const tail = this.data.slice((start + deleted) * size, this.count * size);
    this.reserve(this.count - deleted + added);
    this.data.set(insert, start * size);
    this.data.set(tail, (start + added) * size);
    this.count += added - deleted;
  }
  /** All items as values (a snapshot). */
  items(): Item[] {
    const out: Item[] = new Array(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.get(i);
    return out;
  }
  /** Replace the contents by `items` (already converted for the typecode). */
  assign(items: Item[]): void {
    this.checkResize(items.length);
    this.count = 0;
    this.reserve(items.length);
    for (let i = 0; i < items.length; i++) this.set(i, items[i]);
    this.count = items.length;
  }
  /** Replace the contents by raw bytes in machine order (a copy is taken). */
  assignBytes(b: Uint8Array): void {
    this.checkResize(b.length / this.itemsize);
    this.data = b.slice();
    this.dv = new DataView(this.data.buffer);
    this.count = b.length / this.itemsize;
  }
}
function arrayOf(cls: PyType, typecode: string, items: Item[]): PyArray {
  const a = new PyArray(cls, typecode);
  a.assign(items);
  return a;
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
  if (tc === "u" || tc === "w") {
    // the bytes may hold any 32-bit value (frombytes does not check): PyUnicode_FromOrdinal's error
    if ((v as number) > 0x10ffff) raiseValueError("chr() arg not in range(0x110000)");
    return newStr(String.fromCodePoint(v as number));
  }
  return typeof v === "bigint" ? normBig(v) : v;
}
/** The str of a 'u'/'w' array (tounicode, repr): PyUnicode_FromWideChar's range check. */
function unicodeOf(a: PyArray): string {
  const cps = a.items() as number[];
  for (const c of cps) {
    if (c <= 0x10ffff) continue;
    // 'w' (Py_UCS4) text is built by the UTF-32 decoder, whose error it reports; 'u' by FromWideChar
    if (a.typecode === "w") callMethod(newBytes(a.exportBytes().slice()), "decode", [newStr("utf-32-le")]);
    checkCodePoint(c);
  }
  let out = "";
  for (let i = 0; i < cps.length; i += 4096) out += String.fromCodePoint(...cps.slice(i, i + 4096));
  return out;
}

// ---------------------------------------------------------------- bytes

/** A copy of the array's bytes. */
export function arrayBytes(a: PyArray): Uint8Array {
  return a.exportBytes().slice();
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
  if (tc === "u" || tc === "w") { for (const v of out) checkCodePoint(v as number); }
  return out;
}
function checkCodePoint(v: number): void {
  if (v > 0x10ffff) raiseValueError(`character U+${v.toString(16)} is not in range [U+0000; U+10ffff]`);
}
/** array.frombytes: append whole items given as machine-order bytes (unchecked, as in CPython). */
function appendBytes(a: PyArray, b: Uint8Array): void {
  if (b.length % a.itemsize !== 0) raiseValueError("bytes length not a multiple of item size");
  a.splice(a.count, 0, b.slice());
}

// ---------------------------------------------------------------- construction

function newArray(cls: PyType, tc: string, init: W | undefined): PyArray {
  if (!TYPECODES.includes(tc) || tc.length !== 1) {
    raiseValueError("bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)");
  }
  const a = new PyArray(cls, tc);
  if (init === undefined) return a;
  if (isStr(init)) {
    if (tc !== "u" && tc !== "w") {
      raiseTypeError(`cannot use a str to initialize an array with typecode '${tc}'`);
    }
    fromUnicode(a, (init as PyStr).value);
    return a;
  }
  const isUnicode = (t: string) => t === "u" || t === "w";
  if (init instanceof PyArray && isUnicode(init.typecode) && !isUnicode(tc)) {
    raiseTypeError(`cannot use a unicode array to initialize an array with typecode '${tc}'`);
  }
  if (init instanceof PyBytes || init instanceof PyByteArray) {
    appendBytes(a, bytesLike(init)!);
    return a;
  }
  if (init instanceof PyArray) {
    if (init.typecode === tc) {
      a.assignBytes(init.exportBytes());
      return a;
    }
    // another typecode initialises item by item (except the unicode mismatch above)
    a.assign(init.items().map((v) => toItem(tc, fromItem(init.typecode, v))));
    return a;
  }
  extendFrom(a, init);
  return a;
}

function fromUnicode(a: PyArray, s: string): void {
  for (const ch of s) a.push(ch.codePointAt(0)!);
}

/** extend(): an array of the same kind, or any iterable item by item (the items before a bad one stay,
 * as in CPython's array_iter_extend). */
function extendFrom(a: PyArray, w: W): void {
  if (w instanceof PyArray) {
    if (w.typecode !== a.typecode) raiseTypeError("can only extend with array of same kind");
    a.splice(a.count, 0, w.exportBytes().slice());
    return;
  }
  const tc = a.typecode;
  const it = iter(w);
  for (;;) {
    const x = next(it);
    if (x === STOP) break;
    a.push(toItem(tc, x));
  }
}

// ---------------------------------------------------------------- indexing

function normIndex(a: PyArray, w: W, what = "array index out of range"): number {
  let i = Number(indexOf(w));
  if (i < 0) i += a.count;
  if (i < 0 || i >= a.count) raiseIndexError(what);
  return i;
}

function getItem(a: PyArray, key: W): W {
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, a.count);
    const r = new PyArray(arrayType, a.typecode);
    if (step === 1) {
      r.assignBytes(a.data.subarray(start * a.itemsize, (start + n) * a.itemsize));
      return r;
    }
    const out: Item[] = new Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = a.get(j);
    r.assign(out);
    return r;
  }
  return fromItem(a.typecode, a.get(normIndex(a, key)));
}

function setItem(a: PyArray, key: W, value: W): void {
  if (key instanceof PySlice) {
    if (!(value instanceof PyArray)) {
      raiseTypeError(`can only assign array (not "${typeOf(value).name}") to array slice`);
    }
    if (value.typecode !== a.typecode) raiseTypeError("bad argument type for built-in operation");
    const [start, stop, step, n] = sliceIndices(key, a.count);
    if (step === 1) {
      a.splice(start, Math.max(0, stop - start), value.exportBytes().slice());
      return;
    }
    const src = value.items();
    if (src.length !== n) {
      raiseValueError(`attempt to assign array of size ${src.length} to extended slice of size ${n}`);
    }
    for (let i = 0, j = start; i < n; i++, j += step) a.set(j, src[i]);
    return;
  }
  const i = normIndex(a, key, "array assignment index out of range");
  const v = toItem(a.typecode, value);
  a.set(i, v);
}

function delItem(a: PyArray, key: W): void {
  if (key instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(key, a.count);
    if (step === 1) {
      a.splice(start, Math.max(0, stop - start));
      return;
    }
    const drop = new Set<number>();
    for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
    a.assign(a.items().filter((_, i) => !drop.has(i)));
    return;
  }
  a.splice(normIndex(a, key, "array assignment index out of range"), 1);
}

function itemEquals(a: PyArray, v: Item, w: W): boolean {
  return eq(fromItem(a.typecode, v), w);
}

// ---------------------------------------------------------------- repr and comparison

function arrayRepr(a: PyArray): string {
  const tc = a.typecode;
  if (a.count === 0) return `array('${tc}')`;
  if (tc === "u" || tc === "w") {
    return `array('${tc}', ${strRepr(unicodeOf(a))})`;
  }
  const parts = a.items().map((v) => (tc === "f" || tc === "d" ? floatRepr(v as number) : String(v)));
  return `array('${tc}', [${parts.join(", ")}])`;
}

function compare(a: PyArray, bw: W, op: CompareOp): W {
  if (!(bw instanceof PyArray)) return NotImplemented;
  const b = bw;
  if (a.count !== b.count && (op === "==" || op === "!=")) return newBool(op === "!=");
  for (let i = 0; i < Math.min(a.count, b.count); i++) {
    const x = fromItem(a.typecode, a.get(i)), y = fromItem(b.typecode, b.get(i));
    if (!eq(x, y)) {
      if (op === "==") return newBool(false);
      if (op === "!=") return newBool(true);
      return richCompare(x, y, op);
    }
  }
  const la = a.count, lb = b.count;
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
  /** null once exhausted: items appended later are not seen (CPython drops its reference). */
  declare a: PyArray | null;
  declare i: number;
  constructor(a: PyArray) {
    super();
    this.cls = arrayIteratorType;
    this.a = a;
    this.i = 0;
  }
  nextItem(): W {
    const a = this.a;
    if (a === null) return STOP_ITEM;
    if (this.i >= a.count) {
      this.a = null;
      return STOP_ITEM;
    }
    return fromItem(a.typecode, a.get(this.i++));
  }
}
// array.array has Py_TPFLAGS_SEQUENCE: `case [...]` matches it
matchFlags.sequence.add(arrayType);

const arrayIteratorType: PyType = nativeType("array", "arrayiterator", undefined, { flags: 0 });
defineNativeIterator(arrayIteratorType);
defineMethods(arrayIteratorType, [
  {
    // iter(array) advanced by __setstate__(index); an exhausted iterator pickles as iter(())
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const it = a[0] as PyArrayIterator;
      const iterFn = builtinsIter();
      if (it.a === null) return newTuple([iterFn, newTuple([newTuple([])])]);
      return newTuple([iterFn, newTuple([it.a]), it.i]);
    },
  },
  {
    name: "__setstate__",
    arity: [1, 1],
    impl: (a) => {
      const it = a[0] as PyArrayIterator;
      let i = Number(indexOf(a[1]));
      if (it.a !== null) {
        if (i < 0) i = 0;
        else if (i > it.a.count) i = it.a.count;
        it.i = i;
      }
      return None;
    },
  },
]);
function builtinsIter(): W {
  return getAttr(importModule("builtins"), "iter");
}

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
/** Code points of UTF-16 text (machine format codes 18 and 19), decoded as the UTF-16 codec does. */
function utf16CodePoints(b: Uint8Array, little: boolean): Item[] {
  const text = callMethod(newBytes(b), "decode", [newStr(little ? "utf-16-le" : "utf-16-be")]) as PyStr;
  return Array.from(text.value, (ch) => ch.codePointAt(0)!);
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
  const b = bytesLike(a[3]);
  if (code === 18 || code === 19) {
    if (!(a[3] instanceof PyBytes) || b === undefined) {
      raiseTypeError(`fourth argument should be bytes, not ${typeOf(a[3]).name}`);
    }
    if (tc !== "u" && tc !== "w") raiseValueError("third argument must be a valid machine format code.");
    return arrayOf(cls, tc, utf16CodePoints(b, code === 18));
  }
  const dec = mformatDecoder(code);
  if (dec === undefined) raiseValueError("third argument must be a valid machine format code.");
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
  return arrayOf(cls, target, raw.map((v) => toItem(target, fromItem(dec[0], v))));
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
      if (a[1] instanceof PyStr && a[1].value === "u") {
        warnDeprecation("The 'u' type code is deprecated and will be removed in Python 3.16");
      }
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
      s.push(toItem(s.typecode, a[1]));
      return None;
    },
  },
  { name: "__buffer__", arity: [1, 1], impl: (a) => nativeBufferMethod(self(a), a[1]) },
  { name: "__release_buffer__", arity: [1, 1], impl: (a) => nativeReleaseBufferMethod(self(a), a[1]) },
  {
    name: "buffer_info",
    arity: [0, 0],
    impl: (a) => newTuple([0x10000, self(a).count]),
  },
  {
    name: "byteswap",
    arity: [0, 0],
    impl: (a) => {
      const s = self(a);
      const b = s.exportBytes();
      const size = s.itemsize;
      for (let i = 0; i < b.length; i += size) b.subarray(i, i + size).reverse();
      return None;
    },
  },
  {
    name: "clear",
    arity: [0, 0],
    impl: (a) => {
      self(a).checkResize(0);
      self(a).count = 0;
      return None;
    },
  },
  {
    name: "count",
    arity: [1, 1],
    impl: (a) => {
      const s = self(a);
      let n = 0;
      for (let i = 0; i < s.count; i++) if (itemEquals(s, s.get(i), a[1])) n++;
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
      const b = bytesLike(a[1]);
      if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(a[1]).name}'`);
      appendBytes(s, b);
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
      appendBytes(s, b);
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
      for (const v of add) s.push(v);
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
      const n = s.count;
      let start = a[2] === undefined ? 0 : Number(indexOf(a[2]));
      let stop = a[3] === undefined ? n : Number(indexOf(a[3]));
      if (start < 0) start = Math.max(0, start + n);
      if (stop < 0) stop = Math.max(0, stop + n);
      for (let i = start; i < Math.min(stop, s.count); i++) if (itemEquals(s, s.get(i), a[1])) return i;
      raiseValueError("array.index(x): x not in array");
    },
  },
  {
    name: "insert",
    arity: [2, 2],
    impl: (a) => {
      const s = self(a);
      const n = s.count;
      let i = Number(indexOf(a[1]));
      if (i < 0) i = Math.max(0, i + n);
      if (i > n) i = n;
      const v = toItem(s.typecode, a[2]);
      s.splice(i, 0, new Uint8Array(s.itemsize));
      s.set(i, v);
      return None;
    },
  },
  {
    name: "pop",
    arity: [0, 1],
    impl: (a) => {
      const s = self(a);
      if (s.count === 0) raiseIndexError("pop from empty array");
      let i = a[1] === undefined ? -1 : Number(indexOf(a[1]));
      if (i < 0) i += s.count;
      if (i < 0 || i >= s.count) raiseIndexError("pop index out of range");
      const v = s.get(i);
      s.splice(i, 1);
      return fromItem(s.typecode, v);
    },
  },
  {
    name: "remove",
    arity: [1, 1],
    impl: (a) => {
      const s = self(a);
      for (let i = 0; i < s.count; i++) {
        if (itemEquals(s, s.get(i), a[1])) {
          s.splice(i, 1);
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
      const s = self(a);
      s.assign(s.items().reverse());
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
      return newList(s.items().map((v) => fromItem(s.typecode, v)));
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
      return newStr(unicodeOf(s));
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
        const list = newList(s.items().map((v) => fromItem(s.typecode, v)));
        return newTuple([s.cls, newTuple([newStr(s.typecode), list]), dictW]);
      }
      const bytes = arrayBytes(s);
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
    impl: (a) => copyArray(self(a)),
  },
  {
    name: "__deepcopy__",
    arity: [1, 1],
    impl: (a) => copyArray(self(a)),
  },
  { name: "__len__", arity: [0, 0], impl: (a) => self(a).count },
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
      for (let i = 0; i < s.count; i++) if (itemEquals(s, s.get(i), a[1])) return newBool(true);
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
      const r = new PyArray(arrayType, s.typecode);
      r.assignBytes(s.exportBytes());
      r.splice(r.count, 0, o.exportBytes().slice());
      return r;
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
      s.splice(s.count, 0, o.exportBytes().slice());
      return s;
    },
  },
  // sq_repeat: an index or TypeError (after the other operand's __rmul__, as PyNumber_Multiply)
  { name: "__mul__", arity: [1, 1], impl: (a) => repeat(self(a), a[1], true) },
  { name: "__rmul__", arity: [1, 1], impl: (a) => repeat(self(a), a[1], false) },
  {
    name: "__imul__",
    arity: [1, 1],
    impl: (a) => {
      const s = self(a);
      // sq_inplace_repeat: an index or a TypeError (inplaceOp tries x.__rmul__ first, as for list)
      if (!isIndex(a[1])) raiseTypeError(`can't multiply sequence by non-int of type '${typeOf(a[1]).name}'`);
      const r = repeat(s, a[1], false) as PyArray;
      s.assignBytes(r.exportBytes());
      return s;
    },
  },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(arrayRepr(self(a))) },
  ...(["==", "!=", "<", "<=", ">", ">="] as CompareOp[]).map((op, i) => ({
    name: ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"][i],
    arity: [1, 1] as [number, number],
    impl: (a: W[]) => compare(self(a), a[1], op),
  })),
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => classGetItem(a[0], a[1]) },
];

function repeat(s: PyArray, nw: W, tryReflected: boolean): W {
  if (!isIndex(nw)) {
    if (tryReflected) {
      const r = reflected(nw, "__rmul__", s);
      if (r !== NotImplemented) return r;
    }
    raiseTypeError(`can't multiply sequence by non-int of type '${typeOf(nw).name}'`);
  }
  const n = Math.max(0, Number(indexOf(nw)));
  const src = s.exportBytes();
  if (n * src.length > 2 ** 32) throw errorWithMessage("MemoryError", "");
  const out = new Uint8Array(n * src.length);
  for (let i = 0; i < n; i++) out.set(src, i * src.length);
  const r = new PyArray(arrayType, s.typecode);
  r.assignBytes(out);
  return r;
}

function copyArray(s: PyArray): PyArray {
  const r = new PyArray(s.cls, s.typecode);
  r.assignBytes(s.exportBytes());
  return r;
}

defineMethods(arrayType, methods);
sequenceInplaceSlots.add(arrayType.dict.get("__imul__")!);
allowWeakrefs(arrayType);
arrayType.dict.set("__hash__", None);
defineGetSets(arrayType, [
  { name: "typecode", get: (w) => newStr(asArray(w).typecode) },
  { name: "itemsize", get: (w) => asArray(w).itemsize },
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
    // arraymodule.c's exec registers the type as a MutableSequence
    const abc = importModule("collections.abc");
    callMethod(getAttr(abc, "MutableSequence"), "register", [arrayType]);
  },
};
