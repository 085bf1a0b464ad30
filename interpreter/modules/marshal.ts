// marshal: CPython's serialisation of core values (format version 5). Reading accepts everything CPython
// writes for these types (references, interned and short strings, 15-bit-digit longs, binary floats);
// writing marks only containers that occur twice as references (CPython decides by reference counts,
// which pypyts has not, so bytes can differ from CPython's while loading back identically). Code objects
// are pypyts's own and are refused, as CPython refuses unmarshallable objects.
import {
  callMethod,
  Ellipsis,
  False,
  None,
  PyBool,
  PyObject,
  STOP_ITEM,
  True,
  typeOf,
  type W,
} from "../objects/model.ts";
import { errorWithMessage, raiseTypeError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { newList, PyList } from "../objects/list.ts";
import { newDict, PyDict } from "../objects/dict.ts";
import { newFrozenSet, newSet, PyFrozenSet, PySet } from "../objects/set.ts";
import { bytesLike, newBytes, PyByteArray, PyBytes } from "../objects/bytes.ts";
import { newFloat, PyFloat } from "../objects/float.ts";
import { newComplex, PyComplex } from "../objects/complex.ts";
import { PySlice } from "../objects/slice.ts";
import { iterateToArray } from "../objects/operations.ts";
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

class Writer {
  private buf = new Uint8Array(256);
  len = 0;
  private readonly refs = new Map<object, number>();
  constructor(readonly version: number, private readonly shared: Set<object>) {}

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  byte(b: number): void {
    this.room(1);
    this.buf[this.len++] = b;
  }
  int32(v: number): void {
    this.room(4);
    new DataView(this.buf.buffer).setInt32(this.len, v, true);
    this.len += 4;
  }
  float64(v: number): void {
    this.room(8);
    new DataView(this.buf.buffer).setFloat64(this.len, v, true);
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

  /** Containers seen twice become references (version 3+). Returns true when a TYPE_REF was written. */
  private ref(w: W, typeAt: number): boolean {
    if (this.version < 3 || typeof w !== "object" || !this.shared.has(w)) return false;
    const idx = this.refs.get(w);
    if (idx !== undefined) {
      this.len = typeAt;
      this.byte(T.REF);
      this.int32(idx);
      return true;
    }
    this.refs.set(w, this.refs.size);
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
    if (typeof w === "number" && w >= -0x80000000 && w <= 0x7fffffff) {
      this.byte(T.INT);
      return this.int32(w);
    }
    if (typeof w === "number" || typeof w === "bigint") return this.long(BigInt(w));
    const t = typeOf(w);
    if (w instanceof PyFloat && t === newFloat(0).cls) {
      if (this.version > 1) {
        this.byte(T.BINARY_FLOAT);
        return this.float64(w.value);
      }
      const s = new TextEncoder().encode(String(w.value));
      this.byte(T.FLOAT);
      this.byte(s.length);
      return this.bytes(s);
    }
    if (w instanceof PyComplex) {
      this.byte(T.BINARY_COMPLEX);
      this.float64(w.re);
      return this.float64(w.im);
    }
    const at = this.len;
    if (w instanceof PyStr) {
      const ascii = isAscii(w.value);
      const data = new TextEncoder().encode(w.value);
      if (ascii && this.version >= 4 && data.length < 256) {
        this.byte(T.SHORT_ASCII);
        if (this.ref(w, at)) return;
        this.byte(data.length);
      } else {
        this.byte(ascii && this.version >= 4 ? T.ASCII : T.UNICODE);
        if (this.ref(w, at)) return;
        this.int32(data.length);
      }
      return this.bytes(data);
    }
    if (w instanceof PyBytes || w instanceof PyByteArray) {
      const data = bytesLike(w)!;
      this.byte(T.STRING);
      if (this.ref(w, at)) return;
      this.int32(data.length);
      return this.bytes(data);
    }
    if (w instanceof PyTuple) {
      const n = w.items.length;
      if (this.version >= 4 && n < 256) {
        this.byte(T.SMALL_TUPLE);
        if (this.ref(w, at)) return;
        this.byte(n);
      } else {
        this.byte(T.TUPLE);
        if (this.ref(w, at)) return;
        this.int32(n);
      }
      for (const x of w.items) this.value(x, depth + 1);
      return;
    }
    if (w instanceof PyList) {
      this.byte(T.LIST);
      if (this.ref(w, at)) return;
      this.int32(w.items.length);
      for (const x of w.items) this.value(x, depth + 1);
      return;
    }
    if (w instanceof PyDict) {
      this.byte(T.DICT);
      if (this.ref(w, at)) return;
      for (const [k, v] of w.itemsArray()) {
        this.value(k, depth + 1);
        this.value(v, depth + 1);
      }
      return this.byte(T.NULL);
    }
    if (w instanceof PySet || w instanceof PyFrozenSet) {
      const items = iterateToArray(w);
      this.byte(w instanceof PyFrozenSet ? T.FROZENSET : T.SET);
      if (this.ref(w, at)) return;
      this.int32(items.length);
      for (const x of items) this.value(x, depth + 1);
      return;
    }
    if (w instanceof PySlice && this.version >= 5) {
      this.byte(T.SLICE);
      if (this.ref(w, at)) return;
      this.value(w.start, depth + 1);
      this.value(w.stop, depth + 1);
      return this.value(w.step, depth + 1);
    }
    const bl = w instanceof PyObject ? bytesLike(w) : undefined;
    if (bl !== undefined) {
      this.byte(T.STRING);
      this.int32(bl.length);
      return this.bytes(bl);
    }
    throw errorWithMessage("ValueError", "unmarshallable object");
  }

  /** A long as sign*count of 15-bit digits, least significant first. */
  private long(v: bigint): void {
    this.byte(T.LONG);
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

/** Containers that occur more than once in `w` (they are written once and referenced after). */
function sharedObjects(w: W): Set<object> {
  const seen = new Set<object>();
  const shared = new Set<object>();
  const stack: W[] = [w];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (typeof x !== "object" || x instanceof PyBool || x === None) continue;
    if (seen.has(x)) {
      shared.add(x);
      continue;
    }
    seen.add(x);
    if (x instanceof PyTuple || x instanceof PyList) stack.push(...x.items);
    else if (x instanceof PyDict) { for (const [k, v] of x.itemsArray()) stack.push(k, v); }
    else if (x instanceof PySlice) stack.push(x.start, x.stop, x.step);
  }
  return shared;
}

export function marshalDumps(w: W, version: number): Uint8Array {
  const writer = new Writer(version, version >= 3 ? sharedObjects(w) : new Set());
  writer.value(w, 0);
  return writer.result();
}

// ---------------------------------------------------------------- reading

class Reader {
  pos = 0;
  private readonly refs: W[] = [];
  private readonly view: DataView;
  constructor(private readonly data: Uint8Array) {
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
        return done(slot, newFloat(Number(dec.decode(this.take(n)))));
      }
      case T.BINARY_FLOAT:
        return done(reserve(), newFloat(this.float64()));
      case T.COMPLEX: {
        const slot = reserve();
        const re = Number(dec.decode(this.take(this.byte())));
        const im = Number(dec.decode(this.take(this.byte())));
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
      case T.INTERNED:
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
      case T.CODE:
        throw errorWithMessage("ValueError", "bad marshal data (code objects of CPython are not supported)");
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

function loads(data: Uint8Array): [W, number] {
  const r = new Reader(data);
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
      impl: (a) => newBytes(marshalDumps(a[0], versionArg(a[1]))),
    },
    {
      name: "loads",
      arity: [1, 2],
      kw: ["allow_code"],
      impl: (a) => {
        const data = bytesLike(a[0]);
        if (data === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(a[0]).name}'`);
        return loads(data)[0];
      },
    },
    {
      name: "dump",
      arity: [2, 4],
      kw: ["allow_code"],
      impl: (a) => {
        const data = newBytes(marshalDumps(a[0], versionArg(a[2])));
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
        const [v, used] = loads(data);
        if (used < data.length && typeOf(a[0]).lookup("seek") !== undefined) {
          callMethod(a[0], "seek", [used - data.length, 1]);
        }
        return v;
      },
    },
  ],
  values: () => ({ version: VERSION }),
};
