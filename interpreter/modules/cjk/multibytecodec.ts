// _multibytecodec and the codec modules _codecs_cn, _codecs_tw, _codecs_hk, _codecs_jp, _codecs_kr and
// _codecs_iso2022, as CPython's Modules/cjkcodecs/multibytecodec.c: MultibyteCodec objects (what
// getcodec() returns; encodings/gbk.py & co. build their classes on them), the incremental encoder and
// decoder (pending input, 8 state bytes, getstate/setstate), the stream reader and writer, and the error
// handling ("illegal multibyte sequence", "incomplete multibyte sequence", handlers by name).
import {
  call,
  callMethod,
  defineGetSets,
  defineMethods,
  getAttr,
  type Kwargs,
  newBool,
  None,
  objectType,
  PyInstance,
  PyObject,
  PyType,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { errorWithMessage, raiseTypeError } from "../../vm/errors.ts";
import { newStr, PyStr } from "../../objects/str.ts";
import { bytesLike, newBytes, PyBytes } from "../../objects/bytes.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { getItem, isTrue, len, str } from "../../objects/operations.ts";
import { PyDict } from "../../objects/dict.ts";
import { asInt, intFromBytes } from "../../objects/int.ts";
import { type NativeModuleDef, nativeType } from "../define.ts";
import { parseArgs } from "../native_args.ts";
import {
  ByteBuf,
  codePointsOf,
  decodeError,
  decodeErrorFor,
  encodeError,
  encodeErrorFor,
  type EncodeFix,
  lookupError,
  unicodeError as unicodeErrorObject,
} from "../codecs_errors.ts";
import { utf8Decode } from "../codecs_impl.ts";
import {
  CharBuf,
  CODECS,
  type MbCodec,
  MBENC_FLUSH,
  MBENC_RESET,
  MBERR_INTERNAL,
  MBERR_TOOFEW,
  type Pos,
} from "./codecs.ts";

const MAXENCPENDING = 2;
const MAXDECPENDING = 8;

// ---------------------------------------------------------------- encoding and decoding with errors

function unicodeError(msg: string): never {
  throw errorWithMessage("UnicodeError", msg);
}

/** multibytecodec_encode: encode `text` from the start, handling errors with `errors`. */
function encodeText(
  codec: MbCodec,
  st: Uint8Array,
  text: string,
  errors: string,
  flags: number,
  inpos?: Pos,
): Uint8Array {
  const cps = codePointsOf(text);
  const out = new ByteBuf(cps.length * 2 + 16);
  const pos: Pos = { i: 0 };
  if (cps.length === 0 && !(flags & MBENC_RESET)) {
    if (inpos !== undefined) inpos.i = 0;
    return new Uint8Array(0);
  }
  while (pos.i < cps.length) {
    const r = codec.encode(st, cps, pos, out, flags);
    if (r === 0 || (r === MBERR_TOOFEW && !(flags & MBENC_FLUSH))) break;
    encodeFailure(codec, st, text, cps, pos, out, errors, r);
    if (r === MBERR_TOOFEW) break;
  }
  if (codec.encreset !== undefined && (flags & MBENC_RESET)) codec.encreset(st, out);
  if (inpos !== undefined) inpos.i = pos.i;
  return out.result();
}

/** multibytecodec_encerror. */
function encodeFailure(
  codec: MbCodec,
  st: Uint8Array,
  text: string,
  cps: Uint32Array,
  pos: Pos,
  out: ByteBuf,
  errors: string,
  e: number,
): void {
  let esize: number;
  const reason = e > 0 ? "illegal multibyte sequence" : "incomplete multibyte sequence";
  if (e > 0) esize = e;
  else if (e === MBERR_TOOFEW) esize = pos.i; // sic: CPython uses the input position as the size here
  else throw errorWithMessage("RuntimeError", "internal codec error");
  if (errors === "replace") {
    // '?' encoded by the codec itself (in its current state), or a plain '?' if it cannot
    const q = new Uint32Array([0x3f]);
    const before = out.n;
    if (codec.encode(st, q, { i: 0 }, out, 0) !== 0) {
      out.n = before;
      out.push(0x3f);
    }
  }
  if (errors === "ignore" || errors === "replace") {
    pos.i += esize;
    return;
  }
  const start = pos.i, end = start + esize;
  const fix = STANDARD_HANDLERS.has(errors)
    ? encodeError(errors, codec.encoding, text, cps, start, end, reason)
    : customEncodeError(errors, codec.encoding, text, cps.length, start, end, reason);
  const rep = typeof fix.rep === "string" ? encodeText(codec, st, fix.rep, "strict", MBENC_FLUSH) : fix.rep;
  out.pushAll(rep);
  pos.i = fix.pos;
}

const STANDARD_HANDLERS = new Set([
  "strict",
  "backslashreplace",
  "xmlcharrefreplace",
  "namereplace",
  "surrogateescape",
  "surrogatepass",
]);

/** A handler registered with codecs.register_error, called as multibytecodec_encerror does. */
function customEncodeError(
  errors: string,
  encoding: string,
  text: string,
  length: number,
  start: number,
  end: number,
  reason: string,
): EncodeFix {
  const exc = unicodeErrorObject("UnicodeEncodeError", encoding, newStr(text), start, end, reason);
  const res = call(lookupError(errors), [exc]);
  if (
    !(res instanceof PyTuple) || res.items.length !== 2 ||
    !(res.items[0] instanceof PyStr || res.items[0] instanceof PyBytes) || asInt(res.items[1]) === undefined
  ) {
    raiseTypeError("encoding error handler must return (str, int) tuple");
  }
  const rep = res.items[0] instanceof PyStr ? res.items[0].value : (res.items[0] as PyBytes).value;
  let newpos = Number(asInt(res.items[1]));
  if (newpos < 0) newpos += length;
  if (newpos < 0 || newpos > length) {
    throw errorWithMessage("IndexError", `position ${newpos} from error handler out of bounds`);
  }
  return { rep, pos: newpos };
}

/** multibytecodec_decerror. */
function decodeFailure(
  codec: MbCodec,
  b: Uint8Array,
  pos: Pos,
  end: number,
  out: CharBuf,
  errors: string,
  e: number,
): void {
  let esize: number;
  const reason = e > 0 ? "illegal multibyte sequence" : "incomplete multibyte sequence";
  if (e > 0) esize = e;
  else if (e === MBERR_TOOFEW) esize = end - pos.i;
  else throw errorWithMessage("RuntimeError", "internal codec error");
  if (errors === "replace") out.push(0xfffd);
  if (errors === "ignore" || errors === "replace") {
    pos.i += esize;
    return;
  }
  const start = pos.i;
  const fix = decodeError(errors, codec.encoding, b.subarray(0, end), start, start + esize, reason);
  out.pushStr(fix.rep);
  pos.i = fix.pos;
}

/** Run the decoder over b[pos.i:end]; stops at an incomplete tail when `keepTail` (decoder_feed_buffer). */
function feed(
  codec: MbCodec,
  st: Uint8Array,
  b: Uint8Array,
  pos: Pos,
  out: CharBuf,
  errors: string,
  keepTail: boolean,
) {
  while (pos.i < b.length) {
    const r = codec.decode(st, b, pos, b.length, out);
    if (r === 0 || (r === MBERR_TOOFEW && keepTail)) break;
    if (r === MBERR_INTERNAL) throw errorWithMessage("RuntimeError", "internal codec error");
    decodeFailure(codec, b, pos, b.length, out, errors, r);
  }
}

// ---------------------------------------------------------------- argument helpers

function errorsArg(w: W | undefined, fname = "encode"): string {
  if (w === undefined || w === None) return "strict";
  if (!(w instanceof PyStr)) {
    raiseTypeError(`${fname}() argument 'errors' must be str or None, not ${typeOf(w).name}`);
  }
  return w.value;
}
/** A Py_buffer argument. */
function bufferArg(w: W): Uint8Array {
  const b = bytesLike(w);
  if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(w).name}'`);
  return b;
}
/** The text to encode: a str, or str() of anything else (as CPython's encoders do). */
function textArg(w: W): string {
  return w instanceof PyStr ? w.value : str(w);
}

// ---------------------------------------------------------------- MultibyteCodec

class PyMultibyteCodec extends PyObject {
  declare codec: MbCodec;
  constructor(codec: MbCodec) {
    super();
    this.cls = multibyteCodecType;
    this.codec = codec;
  }
}
const multibyteCodecType: PyType = nativeType("_multibytecodec", "MultibyteCodec", objectType, { flags: 0 });

function asCodec(w: W): PyMultibyteCodec {
  if (!(w instanceof PyMultibyteCodec)) raiseTypeError("descriptor requires a 'MultibyteCodec' object");
  return w;
}

defineMethods(multibyteCodecType, [
  {
    name: "encode",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const self = asCodec(a[0]);
      const [input, errors] = parseArgs("encode", a, k, 1, { names: ["input", "errors"], required: 1 });
      const text = textArg(input);
      const errs = errorsArg(errors);
      const st = new Uint8Array(8);
      self.codec.encinit?.(st);
      const r = encodeText(self.codec, st, text, errs, MBENC_FLUSH | MBENC_RESET);
      return newTuple([newBytes(r), codePointsOf(text).length]);
    },
  },
  {
    name: "decode",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const self = asCodec(a[0]);
      const [input, errors] = parseArgs("decode", a, k, 1, { names: ["input", "errors"], required: 1 });
      const b = bufferArg(input);
      const errs = errorsArg(errors, "decode");
      if (b.length === 0) return newTuple([newStr(""), 0]);
      const st = new Uint8Array(8);
      self.codec.decinit?.(st);
      const out = new CharBuf();
      feed(self.codec, st, b, { i: 0 }, out, errs, false);
      return newTuple([newStr(out.toString()), b.length]);
    },
  },
]);

// ---------------------------------------------------------------- the stateful objects

class PyMbStateful extends PyInstance {
  declare codec: MbCodec;
  declare state: Uint8Array;
  declare errors: string;
  /** Encoders: unencoded text kept for the next call. */
  declare pendingText: string;
  /** Decoders: undecoded bytes kept for the next call. */
  declare pendingBytes: Uint8Array;
  declare stream: W;
  constructor(cls: PyType) {
    super(cls);
    this.state = new Uint8Array(8);
    this.errors = "strict";
    this.pendingText = "";
    this.pendingBytes = new Uint8Array(0);
    this.stream = None;
  }
}

function statefulType(name: string): PyType {
  return nativeType("_multibytecodec", name, objectType, { factory: (cls) => new PyMbStateful(cls) });
}
const incEncoderType = statefulType("MultibyteIncrementalEncoder");
const incDecoderType = statefulType("MultibyteIncrementalDecoder");
const streamReaderType = statefulType("MultibyteStreamReader");
const streamWriterType = statefulType("MultibyteStreamWriter");

function self_(w: W, t: PyType): PyMbStateful {
  if (!(w instanceof PyMbStateful) || !typeOf(w).isSubtypeOf(t)) {
    raiseTypeError(`descriptor requires a '_multibytecodec.${t.name}' object`);
  }
  return w;
}

/** tp_new of the four types: the codec is the class attribute `codec` (set by encodings/<name>.py). */
function makeNew(t: PyType, withStream: boolean, ctorName: string) {
  return (a: W[], k: Kwargs | null): W => {
    const cls = a[0] as PyType;
    const names = withStream ? ["stream", "errors"] : ["errors"];
    const args = parseArgs(ctorName, a, k, 1, { names, required: withStream ? 1 : 0 });
    const errorsW = withStream ? args[1] : args[0];
    let errors = "strict";
    if (errorsW !== undefined) {
      if (!(errorsW instanceof PyStr)) {
        raiseTypeError(
          `${ctorName}() argument ${withStream ? 2 : 1} must be str, not ${
            errorsW === None ? "None" : typeOf(errorsW).name
          }`,
        );
      }
      errors = errorsW.value;
    }
    const self = cls.factory(cls);
    if (!(self instanceof PyMbStateful)) raiseTypeError(`${t.name}.__new__: bad subtype`);
    const codec = getAttr(cls, "codec");
    if (!(codec instanceof PyMultibyteCodec)) raiseTypeError("codec is unexpected type");
    self.codec = codec.codec;
    self.errors = errors;
    if (withStream) self.stream = args[0];
    if (t === incEncoderType || t === streamWriterType) self.codec.encinit?.(self.state);
    else self.codec.decinit?.(self.state);
    return self;
  };
}

const errorsGetSet = {
  name: "errors",
  doc: "how to treat errors",
  get: (w: W) => newStr((w as PyMbStateful).errors),
  set: (w: W, v: W) => {
    if (!(v instanceof PyStr)) raiseTypeError("errors must be a string");
    (w as PyMbStateful).errors = v.value;
  },
  delete: () => {
    throw errorWithMessage("AttributeError", "cannot delete attribute");
  },
};

function commonMethods(t: PyType, withStream: boolean, ctorName: string): void {
  defineMethods(t, [
    { name: "__new__", arity: [0, -1], kw: ["**"], kind: "static", impl: makeNew(t, withStream, ctorName) },
    { name: "__init__", arity: [0, -1], kw: ["**"], impl: () => None },
  ]);
  const getsets = [errorsGetSet];
  if (withStream) {
    getsets.push(
      {
        name: "stream",
        doc: "",
        get: (w: W) => (w as PyMbStateful).stream,
        set: () => raiseAttributeReadonly(),
        delete: () => raiseAttributeReadonly(),
      } as unknown as typeof errorsGetSet,
    );
  }
  defineGetSets(t, getsets);
}
function raiseAttributeReadonly(): never {
  throw errorWithMessage("AttributeError", "readonly attribute");
}

/** encoder_encode_stateful. */
function encodeStateful(self: PyMbStateful, input: W, final: boolean): Uint8Array {
  const text = textArg(input);
  const origPending = self.pendingText;
  const inbuf = origPending + text;
  self.pendingText = "";
  const inpos: Pos = { i: 0 };
  let r: Uint8Array;
  try {
    r = encodeText(self.codec, self.state, inbuf, self.errors, final ? MBENC_FLUSH | MBENC_RESET : 0, inpos);
  } catch (e) {
    self.pendingText = origPending;
    throw e;
  }
  const cps = codePointsOf(inbuf);
  if (inpos.i < cps.length) {
    if (cps.length - inpos.i > MAXENCPENDING) {
      throw encodeErrorFor(self.codec.encoding, inbuf, inpos.i, cps.length, "pending buffer overflow");
    }
    self.pendingText = String.fromCodePoint(...cps.subarray(inpos.i));
  }
  return r;
}

/** The incremental decoder's decode(): pending bytes + input, the tail kept when incomplete. */
function decodeStateful(self: PyMbStateful, data: Uint8Array, final: boolean): string {
  const origPending = self.pendingBytes;
  let wdata = data;
  if (origPending.length > 0) {
    wdata = new Uint8Array(origPending.length + data.length);
    wdata.set(origPending);
    wdata.set(data, origPending.length);
    self.pendingBytes = new Uint8Array(0);
  }
  const out = new CharBuf();
  const pos: Pos = { i: 0 };
  feed(self.codec, self.state, wdata, pos, out, self.errors, true);
  if (final && pos.i < wdata.length) {
    try {
      decodeFailure(self.codec, wdata, pos, wdata.length, out, self.errors, MBERR_TOOFEW);
    } catch (e) {
      self.pendingBytes = origPending;
      throw e;
    }
  }
  if (pos.i < wdata.length) appendPending(self, wdata, pos.i);
  return out.toString();
}
/** decoder_append_pending: keep data[from:] for the next call (at most 8 bytes). */
function appendPending(self: PyMbStateful, data: Uint8Array, from: number): void {
  const rest = data.subarray(from);
  if (rest.length + self.pendingBytes.length > MAXDECPENDING) {
    throw decodeErrorFor(self.codec.encoding, data, 0, data.length, "pending buffer overflow");
  }
  const p = new Uint8Array(self.pendingBytes.length + rest.length);
  p.set(self.pendingBytes);
  p.set(rest, self.pendingBytes.length);
  self.pendingBytes = p;
}

/** _PyLong_AsByteArray(v, n bytes, little-endian, unsigned). */
function intToBytes(w: W, n: number): Uint8Array {
  const v = asInt(w);
  if (v === undefined) raiseTypeError(`an integer is required`);
  let big = BigInt(v);
  if (big < 0n) throw errorWithMessage("OverflowError", "can't convert negative int to unsigned");
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = Number(big & 0xffn);
    big >>= 8n;
  }
  if (big !== 0n) throw errorWithMessage("OverflowError", "int too big to convert");
  return out;
}

/** `final`: any object, by its truth value. */
function finalArg(w: W | undefined): boolean {
  return w !== undefined && isTrue(w);
}

commonMethods(incEncoderType, false, "IncrementalEncoder");
defineMethods(incEncoderType, [
  {
    name: "encode",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const self = self_(a[0], incEncoderType);
      const [input, final] = parseArgs("encode", a, k, 1, { names: ["input", "final"], required: 1 });
      return newBytes(encodeStateful(self, input, finalArg(final)));
    },
  },
  {
    name: "getstate",
    arity: [0, 0],
    impl: (a) => {
      const self = self_(a[0], incEncoderType);
      const pending = new TextEncoder().encode(self.pendingText);
      if (pending.length > MAXENCPENDING * 4) unicodeError("pending buffer too large");
      const bytes = new Uint8Array(1 + pending.length + 8);
      bytes[0] = pending.length;
      bytes.set(pending, 1);
      bytes.set(self.state, 1 + pending.length);
      return intFromBytes(bytes, true, false);
    },
  },
  {
    name: "setstate",
    arity: [1, 1],
    impl: (a) => {
      const self = self_(a[0], incEncoderType);
      if (asInt(a[1]) === undefined) {
        raiseTypeError(`setstate() argument must be int, not ${typeOf(a[1]).name}`);
      }
      const bytes = intToBytes(a[1], 1 + MAXENCPENDING * 4 + 8);
      if (bytes[0] > MAXENCPENDING * 4) unicodeError("pending buffer too large");
      self.pendingText = utf8Decode(bytes.slice(1, 1 + bytes[0]), "strict", true).s;
      self.state.set(bytes.subarray(1 + bytes[0], 1 + bytes[0] + 8));
      return None;
    },
  },
  {
    name: "reset",
    arity: [0, 0],
    impl: (a) => {
      const self = self_(a[0], incEncoderType);
      // the reset sequence is computed and dropped, as CPython does (its output buffer is local)
      if (self.codec.encreset !== undefined) self.codec.encreset(self.state, new ByteBuf(8));
      self.pendingText = "";
      return None;
    },
  },
]);

commonMethods(incDecoderType, false, "IncrementalDecoder");
defineMethods(incDecoderType, [
  {
    name: "decode",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const self = self_(a[0], incDecoderType);
      const [input, final] = parseArgs("decode", a, k, 1, { names: ["input", "final"], required: 1 });
      return newStr(decodeStateful(self, bufferArg(input), finalArg(final)));
    },
  },
  {
    name: "getstate",
    arity: [0, 0],
    impl: (a) => {
      const self = self_(a[0], incDecoderType);
      return newTuple([newBytes(self.pendingBytes.slice()), intFromBytes(self.state, true, false)]);
    },
  },
  {
    name: "setstate",
    arity: [1, 1],
    impl: (a) => {
      const self = self_(a[0], incDecoderType);
      const state = a[1];
      if (!(state instanceof PyTuple)) {
        raiseTypeError(`setstate() argument must be tuple, not ${typeOf(state).name}`);
      }
      const [buf, statelong] = state.items;
      if (state.items.length !== 2 || !(buf instanceof PyBytes) || asInt(statelong) === undefined) {
        raiseTypeError("setstate(): illegal state argument");
      }
      const bytes = intToBytes(statelong, 8);
      if (buf.value.length > MAXDECPENDING) {
        throw decodeErrorFor(self.codec.encoding, buf.value, 0, buf.value.length, "pending buffer too large");
      }
      self.pendingBytes = buf.value.slice();
      self.state.set(bytes);
      return None;
    },
  },
  {
    name: "reset",
    arity: [0, 0],
    impl: (a) => {
      const self = self_(a[0], incDecoderType);
      self.codec.decreset?.(self.state);
      self.pendingBytes = new Uint8Array(0);
      return None;
    },
  },
]);

/** mbstreamreader_iread. */
function streamRead(self: PyMbStateful, method: string, sizehint: number): string {
  if (sizehint === 0) return "";
  const out = new CharBuf();
  for (;;) {
    const cres = sizehint < 0
      ? callMethod(self.stream, method, [])
      : callMethod(self.stream, method, [sizehint]);
    if (!(cres instanceof PyBytes)) {
      raiseTypeError(`stream function returned a non-bytes object (${typeOf(cres).name})`);
    }
    const endoffile = cres.value.length === 0;
    let data = cres.value;
    if (self.pendingBytes.length > 0) {
      data = new Uint8Array(self.pendingBytes.length + cres.value.length);
      data.set(self.pendingBytes);
      data.set(cres.value, self.pendingBytes.length);
      self.pendingBytes = new Uint8Array(0);
    }
    const pos: Pos = { i: 0 };
    if (data.length > 0) feed(self.codec, self.state, data, pos, out, self.errors, true);
    if ((endoffile || sizehint < 0) && pos.i < data.length) {
      decodeFailure(self.codec, data, pos, data.length, out, self.errors, MBERR_TOOFEW);
    }
    if (pos.i < data.length) appendPending(self, data, pos.i);
    if (sizehint < 0 || !out.empty || data.length === 0) break;
    sizehint = 1; // read 1 more byte and retry
  }
  return out.toString();
}
function sizeArg(w: W | undefined): number {
  if (w === undefined || w === None) return -1;
  const v = asInt(w);
  if (v === undefined) raiseTypeError("arg 1 must be an integer");
  return Number(v);
}

commonMethods(streamReaderType, true, "StreamReader");
defineMethods(streamReaderType, [
  {
    name: "read",
    arity: [0, 1],
    impl: (a) => newStr(streamRead(self_(a[0], streamReaderType), "read", sizeArg(a[1]))),
  },
  {
    name: "readline",
    arity: [0, 1],
    impl: (a) => newStr(streamRead(self_(a[0], streamReaderType), "readline", sizeArg(a[1]))),
  },
  {
    name: "readlines",
    arity: [0, 1],
    impl: (a) => {
      const s = streamRead(self_(a[0], streamReaderType), "read", sizeArg(a[1]));
      return callMethod(newStr(s), "splitlines", [newBool(true)]);
    },
  },
  {
    name: "reset",
    arity: [0, 0],
    impl: (a) => {
      const self = self_(a[0], streamReaderType);
      self.codec.decreset?.(self.state);
      self.pendingBytes = new Uint8Array(0);
      return None;
    },
  },
]);

function streamWrite(self: PyMbStateful, s: W): void {
  const r = encodeStateful(self, s, false);
  callMethod(self.stream, "write", [newBytes(r)]);
}
commonMethods(streamWriterType, true, "StreamWriter");
defineMethods(streamWriterType, [
  {
    name: "write",
    arity: [1, 1],
    impl: (a) => {
      streamWrite(self_(a[0], streamWriterType), a[1]);
      return None;
    },
  },
  {
    name: "writelines",
    arity: [1, 1],
    impl: (a) => {
      const self = self_(a[0], streamWriterType);
      const lines = a[1];
      if (typeOf(lines).lookup("__getitem__") === undefined || lines instanceof PyDict) {
        raiseTypeError("arg must be a sequence object");
      }
      // the length is read again on each round: writing may change the sequence
      for (let i = 0; i < len(lines); i++) streamWrite(self, getItem(lines, i));
      return None;
    },
  },
  {
    name: "reset",
    arity: [0, 0],
    impl: (a) => {
      const self = self_(a[0], streamWriterType);
      // with nothing pending CPython returns at once: no reset sequence is written (the state stays)
      if (self.pendingText === "") return None;
      const pending = self.pendingText;
      self.pendingText = "";
      const r = encodeText(self.codec, self.state, pending, self.errors, MBENC_FLUSH | MBENC_RESET);
      if (r.length > 0) callMethod(self.stream, "write", [newBytes(r)]);
      return None;
    },
  },
]);

// ---------------------------------------------------------------- the modules

export const multibytecodecModule: NativeModuleDef = {
  name: "_multibytecodec",
  // MultibyteCodec itself is not a module attribute (only getcodec() makes them)
  types: [incEncoderType, incDecoderType, streamReaderType, streamWriterType],
  functions: [{
    name: "__create_codec",
    arity: [1, 1],
    // CPython's getcodec() passes a capsule of its C codec here; pypyts's getcodec makes the codec objects
    // itself, so nothing a program can pass is a valid argument
    impl: () => {
      throw errorWithMessage("ValueError", "argument type invalid");
    },
  }],
};

const instances = new Map<string, MbCodec>();

function codecModule(lang: string): NativeModuleDef {
  return {
    name: `_codecs_${lang}`,
    functions: [{
      name: "getcodec",
      arity: [1, 1],
      impl: (a) => {
        if (!(a[0] instanceof PyStr)) raiseTypeError("encoding name must be a string.");
        const name = a[0].value;
        const make = CODECS[lang][name];
        if (make === undefined) {
          throw errorWithMessage("LookupError", "no such codec is supported.");
        }
        let codec = instances.get(name);
        if (codec === undefined) instances.set(name, codec = make());
        return new PyMultibyteCodec(codec);
      },
    }],
  };
}

export const codecsCnModule = codecModule("cn");
export const codecsTwModule = codecModule("tw");
export const codecsHkModule = codecModule("hk");
export const codecsJpModule = codecModule("jp");
export const codecsKrModule = codecModule("kr");
export const codecsIso2022Module = codecModule("iso2022");
