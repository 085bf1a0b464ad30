// marshal: CPython's serialisation of core values (format versions 0 to 5). Reading accepts everything
// CPython writes for these types (references, interned and short strings, 15-bit-digit longs, binary
// floats). Writing produces CPython's bytes: the type codes, and FLAG_REF / TYPE_REF where CPython's
// reference counts would put them (RefPolicy says how pypyts, which counts no references, decides). Code
// objects are pypyts's own (compiler/serialize.ts's format under CPython's 'c' type byte): they load back in
// pypyts, not in CPython, and CPython's code objects do not load here.
import {
  bytesType,
  callMethod,
  complexType,
  dictType,
  Ellipsis,
  False,
  floatType,
  listType,
  None,
  PyBool,
  PyObject,
  STOP_ITEM,
  strType,
  True,
  tupleType,
  typeOf,
  type W,
} from "../objects/model.ts";
import { PyCell } from "../objects/cell.ts";
import { codeFor, PyCode } from "../objects/codeobject.ts";
import { deserializeCode, serializeCode } from "../compiler/serialize.ts";
import { state } from "../vm/state.ts";
import type { Frame } from "../vm/frame.ts";
import { frozensetType, setType } from "../objects/set.ts";
import { sliceType } from "../objects/slice.ts";
import { errorWithMessage, raiseTypeError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { newList, PyList } from "../objects/list.ts";
import { newDict, PyDict } from "../objects/dict.ts";
import { newFrozenSet, newSet, PyFrozenSet, PySet } from "../objects/set.ts";
import { bytesLike, newBytes, PyBytes } from "../objects/bytes.ts";
import { newFloat, PyFloat } from "../objects/float.ts";
import { newComplex, PyComplex } from "../objects/complex.ts";
import { PySlice } from "../objects/slice.ts";
import { isTrue, iterateToArray } from "../objects/operations.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import type { NativeModuleDef } from "./define.ts";
import { normBig } from "../objects/int.ts";

const VERSION = 5;
const FLAG_REF = 0x80;
const T = {
  NULL: 0x30, // '0'
  NONE: 0x4e, // 'N'
  FALSE: 0x46, // 'F'
  TRUE: 0x54, // 'T'
  STOPITER: 0x53, // 'S'
  ELLIPSIS: 0x2e, // '.'
  INT: 0x69, // 'i'
  INT64: 0x49, // 'I'
  FLOAT: 0x66, // 'f'
  BINARY_FLOAT: 0x67, // 'g'
  COMPLEX: 0x78, // 'x'
  BINARY_COMPLEX: 0x79, // 'y'
  LONG: 0x6c, // 'l'
  STRING: 0x73, // 's'
  INTERNED: 0x74, // 't'
  REF: 0x72, // 'r'
  TUPLE: 0x28, // '('
  LIST: 0x5b, // '['
  DICT: 0x7b, // '{'
  CODE: 0x63, // 'c'
  UNICODE: 0x75, // 'u'
  SET: 0x3c, // '<'
  FROZENSET: 0x3e, // '>'
  ASCII: 0x61, // 'a'
  ASCII_INTERNED: 0x41, // 'A'
  SMALL_TUPLE: 0x29, // ')'
  SHORT_ASCII: 0x7a, // 'z'
  SHORT_ASCII_INTERNED: 0x5a, // 'Z'
  SLICE: 0x3a, // ':'
} as const;

const MAX_DEPTH = 2000;

// ---------------------------------------------------------------- writing

/**
 * Which objects CPython would write with FLAG_REF. CPython flags every object whose reference count is above
 * one (and interned strings always); pypyts counts no references, so it estimates the counts over what can
 * reference the value's parts: the constants of the code objects on the stack (one reference from each
 * co_consts; CPython merges equal constants of a compilation, so constants count by value), the running
 * frames' variables and globals, and the item slots of every list, tuple, dict and set reachable from those
 * and from the value. Immortal objects (small ints, one-character latin-1 strings, empty and one-byte bytes,
 * the empty tuple) are always flagged. The value itself is also referenced by the call's argument, except
 * when the caller passes one of its fast locals (3.14 lends those: LOAD_FAST_BORROW, and a callee's
 * parameter keeps the loan, so fast locals count once per object). So `dumps([x])` (a temporary) and a
 * function's `dumps(v)` of its only reference are not flagged, a module-level `dumps(v)` is.
 */
class RefPolicy {
  /** Constants of the code objects on the stack (objects, ints by value), nested ones included. */
  readonly constants = new Set<unknown>();
  /** Estimated reference counts, by `key`. */
  private readonly counts = new Map<unknown, number>();
  /** The caller's fast locals: an argument loaded from one of them is borrowed, not a new reference. */
  private readonly callerFast = new Set<unknown>();
  private readonly keys = new Map<object, unknown>();

  constructor(top: W) {
    const frames: Frame[] = [];
    const codes = new Set<PyCode>();
    for (let f: Frame | null = state.frame; f !== null; f = f.back) {
      frames.push(f);
      if (!codes.has(f.code)) { for (const c of codesIn(f.code)) codes.add(c); }
    }
    const consts: W[] = [];
    for (const code of codes) for (const c of code.consts) if (!(c instanceof PyCode)) consts.push(c);
    for (const c of consts) this.addConstant(c);
    // the value's own parts first (all of them: they are written anyway), then what the constants and the
    // variables reach, within a budget so that a dumps() in a program holding a large heap stays cheap
    const visited = new Set<object>();
    const pending: W[] = [];
    const enqueue = (w: W) => {
      if (typeof w === "object" && isContainer(w) && !visited.has(w)) {
        visited.add(w);
        pending.push(w);
      }
    };
    const ref = (w: W) => {
      this.bump(w);
      enqueue(w);
    };
    enqueue(top);
    while (pending.length > 0) for (const item of itemsOf(pending.pop()!)) ref(item);
    for (const c of consts) ref(c);
    const dictsSeen = new Set<object>();
    // an argument passed down from a fast local is lent to the callee (3.14's borrowed stack references):
    // the locals of all frames on the stack count once per object
    const inFast = new Set<unknown>();
    for (const f of frames) {
      const n = f.code.nlocalsplus;
      for (let i = 0; i < n; i++) {
        const v = f.slots[i];
        if (v === undefined) continue;
        if (v instanceof PyCell) {
          if (v.ref !== undefined) ref(v.ref);
        } else {
          if (!inFast.has(v)) ref(v);
          inFast.add(v);
          if (f === state.frame) this.callerFast.add(v);
        }
      }
      for (const d of [f.globals, f.locals]) {
        if (d instanceof PyDict && !dictsSeen.has(d)) {
          dictsSeen.add(d);
          for (const v of d.valuesArray()) ref(v);
        }
      }
    }
    // the value itself: its argument reference (unless lent by a fast local)
    if (!this.callerFast.has(top)) this.bump(top);
    let budget = HEAP_SCAN_BUDGET;
    while (pending.length > 0 && budget > 0) {
      const c = pending.pop()!;
      if (containerSize(c) > budget) continue;
      const items = itemsOf(c);
      const n = Math.min(items.length, budget);
      budget -= n;
      for (let i = 0; i < n; i++) ref(items[i]);
    }
  }

  private addConstant(c: W): void {
    this.constants.add(c);
    if (c instanceof PyTuple || c instanceof PyFrozenSet) { for (const x of itemsOf(c)) this.addConstant(x); }
  }

  private bump(w: W): void {
    if (w === None || w instanceof PyBool) return;
    const k = this.key(w);
    this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }

  flagged(w: W, _top: boolean): boolean {
    if (typeof w === "number" && w >= -5 && w <= 256) return true;
    if (typeof w === "object" && (immortal(w) || (w instanceof PyStr && interned(w, this)))) return true;
    return (this.counts.get(this.key(w)) ?? 0) >= 2;
  }

  /** The identity CPython's reference table would see: constants and immortals by value, else the object. */
  key(w: W): unknown {
    if (typeof w !== "object") return w; // ints by value (a Map tells numbers from the strings below)
    let k = this.keys.get(w);
    if (k === undefined) {
      k = (immortal(w) || this.constants.has(w)) ? valueKey(w) ?? w : w;
      this.keys.set(w, k);
    }
    return k;
  }
}

/** Item slots of containers outside the value that one dumps() looks at, at most. */
const HEAP_SCAN_BUDGET = 5_000;

const codesCache = new WeakMap<PyCode, PyCode[]>();
/** A code object and the code objects nested in it. */
function codesIn(code: PyCode): PyCode[] {
  let out = codesCache.get(code);
  if (out !== undefined) return out;
  out = [code];
  for (const c of code.consts) if (c instanceof PyCode) out.push(...codesIn(c));
  codesCache.set(code, out);
  return out;
}

/** A value key for constants that CPython's compiler merges; undefined when not mergeable. */
function valueKey(w: W): string | undefined {
  if (typeof w === "number" || typeof w === "bigint") return `i${w}`;
  const t = typeOf(w);
  if (t === strType) return `s${(w as PyStr).value}`;
  if (t === floatType) return `f${floatBits((w as PyFloat).value)}`;
  if (t === complexType) return `c${floatBits((w as PyComplex).re)}:${floatBits((w as PyComplex).im)}`;
  if (t === bytesType) return `b${Array.from(bytesLike(w)!).join(",")}`;
  if (t === tupleType) {
    const parts: string[] = [];
    for (const x of (w as PyTuple).items) {
      const k = valueKey(x);
      if (k === undefined) return undefined;
      parts.push(k);
    }
    return `t(${parts.join("|")})`;
  }
  return undefined;
}

function floatBits(v: number): string {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, v);
  return `${b.getUint32(0)}.${b.getUint32(4)}`;
}

function immortal(w: W): boolean {
  if (w instanceof PyStr && w.cls === strType) {
    return w.value.length === 0 || (w.value.length === 1 && w.value.charCodeAt(0) < 256);
  }
  if (w instanceof PyBytes && w.cls === bytesType) return w.value.length <= 1;
  return w instanceof PyTuple && w.cls === tupleType && w.items.length === 0;
}

/** CPython interns identifier-like string constants, and the one-character latin-1 strings are interned. */
function interned(w: PyStr, policy: RefPolicy): boolean {
  if (immortal(w)) return true;
  return /^[A-Za-z0-9_]+$/.test(w.value) && policy.constants.has(w);
}

function isContainer(x: W): boolean {
  return x instanceof PyTuple || x instanceof PyList || x instanceof PyDict || x instanceof PySet ||
    x instanceof PyFrozenSet || x instanceof PySlice;
}

/** Item slots of a container (a dict has two per entry). */
function containerSize(x: W): number {
  if (x instanceof PyTuple || x instanceof PyList) return x.items.length;
  if (x instanceof PyDict) return 2 * x.size;
  if (x instanceof PySet || x instanceof PyFrozenSet) return x.size;
  return 3;
}

function itemsOf(x: W): W[] {
  if (x instanceof PyTuple || x instanceof PyList) return x.items;
  if (x instanceof PyDict) return x.itemsArray().flat();
  if (x instanceof PySet || x instanceof PyFrozenSet) return iterateToArray(x);
  if (x instanceof PySlice) return [x.start, x.stop, x.step];
  return [];
}

/** C's "%.17g", which marshal versions 0 and 1 write floats with. */
function repr17g(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0" : "0";
  const [mant, e] = v.toExponential(16).split("e");
  const x = Number(e);
  const strip = (t: string) => (t.includes(".") ? t.replace(/0+$/, "").replace(/\.$/, "") : t);
  if (x < -4 || x >= 17) return `${strip(mant)}e${x < 0 ? "-" : "+"}${String(Math.abs(x)).padStart(2, "0")}`;
  return strip(v.toFixed(16 - x));
}

class Writer {
  private buf = new Uint8Array(256);
  private view = new DataView(this.buf.buffer);
  len = 0;
  private readonly refs = new Map<unknown, number>();
  constructor(
    readonly version: number,
    private readonly policy: RefPolicy,
    private readonly allowCode: boolean,
  ) {}

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
    this.view = new DataView(b.buffer);
  }
  byte(b: number): void {
    this.room(1);
    this.buf[this.len++] = b;
  }
  int32(v: number): void {
    this.room(4);
    this.view.setInt32(this.len, v, true);
    this.len += 4;
  }
  float64(v: number): void {
    this.room(8);
    this.view.setFloat64(this.len, v, true);
    this.len += 8;
  }
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }

  /**
   * CPython's w_ref (version 3+): a flagged object met again is written as TYPE_REF to its index; met the
   * first time it gets FLAG_REF on its type byte (written at `typeAt`) and the next index.
   */
  private ref(w: W, typeAt: number, top: boolean): boolean {
    if (this.version < 3 || !this.policy.flagged(w, top)) return false;
    const key = this.policy.key(w);
    const idx = this.refs.get(key);
    if (idx !== undefined) {
      this.len = typeAt;
      this.byte(T.REF);
      this.int32(idx);
      return true;
    }
    this.refs.set(key, this.refs.size);
    this.buf[typeAt] |= FLAG_REF;
    return false;
  }

  value(w: W, depth: number): void {
    if (depth > MAX_DEPTH) throw errorWithMessage("ValueError", "object too deeply nested to marshal");
    if (w === None) return this.byte(T.NONE);
    if (w === True) return this.byte(T.TRUE);
    if (w === False) return this.byte(T.FALSE);
    if (w === Ellipsis) return this.byte(T.ELLIPSIS);
    if (w === exceptionTypes.StopIteration) return this.byte(T.STOPITER);
    const top = depth === 0;
    const at = this.len;
    if (typeof w === "number" || typeof w === "bigint") {
      if (typeof w === "number" && w >= -0x80000000 && w <= 0x7fffffff) {
        this.byte(T.INT);
        if (this.ref(w, at, top)) return;
        return this.int32(w);
      }
      this.byte(T.LONG);
      if (this.ref(w, at, top)) return;
      return this.long(BigInt(w));
    }
    const t = typeOf(w);
    if (t === floatType) {
      const v = (w as PyFloat).value;
      if (this.version > 1) {
        this.byte(T.BINARY_FLOAT);
        if (this.ref(w, at, top)) return;
        return this.float64(v);
      }
      this.byte(T.FLOAT);
      if (this.ref(w, at, top)) return;
      return this.shortText(repr17g(v));
    }
    if (t === complexType) {
      const c = w as PyComplex;
      if (this.version > 1) {
        this.byte(T.BINARY_COMPLEX);
        if (this.ref(w, at, top)) return;
        this.float64(c.re);
        return this.float64(c.im);
      }
      this.byte(T.COMPLEX);
      if (this.ref(w, at, top)) return;
      this.shortText(repr17g(c.re));
      return this.shortText(repr17g(c.im));
    }
    if (t === strType) {
      const str = (w as PyStr).value;
      const ascii = isAscii(str);
      const isInterned = this.version >= 3 && interned(w as PyStr, this.policy);
      if (ascii && this.version >= 4) {
        if (str.length < 256) {
          this.byte(isInterned ? T.SHORT_ASCII_INTERNED : T.SHORT_ASCII);
          if (this.ref(w, at, top)) return;
          this.byte(str.length);
        } else {
          this.byte(isInterned ? T.ASCII_INTERNED : T.ASCII);
          if (this.ref(w, at, top)) return;
          this.int32(str.length);
        }
        return this.bytes(new TextEncoder().encode(str));
      }
      this.byte(isInterned ? T.INTERNED : T.UNICODE);
      if (this.ref(w, at, top)) return;
      const data = encodeSurrogatePass(str);
      this.int32(data.length);
      return this.bytes(data);
    }
    if (t === tupleType) {
      const items = (w as PyTuple).items;
      const n = items.length;
      if (this.version >= 4 && n < 256) {
        this.byte(T.SMALL_TUPLE);
        if (this.ref(w, at, top)) return;
        this.byte(n);
      } else {
        this.byte(T.TUPLE);
        if (this.ref(w, at, top)) return;
        this.int32(n);
      }
      for (const x of items) this.value(x, depth + 1);
      return;
    }
    if (t === listType) {
      this.byte(T.LIST);
      if (this.ref(w, at, top)) return;
      const items = (w as PyList).items;
      this.int32(items.length);
      for (let i = 0; i < items.length; i++) this.value(items[i], depth + 1);
      return;
    }
    if (t === dictType) {
      this.byte(T.DICT);
      if (this.ref(w, at, top)) return;
      for (const [k, v] of (w as PyDict).itemsArray()) {
        this.value(k, depth + 1);
        this.value(v, depth + 1);
      }
      return this.byte(T.NULL);
    }
    if (t === setType || t === frozensetType) {
      const items = iterateToArray(w);
      this.byte(t === frozensetType ? T.FROZENSET : T.SET);
      if (this.ref(w, at, top)) return;
      this.int32(items.length);
      for (const x of items) this.value(x, depth + 1);
      return;
    }
    if (w instanceof PyCode) {
      if (!this.allowCode) throw errorWithMessage("ValueError", "marshalling code objects is disallowed");
      // pypyts's own code format (compiler/serialize.ts) inside CPython's code type byte
      this.byte(T.CODE);
      if (this.ref(w, at, top)) return;
      const data = serializeCode(w.co);
      this.int32(data.length);
      return this.bytes(data);
    }
    if (t === sliceType && this.version >= 5) {
      const sl = w as PySlice;
      this.byte(T.SLICE);
      if (this.ref(w, at, top)) return;
      this.value(sl.start, depth + 1);
      this.value(sl.stop, depth + 1);
      return this.value(sl.step, depth + 1);
    }
    // anything else with the buffer protocol is written as bytes (CPython's last case)
    const bl = w instanceof PyObject ? bytesLike(w) : undefined;
    if (bl !== undefined) {
      this.byte(T.STRING);
      if (this.ref(w, at, top)) return;
      this.int32(bl.length);
      return this.bytes(bl);
    }
    throw errorWithMessage("ValueError", "unmarshallable object");
  }

  private shortText(s: string): void {
    const b = new TextEncoder().encode(s);
    this.byte(b.length);
    this.bytes(b);
  }

  /** A long as sign*count of 15-bit digits, least significant first (after its type byte). */
  private long(v: bigint): void {
    const neg = v < 0n;
    let m = neg ? -v : v;
    const digits: number[] = [];
    while (m > 0n) {
      digits.push(Number(m & 0x7fffn));
      m >>= 15n;
    }
    this.int32(neg ? -digits.length : digits.length);
    this.room(digits.length * 2);
    for (const d of digits) {
      this.buf[this.len++] = d & 0xff;
      this.buf[this.len++] = d >> 8;
    }
  }
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** A float written as text by versions 0 and 1 (C's repr: "inf", "-inf", "nan" included). */
function textFloat(b: Uint8Array): number {
  const t = new TextDecoder().decode(b).trim().toLowerCase();
  if (t === "inf" || t === "+inf" || t === "infinity") return Infinity;
  if (t === "-inf" || t === "-infinity") return -Infinity;
  if (t === "nan" || t === "+nan" || t === "-nan") return NaN;
  const v = Number(t);
  if (t === "" || Number.isNaN(v)) {
    throw errorWithMessage("ValueError", `could not convert string to float: '${t}'`);
  }
  return v;
}

/** UTF-8 where lone surrogates may appear as three-byte sequences (CPython's "surrogatepass"). */
function decodeSurrogatePass(b: Uint8Array): string {
  let out = "";
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let cp: number;
    if (c < 0x80) {
      cp = c;
      i += 1;
    } else if (c >= 0xc2 && c < 0xe0 && i + 1 < b.length) {
      cp = ((c & 31) << 6) | (b[i + 1] & 63);
      i += 2;
    } else if (c >= 0xe0 && c < 0xf0 && i + 2 < b.length) {
      cp = ((c & 15) << 12) | ((b[i + 1] & 63) << 6) | (b[i + 2] & 63);
      i += 3;
    } else if (c >= 0xf0 && i + 3 < b.length) {
      cp = ((c & 7) << 18) | ((b[i + 1] & 63) << 12) | ((b[i + 2] & 63) << 6) | (b[i + 3] & 63);
      i += 4;
    } else {
      throw errorWithMessage("ValueError", "bad marshal data (invalid UTF-8)");
    }
    out += String.fromCodePoint(cp);
  }
  return out;
}

/** UTF-8 with lone surrogates encoded as three bytes each (CPython's "surrogatepass"). */
function encodeSurrogatePass(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(out);
}

export function marshalDumps(w: W, version: number, allowCode = true): Uint8Array {
  const writer = new Writer(version, new RefPolicy(w), allowCode);
  writer.value(w, 0);
  return writer.result();
}

// ---------------------------------------------------------------- reading

class Reader {
  pos = 0;
  private readonly refs: W[] = [];
  private readonly view: DataView;
  constructor(private readonly data: Uint8Array, private readonly allowCode = true) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }
  private eof(): never {
    throw errorWithMessage("EOFError", "marshal data too short");
  }
  private bad(): never {
    throw errorWithMessage("ValueError", "bad marshal data (unknown type code)");
  }
  byte(): number {
    if (this.pos >= this.data.length) this.eof();
    return this.data[this.pos++];
  }
  int32(): number {
    if (this.pos + 4 > this.data.length) this.eof();
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }
  size(): number {
    const n = this.int32();
    if (n < 0) throw errorWithMessage("ValueError", "bad marshal data (size out of range)");
    return n;
  }
  float64(): number {
    if (this.pos + 8 > this.data.length) this.eof();
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  take(n: number): Uint8Array {
    if (this.pos + n > this.data.length) this.eof();
    const b = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  value(depth: number): W {
    if (depth > MAX_DEPTH) throw errorWithMessage("ValueError", "recursion limit exceeded");
    if (this.pos >= this.data.length) throw errorWithMessage("EOFError", "EOF read where object expected");
    const code = this.byte();
    const flag = (code & FLAG_REF) !== 0;
    const type = code & ~FLAG_REF;
    // a flagged container is registered before its items are read, so items can refer back to it
    const reserve = (): number => {
      if (!flag) return -1;
      this.refs.push(None);
      return this.refs.length - 1;
    };
    const done = (slot: number, v: W): W => {
      if (slot >= 0) this.refs[slot] = v;
      return v;
    };
    const dec = new TextDecoder("utf-8");
    switch (type) {
      case T.NULL:
        return STOP_ITEM; // only meaningful inside dicts
      case T.NONE:
        return None;
      case T.FALSE:
        return False;
      case T.TRUE:
        return True;
      case T.ELLIPSIS:
        return Ellipsis;
      case T.STOPITER:
        return exceptionTypes.StopIteration;
      case T.INT:
        return done(reserve(), this.int32());
      case T.INT64: {
        const lo = BigInt(this.int32() >>> 0), hi = BigInt(this.int32());
        return done(reserve(), normBig((hi << 32n) | lo));
      }
      case T.LONG: {
        const slot = reserve();
        const n = this.int32();
        const count = Math.abs(n);
        let v = 0n;
        const digits = this.take(count * 2);
        for (let i = count - 1; i >= 0; i--) {
          const d = digits[2 * i] | (digits[2 * i + 1] << 8);
          if (d > 0x7fff) {
            throw errorWithMessage("ValueError", "bad marshal data (digit out of range in long)");
          }
          v = (v << 15n) | BigInt(d);
        }
        return done(slot, normBig(n < 0 ? -v : v));
      }
      case T.FLOAT: {
        const slot = reserve();
        const n = this.byte();
        return done(slot, newFloat(textFloat(this.take(n))));
      }
      case T.BINARY_FLOAT:
        return done(reserve(), newFloat(this.float64()));
      case T.COMPLEX: {
        const slot = reserve();
        const re = textFloat(this.take(this.byte()));
        const im = textFloat(this.take(this.byte()));
        return done(slot, newComplex(re, im));
      }
      case T.BINARY_COMPLEX: {
        const slot = reserve();
        const re = this.float64();
        return done(slot, newComplex(re, this.float64()));
      }
      case T.STRING: {
        const slot = reserve();
        return done(slot, newBytes(this.take(this.size()).slice()));
      }
      case T.UNICODE:
      case T.INTERNED: {
        const slot = reserve();
        return done(slot, newStr(decodeSurrogatePass(this.take(this.size()))));
      }
      case T.ASCII:
      case T.ASCII_INTERNED: {
        const slot = reserve();
        return done(slot, newStr(dec.decode(this.take(this.size()))));
      }
      case T.SHORT_ASCII:
      case T.SHORT_ASCII_INTERNED: {
        const slot = reserve();
        return done(slot, newStr(dec.decode(this.take(this.byte()))));
      }
      case T.SMALL_TUPLE:
      case T.TUPLE: {
        const slot = reserve();
        const n = type === T.SMALL_TUPLE ? this.byte() : this.size();
        const items: W[] = [];
        for (let i = 0; i < n; i++) items.push(this.item(depth));
        return done(slot, newTuple(items));
      }
      case T.LIST: {
        const list = newList([]);
        const slot = reserve();
        done(slot, list);
        const n = this.size();
        for (let i = 0; i < n; i++) list.items.push(this.item(depth));
        return list;
      }
      case T.DICT: {
        const d = newDict();
        done(reserve(), d);
        for (;;) {
          const k = this.value(depth + 1);
          if (k === STOP_ITEM) break;
          d.setItem(k, this.item(depth));
        }
        return d;
      }
      case T.SET:
      case T.FROZENSET: {
        const slot = reserve();
        const n = this.size();
        const items: W[] = [];
        for (let i = 0; i < n; i++) items.push(this.item(depth));
        return done(slot, type === T.SET ? newSet(items) : newFrozenSet(items));
      }
      case T.SLICE: {
        const slot = reserve();
        const start = this.item(depth), stop = this.item(depth), step = this.item(depth);
        return done(slot, new PySlice(start, stop, step));
      }
      case T.REF: {
        const i = this.int32();
        if (i < 0 || i >= this.refs.length) {
          throw errorWithMessage("ValueError", "bad marshal data (invalid reference)");
        }
        return this.refs[i];
      }
      case T.CODE: {
        if (!this.allowCode) throw errorWithMessage("ValueError", "unmarshalling code objects is disallowed");
        const slot = reserve();
        const data = this.take(this.size());
        let co;
        try {
          co = deserializeCode(data.slice());
        } catch {
          throw errorWithMessage("ValueError", "bad marshal data (not a pypyts code object)");
        }
        return done(slot, codeFor(co));
      }
      default:
        return this.bad();
    }
  }

  private item(depth: number): W {
    const v = this.value(depth + 1);
    if (v === STOP_ITEM) throw errorWithMessage("TypeError", "NULL object in marshal data for object");
    return v;
  }
}

function versionArg(w: W | undefined): number {
  if (w === undefined) return VERSION;
  if (typeof w !== "number") raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  return w;
}

function allowCodeArg(w: W | undefined): boolean {
  return w === undefined || isTrue(w);
}

/** marshal.loads(data): the first value of `data` (what a sourceless `.pyc` holds after its header). */
export function marshalLoads(data: Uint8Array): W {
  return loads(data, true)[0];
}

function loads(data: Uint8Array, allowCode: boolean): [W, number] {
  const r = new Reader(data, allowCode);
  const v = r.value(0);
  if (v === STOP_ITEM) throw errorWithMessage("TypeError", "NULL object in marshal data for object");
  return [v, r.pos];
}

export const marshalModule: NativeModuleDef = {
  name: "marshal",
  doc: "This module contains functions that can read and write Python values in\na binary format.",
  functions: [
    {
      name: "dumps",
      arity: [1, 3],
      kw: ["allow_code"],
      impl: (a) => newBytes(marshalDumps(a[0], versionArg(a[1]), allowCodeArg(a[2]))),
    },
    {
      name: "loads",
      arity: [1, 2],
      kw: ["allow_code"],
      impl: (a) => {
        const data = bytesLike(a[0]);
        if (data === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(a[0]).name}'`);
        return loads(data, allowCodeArg(a[1]))[0];
      },
    },
    {
      name: "dump",
      arity: [2, 4],
      kw: ["allow_code"],
      impl: (a) => {
        const data = newBytes(marshalDumps(a[0], versionArg(a[2]), allowCodeArg(a[3])));
        callMethod(a[1], "write", [data]);
        return None;
      },
    },
    {
      name: "load",
      arity: [1, 2],
      kw: ["allow_code"],
      impl: (a) => {
        // read everything, parse one value, then seek back over what was not used when possible
        const whole = callMethod(a[0], "read", []);
        const data = bytesLike(whole);
        if (data === undefined) raiseTypeError("file.read() returned not bytes");
        if (data.length === 0) throw errorWithMessage("EOFError", "EOF read where object expected");
        const [v, used] = loads(data, allowCodeArg(a[1]));
        if (used < data.length && typeOf(a[0]).lookup("seek") !== undefined) {
          callMethod(a[0], "seek", [used - data.length, 1]);
        }
        return v;
      },
    },
  ],
  values: () => ({ version: VERSION }),
};
