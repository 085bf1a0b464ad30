// Code objects to bytes and back, for the on-disk bytecode cache. A small marshal-like format: a magic
// header with a format version, a string table, then tagged values. Every string of a stream (names,
// constants, file names) is stored once in the table, as one run of UTF-8 that is decoded with a single
// TextDecoder call and cut into strings by their lengths; values refer to strings by index. Counts,
// lengths, indexes and 32-bit ints are LEB128 varints; larger ints are hex text. Decoding validates every
// length, index and tag, so a truncated or corrupted cache entry raises a plain Error (a cache miss),
// never a hang or an out-of-memory. A code object's byte arrays are views into the entry, not copies.
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
 * 5: superinstructions, TO_BOOL folded. 6: a comprehension's restoring stores stay out of superinstructions.
 * 7: (encoding only) one string table per stream, varints, byte arrays decoded as views.
 * 8: super().name / super(C, x).name as LOAD_SUPER_ATTR. 9: future features (CO_FUTURE_*) in co_flags.
 * 10: PEP 695 type-parameter mangling and closures, `*Ts = *default`. 11: f-string `{ x = }` debug text
 * keeps the whitespace after `{`; raw f-strings keep escaped quotes. 12: match statements keep captures
 * on the stack until the whole pattern matched (CPython's pattern_context). 13: RESUME at columns 0-0;
 * -OO's `pass` for a dropped docstring is 4 columns wide. */
export const FORMAT_VERSION = 13;

const enum Tag {
  None = 1,
  True,
  False,
  SmallInt,
  BigInt,
  Float,
  Str,
  Bytes,
  Ellipsis,
  Complex,
  Tuple,
  Frozenset,
  Code,
}

/** How the string table's text is stored: UTF-8, or UTF-16LE code units when a string has a lone surrogate. */
const enum TextKind {
  Utf8 = 0,
  Utf16 = 1,
}

class Writer {
  private buf = new Uint8Array(4096);
  private len = 0;
  private readonly strings = new Map<string, number>();
  private readonly table: string[] = [];

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
  /** An unsigned LEB128 varint (up to 2**32 - 1). */
  uint(v: number): void {
    this.ensure(5);
    v >>>= 0;
    while (v >= 0x80) {
      this.buf[this.len++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.len++] = v;
  }
  f64(v: number): void {
    this.ensure(8);
    new DataView(this.buf.buffer).setFloat64(this.len, v, true);
    this.len += 8;
  }
  raw(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  bytes(b: Uint8Array): void {
    this.uint(b.length);
    this.raw(b);
  }
  /** A string as its index in the stream's table. */
  str(s: string): void {
    let i = this.strings.get(s);
    if (i === undefined) {
      i = this.table.length;
      this.strings.set(s, i);
      this.table.push(s);
    }
    this.uint(i);
  }
  /** The stream: magic, format, string table, then the values written so far. */
  result(): Uint8Array {
    const head = new Writer();
    for (const b of MAGIC) head.byte(b);
    head.byte(FORMAT_VERSION);
    const text = this.table.join("");
    let kind = TextKind.Utf8;
    let encoded: Uint8Array;
    if (text.isWellFormed()) encoded = new TextEncoder().encode(text);
    else {
      // lone surrogates survive: UTF-16 code units
      kind = TextKind.Utf16;
      encoded = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) {
        encoded[2 * i] = text.charCodeAt(i) & 0xff;
        encoded[2 * i + 1] = text.charCodeAt(i) >> 8;
      }
    }
    head.uint(this.table.length);
    for (const s of this.table) head.uint(s.length);
    head.byte(kind);
    head.bytes(encoded);
    head.raw(this.buf.subarray(0, this.len));
    return head.buf.slice(0, head.len);
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
        const n = Number(v);
        w.uint(n < 0 ? -2 * n - 1 : 2 * n); // zigzag
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
      w.byte(Tag.Str);
      w.str(v);
      return;
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
    w.uint(v.items.length);
    for (const x of v.items) writeValue(w, x);
  } else if (v instanceof CodeObject) {
    w.byte(Tag.Code);
    w.uint(v.co_argcount);
    w.uint(v.co_posonlyargcount);
    w.uint(v.co_kwonlyargcount);
    w.uint(v.co_stacksize);
    w.uint(v.co_flags);
    w.uint(v.co_firstlineno);
    w.bytes(v.co_code);
    w.uint(v.co_consts.length);
    for (const c of v.co_consts) writeValue(w, c);
    w.uint(v.co_names.length);
    for (const s of v.co_names) w.str(s);
    w.uint(v.co_localsplusnames.length);
    for (const s of v.co_localsplusnames) w.str(s);
    if (v.co_localspluskinds.length !== v.co_localsplusnames.length) {
      throw new Error("serializeCode: localspluskinds and localsplusnames differ in length");
    }
    w.raw(v.co_localspluskinds);
    w.str(v.co_filename);
    w.str(v.co_name);
    w.str(v.co_qualname);
    w.bytes(v.co_linetable);
    w.bytes(v.co_exceptiontable);
  } else throw new Error(`serializeCode: unsupported constant ${String(v)}`);
}

export function serializeCode(code: CodeObject): Uint8Array {
  const w = new Writer();
  writeValue(w, code);
  return w.result();
}

function corrupt(what: string): never {
  throw new Error(`bytecode cache entry is corrupt (${what})`);
}

class Reader {
  p = 0;
  strings: string[] = [];
  private readonly view: DataView;
  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  private need(n: number): void {
    if (this.p + n > this.buf.length) throw new Error("bytecode cache entry is truncated");
  }
  byte(): number {
    if (this.p >= this.buf.length) throw new Error("bytecode cache entry is truncated");
    return this.buf[this.p++];
  }
  /** An unsigned varint: one- and two-byte values (nearly all of them) without the general loop. */
  uint(): number {
    const buf = this.buf;
    const p = this.p;
    if (p + 1 < buf.length) {
      const b0 = buf[p];
      if (b0 < 0x80) {
        this.p = p + 1;
        return b0;
      }
      const b1 = buf[p + 1];
      if (b1 < 0x80) {
        this.p = p + 2;
        return (b0 & 0x7f) | (b1 << 7);
      }
    }
    return this.uintSlow();
  }
  private uintSlow(): number {
    const buf = this.buf;
    let p = this.p;
    let v = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (p >= buf.length) throw new Error("bytecode cache entry is truncated");
      const b = buf[p++];
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) {
        this.p = p;
        if (v > 0xffffffff) corrupt("varint too large");
        return v;
      }
    }
    corrupt("varint too long");
  }
  count(): number {
    const n = this.uint();
    // every counted item takes at least one byte: a larger count is corruption, not a huge allocation
    if (n > this.buf.length - this.p) corrupt("bad count");
    return n;
  }
  f64(): number {
    this.need(8);
    const v = this.view.getFloat64(this.p, true);
    this.p += 8;
    return v;
  }
  /** The next `n` bytes as a view into the entry. */
  view_(n: number): Uint8Array {
    this.need(n);
    const b = this.buf.subarray(this.p, this.p + n);
    this.p += n;
    return b;
  }
  /** The next length-prefixed run of bytes as a view into the entry (valid while the entry is). */
  bytesView(): Uint8Array {
    return this.view_(this.uint());
  }
  str(): string {
    const i = this.uint();
    if (i >= this.strings.length) corrupt("bad string index");
    return this.strings[i];
  }

  /** The string table: lengths, then the text, decoded at once and cut into strings. */
  readTable(): void {
    const n = this.count();
    const lengths = new Array<number>(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const len = this.uint();
      lengths[i] = len;
      total += len;
    }
    const kind = this.byte();
    const raw = this.bytesView();
    let text: string;
    if (kind === TextKind.Utf8) {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(raw);
    } else if (kind === TextKind.Utf16 && raw.length % 2 === 0) {
      const units: string[] = [];
      for (let i = 0; i < raw.length; i += 2) units.push(String.fromCharCode(raw[i] | (raw[i + 1] << 8)));
      text = units.join("");
    } else corrupt("bad string table");
    if (text.length !== total) corrupt("string table lengths");
    const strings = new Array<string>(n);
    let at = 0;
    for (let i = 0; i < n; i++) {
      const end = at + lengths[i];
      strings[i] = text.slice(at, end);
      at = end;
    }
    this.strings = strings;
  }
  atEnd(): boolean {
    return this.p === this.buf.length;
  }
}

function readValue(r: Reader, depth: number): CodeConstant {
  if (depth > 200) corrupt("nesting too deep");
  const tag = r.byte();
  switch (tag) {
    case Tag.None:
      return null;
    case Tag.True:
      return true;
    case Tag.False:
      return false;
    case Tag.SmallInt: {
      const z = r.uint();
      return BigInt(z % 2 === 0 ? z / 2 : -(z + 1) / 2);
    }
    case Tag.BigInt: {
      const s = r.str();
      if (!/^-?[0-9a-f]+$/.test(s)) corrupt("bad int");
      return s.startsWith("-") ? -BigInt("0x" + s.slice(1)) : BigInt("0x" + s);
    }
    case Tag.Float:
      return r.f64();
    case Tag.Str:
      return r.str();
    case Tag.Bytes:
      return r.bytesView().slice(); // a constant becomes a bytes object's own storage
    case Tag.Ellipsis:
      return EllipsisLit.instance;
    case Tag.Complex:
      return new ComplexLit(r.f64(), r.f64());
    case Tag.Tuple:
    case Tag.Frozenset: {
      const n = r.count();
      const items: ConstantValue[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const x = readValue(r, depth + 1);
        if (x instanceof CodeObject) corrupt("code in a tuple");
        items[i] = x;
      }
      return tag === Tag.Tuple ? new ConstantTuple(items) : new ConstantFrozenset(items);
    }
    case Tag.Code:
      return readCode(r, depth);
  }
  corrupt(`unknown tag ${tag}`);
}

function readCode(r: Reader, depth: number): CodeObject {
  const argc = r.uint();
  const posonly = r.uint();
  const kwonly = r.uint();
  const stack = r.uint();
  const flags = r.uint();
  const firstlineno = r.uint();
  const code = r.bytesView();
  if (code.length % 2 !== 0) corrupt("odd code length");
  const nconsts = r.count();
  const consts: CodeConstant[] = new Array(nconsts);
  for (let i = 0; i < nconsts; i++) consts[i] = readValue(r, depth + 1);
  const nnames = r.count();
  const names: string[] = new Array(nnames);
  for (let i = 0; i < nnames; i++) names[i] = r.str();
  const nlocals = r.count();
  const lpn: string[] = new Array(nlocals);
  for (let i = 0; i < nlocals; i++) lpn[i] = r.str();
  const kinds = r.view_(nlocals);
  const filename = r.str();
  const name = r.str();
  const qualname = r.str();
  const linetable = r.bytesView();
  const exctable = r.bytesView();
  return new CodeObject(
    argc,
    posonly,
    kwonly,
    stack,
    flags | 0,
    code,
    consts,
    names,
    lpn,
    kinds,
    filename,
    name,
    qualname,
    firstlineno | 0,
    linetable,
    exctable,
  );
}

export function deserializeCode(data: Uint8Array): CodeObject {
  const r = new Reader(data);
  for (const b of MAGIC) if (r.byte() !== b) throw new Error("not a pypyts bytecode cache entry");
  if (r.byte() !== FORMAT_VERSION) throw new Error("bytecode cache entry from another format version");
  r.readTable();
  const v = readValue(r, 0);
  if (!(v instanceof CodeObject) || !r.atEnd()) corrupt("trailing data");
  return v;
}
