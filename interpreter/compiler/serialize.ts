// Code objects to bytes and back, for the on-disk bytecode cache. A small marshal-like format: a magic
// header with a format version, then tagged values. Strings are interned per stream (back-references),
// ints of any size are stored as decimal text when they do not fit 32 bits. Decoding validates every
// length and tag, so a truncated or corrupted cache entry raises a plain Error (a cache miss), never a
// hang or an out-of-memory.
import {
  ComplexLit,
  ConstantFrozenset,
  ConstantTuple,
  type ConstantValue,
  EllipsisLit,
} from "../parser/ast.ts";
import { type CodeConstant, CodeObject } from "./code.ts";

const MAGIC = [0x70, 0x79, 0x74, 0x73]; // "pyts"
/** Part of the bytecode cache key: bump it when the compiler's output changes, so cached entries go stale.
 * 2: docstrings dedented, future-annotation strings unparsed. 3: comprehensions inlined (PEP 709).
 * 4: class bodies with a def have the __classdict__ cell; inlined comprehensions' class-scope fixes.
 * 5: superinstructions, TO_BOOL folded. 6: a comprehension's restoring stores stay out of superinstructions. */
export const FORMAT_VERSION = 6;

const enum Tag {
  None = 1,
  True,
  False,
  SmallInt,
  BigInt,
  Float,
  Str,
  StrRef,
  Bytes,
  Ellipsis,
  Complex,
  Tuple,
  Frozenset,
  Code,
}

class Writer {
  private buf = new Uint8Array(1024);
  private len = 0;
  private strings = new Map<string, number>();
  private readonly enc = new TextEncoder();

  private ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  byte(b: number): void {
    this.ensure(1);
    this.buf[this.len++] = b;
  }
  u32(v: number): void {
    this.ensure(4);
    new DataView(this.buf.buffer).setUint32(this.len, v >>> 0, true);
    this.len += 4;
  }
  f64(v: number): void {
    this.ensure(8);
    new DataView(this.buf.buffer).setFloat64(this.len, v, true);
    this.len += 8;
  }
  bytes(b: Uint8Array): void {
    this.u32(b.length);
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  str(s: string): void {
    const ref = this.strings.get(s);
    if (ref !== undefined) {
      this.byte(Tag.StrRef);
      this.u32(ref);
      return;
    }
    this.strings.set(s, this.strings.size);
    this.byte(Tag.Str);
    // lone surrogates survive: encode UTF-16 code units when the string is not well-formed
    if (s.isWellFormed()) {
      this.byte(0);
      this.bytes(this.enc.encode(s));
    } else {
      this.byte(1);
      const units = new Uint8Array(s.length * 2);
      for (let i = 0; i < s.length; i++) {
        units[2 * i] = s.charCodeAt(i) & 0xff;
        units[2 * i + 1] = s.charCodeAt(i) >> 8;
      }
      this.bytes(units);
    }
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

function writeValue(w: Writer, v: CodeConstant): void {
  if (v === null) return w.byte(Tag.None);
  if (v === true) return w.byte(Tag.True);
  if (v === false) return w.byte(Tag.False);
  switch (typeof v) {
    case "bigint":
      if (v >= -0x80000000n && v < 0x80000000n) {
        w.byte(Tag.SmallInt);
        w.u32(Number(v) | 0);
      } else {
        w.byte(Tag.BigInt);
        w.str(v.toString(16));
      }
      return;
    case "number":
      w.byte(Tag.Float);
      w.f64(v);
      return;
    case "string":
      return w.str(v);
  }
  if (v instanceof Uint8Array) {
    w.byte(Tag.Bytes);
    w.bytes(v);
  } else if (v instanceof EllipsisLit) w.byte(Tag.Ellipsis);
  else if (v instanceof ComplexLit) {
    w.byte(Tag.Complex);
    w.f64(v.real);
    w.f64(v.imag);
  } else if (v instanceof ConstantTuple || v instanceof ConstantFrozenset) {
    w.byte(v instanceof ConstantTuple ? Tag.Tuple : Tag.Frozenset);
    w.u32(v.items.length);
    for (const x of v.items) writeValue(w, x);
  } else if (v instanceof CodeObject) {
    w.byte(Tag.Code);
    for (
      const n of [
        v.co_argcount,
        v.co_posonlyargcount,
        v.co_kwonlyargcount,
        v.co_stacksize,
        v.co_flags,
        v.co_firstlineno,
      ]
    ) w.u32(n);
    w.bytes(v.co_code);
    w.u32(v.co_consts.length);
    for (const c of v.co_consts) writeValue(w, c);
    w.u32(v.co_names.length);
    for (const s of v.co_names) w.str(s);
    w.u32(v.co_localsplusnames.length);
    for (const s of v.co_localsplusnames) w.str(s);
    w.bytes(v.co_localspluskinds);
    w.str(v.co_filename);
    w.str(v.co_name);
    w.str(v.co_qualname);
    w.bytes(v.co_linetable);
    w.bytes(v.co_exceptiontable);
  } else throw new Error(`serializeCode: unsupported constant ${String(v)}`);
}

export function serializeCode(code: CodeObject): Uint8Array {
  const w = new Writer();
  for (const b of MAGIC) w.byte(b);
  w.byte(FORMAT_VERSION);
  writeValue(w, code);
  return w.result();
}

class Reader {
  private p = 0;
  private strings: string[] = [];
  private readonly view: DataView;
  // ignoreBOM: a string constant may start with U+FEFF (json.loads checks for it); keep it
  private readonly dec = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  private need(n: number): void {
    if (n < 0 || this.p + n > this.buf.length) throw new Error("bytecode cache entry is truncated");
  }
  byte(): number {
    this.need(1);
    return this.buf[this.p++];
  }
  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.p, true);
    this.p += 4;
    return v;
  }
  count(): number {
    const n = this.u32();
    // every counted item takes at least one byte: a larger count is corruption, not a huge allocation
    if (n > this.buf.length - this.p) throw new Error("bytecode cache entry is corrupt (bad count)");
    return n;
  }
  f64(): number {
    this.need(8);
    const v = this.view.getFloat64(this.p, true);
    this.p += 8;
    return v;
  }
  /** The next length-prefixed run of bytes as a view into the entry (valid while the entry is). */
  view_(): Uint8Array {
    const n = this.u32();
    this.need(n);
    const b = this.buf.subarray(this.p, this.p + n);
    this.p += n;
    return b;
  }
  bytes(): Uint8Array {
    const n = this.u32();
    this.need(n);
    const b = this.buf.slice(this.p, this.p + n);
    this.p += n;
    return b;
  }
  strAfterTag(tag: number): string {
    if (tag === Tag.StrRef) {
      const i = this.u32();
      if (i >= this.strings.length) throw new Error("bytecode cache entry is corrupt (bad string reference)");
      return this.strings[i];
    }
    if (tag !== Tag.Str) throw new Error(`bytecode cache entry is corrupt (expected a string, tag ${tag})`);
    const kind = this.byte();
    const raw = this.view_(); // decoded at once: no copy needed
    let s: string;
    if (kind === 0) s = raw.length <= 64 ? asciiOrUtf8(raw, this.dec) : this.dec.decode(raw);
    else if (kind === 1 && raw.length % 2 === 0) {
      let out = "";
      for (let i = 0; i < raw.length; i += 2) out += String.fromCharCode(raw[i] | (raw[i + 1] << 8));
      s = out;
    } else throw new Error("bytecode cache entry is corrupt (bad string)");
    this.strings.push(s);
    return s;
  }
  str(): string {
    return this.strAfterTag(this.byte());
  }
  atEnd(): boolean {
    return this.p === this.buf.length;
  }
}

/** Short identifiers and strings are mostly ASCII: building them directly avoids TextDecoder's per-call
 * overhead, which dominated loading cached modules. */
function asciiOrUtf8(raw: Uint8Array, dec: TextDecoder): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i];
    if (b >= 0x80) return dec.decode(raw);
    out += String.fromCharCode(b);
  }
  return out;
}

function readValue(r: Reader, depth: number): CodeConstant {
  if (depth > 200) throw new Error("bytecode cache entry is corrupt (nesting too deep)");
  const tag = r.byte();
  switch (tag) {
    case Tag.None:
      return null;
    case Tag.True:
      return true;
    case Tag.False:
      return false;
    case Tag.SmallInt:
      return BigInt(r.u32() | 0);
    case Tag.BigInt: {
      const s = r.str();
      if (!/^-?[0-9a-f]+$/.test(s)) throw new Error("bytecode cache entry is corrupt (bad int)");
      return s.startsWith("-") ? -BigInt("0x" + s.slice(1)) : BigInt("0x" + s);
    }
    case Tag.Float:
      return r.f64();
    case Tag.Str:
    case Tag.StrRef:
      return r.strAfterTag(tag);
    case Tag.Bytes:
      return r.bytes();
    case Tag.Ellipsis:
      return EllipsisLit.instance;
    case Tag.Complex:
      return new ComplexLit(r.f64(), r.f64());
    case Tag.Tuple:
    case Tag.Frozenset: {
      const n = r.count();
      const items: ConstantValue[] = [];
      for (let i = 0; i < n; i++) {
        const x = readValue(r, depth + 1);
        if (x instanceof CodeObject) throw new Error("bytecode cache entry is corrupt (code in a tuple)");
        items.push(x);
      }
      return tag === Tag.Tuple ? new ConstantTuple(items) : new ConstantFrozenset(items);
    }
    case Tag.Code: {
      const [argc, posonly, kwonly, stack, flags, firstlineno] = [
        r.u32(),
        r.u32(),
        r.u32(),
        r.u32(),
        r.u32(),
        r.u32(),
      ];
      const code = r.bytes();
      const consts: CodeConstant[] = [];
      for (let i = 0, n = r.count(); i < n; i++) consts.push(readValue(r, depth + 1));
      const names: string[] = [];
      for (let i = 0, n = r.count(); i < n; i++) names.push(r.str());
      const lpn: string[] = [];
      for (let i = 0, n = r.count(); i < n; i++) lpn.push(r.str());
      const kinds = r.bytes();
      if (kinds.length !== lpn.length || code.length % 2 !== 0) {
        throw new Error("bytecode cache entry is corrupt");
      }
      const filename = r.str();
      const name = r.str();
      const qualname = r.str();
      const linetable = r.bytes();
      const exctable = r.bytes();
      return new CodeObject(
        argc,
        posonly,
        kwonly,
        stack,
        flags,
        code,
        consts,
        names,
        lpn,
        kinds,
        filename,
        name,
        qualname,
        firstlineno,
        linetable,
        exctable,
      );
    }
  }
  throw new Error(`bytecode cache entry is corrupt (unknown tag ${tag})`);
}

export function deserializeCode(data: Uint8Array): CodeObject {
  const r = new Reader(data);
  for (const b of MAGIC) if (r.byte() !== b) throw new Error("not a pypyts bytecode cache entry");
  if (r.byte() !== FORMAT_VERSION) throw new Error("bytecode cache entry from another format version");
  const v = readValue(r, 0);
  if (!(v instanceof CodeObject) || !r.atEnd()) throw new Error("bytecode cache entry is corrupt");
  return v;
}
