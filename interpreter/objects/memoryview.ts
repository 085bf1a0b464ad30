// memoryview (CPython's Objects/memoryobject.c) and the buffer protocol behind it: a view of another
// object's memory with the struct module's native single-character formats, N-dimensional C-contiguous
// casts, strided slices of the first dimension, item conversion with CPython's errors, comparison by unpacked
// values, hashing of read-only byte views and release().
//
// Exporters: bytes (read-only), bytearray, PyBufferExporter subclasses (array.array with its typecode's
// format, mmap) and Python classes with __buffer__ (PEP 688). A view reads its source's current bytes on every
// access (a bytearray reallocates when it grows) at byte offset `start`, through `shape` and `strides`
// (negative after m[::-1]).
//
// Exports: CPython counts an exporter's exports while a view lives and refuses to resize it meanwhile
// (BufferError). pypyts has no reference counting, so a view that is simply dropped would pin its exporter
// for good; the export is therefore held where CPython is certain to hold it: from a view's __enter__ to its
// release (a `with` block), and temporarily while a call back into Python could release the view.
import {
  builtinType,
  callBound,
  defineGetSets,
  defineMethods,
  defineNativeIterator,
  Ellipsis,
  newBool,
  None,
  NotImplemented,
  PyBool,
  PyInstance,
  PyMethodDescriptor,
  PyNativeIterator,
  PyObject,
  type PyType,
  STOP_ITEM,
  TypeFlags,
  typeOf,
  type W,
} from "./model.ts";
import { errorWithMessage, exceptionType, PyError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { newStr, PyStr } from "./str.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import { newList, PyList } from "./list.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { eq, hash, isTrue, len } from "./operations.ts";
import { asInt, indexOf, normBig } from "./int.ts";
import { floatOf, newFloat } from "./float.ts";
import { hashOfBytes, newBytes, PyByteArray, PyBytes } from "./bytes.ts";
import { objectId } from "./object.ts";
import { classGetItem } from "./genericalias.ts";

/** An object of another module that exports memory as a buffer (array.array, mmap.mmap). */
export abstract class PyBufferExporter extends PyInstance {
  /** Buffer exports held by views (inside `with` blocks): the exporter must not resize meanwhile. */
  declare exports: number;
  constructor(cls: PyType) {
    super(cls);
    this.exports = 0;
  }
  abstract exportBytes(): Uint8Array;
  abstract exportWritable(): boolean;
  /** The struct format of one exported item ("B": raw bytes). */
  exportFormat(): string {
    return "B";
  }
  exportItemsize(): number {
    return 1;
  }
  /** getbuffer checks common to PyBuffer_FillInfo exporters (mmap); array.array skips them. */
  fillInfoChecks(): boolean {
    return true;
  }
}

// ---------------------------------------------------------------- getbuffer flags (inspect.BufferFlags)

const BUF_WRITABLE = 0x1;
const BUF_FORMAT = 0x4;
const BUF_ND = 0x8;
const BUF_STRIDES = 0x18;
const BUF_C_CONTIGUOUS = 0x38;
const BUF_F_CONTIGUOUS = 0x58;
const BUF_ANY_CONTIGUOUS = 0x98;
const BUF_READ = 0x100;
const BUF_WRITE = 0x200;
const BUF_FULL_RO = 0x11c;
const MAX_NDIM = 64;

/** Contiguity flags of a view. */
const C_CONTIG = 1;
const F_CONTIG = 2;

/** Item sizes of the native single-character formats (64-bit Linux). */
const NATIVE_SIZE: Record<string, number> = {
  c: 1,
  b: 1,
  B: 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  n: 8,
  N: 8,
  f: 4,
  d: 8,
  e: 2,
  "?": 1,
  P: 8,
};

/** get_native_fmtchar: the format's character when it is a native single character (after '@'), else "". */
function nativeChar(format: string): string {
  const f = format.charCodeAt(0) === 64 ? format.slice(1) : format;
  return f.length === 1 && NATIVE_SIZE[f] !== undefined ? f : "";
}
function isByteFormat(c: string): boolean {
  return c === "B" || c === "b" || c === "c";
}

/**
 * What views of one getbuffer call share when releasing them has consequences (CPython's managed buffer):
 * a Python __buffer__'s memoryview to hand back to __release_buffer__, or a native export of an object
 * whose class defines __release_buffer__ in Python. Plain exports have none.
 */
class ManagedBuffer {
  declare obj: W;
  /** views registered and not yet released */
  declare views: number;
  /** the memoryview a Python __buffer__ returned */
  declare inner: PyMemoryView | null;
  /** call type(obj).__release_buffer__ when the last view is released */
  declare pyRelease: boolean;
  /** the layout to describe to __release_buffer__ (first view) */
  declare first: PyMemoryView | null;
  constructor(obj: W, inner: PyMemoryView | null, pyRelease: boolean) {
    this.obj = obj;
    this.views = 0;
    this.inner = inner;
    this.pyRelease = pyRelease;
    this.first = null;
  }
}

/** The `.obj` of views over a Python __buffer__ exporter (CPython's _buffer_wrapper). */
const bufferWrapperType: PyType = builtinType("_buffer_wrapper", undefined, { flags: 0 });
class PyBufferWrapper extends PyObject {
  declare obj: W;
  constructor(obj: W) {
    super();
    this.cls = bufferWrapperType;
    this.obj = obj;
  }
}

export const memoryviewType: PyType = builtinType("memoryview", undefined, { flags: TypeFlags.WEAKREFABLE });

export class PyMemoryView extends PyObject {
  /** the exporting object (`.obj`; None for memory without one) */
  declare obj: W;
  /** the object whose bytes are viewed: PyBytes, PyByteArray or PyBufferExporter */
  declare src: W;
  /** byte offset of the first item in src's bytes */
  declare start: number;
  /** product(shape) * itemsize */
  declare nbytes: number;
  declare format: string;
  /** the native format character ("" when the format is not one) */
  declare code: string;
  declare itemsize: number;
  declare ndim: number;
  declare shape: number[];
  declare strides: number[];
  declare readonly: boolean;
  /** C_CONTIG | F_CONTIG */
  declare flags: number;
  declare released: boolean;
  /** a view handed to __release_buffer__: no new views may be made from it */
  declare restricted: boolean;
  /** buffers exported from this view (release() raises BufferError meanwhile) */
  declare exports: number;
  /** holds an export of src (from __enter__ to release) */
  declare pinned: boolean;
  declare hashValue: number | bigint;
  declare mbuf: ManagedBuffer | null;
  /** A 1-D view of bytes [start, stop) of `obj`'s buffer, format 'B'. */
  constructor(obj: W, start: number, stop: number) {
    super();
    this.cls = memoryviewType;
    this.obj = obj;
    this.src = obj;
    this.start = start;
    this.nbytes = stop - start;
    this.format = "B";
    this.code = "B";
    this.itemsize = 1;
    this.ndim = 1;
    this.shape = [stop - start];
    this.strides = [1];
    this.readonly = !sourceWritable(obj);
    this.flags = C_CONTIG | F_CONTIG;
    this.released = false;
    this.restricted = false;
    this.exports = 0;
    this.pinned = false;
    this.hashValue = -1;
    this.mbuf = null;
  }
  /** Number of items in the first dimension. */
  get length(): number {
    if (this.released) raiseReleased();
    if (this.ndim === 0) raiseTypeError("0-dim memory has no length");
    return this.shape[0];
  }
  /**
   * The viewed bytes (the exporter's memory itself) for readers of a simple buffer (PyBUF_SIMPLE): a view
   * that is not C-contiguous is a BufferError there, as in CPython; see contiguousBytes.
   */
  view(): Uint8Array {
    if (this.released) raiseReleased();
    if ((this.flags & C_CONTIG) === 0) throw bufferError("memoryview: underlying buffer is not C-contiguous");
    return sourceBytes(this.src).subarray(this.start, this.start + this.nbytes);
  }
  /** Item i of a 1-D view as a Python value. */
  item(i: number): W {
    return unpackAt(this, sourceBytes(this.src), this.start + i * this.strides[0]);
  }
}

function raiseReleased(): never {
  raiseValueError("operation forbidden on released memoryview object");
}
function bufferError(message: string): PyError {
  return errorWithMessage("BufferError", message);
}

/** The items' bytes in C order, copied when the view is not contiguous (PyBuffer_ToContiguous: bytes(m)). */
export function contiguousBytes(m: PyMemoryView): Uint8Array {
  if (m.released) raiseReleased();
  return (m.flags & C_CONTIG) !== 0 ? m.view() : toContiguous(m, "C");
}

/** The whole current buffer of an exporter. */
function sourceBytes(src: W): Uint8Array {
  if (src instanceof PyBytes) return src.value;
  if (src instanceof PyByteArray) return src.value;
  return (src as PyBufferExporter).exportBytes();
}
function sourceWritable(src: W): boolean {
  return src instanceof PyByteArray || (src instanceof PyBufferExporter && src.exportWritable());
}

/** CPython's init_flags: contiguity of the layout. */
function computeFlags(m: PyMemoryView): void {
  const n = m.ndim;
  if (n === 0) {
    m.flags = C_CONTIG | F_CONTIG;
    return;
  }
  if (n === 1) {
    m.flags = m.shape[0] === 1 || m.strides[0] === m.itemsize ? C_CONTIG | F_CONTIG : 0;
    return;
  }
  let flags = 0;
  if (m.nbytes === 0) flags = C_CONTIG | F_CONTIG;
  else {
    let sd = m.itemsize, c = true;
    for (let i = n - 1; i >= 0; i--) {
      if (m.shape[i] > 1 && m.strides[i] !== sd) c = false;
      sd *= m.shape[i];
    }
    sd = m.itemsize;
    let f = true;
    for (let i = 0; i < n; i++) {
      if (m.shape[i] > 1 && m.strides[i] !== sd) f = false;
      sd *= m.shape[i];
    }
    flags = (c ? C_CONTIG : 0) | (f ? F_CONTIG : 0);
  }
  m.flags = flags;
}

function computeLength(m: PyMemoryView): void {
  let n = m.itemsize;
  for (let i = 0; i < m.ndim; i++) n *= m.shape[i];
  m.nbytes = n;
}

/** A new view with m's layout registered with the same managed buffer (mbuf_add_view). */
function derive(m: PyMemoryView): PyMemoryView {
  const r = new PyMemoryView(m.obj, 0, 0);
  r.src = m.src;
  r.start = m.start;
  r.nbytes = m.nbytes;
  r.format = m.format;
  r.code = m.code;
  r.itemsize = m.itemsize;
  r.ndim = m.ndim;
  if (m.ndim === 1) {
    r.shape[0] = m.shape[0];
    r.strides[0] = m.strides[0];
  } else {
    r.shape = m.shape.slice();
    r.strides = m.strides.slice();
  }
  r.readonly = m.readonly;
  r.flags = m.flags;
  r.mbuf = m.mbuf;
  if (m.mbuf !== null) m.mbuf.views++;
  return r;
}

function checkRestricted(m: PyMemoryView): void {
  if (m.restricted) raiseValueError("cannot create new view on restricted memoryview");
}

// ---------------------------------------------------------------- getting a buffer

/** PyBuffer_FillInfo's checks of the request flags against a read-only/writable buffer. */
function fillInfoChecks(flags: number, readonly: boolean): void {
  if (flags !== 0) {
    if (flags === BUF_READ || flags === BUF_WRITE) {
      throw errorWithMessage("SystemError", "bad argument to internal function");
    }
    if ((flags & BUF_WRITABLE) !== 0 && readonly) throw bufferError("Object is not writable.");
  }
}

/** Whether `fn` (a type's __buffer__ or __release_buffer__) is defined in Python rather than natively. */
function isPythonSlot(fn: W | undefined): boolean {
  return fn !== undefined && !(fn instanceof PyMethodDescriptor);
}

/** The native getbuffer of bytes, bytearray and PyBufferExporter objects; undefined for others. */
function nativeExport(obj: W, flags: number): PyMemoryView | undefined {
  let m: PyMemoryView;
  if (obj instanceof PyBytes) {
    fillInfoChecks(flags, true);
    m = new PyMemoryView(obj, 0, obj.value.length);
  } else if (obj instanceof PyByteArray) {
    fillInfoChecks(flags, false);
    m = new PyMemoryView(obj, 0, obj.length);
  } else if (obj instanceof PyBufferExporter) {
    const b = obj.exportBytes();
    if (obj.fillInfoChecks()) fillInfoChecks(flags, !obj.exportWritable());
    m = new PyMemoryView(obj, 0, b.length);
    const size = obj.exportItemsize();
    if (size !== 1 || obj.exportFormat() !== "B") {
      const format = (flags & BUF_FORMAT) !== 0 ? obj.exportFormat() : "B";
      m.format = format;
      m.code = adjustedChar(format);
      m.itemsize = size;
      m.shape[0] = Math.floor(b.length / size);
      m.strides[0] = size;
      m.nbytes = m.shape[0] * size;
      computeFlags(m);
    }
  } else return undefined;
  if (typeOf(obj).isHeapType && isPythonSlot(typeOf(obj).lookup("__release_buffer__"))) {
    m.mbuf = new ManagedBuffer(obj, null, true);
    m.mbuf.views = 1;
    m.mbuf.first = m;
  }
  return m;
}

/** The format character unpack_single dispatches on (adjust_fmt), "" for a multi-character format. */
function adjustedChar(format: string): string {
  const f = format.charCodeAt(0) === 64 ? format.slice(1) : format;
  return f.length === 1 ? f : "";
}

/** memory_getbuf: check a request for a buffer of `m` and describe what it gets. */
function viewForRequest(m: PyMemoryView, flags: number): PyMemoryView {
  if (m.released) raiseReleased();
  checkRestricted(m);
  if ((flags & BUF_WRITABLE) !== 0 && m.readonly) {
    throw bufferError("memoryview: underlying buffer is not writable");
  }
  const r = derive(m);
  if ((flags & BUF_FORMAT) === 0) {
    r.format = "B";
    r.code = "B";
  }
  const c = (m.flags & C_CONTIG) !== 0, f = (m.flags & F_CONTIG) !== 0;
  if ((flags & BUF_C_CONTIGUOUS) === BUF_C_CONTIGUOUS && !c) {
    throw bufferError("memoryview: underlying buffer is not C-contiguous");
  }
  if ((flags & BUF_F_CONTIGUOUS) === BUF_F_CONTIGUOUS && !f) {
    throw bufferError("memoryview: underlying buffer is not Fortran contiguous");
  }
  if ((flags & BUF_ANY_CONTIGUOUS) === BUF_ANY_CONTIGUOUS && !c && !f) {
    throw bufferError("memoryview: underlying buffer is not contiguous");
  }
  if ((flags & BUF_STRIDES) !== BUF_STRIDES && !c) {
    throw bufferError("memoryview: underlying buffer is not C-contiguous");
  }
  if ((flags & BUF_ND) !== BUF_ND) {
    if ((flags & BUF_FORMAT) !== 0) {
      throw bufferError("memoryview: cannot cast to unsigned bytes if the format flag is present");
    }
    r.ndim = 1;
    r.shape = [Math.floor(m.nbytes / m.itemsize)];
    r.strides = [m.itemsize];
    computeFlags(r);
  }
  return r;
}

/** slot_bf_getbuffer: a class whose __buffer__ is a Python function. */
function pythonExport(obj: W, fn: W, flags: number): PyMemoryView {
  const ret = callBound(fn, obj, [flags]);
  if (!(ret instanceof PyMemoryView)) raiseTypeError("__buffer__ returned non-memoryview object");
  const m = viewForRequest(ret, flags);
  if (m.mbuf !== null) m.mbuf.views--;
  const release = typeOf(obj).lookup("__release_buffer__");
  m.obj = new PyBufferWrapper(obj);
  m.mbuf = new ManagedBuffer(obj, ret, ret.obj !== obj && isPythonSlot(release));
  m.mbuf.views = 1;
  m.mbuf.first = m;
  return m;
}

/** PyObject_GetBuffer: a new view of `obj`'s buffer, or undefined when it exports none. */
export function getBuffer(obj: W, flags: number = BUF_FULL_RO): PyMemoryView | undefined {
  if (obj instanceof PyMemoryView) return viewForRequest(obj, flags);
  const t = typeOf(obj);
  if (t.isHeapType) {
    const fn = t.lookup("__buffer__");
    if (isPythonSlot(fn)) return pythonExport(obj, fn!, flags);
  }
  return nativeExport(obj, flags);
}

/** PyMemoryView_FromObjectAndFlags: memoryview(obj). */
export function memoryviewOf(obj: W, flags: number = BUF_FULL_RO): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    if (obj.released) raiseReleased();
    checkRestricted(obj);
    return derive(obj);
  }
  const m = getBuffer(obj, flags);
  if (m === undefined) {
    raiseTypeError(`memoryview: a bytes-like object is required, not '${typeOf(obj).name}'`);
  }
  return m;
}

/**
 * The bytes of a Python class's buffer (PEP 688) for readers of bytes-like objects: its __buffer__ view is
 * copied and released at once, as a C function holding a Py_buffer does. Undefined for other objects.
 */
export function pythonBufferBytes(w: W): Uint8Array | undefined {
  const t = typeOf(w);
  if (!t.isHeapType || !isPythonSlot(t.lookup("__buffer__"))) return undefined;
  const m = getBuffer(w)!;
  try {
    return contiguousBytes(m).slice();
  } finally {
    releaseView(m);
  }
}

/**
 * The bytes a writer may fill in place (bytearray, writable exporters, writable C-contiguous views), undefined
 * otherwise: getargs' "w*" turns every getbuffer failure into its TypeError.
 */
export function writableBytes(w: W): Uint8Array | undefined {
  if (w instanceof PyByteArray) return w.value;
  if (w instanceof PyMemoryView) {
    if (w.released || w.readonly || (w.flags & C_CONTIG) === 0) return undefined;
    return w.view();
  }
  if (w instanceof PyBufferExporter && w.exportWritable()) return w.exportBytes();
  return undefined;
}

// ---------------------------------------------------------------- release and exports

function pin(m: PyMemoryView): void {
  if (m.pinned) return;
  const s = m.src;
  if (s instanceof PyByteArray || s instanceof PyBufferExporter) s.exports++;
  m.pinned = true;
}
function unpin(m: PyMemoryView): void {
  if (!m.pinned) return;
  const s = m.src;
  if (s instanceof PyByteArray || s instanceof PyBufferExporter) s.exports--;
  m.pinned = false;
}

/** Reporter of exceptions raised by __release_buffer__ (set by modules/unraisable.ts). */
export const bufferHooks = {
  unraisable: (_message: string, _error: PyError): void => {},
};

function callReleaseBuffer(obj: W, view: PyMemoryView): void {
  try {
    callBound(typeOf(obj).lookup("__release_buffer__")!, obj, [view]);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    bufferHooks.unraisable(`Exception ignored in __release_buffer__ of ${typeOf(obj).name}`, e);
  }
}

/** mbuf_release: the last view of a managed buffer went away. */
function releaseManaged(mb: ManagedBuffer): void {
  if (mb.inner !== null) {
    const inner = mb.inner;
    mb.inner = null;
    if (mb.pyRelease) callReleaseBuffer(mb.obj, inner);
    // the wrapper held the only reference CPython counts on: a view of obj itself dies with it
    else if (inner.obj === mb.obj && inner.exports === 0) releaseView(inner);
    return;
  }
  if (mb.pyRelease && mb.first !== null) {
    // releasebuffer_call_python: a restricted view describing the export, released afterwards
    const r = derive(mb.first);
    mb.views--;
    r.mbuf = null;
    r.obj = None;
    r.restricted = true;
    callReleaseBuffer(mb.obj, r);
    releaseView(r);
  }
}

/** _memory_release. */
export function releaseView(m: PyMemoryView): void {
  if (m.released) return;
  if (m.exports > 0) {
    throw bufferError(`memoryview has ${m.exports} exported buffer${m.exports === 1 ? "" : "s"}`);
  }
  m.released = true;
  unpin(m);
  const mb = m.mbuf;
  if (mb !== null && --mb.views === 0) releaseManaged(mb);
}

/** BufferError when a bytearray or exporter holds exports (resizing would move memory views point into). */
export function checkResizable(
  exports: number,
  message = "Existing exports of data: object cannot be re-sized",
): void {
  if (exports > 0) throw bufferError(message);
}

// ---------------------------------------------------------------- items

function dataView(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

/** IEEE half precision to double. */
function halfToDouble(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f, f = h & 0x3ff;
  if (e === 0x1f) return f === 0 ? sign * Infinity : NaN;
  if (e === 0) return sign * f * 2 ** -24;
  return sign * (1 + f / 1024) * 2 ** (e - 15);
}
/** Round half to even of a non-negative exact double. */
function roundHalfEven(v: number): number {
  const f = Math.floor(v), d = v - f;
  return d > 0.5 || (d === 0.5 && f % 2 === 1) ? f + 1 : f;
}
function signBit(x: number): boolean {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  return (dv.getUint8(0) & 0x80) !== 0;
}
/** PyFloat_Pack2's bits of x (OverflowError past the half range). */
function doubleToHalf(x: number): number {
  const sign = x < 0 || Object.is(x, -0) || (Number.isNaN(x) && signBit(x)) ? 0x8000 : 0;
  if (Number.isNaN(x)) return sign | 0x7e00;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  if (a < 2 ** -14) return sign | roundHalfEven(a * 2 ** 24);
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  let frac = roundHalfEven((a / 2 ** e - 1) * 1024);
  if (frac === 1024) {
    frac = 0;
    e++;
  }
  if (e > 15) throw errorWithMessage("OverflowError", "float too large to pack with e format");
  return sign | ((e + 15) << 10) | frac;
}

/** unpack_single: the item at byte offset p of b. */
function unpackAt(m: PyMemoryView, b: Uint8Array, p: number): W {
  if (m.released) raiseReleased();
  const c = m.code;
  if (p + m.itemsize > b.length) throw bufferError("memoryview: underlying buffer was resized");
  if (c === "B") return b[p];
  switch (c) {
    case "b":
      return (b[p] << 24) >> 24;
    case "c":
      return newBytes(b.slice(p, p + 1));
    case "?":
      return newBool(b[p] !== 0);
    case "h":
      return dataView(b).getInt16(p, true);
    case "H":
      return dataView(b).getUint16(p, true);
    case "i":
      return dataView(b).getInt32(p, true);
    case "I":
      return dataView(b).getUint32(p, true);
    case "l":
    case "q":
    case "n":
      return normBig(dataView(b).getBigInt64(p, true));
    case "L":
    case "Q":
    case "N":
    case "P":
      return normBig(dataView(b).getBigUint64(p, true));
    case "f":
      return newFloat(dataView(b).getFloat32(p, true));
    case "d":
      return newFloat(dataView(b).getFloat64(p, true));
    case "e":
      return newFloat(halfToDouble(dataView(b).getUint16(p, true)));
  }
  throw errorWithMessage("NotImplementedError", `memoryview: format ${m.code} not supported`);
}

/** adjust_fmt: NotImplementedError for a multi-character format. */
function checkFormat(m: PyMemoryView): void {
  if (m.code === "") {
    throw errorWithMessage("NotImplementedError", `memoryview: unsupported format ${m.format}`);
  }
}

function invalidType(code: string): never {
  raiseTypeError(`memoryview: invalid type for format '${code}'`);
}
function invalidValue(code: string): never {
  raiseValueError(`memoryview: invalid value for format '${code}'`);
}

/** _PyNumber_Index for packing: the int, or the "invalid type" error. */
function packIndex(w: W, code: string): number | bigint {
  if (typeof w === "number" || typeof w === "bigint") return w;
  if (w instanceof PyBool) return w.value ? 1 : 0;
  const v = asInt(w);
  if (v !== undefined) return v;
  if (typeOf(w).lookup("__index__") === undefined) invalidType(code);
  try {
    return indexOf(w);
  } catch (e) {
    if (e instanceof PyError && e.matches(exceptionType("TypeError"))) invalidType(code);
    throw e;
  }
}

/** PyFloat_AsDouble for packing. */
function packDouble(w: W, code: string): number {
  const f = floatOf(w);
  if (f !== undefined) return f;
  if (typeof w === "number") return w;
  if (typeof w === "bigint") {
    const x = Number(w);
    if (!Number.isFinite(x)) invalidValue(code);
    return x;
  }
  if (w instanceof PyBool) return w.value ? 1 : 0;
  const t = typeOf(w);
  const fl = t.lookup("__float__");
  if (fl !== undefined) {
    const r = callBound(fl, w, []);
    const x = floatOf(r);
    if (x === undefined) invalidType(code);
    return x;
  }
  if (t.lookup("__index__") !== undefined) {
    const v = indexOf(w);
    return typeof v === "number" ? v : Number(v);
  }
  invalidType(code);
}

const INT_RANGE: Record<string, [bigint, bigint]> = {
  b: [-128n, 127n],
  h: [-32768n, 32767n],
  i: [-(2n ** 31n), 2n ** 31n - 1n],
  l: [-(2n ** 63n), 2n ** 63n - 1n],
  q: [-(2n ** 63n), 2n ** 63n - 1n],
  n: [-(2n ** 63n), 2n ** 63n - 1n],
  B: [0n, 255n],
  H: [0n, 65535n],
  I: [0n, 2n ** 32n - 1n],
  L: [0n, 2n ** 64n - 1n],
  Q: [0n, 2n ** 64n - 1n],
  N: [0n, 2n ** 64n - 1n],
  P: [-(2n ** 63n), 2n ** 64n - 1n],
};

/** pack_single: store `w` as the item at byte offset p of m's buffer (after converting, release is rechecked). */
function packAt(m: PyMemoryView, p: number, w: W): void {
  const c = m.code;
  switch (c) {
    case "c": {
      if (!(w instanceof PyBytes)) invalidType(c);
      if (w.value.length !== 1) invalidValue(c);
      storeBytes(m, p, w.value);
      return;
    }
    case "?": {
      const t = isTrue(w);
      if (m.released) raiseReleased();
      storeBytes(m, p, new Uint8Array([t ? 1 : 0]));
      return;
    }
    case "f":
    case "d":
    case "e": {
      const x = packDouble(w, c);
      if (m.released) raiseReleased();
      const out = new Uint8Array(m.itemsize), dv = dataView(out);
      if (c === "f") dv.setFloat32(0, x, true);
      else if (c === "d") dv.setFloat64(0, x, true);
      else {
        let h: number;
        try {
          h = doubleToHalf(x);
        } catch {
          invalidValue(c);
        }
        dv.setUint16(0, h, true);
      }
      storeBytes(m, p, out);
      return;
    }
  }
  const range = INT_RANGE[c];
  if (range === undefined) {
    throw errorWithMessage("NotImplementedError", `memoryview: format ${c} not supported`);
  }
  const v = packIndex(w, c);
  if (m.released) raiseReleased();
  const big = BigInt(v);
  if (big < range[0] || big > range[1]) invalidValue(c);
  const out = new Uint8Array(m.itemsize), dv = dataView(out);
  switch (m.itemsize) {
    case 1:
      out[0] = Number(big & 0xffn);
      break;
    case 2:
      dv.setUint16(0, Number(BigInt.asUintN(16, big)), true);
      break;
    case 4:
      dv.setUint32(0, Number(BigInt.asUintN(32, big)), true);
      break;
    default:
      dv.setBigUint64(0, BigInt.asUintN(64, big), true);
  }
  storeBytes(m, p, out);
}
function storeBytes(m: PyMemoryView, p: number, item: Uint8Array): void {
  const b = sourceBytes(m.src);
  if (p + item.length > b.length) throw bufferError("memoryview: underlying buffer was resized");
  b.set(item, p);
}

/** Byte offsets of all items, last index fastest (C order) or first index fastest (Fortran order). */
function itemOffsets(m: PyMemoryView, fortran: boolean): number[] {
  const n = m.ndim, out: number[] = [];
  if (n === 0) {
    out.push(m.start);
    return out;
  }
  let total = 1;
  for (let i = 0; i < n; i++) total *= m.shape[i];
  if (total === 0) return out;
  const idx = new Array<number>(n).fill(0);
  let off = m.start;
  for (let k = 0; k < total; k++) {
    out.push(off);
    for (let j = 0; j < n; j++) {
      const d = fortran ? j : n - 1 - j;
      idx[d]++;
      off += m.strides[d];
      if (idx[d] < m.shape[d]) break;
      off -= m.strides[d] * m.shape[d];
      idx[d] = 0;
    }
  }
  return out;
}

/** PyBuffer_ToContiguous: the items' bytes in C, Fortran or ('A') physical order. */
function toContiguous(m: PyMemoryView, order: "C" | "F" | "A"): Uint8Array {
  const b = sourceBytes(m.src);
  const contiguous = order === "C"
    ? (m.flags & C_CONTIG) !== 0
    : order === "F"
    ? (m.flags & F_CONTIG) !== 0
    : m.flags !== 0;
  if (contiguous) return b.slice(m.start, m.start + m.nbytes);
  const out = new Uint8Array(m.nbytes), size = m.itemsize;
  let o = 0;
  for (const p of itemOffsets(m, order === "F")) {
    out.set(b.subarray(p, p + size), o);
    o += size;
  }
  return out;
}

// ---------------------------------------------------------------- indexing

/** lookup_dimension: the byte offset of index i in dimension dim. */
function lookupDimension(m: PyMemoryView, p: number, dim: number, index: number): number {
  const n = m.shape[dim];
  let i = index;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw errorWithMessage("IndexError", `index out of bounds on dimension ${dim + 1}`);
  return p + m.strides[dim] * i;
}

function isIndexKey(w: W): boolean {
  return typeof w !== "object" || w instanceof PyBool || typeOf(w).lookup("__index__") !== undefined;
}
/** PyNumber_AsSsize_t(key, IndexError). */
function indexKey(w: W): number {
  if (typeof w === "number") return w;
  const v = typeof w === "bigint" ? w : indexOf(w);
  if (typeof v === "number") return v;
  if (v > 2n ** 63n - 1n || v < -(2n ** 63n)) {
    throw errorWithMessage("IndexError", `cannot fit '${typeOf(w).name}' into an index-sized integer`);
  }
  return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}
function isMultiIndex(key: W): key is PyTuple {
  if (!(key instanceof PyTuple)) return false;
  for (const x of key.items) if (!isIndexKey(x)) return false;
  return true;
}
function isMultiSlice(key: W): boolean {
  if (!(key instanceof PyTuple) || key.items.length === 0) return false;
  for (const x of key.items) if (!(x instanceof PySlice)) return false;
  return true;
}
/** ptr_from_tuple. */
function offsetOfTuple(m: PyMemoryView, key: PyTuple): number {
  const k = key.items.length;
  if (k > m.ndim) raiseTypeError(`cannot index ${m.ndim}-dimension view with ${k}-element tuple`);
  let p = m.start;
  for (let d = 0; d < k; d++) p = lookupDimension(m, p, d, indexKey(key.items[d]));
  return p;
}

/** memory_subscript. */
function getItem(m: PyMemoryView, key: W): W {
  if (m.released) raiseReleased();
  if (m.ndim === 1 && typeof key === "number") {
    // the fast path: an int into a 1-D view
    const n = m.shape[0];
    let i = key;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw errorWithMessage("IndexError", "index out of bounds on dimension 1");
    const p = m.start + i * m.strides[0];
    const s = m.src;
    if (m.code === "B") {
      const b = s instanceof PyBytes ? s.value : sourceBytes(s);
      if (p < b.length) return b[p];
    }
    checkFormat(m);
    return unpackAt(m, sourceBytes(s), p);
  }
  if (m.ndim === 0) {
    if (key instanceof PyTuple && key.items.length === 0) {
      checkFormat(m);
      return unpackAt(m, sourceBytes(m.src), m.start);
    }
    if (key === Ellipsis) return m;
    raiseTypeError("invalid indexing of 0-dim memory");
  }
  if (isIndexKey(key)) {
    const i = indexKey(key);
    if (m.released) raiseReleased();
    checkFormat(m);
    if (m.ndim !== 1) {
      throw errorWithMessage("NotImplementedError", "multi-dimensional sub-views are not implemented");
    }
    const p = lookupDimension(m, m.start, 0, i);
    return unpackAt(m, sourceBytes(m.src), p);
  }
  if (key instanceof PySlice) {
    checkRestricted(m);
    const r = derive(m);
    const [start, , step, count] = sliceIndices(key, m.shape[0]);
    r.start += m.strides[0] * start;
    r.shape[0] = count;
    r.strides[0] = m.strides[0] * step;
    computeLength(r);
    computeFlags(r);
    return r;
  }
  if (isMultiIndex(key)) {
    checkFormat(m);
    if (key.items.length < m.ndim) {
      throw errorWithMessage("NotImplementedError", "sub-views are not implemented");
    }
    const p = offsetOfTuple(m, key);
    return unpackAt(m, sourceBytes(m.src), p);
  }
  if (isMultiSlice(key)) {
    throw errorWithMessage("NotImplementedError", "multi-dimensional slicing is not implemented");
  }
  raiseTypeError("memoryview: invalid slice key");
}

/** memory_ass_sub. */
function setItem(m: PyMemoryView, key: W, value: W | undefined): void {
  if (m.released) raiseReleased();
  if (m.ndim === 1 && typeof key === "number" && typeof value === "number" && m.code === "B" && !m.readonly) {
    // the fast path: a byte into a writable 1-D byte view
    const n = m.shape[0];
    let i = key;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw errorWithMessage("IndexError", "index out of bounds on dimension 1");
    if (value < 0 || value > 255) invalidValue("B");
    const b = sourceBytes(m.src), p = m.start + i * m.strides[0];
    if (p >= b.length) throw bufferError("memoryview: underlying buffer was resized");
    b[p] = value;
    return;
  }
  checkFormat(m);
  if (m.readonly) raiseTypeError("cannot modify read-only memory");
  if (value === undefined) raiseTypeError("cannot delete memory");
  if (m.ndim === 0) {
    if (key === Ellipsis || (key instanceof PyTuple && key.items.length === 0)) {
      packAt(m, m.start, value);
      return;
    }
    raiseTypeError("invalid indexing of 0-dim memory");
  }
  if (isIndexKey(key)) {
    if (m.ndim > 1) throw errorWithMessage("NotImplementedError", "sub-views are not implemented");
    const p = lookupDimension(m, m.start, 0, indexKey(key));
    packAt(m, p, value);
    return;
  }
  if (key instanceof PySlice && m.ndim === 1) {
    const src = getBuffer(value);
    if (src === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(value).name}'`);
    try {
      const [start, , step, count] = sliceIndices(key, m.shape[0]);
      if (m.released) raiseReleased();
      const strip = (f: string) => (f.charCodeAt(0) === 64 ? f.slice(1) : f);
      if (
        strip(m.format) !== strip(src.format) || m.itemsize !== src.itemsize || src.ndim !== 1 ||
        src.shape[0] !== count
      ) {
        raiseValueError("memoryview assignment: lvalue and rvalue have different structures");
      }
      // read the source items first: the two may overlap
      const size = m.itemsize, data = toContiguous(src, "C");
      const b = sourceBytes(m.src);
      let p = m.start + m.strides[0] * start;
      const stride = m.strides[0] * step;
      for (let i = 0; i < count; i++, p += stride) {
        if (p + size > b.length) throw bufferError("memoryview: underlying buffer was resized");
        b.set(data.subarray(i * size, i * size + size), p);
      }
    } finally {
      releaseView(src);
    }
    return;
  }
  if (isMultiIndex(key)) {
    if (key.items.length < m.ndim) {
      throw errorWithMessage("NotImplementedError", "sub-views are not implemented");
    }
    packAt(m, offsetOfTuple(m, key), value);
    return;
  }
  if (key instanceof PySlice || isMultiSlice(key)) {
    throw errorWithMessage(
      "NotImplementedError",
      "memoryview slice assignments are currently restricted to ndim = 1",
    );
  }
  raiseTypeError("memoryview: invalid slice key");
}

/** tolist_rec. */
function toList(m: PyMemoryView, b: Uint8Array, p: number, dim: number): W {
  const n = m.shape[dim], stride = m.strides[dim];
  const out: W[] = new Array(n);
  if (dim === m.ndim - 1) {
    const last = p + stride * (n - 1);
    if (m.code === "B" && n > 0 && Math.min(p, last) >= 0 && Math.max(p, last) < b.length) {
      for (let i = 0; i < n; i++, p += stride) out[i] = b[p];
    } else for (let i = 0; i < n; i++, p += stride) out[i] = unpackAt(m, b, p);
  } else {
    for (let i = 0; i < n; i++, p += stride) out[i] = toList(m, b, p, dim + 1);
  }
  return newList(out);
}

// ---------------------------------------------------------------- comparison and hashing

/** The item values of a view in C order (for comparing different formats). */
function itemValues(m: PyMemoryView): W[] {
  const b = sourceBytes(m.src);
  return itemOffsets(m, false).map((p) => unpackAt(m, b, p));
}

/** unpack_cmp for two views of the same native format: compare as C compares the typed values. */
function sameFormatEqual(v: PyMemoryView, w: PyMemoryView): boolean {
  const bv = sourceBytes(v.src), bw = sourceBytes(w.src);
  const pv = itemOffsets(v, false), pw = itemOffsets(w, false);
  const c = v.code, size = v.itemsize;
  for (let i = 0; i < pv.length; i++) {
    if (c === "B" || c === "b" || c === "c") {
      if (bv[pv[i]] !== bw[pw[i]]) return false;
    } else if (c === "?") {
      if ((bv[pv[i]] !== 0) !== (bw[pw[i]] !== 0)) return false;
    } else if (c === "f" || c === "d" || c === "e") {
      if (floatOf(unpackAt(v, bv, pv[i])) !== floatOf(unpackAt(w, bw, pw[i]))) return false;
    } else {
      for (let k = 0; k < size; k++) if (bv[pv[i] + k] !== bw[pw[i] + k]) return false;
    }
  }
  return true;
}

/** memory_richcompare for == (true/false), NotImplemented when `other` exports no buffer. */
function viewsEqual(v: PyMemoryView, other: W): boolean | undefined {
  if (v.released) return v === other;
  if (
    (other instanceof PyBytes || other instanceof PyByteArray) && v.ndim === 1 &&
    (v.flags & C_CONTIG) !== 0 &&
    nativeChar(v.format) === "B"
  ) {
    // the common case: a contiguous byte view against bytes or bytearray
    const a = v.view(), b = other.value;
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  let w: PyMemoryView;
  let temporary = false;
  if (other instanceof PyMemoryView) {
    if (other.released) return v === other;
    w = other;
  } else {
    let got: PyMemoryView | undefined;
    try {
      got = getBuffer(other);
    } catch (e) {
      if (e instanceof PyError) return undefined;
      throw e;
    }
    if (got === undefined) return undefined;
    w = got;
    temporary = true;
  }
  try {
    if (v.ndim !== w.ndim) return false;
    for (let i = 0; i < v.ndim; i++) {
      if (v.shape[i] !== w.shape[i]) return false;
      if (v.shape[i] === 0) break;
    }
    const vc = nativeChar(v.format), wc = nativeChar(w.format);
    if (vc !== "" && vc === wc) {
      if (vc === "B" && (v.flags & w.flags & C_CONTIG) !== 0) {
        // the common case: two contiguous byte buffers
        const a = v.view(), b = w.view();
        if (a.length !== b.length) return false;
        for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
        return true;
      }
      return sameFormatEqual(v, w);
    }
    // different or non-native formats go through the struct module, which knows no others: not equal
    if (vc === "" || wc === "") return false;
    const xs = itemValues(v), ys = itemValues(w);
    for (let i = 0; i < xs.length; i++) if (!eq(xs[i], ys[i])) return false;
    return true;
  } finally {
    if (temporary) releaseView(w);
  }
}

function viewHash(m: PyMemoryView): number | bigint {
  if (m.hashValue !== -1) return m.hashValue;
  if (m.released) raiseReleased();
  if (!m.readonly) raiseValueError("cannot hash writable memoryview object");
  if (!isByteFormat(nativeChar(m.format))) {
    raiseValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  }
  if (m.obj !== None) {
    // the exporter's __hash__ may run Python code: it must not release this view meanwhile
    m.exports++;
    try {
      hash(m.obj);
    } finally {
      m.exports--;
    }
  }
  return m.hashValue = hashOfBytes(contiguousBytes(m));
}

// ---------------------------------------------------------------- hex

const HEX = "0123456789abcdef";
/** _Py_strhex_with_sep over the view's bytes in C order. */
function viewHex(m: PyMemoryView, sep: W | undefined, perSepArg: W | undefined): string {
  let perSep = 1;
  if (perSepArg !== undefined) {
    const v = indexOf(perSepArg);
    if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
      throw errorWithMessage("OverflowError", "Python int too large to convert to C int");
    }
    perSep = v;
  }
  let sepChar = "";
  if (sep !== undefined) {
    // len(sep) may run Python code: it must not release this view meanwhile
    m.exports++;
    let n: number;
    try {
      n = len(sep);
    } finally {
      m.exports--;
    }
    if (n !== 1) raiseValueError("sep must be length 1.");
    if (sep instanceof PyStr) sepChar = sep.value;
    else if (sep instanceof PyBytes) sepChar = String.fromCharCode(sep.value[0]);
    else raiseTypeError("sep must be str or bytes.");
    if (sepChar.charCodeAt(0) > 127) raiseValueError("sep must be ASCII.");
  }
  const b = contiguousBytes(m);
  let out = "";
  if (sepChar === "" || perSep === 0) {
    for (let i = 0; i < b.length; i++) out += HEX[b[i] >> 4] + HEX[b[i] & 15];
    return out;
  }
  const group = Math.abs(perSep);
  for (let i = 0; i < b.length; i++) {
    if (i > 0 && (perSep > 0 ? (b.length - i) % group === 0 : i % group === 0)) out += sepChar;
    out += HEX[b[i] >> 4] + HEX[b[i] & 15];
  }
  return out;
}

// ---------------------------------------------------------------- cast

function castView(m: PyMemoryView, formatArg: W, shapeArg: W | undefined): PyMemoryView {
  if (m.released) raiseReleased();
  checkRestricted(m);
  if (!(formatArg instanceof PyStr)) {
    raiseTypeError(`cast() argument 'format' must be str, not ${typeOf(formatArg).name}`);
  }
  if ((m.flags & C_CONTIG) === 0) raiseTypeError("memoryview: casts are restricted to C-contiguous views");
  let zero = false;
  for (let i = 0; i < m.ndim; i++) if (m.shape[i] === 0) zero = true;
  if ((shapeArg !== undefined || m.ndim !== 1) && zero) {
    raiseTypeError("memoryview: cannot cast view with zeros in shape or strides");
  }
  let dims: W[] | undefined;
  if (shapeArg !== undefined) {
    if (!(shapeArg instanceof PyList) && !(shapeArg instanceof PyTuple)) {
      raiseTypeError("shape must be a list or a tuple");
    }
    dims = shapeArg.items.slice();
    if (dims.length > MAX_NDIM) {
      raiseValueError(`memoryview: number of dimensions must not exceed ${MAX_NDIM}`);
    }
    if (m.ndim !== 1 && dims.length !== 1) raiseTypeError("memoryview: cast must be 1D -> ND or ND -> 1D");
  }
  const format = formatArg.value;
  for (let i = 0; i < format.length; i++) {
    if (format.charCodeAt(i) > 127) {
      throw errorWithMessage("UnicodeEncodeError", "'ascii' codec can't encode character");
    }
  }
  const dest = nativeChar(format);
  if (dest === "") {
    raiseValueError(
      "memoryview: destination format must be a native single character format prefixed with an optional '@'",
    );
  }
  if (!isByteFormat(nativeChar(m.format)) && !isByteFormat(dest)) {
    raiseTypeError("memoryview: cannot cast between two non-byte formats");
  }
  const size = NATIVE_SIZE[dest];
  if (m.nbytes % size !== 0) raiseTypeError("memoryview: length is not a multiple of itemsize");
  const r = derive(m);
  r.format = format;
  r.code = dest;
  r.itemsize = size;
  r.ndim = 1;
  r.shape = [m.nbytes / size];
  r.strides = [size];
  if (dims !== undefined) {
    const shape: number[] = [];
    let total = size;
    for (const x of dims) {
      if (
        typeof x !== "number" && typeof x !== "bigint" && !(x instanceof PyBool) && asInt(x) === undefined
      ) {
        raiseTypeError("memoryview.cast(): elements of shape must be integers");
      }
      const v = asInt(x)!;
      if (typeof v === "bigint" && (v > 2n ** 63n - 1n || v < -(2n ** 63n))) {
        throw errorWithMessage("OverflowError", "Python int too large to convert to C ssize_t");
      }
      const n = Number(v);
      if (n <= 0) raiseValueError("memoryview.cast(): elements of shape must be integers > 0");
      if (n > Number.MAX_SAFE_INTEGER / total) {
        raiseValueError("memoryview.cast(): product(shape) > SSIZE_MAX");
      }
      total *= n;
      shape.push(n);
    }
    r.ndim = shape.length;
    r.shape = shape;
    r.strides = new Array(shape.length);
    let sd = size;
    for (let i = shape.length - 1; i >= 0; i--) {
      r.strides[i] = sd;
      sd *= shape[i];
    }
    if (total !== m.nbytes) raiseTypeError("memoryview: product(shape) * itemsize != buffer size");
  }
  r.nbytes = m.nbytes;
  computeFlags(r);
  return r;
}

// ---------------------------------------------------------------- iteration

const memoryIteratorType: PyType = builtinType("memory_iterator", undefined, { flags: 0 });
class PyMemoryIterator extends PyNativeIterator {
  declare view: PyMemoryView | null;
  declare index: number;
  declare length: number;
  constructor(m: PyMemoryView) {
    super();
    this.cls = memoryIteratorType;
    this.view = m;
    this.index = 0;
    this.length = m.shape[0];
  }
  nextItem(): W {
    const m = this.view;
    if (m === null) return STOP_ITEM;
    if (this.index < this.length) {
      if (m.released) raiseReleased();
      const p = m.start + m.strides[0] * this.index++;
      const s = m.src;
      if (m.code === "B") {
        const b = s instanceof PyBytes ? s.value : sourceBytes(s);
        if (p < b.length) return b[p];
      }
      return unpackAt(m, sourceBytes(s), p);
    }
    this.view = null;
    return STOP_ITEM;
  }
}
defineNativeIterator(memoryIteratorType);

// ---------------------------------------------------------------- the type

function mv(w: W): PyMemoryView {
  if (!(w instanceof PyMemoryView)) raiseTypeError("descriptor requires a 'memoryview' object");
  return w;
}
function live(w: W): PyMemoryView {
  const m = mv(w);
  if (m.released) raiseReleased();
  return m;
}

/** wrap_buffer: the flags argument of __buffer__. */
function flagsArg(w: W): number {
  const v = indexOf(w);
  if (typeof v === "bigint" && (v > 2n ** 63n - 1n || v < -(2n ** 63n))) {
    throw errorWithMessage("OverflowError", `cannot fit '${typeOf(w).name}' into an index-sized integer`);
  }
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
    throw errorWithMessage("OverflowError", "buffer flags out of range");
  }
  return v;
}

/** `__buffer__(flags)` of a native exporter: a new view of it, skipping Python overrides (PEP 688). */
export function nativeBufferMethod(self: W, flagsW: W): W {
  const flags = flagsArg(flagsW);
  if (self instanceof PyMemoryView) {
    const r = viewForRequest(self, flags);
    r.obj = self;
    return r;
  }
  const m = nativeExport(self, flags);
  if (m === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(self).name}'`);
  return m;
}
/** `__release_buffer__(view)` of a native exporter (wrap_releasebuffer). */
export function nativeReleaseBufferMethod(self: W, view: W): W {
  if (!(view instanceof PyMemoryView)) raiseTypeError("expected a memoryview object");
  if (view.obj === None) return None;
  if (view.obj !== self) raiseValueError("memoryview's buffer is not this object");
  if (view.released) raiseValueError("memoryview's buffer has already been released");
  releaseView(view);
  return None;
}

defineMethods(memoryviewType, [
  {
    name: "__new__",
    arity: [1, -1],
    kind: "static",
    kw: ["object"],
    impl: (a) => {
      if (a.length > 2) raiseTypeError(`memoryview() takes at most 1 argument (${a.length - 1} given)`);
      if (a[1] === undefined) raiseTypeError("memoryview() missing required argument 'object' (pos 1)");
      return memoryviewOf(a[1]);
    },
  },
  {
    name: "_from_flags",
    arity: [2, 2],
    kind: "class",
    kw: ["object", "flags"],
    impl: (a) => {
      const v = indexOf(a[2]);
      if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
        throw errorWithMessage("OverflowError", "Python int too large to convert to C int");
      }
      return memoryviewOf(a[1], v);
    },
  },
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => classGetItem(a[0], a[1]) },
  { name: "__len__", arity: [0, 0], impl: (a) => mv(a[0]).length },
  { name: "__getitem__", arity: [1, 1], impl: (a) => getItem(mv(a[0]), a[1]) },
  {
    name: "__setitem__",
    arity: [2, 2],
    impl: (a) => {
      setItem(mv(a[0]), a[1], a[2]);
      return None;
    },
  },
  {
    name: "__delitem__",
    arity: [1, 1],
    impl: (a) => {
      setItem(mv(a[0]), a[1], undefined);
      return None;
    },
  },
  {
    name: "tobytes",
    arity: [0, 1],
    kw: ["order"],
    impl: (a) => {
      const m = live(a[0]);
      let order: "C" | "F" | "A" = "C";
      const o = a[1];
      if (o !== undefined && o !== None) {
        if (!(o instanceof PyStr)) {
          raiseTypeError(`tobytes() argument 'order' must be str or None, not ${typeOf(o).name}`);
        }
        if (o.value === "F" || o.value === "A") order = o.value;
        else if (o.value !== "C") raiseValueError("order must be 'C', 'F' or 'A'");
      }
      return newBytes(toContiguous(m, order));
    },
  },
  {
    name: "tolist",
    arity: [0, 0],
    impl: (a) => {
      const m = live(a[0]);
      checkFormat(m);
      const b = sourceBytes(m.src);
      if (m.ndim === 0) return unpackAt(m, b, m.start);
      return toList(m, b, m.start, 0);
    },
  },
  {
    name: "hex",
    arity: [0, 2],
    kw: ["sep", "bytes_per_sep"],
    impl: (a) => newStr(viewHex(live(a[0]), a[1], a[2])),
  },
  {
    name: "count",
    arity: [1, 1],
    impl: (a) => {
      const m = iterable(a[0]);
      let n = 0;
      for (let i = 0; i < m.shape[0]; i++) {
        if (m.released) raiseReleased();
        if (eq(m.item(i), a[1])) n++;
      }
      return n;
    },
  },
  {
    name: "index",
    arity: [1, 3],
    impl: (a) => {
      const m = live(a[0]);
      if (m.ndim === 0) raiseTypeError("invalid lookup on 0-dim memory");
      if (m.ndim !== 1) {
        throw errorWithMessage("NotImplementedError", "multi-dimensional lookup is not implemented");
      }
      const n = m.shape[0];
      let start = a[2] === undefined ? 0 : sliceIndex(a[2]);
      let stop = a[3] === undefined ? n : sliceIndex(a[3]);
      if (start < 0) start = Math.max(start + n, 0);
      if (stop < 0) stop = Math.max(stop + n, 0);
      stop = Math.min(stop, n);
      for (let i = start; i < stop; i++) {
        if (m.released) raiseReleased();
        checkFormat(m);
        if (eq(m.item(i), a[1])) return i;
      }
      raiseValueError("memoryview.index(x): x not found");
    },
  },
  {
    name: "release",
    arity: [0, 0],
    impl: (a) => {
      releaseView(mv(a[0]));
      return None;
    },
  },
  {
    name: "__enter__",
    arity: [0, 0],
    impl: (a) => {
      pin(live(a[0]));
      return a[0];
    },
  },
  {
    name: "__exit__",
    arity: [0, -1],
    impl: (a) => {
      releaseView(mv(a[0]));
      return None;
    },
  },
  { name: "cast", arity: [1, 2], kw: ["format", "shape"], impl: (a) => castView(mv(a[0]), a[1], a[2]) },
  {
    name: "toreadonly",
    arity: [0, 0],
    impl: (a) => {
      const m = live(a[0]);
      checkRestricted(m);
      const r = derive(m);
      r.readonly = true;
      return r;
    },
  },
  { name: "__buffer__", arity: [1, 1], impl: (a) => nativeBufferMethod(mv(a[0]), a[1]) },
  {
    name: "__release_buffer__",
    arity: [1, 1],
    impl: (a) => {
      // memory_releasebuf: the view a __buffer__ call made of this memoryview
      const view = a[1];
      if (!(view instanceof PyMemoryView)) raiseTypeError("expected a memoryview object");
      if (view.obj === a[0] && !view.released) releaseView(view);
      return None;
    },
  },
  {
    name: "__eq__",
    arity: [1, 1],
    impl: (a) => {
      const r = viewsEqual(mv(a[0]), a[1]);
      return r === undefined ? NotImplemented : newBool(r);
    },
  },
  {
    name: "__ne__",
    arity: [1, 1],
    impl: (a) => {
      const r = viewsEqual(mv(a[0]), a[1]);
      return r === undefined ? NotImplemented : newBool(!r);
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const m = mv(a[0]);
      return newStr(`<${m.released ? "released " : ""}memory at 0x${objectId(m).toString(16)}>`);
    },
  },
  { name: "__iter__", arity: [0, 0], impl: (a) => new PyMemoryIterator(iterable(a[0])) },
  { name: "__hash__", arity: [0, 0], impl: (a) => viewHash(mv(a[0])) },
  {
    name: "__reduce_ex__",
    arity: [1, 1],
    impl: () => raiseTypeError("cannot pickle 'memoryview' object"),
  },
]);

/** memory_iter's checks: a 1-D view of a supported format. */
function iterable(w: W): PyMemoryView {
  const m = live(w);
  if (m.ndim === 0) raiseTypeError("invalid indexing of 0-dim memory");
  if (m.ndim !== 1) {
    throw errorWithMessage("NotImplementedError", "multi-dimensional sub-views are not implemented");
  }
  checkFormat(m);
  return m;
}
/** _PyEval_SliceIndexNotNone. */
function sliceIndex(w: W): number {
  if (!isIndexKey(w)) raiseTypeError("slice indices must be integers or have an __index__ method");
  const v = indexOf(w);
  if (typeof v === "number") return v;
  return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

function tupleOf(xs: number[]): W {
  return newTuple(xs.slice());
}
defineGetSets(memoryviewType, [
  { name: "obj", get: (m) => live(m).obj },
  { name: "nbytes", get: (m) => live(m).nbytes },
  { name: "readonly", get: (m) => newBool(live(m).readonly) },
  { name: "itemsize", get: (m) => live(m).itemsize },
  { name: "format", get: (m) => newStr(live(m).format) },
  { name: "ndim", get: (m) => live(m).ndim },
  { name: "shape", get: (m) => tupleOf(live(m).shape) },
  { name: "strides", get: (m) => tupleOf(live(m).strides) },
  { name: "suboffsets", get: (m) => (live(m), newTuple([])) },
  { name: "c_contiguous", get: (m) => newBool((live(m).flags & C_CONTIG) !== 0) },
  { name: "f_contiguous", get: (m) => newBool((live(m).flags & F_CONTIG) !== 0) },
  { name: "contiguous", get: (m) => newBool(live(m).flags !== 0) },
]);
