// _io.TextIOWrapper: text over a binary buffer (CPython's Modules/_io/textio.c): encoding and decoding,
// universal newlines, line buffering, write_through, reconfigure, tell/seek.
//
// Codecs: utf-8, utf-8-sig, latin-1 and ascii are decoded and encoded here in TS (incrementally: an
// incomplete UTF-8 sequence at the end of a chunk waits for the next one); every other encoding goes
// through Python's codecs.getincrementaldecoder/getincrementalencoder.
//
// tell() cookies are plain byte offsets of the next character (CPython packs decoder state into them,
// so the numbers differ from CPython's only where its decoder had pending state). For the TS codecs the
// offset is exact: tell() walks the bytes of the current chunk up to the character being read, newline
// translation included. For Python codecs the consumed characters are mapped back onto the untranslated
// text and re-encoded (plus the BOM at the stream start) to count their bytes; seek() restores the
// decoder flags seen at that cookie (utf-16/32 byte order), or primes them from the stream's first bytes.
// Exact for stateless codecs and for utf-16/32; codecs with shift states (iso-2022, utf-7) may be off.
import {
  call,
  defineGetSets,
  defineMethods,
  Ellipsis,
  False,
  getAttr,
  getAttrOrUndefined,
  None,
  PyBool,
  type PyType,
  stopIterationHook,
  True,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { nativeType } from "../define.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { floatOf } from "../../objects/float.ts";
import { bytesLike, decodeBytes, newBytes, PyBytes } from "../../objects/bytes.ts";
import { encodeString, newStr, PyStr } from "../../objects/str.ts";
import { exceptionTypes } from "../../objects/exceptions.ts";
import { isTrue, lt, repr } from "../../objects/operations.ts";
import { newError, PyError, raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { importModule } from "../../importing/importer.ts";
import { bindArgs, intArg, pendingWriters, sizeArg, ssizeArg, unsupported } from "./common.ts";
import { callMethodOf, concatBytes, PyIOBase, readlinesVia, textIOBaseType } from "./iobase.ts";
import { newList } from "../../objects/list.ts";
import { bufferedRandomType, bufferedReaderType, bufferedWriterType, PyBuffered } from "./bufferedio.ts";
import { NewlineDecoderState } from "./newline_decoder.ts";
import { utf8Encode } from "../codecs_impl.ts";

type NativeCodec = "utf-8" | "utf-8-sig" | "latin-1" | "ascii";

const HAS_SURROGATE = /[\uD800-\uDFFF]/;
const utf8Fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

const TS_ERROR_HANDLERS = new Set([
  "strict",
  "ignore",
  "replace",
  "surrogateescape",
  "surrogatepass",
  "backslashreplace",
  "xmlcharrefreplace",
]);

/** The TS codec for an encoding name, or null when Python's codecs must do it. */
export function nativeCodec(name: string): NativeCodec | null {
  const n = name.toLowerCase().replace(/[-_ ]/g, "");
  if (n === "utf8" || n === "u8" || n === "utf" || n === "cp65001") return "utf-8";
  if (n === "utf8sig") return "utf-8-sig";
  if (n === "latin1" || n === "iso88591" || n === "l1" || n === "8859" || n === "cp819" || n === "latin") {
    return "latin-1";
  }
  if (n === "ascii" || n === "usascii" || n === "646") return "ascii";
  return null;
}

/** How many bytes at the end of `b` start a UTF-8 sequence that is not complete yet. */
export function incompleteTail(b: Uint8Array): number {
  const n = b.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const c = b[n - k];
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    if (c < 0xc2 || c > 0xf4) return 0; // ASCII or a byte no sequence starts with: the decoder's business
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
    return need > k ? k : 0;
  }
  return 0;
}

const utf16Decoder = new TextDecoder("utf-16le");
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * latin-1/ascii decoding at native speed: widen the bytes to UTF-16 code units and let TextDecoder do
 * the rest (latin-1 bytes are their code points); ascii text with a byte >= 0x80 goes the slow way for
 * its error handling. (TextDecoder's own "latin1" label is windows-1252, so it cannot be used.)
 */
function decodeSingleByte(b: Uint8Array, codec: "latin-1" | "ascii", errors: string): string {
  if (b.length === 0) return "";
  const text = utf16Decoder.decode(new Uint16Array(b));
  if (codec === "ascii" && NON_ASCII.test(text)) return decodeBytes(b, codec, errors);
  return text;
}

/** latin-1/ascii encoding of text that fits: one pass over the code units; anything else via encodeString. */
function encodeSingleByte(s: string, codec: "latin-1" | "ascii", errors: string): Uint8Array | undefined {
  const limit = codec === "ascii" ? 0x80 : 0x100;
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= limit) return encodeString(s, codec, errors);
    out[i] = c;
  }
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function readReturnedNone(): PyError {
  return newError(exceptionTypes.BlockingIOError, [newStr("Read returned None.")]);
}

export class PyTextIO extends PyIOBase {
  declare buffer: W | null;
  /** The buffer when it is one of our exact Buffered* objects (direct calls). */
  declare fast: PyBuffered | null;
  declare ok: boolean;
  declare detached: boolean;
  declare encoding: string;
  declare errors: string;
  declare codec: NativeCodec | null;
  declare pyDecoder: W | null;
  declare pyEncoder: W | null;
  declare hasDecoder: boolean;
  declare hasEncoder: boolean;
  declare pendingBytes: Uint8Array;
  /** utf-8-sig: the BOM question is settled for reading / writing. */
  declare bomRead: boolean;
  declare bomWritten: boolean;
  declare newline: string | null;
  declare readuniversal: boolean;
  declare readtranslate: boolean;
  declare writetranslate: boolean;
  declare writenl: string | null;
  declare nl: NewlineDecoderState | null;
  declare lineBuffering: boolean;
  declare writeThrough: boolean;
  declare seekable: boolean;
  declare telling: boolean;
  declare chunkSize: number;
  declare decoded: string;
  declare decodedPos: number;
  declare decodedBmp: boolean;
  /** Byte offset where the current chunk's decoding started, and the bytes decoded from there. */
  declare snapshotStart: number;
  declare snapshotBytes: Uint8Array | null;
  declare snapshotSkip: number;
  /**
   * Output not yet given to the buffer: UTF-8 text that cannot fail to encode stays text until the flush
   * (print's hot path); anything else is encoded at write() time, so errors surface there as in CPython.
   */
  declare pendingText: (string | Uint8Array)[];
  declare pendingHasBytes: boolean;
  declare pendingLen: number;
  declare eof: boolean;
  /** Python codecs: the decoded text of the current chunk before newline translation, the decoder's
   *  flags at the chunk start, and the flags seen at cookies handed out by tell() (for seek). */
  declare rawText: string;
  declare snapshotFlags: W | null;
  declare cookieFlags: Map<number, W> | null;
  constructor(cls: PyType) {
    super(cls);
    this.buffer = null;
    this.fast = null;
    this.ok = false;
    this.detached = false;
    this.encoding = ""; // None until __init__ sets one
    this.errors = "strict";
    this.codec = "utf-8";
    this.pyDecoder = null;
    this.pyEncoder = null;
    this.hasDecoder = false;
    this.hasEncoder = false;
    this.pendingBytes = new Uint8Array(0);
    this.bomRead = false;
    this.bomWritten = false;
    this.newline = null;
    this.readuniversal = true;
    this.readtranslate = true;
    this.writetranslate = true;
    this.writenl = null;
    this.nl = null;
    this.lineBuffering = false;
    this.writeThrough = false;
    this.seekable = false;
    this.telling = false;
    this.chunkSize = 8192;
    this.decoded = "";
    this.decodedPos = 0;
    this.decodedBmp = true;
    this.snapshotStart = 0;
    this.snapshotBytes = null;
    this.snapshotSkip = 0;
    this.pendingText = [];
    this.pendingHasBytes = false;
    this.pendingLen = 0;
    this.eof = false;
    this.rawText = "";
    this.snapshotFlags = null;
    this.cookieFlags = null;
  }

  attached(): W {
    if (this.buffer === null) {
      if (this.detached) raiseValueError("underlying buffer has been detached");
      raiseValueError("I/O operation on uninitialized object");
    }
    return this.buffer;
  }

  isClosed(): boolean {
    const f = this.fast;
    if (f !== null && f.rawFile !== null) return f.rawFile.fd < 0;
    return isTrue(getAttr(this.attached(), "closed"));
  }
  checkClosed(): void {
    if (this.buffer === null) this.attached();
    if (this.isClosed()) raiseValueError("I/O operation on closed file.");
  }

  // ---- codecs

  decode(input: Uint8Array, final: boolean): string {
    let text: string;
    const codec = this.codec;
    if (codec === "utf-8" || codec === "utf-8-sig") {
      let b = concat(this.pendingBytes, input);
      if (codec === "utf-8-sig" && !this.bomRead) {
        if (
          b.length < 3 && !final && (b.length === 0 || (b[0] === 0xef && (b.length < 2 || b[1] === 0xbb)))
        ) {
          this.pendingBytes = b;
          return "";
        }
        this.bomRead = true;
        if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
          b = b.subarray(3);
          this.snapshotSkip += 3;
        }
      }
      const cut = final ? b.length : b.length - incompleteTail(b);
      this.pendingBytes = cut === b.length ? new Uint8Array(0) : b.slice(cut);
      const body = cut === b.length ? b : b.subarray(0, cut);
      try {
        text = utf8Fatal.decode(body);
      } catch {
        text = decodeBytes(body, "utf-8", this.errors);
      }
    } else if (codec === "latin-1" || codec === "ascii") {
      text = decodeSingleByte(input, codec, this.errors);
    } else {
      const r = call(getAttr(this.pyDecoder!, "decode"), [newBytes(input)], {
        names: ["final"],
        values: [final ? True : False],
      });
      if (!(r instanceof PyStr)) {
        raiseTypeError(`decoder should return a string result, not '${typeOf(r).name}'`);
      }
      text = r.value;
    }
    if (this.codec === null) this.rawText = text;
    if (this.nl !== null) text = this.nl.process(text, final);
    return text;
  }

  encode(s: string): Uint8Array {
    const codec = this.codec;
    if (codec !== null) {
      let b = codec === "latin-1" || codec === "ascii"
        ? encodeSingleByte(s, codec, this.errors)
        : encodeString(s, codec === "utf-8-sig" ? "utf-8" : codec, this.errors);
      if (b === undefined) throw newError(exceptionTypes.LookupError, [newStr(`unknown encoding: ${codec}`)]);
      if (codec === "utf-8-sig" && !this.bomWritten && b.length > 0) {
        this.bomWritten = true;
        b = concat(new Uint8Array([0xef, 0xbb, 0xbf]), b);
      }
      return b;
    }
    const r = call(getAttr(this.pyEncoder!, "encode"), [newStr(s)]);
    const b = bytesLike(r);
    if (b === undefined || !(r instanceof PyBytes)) {
      raiseTypeError(`encoder should return a bytes object, not '${typeOf(r).name}'`);
    }
    return b;
  }

  resetDecoder(): void {
    this.pendingBytes = new Uint8Array(0);
    this.bomRead = false;
    if (this.nl !== null) {
      this.nl.pendingCR = false;
    }
    if (this.pyDecoder !== null) call(getAttr(this.pyDecoder, "reset"), []);
  }

  // ---- buffer calls

  bufRead1(n: number): Uint8Array {
    const f = this.fast;
    if (f !== null && f.canRead) {
      if (f.canWrite && f.wlen > 0) f.flushWrites();
      return f.read1(n);
    }
    const buffer = this.buffer!;
    const fn = getAttrOrUndefined(buffer, "read1") ?? getAttr(buffer, "read");
    const r = call(fn, [n]);
    if (r === None) return new Uint8Array(0);
    const b = bytesLike(r);
    if (b === undefined) {
      raiseTypeError(`underlying read1() should have returned a bytes-like object, not '${typeOf(r).name}'`);
    }
    return b;
  }
  /** buffer.read(); a non-blocking buffer with nothing to read (None) is BlockingIOError, as CPython. */
  bufReadAll(): Uint8Array {
    const f = this.fast;
    if (f !== null && f.canRead) {
      if (f.canWrite && f.wlen > 0) f.flushWrites();
      const all = f.readAll();
      if (all === null) throw readReturnedNone();
      return all;
    }
    const r = callMethodOf(this.buffer!, "read");
    if (r === None) throw readReturnedNone();
    const b = bytesLike(r);
    if (b === undefined) {
      raiseTypeError(`underlying read() should have returned a bytes object, not '${typeOf(r).name}'`);
    }
    return b;
  }
  bufTell(): number {
    const f = this.fast;
    if (f !== null) return f.tell();
    return intArg(callMethodOf(this.buffer!, "tell"));
  }
  bufFlush(): void {
    const f = this.fast;
    if (f !== null && f.cls !== bufferedReaderType) {
      if (f.isClosed()) raiseValueError("flush of closed file");
      f.flushWrites();
      return;
    }
    callMethodOf(this.buffer!, "flush");
  }

  // ---- writing

  /** Hand the pending text to the buffer as bytes. */
  writeFlush(): void {
    if (this.pendingLen === 0) return;
    const items = this.pendingText;
    const hasBytes = this.pendingHasBytes;
    this.pendingText = [];
    this.pendingHasBytes = false;
    this.pendingLen = 0;
    pendingWriters.delete(this);
    const bytes = hasBytes
      ? concatBytes(items as Uint8Array[], (items as Uint8Array[]).reduce((n, b) => n + b.length, 0))
      : this.encode(items.length === 1 ? items[0] as string : (items as string[]).join(""));
    const f = this.fast;
    if (f !== null && f.canWrite) {
      if (f.isClosed()) raiseValueError("write to closed file");
      f.write(bytes);
    } else callMethodOf(this.buffer!, "write", [newBytes(bytes)]);
  }

  write(s: PyStr): number {
    let text = s.value;
    let hasLF = false;
    if (this.writetranslate || this.lineBuffering) hasLF = text.indexOf("\n") >= 0;
    if (hasLF && this.writetranslate && this.writenl !== null && this.writenl !== "\n") {
      text = text.replaceAll("\n", this.writenl);
    }
    const needFlush = this.lineBuffering && (hasLF || text.indexOf("\r") >= 0);
    if (this.decoded.length > 0 || this.snapshotBytes !== null) {
      this.decoded = "";
      this.decodedPos = 0;
      this.snapshotBytes = null;
      if (this.hasDecoder) this.resetDecoder();
    }
    if (text.length === 0) {
      if (needFlush) this.bufFlush();
      return s.length;
    }
    if (this.pendingLen === 0) pendingWriters.add(this);
    if (
      this.pendingHasBytes || (this.codec !== "utf-8" && this.codec !== "utf-8-sig") ||
      HAS_SURROGATE.test(text)
    ) {
      // encode now (in order): earlier pending text first, then this write
      if (!this.pendingHasBytes && this.pendingText.length > 0) {
        this.pendingText = [this.encode((this.pendingText as string[]).join(""))];
      }
      this.pendingHasBytes = true;
      const bytes = this.encode(text);
      this.pendingText.push(bytes);
      this.pendingLen += bytes.length;
    } else {
      this.pendingText.push(text);
      this.pendingLen += text.length;
    }
    if (this.pendingLen > this.chunkSize || needFlush || this.writeThrough) this.writeFlush();
    if (needFlush) this.bufFlush();
    return s.length;
  }

  flushAtExit(): void {
    if (this.buffer !== null && !this.isClosed()) {
      this.writeFlush();
      this.bufFlush();
    }
  }

  // ---- reading

  /** Decode one more chunk into `decoded`; false at end of file. */
  readChunk(): boolean {
    if (this.eof) return false;
    const start = this.telling ? this.bufTell() : 0;
    const carriedCR = this.nl !== null && this.nl.pendingCR ? 1 : 0;
    let before = this.pendingBytes;
    let pyState: W | null = null;
    if (this.telling && this.pyDecoder !== null) {
      pyState = call(getAttr(this.pyDecoder, "getstate"), []);
      if (pyState instanceof PyTuple && pyState.items.length === 2) {
        before = bytesLike(pyState.items[0]) ?? before;
        this.snapshotFlags = pyState.items[1];
      }
    }
    const input = this.bufRead1(this.chunkSize);
    const final = input.length === 0;
    this.snapshotSkip = 0;
    const text = this.decode(input, final);
    if (this.telling) {
      const crBytes = carriedCR && this.codec === null ? this.encodedLength("\r") : carriedCR;
      if (this.codec === null) this.rawText = (carriedCR ? "\r" : "") + this.rawText;
      this.snapshotStart = start - before.length - crBytes;
      let snap = concat(before, input);
      if (carriedCR) snap = concat(new Uint8Array([13]), snap);
      this.snapshotBytes = snap;
    }
    this.decoded = text;
    this.decodedPos = 0;
    this.decodedBmp = !HAS_SURROGATE.test(text);
    if (final) this.eof = true;
    return !final || text.length > 0;
  }

  /** UTF-16 index after `n` code points of `s` from `from`. */
  static advance(s: string, from: number, n: number, bmp: boolean): number {
    if (bmp) return Math.min(s.length, from + n);
    let i = from;
    while (n > 0 && i < s.length) {
      const c = s.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00
        ? 2
        : 1;
      n--;
    }
    return i;
  }

  read(n: number): string {
    if (n < 0) {
      const rest = this.decoded.slice(this.decodedPos);
      const all = this.decode(this.bufReadAll(), true);
      this.decoded = "";
      this.decodedPos = 0;
      this.snapshotBytes = null;
      this.eof = false;
      return rest + all;
    }
    let out = "";
    let remaining = n;
    for (;;) {
      const s = this.decoded;
      const start = this.decodedPos;
      const end = PyTextIO.advance(s, start, remaining, this.decodedBmp);
      const piece = s.slice(start, end);
      this.decodedPos = end;
      out += piece;
      remaining -= this.decodedBmp ? piece.length : newStr(piece).length;
      if (remaining <= 0) break;
      if (!this.readChunk()) break;
    }
    if (this.eof && this.decodedPos >= this.decoded.length) this.eof = false;
    return out;
  }

  /** Where the line starting at `from` ends in `s` (exclusive), or -1; `s` may be a partial line. */
  findLineEnd(s: string, from: number): number {
    if (this.readtranslate) {
      const i = s.indexOf("\n", from);
      return i < 0 ? -1 : i + 1;
    }
    if (this.readuniversal) {
      for (let i = from; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 10) return i + 1;
        if (c === 13) {
          if (i + 1 < s.length) return s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
          // a final "\r": the newline decoder only lets it through at the end of the stream
          return i + 1;
        }
      }
      return -1;
    }
    const nl = this.newline!;
    const i = s.indexOf(nl, from);
    return i < 0 ? -1 : i + nl.length;
  }

  readline(limit: number): string {
    if (limit < 0) {
      // the common case: the line ends inside the decoded chunk
      const s = this.decoded, start = this.decodedPos;
      const end = start < s.length ? this.findLineEnd(s, start) : -1;
      if (end >= 0) {
        this.decodedPos = end;
        return s.slice(start, end);
      }
    }
    let acc = "";
    let accLen = 0; // code points in acc
    for (;;) {
      const s = this.decoded;
      const start = this.decodedPos;
      // search the joined text so a "\r\n" split across chunks is found
      const joined = acc.length === 0 ? s.slice(start) : acc + s.slice(start);
      const searchFrom = Math.max(0, acc.length - 1);
      let end = this.findLineEnd(joined, searchFrom);
      if (end >= 0 || this.eof) {
        if (end < 0) end = joined.length;
        let line = joined.slice(0, end);
        if (limit >= 0) {
          const cut = PyTextIO.advance(line, 0, limit, !HAS_SURROGATE.test(line));
          line = line.slice(0, cut);
        }
        this.decodedPos = start + (line.length - acc.length);
        if (this.eof && this.decodedPos >= this.decoded.length) this.eof = false;
        return line;
      }
      const restLen = s.length - start;
      const rest = joined.slice(acc.length);
      const restCp = this.decodedBmp ? restLen : newStr(rest).length;
      if (limit >= 0 && accLen + restCp >= limit) {
        const take = PyTextIO.advance(rest, 0, limit - accLen, this.decodedBmp);
        this.decodedPos = start + take;
        return acc + rest.slice(0, take);
      }
      acc = joined;
      accLen += restCp;
      this.decodedPos = s.length;
      if (!this.readChunk()) {
        this.eof = false;
        // end of file: whatever is left is the last line
        const tail = this.decoded.slice(this.decodedPos);
        this.decodedPos = this.decoded.length;
        return acc + tail;
      }
    }
  }

  // ---- positions

  /** Bytes of the current chunk that produced decoded[0:decodedPos] (TS codecs: exact walk). */
  consumedBytes(): number {
    const snap = this.snapshotBytes!;
    const used = this.decodedPos;
    const s = this.decoded;
    if (this.codec === null) {
      // Python codec: map the consumed (translated) text back onto the raw decoded text, re-encode that
      const raw = this.rawText;
      let j = 0;
      for (let k = 0; k < used && j < raw.length; k++) {
        if (this.readtranslate && s.charCodeAt(k) === 10 && raw.charCodeAt(j) === 13) {
          j += j + 1 < raw.length && raw.charCodeAt(j + 1) === 10 ? 2 : 1;
        } else j++;
      }
      let n = this.encodedLength(raw.slice(0, j));
      if (this.snapshotStart === 0 && j > 0) {
        // at the stream start the decoder also consumed a BOM (utf-16/32): len(enc("a")) - encodedLength("a")
        const codecs = importModule("codecs");
        const alone = call(getAttr(codecs, "encode"), [
          newStr("a"),
          newStr(this.encoding),
          newStr(this.errors),
        ]);
        n += (bytesLike(alone)?.length ?? 0) - this.encodedLength("a");
      }
      return n;
    }
    let bi = this.snapshotSkip;
    const utf8 = this.codec === "utf-8" || this.codec === "utf-8-sig";
    for (let k = 0; k < used && bi < snap.length; k++) {
      const c = s.charCodeAt(k);
      if (c === 10 && this.readtranslate && snap[bi] === 13) {
        bi += bi + 1 < snap.length && snap[bi + 1] === 10 ? 2 : 1;
        continue;
      }
      if (!utf8) {
        bi++;
        continue;
      }
      const lead = snap[bi];
      const len = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      if (len === 4) k++; // a surrogate pair in the decoded text
      bi += len;
    }
    return bi;
  }

  /**
   * Decoder flags for reading from the middle of the stream when no tell() cookie recorded them: feed
   * the stream's first bytes (a BOM) to the decoder and keep the state it reaches (utf-16/32 byte order).
   */
  primeDecoderFlags(cookie: number): W | null {
    const dec = this.pyDecoder!;
    callMethodOf(this.buffer!, "seek", [0]);
    const head = callMethodOf(this.buffer!, "read", [4]);
    call(getAttr(dec, "decode"), [head]);
    const st = call(getAttr(dec, "getstate"), []);
    call(getAttr(dec, "reset"), []);
    callMethodOf(this.buffer!, "seek", [cookie]);
    return st instanceof PyTuple && st.items.length === 2 ? st.items[1] : null;
  }

  /** Bytes `text` takes in the stream's (Python) encoding, without any BOM: len(enc("a" + t)) - len(enc("a")). */
  encodedLength(text: string): number {
    if (text.length === 0) return 0;
    const codecs = importModule("codecs");
    const enc = getAttr(codecs, "encode");
    const withText = call(enc, [newStr("a" + text), newStr(this.encoding), newStr(this.errors)]);
    const alone = call(enc, [newStr("a"), newStr(this.encoding), newStr(this.errors)]);
    return (bytesLike(withText)?.length ?? 0) - (bytesLike(alone)?.length ?? 0);
  }

  tell(): number {
    this.checkClosed();
    if (!this.seekable) unsupported("underlying stream is not seekable");
    if (!this.telling) {
      throw newError(exceptionTypes.OSError, [newStr("telling position disabled by next() call")]);
    }
    this.writeFlush();
    this.bufFlush();
    if (this.snapshotBytes === null || !this.hasDecoder) return this.bufTell();
    const cookie = this.snapshotStart + this.consumedBytes();
    if (this.pyDecoder !== null && this.snapshotFlags !== null) {
      // the cookie is a plain offset: remember the decoder flags to restore at seek(cookie)
      if (this.cookieFlags === null || this.cookieFlags.size > 4096) this.cookieFlags = new Map();
      this.cookieFlags.set(cookie, this.snapshotFlags);
    }
    return cookie;
  }

  seek(cookieW: W, whence: number): W {
    this.checkClosed();
    if (!this.seekable) unsupported("underlying stream is not seekable");
    let cookie: number;
    if (whence === 1) {
      if (intArg(cookieW) !== 0) unsupported("can't do nonzero cur-relative seeks");
      cookie = this.tell();
    } else if (whence === 2) {
      if (intArg(cookieW) !== 0) unsupported("can't do nonzero end-relative seeks");
      this.writeFlush();
      this.bufFlush();
      this.dropReadState();
      const r = callMethodOf(this.buffer!, "seek", [0, 2]);
      if (intArg(r) !== 0) this.bomWritten = true;
      return r;
    } else if (whence !== 0) {
      raiseValueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    } else {
      // the cookie is taken as int(cookie) (floats included), the given object is returned
      // CPython compares the cookie with 0 first (so None gives the comparison's TypeError)
      if (lt(cookieW, 0)) raiseValueError(`negative seek position ${repr(cookieW)}`);
      cookie = typeOf(cookieW).name === "float" ? Math.trunc(floatOf(cookieW)!) : intArg(cookieW);
    }
    this.writeFlush();
    this.bufFlush();
    callMethodOf(this.buffer!, "seek", [cookie]);
    this.dropReadState();
    if (this.pyDecoder !== null && cookie !== 0) {
      let flags = this.cookieFlags?.get(cookie) ?? this.snapshotFlags;
      if (flags === null || flags === undefined) flags = this.primeDecoderFlags(cookie);
      if (flags !== null && flags !== undefined) {
        call(getAttr(this.pyDecoder, "setstate"), [newTuple([newBytes(new Uint8Array(0)), flags])]);
      }
    }
    this.bomWritten = cookie !== 0;
    if (this.pyEncoder !== null) {
      if (cookie !== 0) call(getAttr(this.pyEncoder, "setstate"), [0]);
      else call(getAttr(this.pyEncoder, "reset"), []);
    }
    return whence === 1 ? cookie : cookieW;
  }

  dropReadState(): void {
    this.decoded = "";
    this.decodedPos = 0;
    this.snapshotBytes = null;
    this.eof = false;
    if (this.hasDecoder) this.resetDecoder();
  }
}

export const textIOWrapperType: PyType = nativeType("_io", "TextIOWrapper", textIOBaseType, {
  factory: (cls) => new PyTextIO(cls),
});

/** Initialised by __init__ (a detached wrapper still is): CPython's ok flag. */
function initialized(w: W): boolean {
  if (!(w instanceof PyTextIO)) raiseTypeError("descriptor requires a '_io.TextIOWrapper' object");
  return w.ok || w.detached;
}
function checkInitialized(w: W): PyTextIO {
  if (!initialized(w)) raiseValueError("I/O operation on uninitialized object");
  return w as PyTextIO;
}

function tio(w: W): PyTextIO {
  if (!(w instanceof PyTextIO)) raiseTypeError("descriptor requires a '_io.TextIOWrapper' object");
  if (!w.ok) w.attached();
  return w;
}

function optionalStr(w: W | undefined, what: string): string | null {
  if (w === undefined || w === None) return null;
  if (!(w instanceof PyStr)) {
    raiseTypeError(`TextIOWrapper() argument '${what}' must be str or None, not ${typeOf(w).name}`);
  }
  return w.value;
}

function validateNewline(newline: string | null): void {
  if (newline !== null && newline !== "" && newline !== "\n" && newline !== "\r" && newline !== "\r\n") {
    raiseValueError(`illegal newline value: ${newline}`);
  }
}

function setNewline(t: PyTextIO, newline: string | null): void {
  t.newline = newline;
  t.readuniversal = newline === null || newline === "";
  t.readtranslate = newline === null;
  t.writetranslate = newline !== "";
  t.writenl = newline === null ? null : newline === "" ? null : newline;
  t.nl = t.hasDecoder && t.readuniversal ? new NewlineDecoderState(t.readtranslate) : null;
}

function setCodec(t: PyTextIO, encoding: string, errors: string): void {
  t.encoding = encoding;
  t.errors = errors;
  // error handlers the TS codecs implement; any other (namereplace, ones registered with
  // codecs.register_error) goes through Python's codecs
  t.codec = TS_ERROR_HANDLERS.has(errors) ? nativeCodec(encoding) : null;
  t.pyDecoder = t.pyEncoder = null;
  if (t.codec === null) {
    const codecs = importModule("codecs");
    const info = call(getAttr(codecs, "lookup"), [newStr(encoding)]);
    const isText = getAttrOrUndefined(info, "_is_text_encoding");
    if (isText !== undefined && !isTrue(isText)) {
      throw newError(exceptionTypes.LookupError, [
        newStr(`'${encoding}' is not a text encoding`),
      ]);
    }
    if (t.hasDecoder) {
      t.pyDecoder = call(call(getAttr(codecs, "getincrementaldecoder"), [newStr(encoding)]), [
        newStr(errors),
      ]);
    }
    if (t.hasEncoder) {
      t.pyEncoder = call(call(getAttr(codecs, "getincrementalencoder"), [newStr(encoding)]), [
        newStr(errors),
      ]);
    }
  }
}

/** TextIOWrapper.__init__ (also open()'s text layer). */
export function textIOInit(
  t: PyTextIO,
  buffer: W,
  encodingW: W | undefined,
  errorsW: W | undefined,
  newlineW: W | undefined,
  lineBuffering: boolean,
  writeThrough: boolean,
): void {
  // a failed (re-)initialisation leaves the wrapper uninitialised, as CPython's __init__ does
  t.ok = false;
  t.detached = false;
  t.buffer = null;
  t.fast = null;
  let encoding = optionalStr(encodingW, "encoding");
  let errors = optionalStr(errorsW, "errors");
  const newline = optionalStr(newlineW, "newline");
  validateNewline(newline);
  if (encoding === null || encoding === "locale") encoding = "UTF-8";
  if (encoding.includes("\0")) raiseValueError("embedded null character");
  // the C wrapper takes both as UTF-8 C strings: a lone surrogate is a UnicodeEncodeError
  if (!encoding.isWellFormed()) utf8Encode(encoding, "strict");
  if (errors !== null && !errors.isWellFormed()) utf8Encode(errors, "strict");
  if (errors !== null && errors.includes("\0")) raiseValueError("embedded null character");
  if (errors === null) errors = "strict";
  t.buffer = buffer;
  t.fast = buffer instanceof PyBuffered &&
      (buffer.cls === bufferedReaderType || buffer.cls === bufferedWriterType ||
        buffer.cls === bufferedRandomType)
    ? buffer
    : null;
  // our own buffer over a FileIO answers readable/writable/seekable without Python-level calls
  const direct = t.fast !== null && t.fast.rawFile !== null && t.fast.rawFile.fd >= 0 ? t.fast.rawFile : null;
  t.hasDecoder = direct !== null ? direct.readable : isTrue(callMethodOf(buffer, "readable"));
  t.hasEncoder = direct !== null ? direct.writable : isTrue(callMethodOf(buffer, "writable"));
  setCodec(t, encoding, errors);
  setNewline(t, newline);
  t.lineBuffering = lineBuffering;
  t.writeThrough = writeThrough;
  t.chunkSize = 8192;
  t.decoded = "";
  t.decodedPos = 0;
  t.snapshotBytes = null;
  t.pendingText = [];
  t.pendingHasBytes = false;
  t.pendingLen = 0;
  t.pendingBytes = new Uint8Array(0);
  t.bomRead = false;
  t.bomWritten = false;
  t.eof = false;
  t.seekable = t.telling = direct !== null ? direct.isSeekable() : isTrue(callMethodOf(buffer, "seekable"));
  t.ok = true;
  if (t.seekable && t.hasEncoder) {
    const pos = t.bufTell();
    if (pos !== 0) {
      t.bomWritten = true;
      if (t.pyEncoder !== null) call(getAttr(t.pyEncoder, "setstate"), [0]);
    }
  }
}

function boolArg(w: W | undefined): boolean {
  return w !== undefined && w !== None && isTrue(w);
}

function readable(t: PyTextIO): PyTextIO {
  t.checkClosed();
  if (!t.hasDecoder) unsupported("not readable");
  t.writeFlush();
  return t;
}

defineMethods(textIOWrapperType, [
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const t = a[0];
      if (!(t instanceof PyTextIO)) raiseTypeError("descriptor requires a '_io.TextIOWrapper' object");
      const [buffer, encoding, errors, newline, lb, wt] = bindArgs(
        "TextIOWrapper",
        ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"],
        a,
        k,
        1,
      );
      textIOInit(t, buffer!, encoding, errors, newline, boolArg(lb), boolArg(wt));
      return None;
    },
  },
  {
    name: "write",
    arity: [1, 1],
    impl: (a) => {
      const t = tio(a[0]);
      const s = a[1];
      if (!(s instanceof PyStr)) raiseTypeError(`write() argument must be str, not ${typeOf(s).name}`);
      t.checkClosed();
      if (!t.hasEncoder) unsupported("not writable");
      return t.write(s);
    },
  },
  {
    name: "read",
    arity: [0, 1],
    impl: (a) => {
      const t = readable(tio(a[0]));
      return newStr(t.read(sizeArg(a[1])));
    },
  },
  {
    name: "readline",
    arity: [0, 1],
    impl: (a) => {
      const t = tio(a[0]);
      const size = ssizeArg(a[1], -1);
      readable(t);
      return newStr(t.readline(size));
    },
  },
  {
    name: "__next__",
    arity: [0, 0],
    impl: (a) => {
      const t = tio(a[0]);
      if (t.cls !== textIOWrapperType) {
        // a subclass's readline is honoured (CPython's textiowrapper_iternext)
        const line = callMethodOf(t, "readline");
        if (!(line instanceof PyStr)) {
          throw newError(exceptionTypes.OSError, [
            newStr(`readline() should have returned a str object, not '${typeOf(line).name}'`),
          ]);
        }
        if (line.length === 0) stopIterationHook.raise();
        return line;
      }
      readable(t);
      t.telling = false;
      const line = t.readline(-1);
      if (line.length === 0) {
        t.snapshotBytes = null;
        t.telling = t.seekable;
        stopIterationHook.raise();
      }
      return newStr(line);
    },
  },
  {
    // _IOBase.readlines (iterating self), without a method call per line for exact TextIOWrappers
    name: "readlines",
    arity: [0, 1],
    impl: (a) => {
      const t = tio(a[0]);
      if (t.cls !== textIOWrapperType) return readlinesVia(t, a[1]);
      const hint = sizeArg(a[1]);
      readable(t);
      const out: W[] = [];
      let total = 0;
      for (;;) {
        const line = t.readline(-1);
        if (line.length === 0) break;
        const w = newStr(line);
        out.push(w);
        total += w.length;
        if (hint > 0 && total >= hint) break;
      }
      return newList(out);
    },
  },
  {
    name: "flush",
    arity: [0, 0],
    impl: (a) => {
      const t = tio(a[0]);
      t.checkClosed();
      t.telling = t.seekable;
      t.writeFlush();
      t.bufFlush();
      return None;
    },
  },
  {
    name: "close",
    arity: [0, 0],
    impl: (a) => {
      const t = tio(a[0]);
      if (t.isClosed()) return None;
      let err: unknown = null;
      try {
        callMethodOf(t, "flush");
      } catch (e) {
        err = e;
      }
      pendingWriters.delete(t);
      try {
        callMethodOf(t.buffer!, "close");
      } catch (e) {
        if (err instanceof PyError && e instanceof PyError) {
          (e.value as unknown as { context: W }).context = err.value;
        }
        err = e;
      }
      if (err !== null) throw err;
      return None;
    },
  },
  {
    name: "detach",
    arity: [0, 0],
    impl: (a) => {
      const t = tio(a[0]);
      const b = t.attached();
      callMethodOf(t, "flush");
      pendingWriters.delete(t);
      t.buffer = null;
      t.fast = null;
      t.detached = true;
      t.ok = false;
      return b;
    },
  },
  { name: "tell", arity: [0, 0], impl: (a) => tio(a[0]).tell() },
  {
    name: "seek",
    arity: [1, 2],
    impl: (a) => tio(a[0]).seek(a[1], a[2] === undefined ? 0 : intArg(a[2])),
  },
  {
    name: "truncate",
    arity: [0, 1],
    impl: (a) => {
      const t = tio(a[0]);
      callMethodOf(t, "flush");
      const pos = a[1] === undefined || a[1] === None ? callMethodOf(t, "tell") : a[1];
      return callMethodOf(t.buffer!, "truncate", [pos]);
    },
  },
  { name: "fileno", arity: [0, 0], impl: (a) => callMethodOf(tio(a[0]).attached(), "fileno") },
  { name: "isatty", arity: [0, 0], impl: (a) => callMethodOf(tio(a[0]).attached(), "isatty") },
  { name: "readable", arity: [0, 0], impl: (a) => callMethodOf(tio(a[0]).attached(), "readable") },
  { name: "writable", arity: [0, 0], impl: (a) => callMethodOf(tio(a[0]).attached(), "writable") },
  { name: "seekable", arity: [0, 0], impl: (a) => callMethodOf(tio(a[0]).attached(), "seekable") },
  {
    name: "reconfigure",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const t = tio(a[0]);
      if (a.length > 1) raiseTypeError("reconfigure() takes no positional arguments");
      const known = ["encoding", "errors", "newline", "line_buffering", "write_through"];
      for (const name of k?.names ?? []) {
        if (!known.includes(name)) {
          raiseTypeError(`reconfigure() got an unexpected keyword argument '${name}'`);
        }
      }
      const arg = (name: string): W | undefined => {
        if (k === null) return undefined;
        const i = k.names.indexOf(name);
        return i < 0 ? undefined : k.values[i];
      };
      const encW = arg("encoding"), errW = arg("errors"), nlW = arg("newline");
      const lbW = arg("line_buffering"), wtW = arg("write_through");
      let encoding: string | null = null;
      if (encW !== undefined && encW !== None) {
        if (!(encW instanceof PyStr)) {
          raiseTypeError(`reconfigure() argument 'encoding' must be str or None, not ${typeOf(encW).name}`);
        }
        encoding = encW.value === "locale" ? "UTF-8" : encW.value;
      }
      let errors: string | null = null;
      if (errW !== undefined && errW !== None) {
        if (!(errW instanceof PyStr)) {
          raiseTypeError(`reconfigure() argument 'errors' must be str or None, not ${typeOf(errW).name}`);
        }
        errors = errW.value;
      }
      const newlineGiven = nlW !== undefined && nlW !== Ellipsis;
      let newline: string | null = t.newline;
      if (newlineGiven) {
        if (nlW === None) newline = null;
        else if (nlW instanceof PyStr) newline = nlW.value;
        else raiseTypeError(`reconfigure() argument 'newline' must be str or None, not ${typeOf(nlW).name}`);
        validateNewline(newline);
      }
      if (
        t.decoded.length > t.decodedPos && (encoding !== null || errors !== null || newlineGiven)
      ) {
        unsupported("It is not possible to set the encoding or newline of stream after the first read");
      }
      callMethodOf(t, "flush");
      if (encoding !== null || errors !== null) {
        const enc = encoding ?? t.encoding;
        const errs = errors ?? (encoding !== null ? "strict" : t.errors);
        setCodec(t, enc, errs);
        t.bomWritten = true;
      }
      if (newlineGiven) setNewline(t, newline);
      if (lbW !== undefined && lbW !== None) t.lineBuffering = isTrue(lbW);
      if (wtW !== undefined && wtW !== None) t.writeThrough = isTrue(wtW);
      return None;
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const t = checkInitialized(a[0]);
      const tn = t.cls.module === "_io" ? `_io.${t.cls.name}` : t.cls.name;
      let out = `<${tn}`;
      if (t.ok) {
        try {
          const name = getAttrOrUndefined(t, "name");
          if (name !== undefined) out += ` name=${repr(name)}`;
        } catch (e) {
          if (
            !(e instanceof PyError) ||
            !(e.matches(exceptionTypes.ValueError) || e.matches(exceptionTypes.AttributeError))
          ) throw e;
        }
      }
      const mode = t.getAttr("mode");
      if (mode !== undefined) out += ` mode=${repr(mode)}`;
      if (t.ok || t.detached) out += ` encoding=${repr(newStr(t.encoding))}`;
      return newStr(out + ">");
    },
  },
  {
    name: "__getstate__",
    arity: [0, 0],
    impl: (a) => raiseTypeError(`cannot pickle '${typeOf(a[0]).name}' instances`),
  },
]);

defineGetSets(textIOWrapperType, [
  // CPython's encoding/line_buffering/write_through are plain members and errors needs an initialised
  // object only: all of them still answer after detach()
  {
    name: "encoding",
    get: (w) => {
      initialized(w); // (type check) the member keeps the last encoding set, even after a failed __init__
      const e = (w as PyTextIO).encoding;
      return e ? newStr(e) : None;
    },
  },
  { name: "errors", get: (w) => newStr(checkInitialized(w).errors) },
  { name: "line_buffering", get: (w) => (initialized(w) && (w as PyTextIO).lineBuffering ? True : False) },
  { name: "write_through", get: (w) => (initialized(w) && (w as PyTextIO).writeThrough ? True : False) },
  {
    name: "buffer",
    get: (w) => {
      if (w instanceof PyTextIO && w.detached) return None;
      return tio(w).attached();
    },
  },
  { name: "closed", get: (w) => getAttr(tio(w).attached(), "closed") },
  { name: "name", get: (w) => getAttr(tio(w).attached(), "name") },
  {
    name: "newlines",
    get: (w) => {
      const t = tio(w);
      return t.nl === null ? None : t.nl.newlines();
    },
  },
  {
    name: "_CHUNK_SIZE",
    get: (w) => tio(w).chunkSize,
    set: (w, v) => {
      const t = tio(w);
      const n = v instanceof PyBool ? -1 : intArg(v);
      if (n <= 0) raiseValueError("a strictly positive integer is required");
      t.chunkSize = n;
    },
  },
]);
