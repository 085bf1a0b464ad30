// The TS cores of _io's text layer: codec names, UTF-8 chunk boundaries, the newline decoder, StringIO
// positions with non-BMP text, and TextIOWrapper tell() cookies over a BytesIO.
import { strict as assert } from "node:assert";
import { incompleteTail, nativeCodec } from "../../../interpreter/modules/io/textio.ts";
import { NewlineDecoderState } from "../../../interpreter/modules/io/newline_decoder.ts";
import { PyStringIO, stringIOType } from "../../../interpreter/modules/io/stringio.ts";
import { newStr } from "../../../interpreter/objects/str.ts";

Deno.test("nativeCodec: aliases of the TS codecs, null for the rest", () => {
  assert.equal(nativeCodec("UTF-8"), "utf-8");
  assert.equal(nativeCodec("utf_8"), "utf-8");
  assert.equal(nativeCodec("U8"), "utf-8");
  assert.equal(nativeCodec("utf-8-sig"), "utf-8-sig");
  assert.equal(nativeCodec("Latin-1"), "latin-1");
  assert.equal(nativeCodec("iso-8859-1"), "latin-1");
  assert.equal(nativeCodec("US-ASCII"), "ascii");
  assert.equal(nativeCodec("utf-16"), null);
  assert.equal(nativeCodec("cp1252"), null);
});

Deno.test("incompleteTail: bytes of an unfinished UTF-8 sequence at the end of a chunk", () => {
  const enc = new TextEncoder();
  assert.equal(incompleteTail(enc.encode("abc")), 0);
  const e = enc.encode("a\u00e9"); // 61 c3 a9
  assert.equal(incompleteTail(e), 0);
  assert.equal(incompleteTail(e.subarray(0, 2)), 1);
  const euro = enc.encode("\u20ac"); // e2 82 ac
  assert.equal(incompleteTail(euro.subarray(0, 1)), 1);
  assert.equal(incompleteTail(euro.subarray(0, 2)), 2);
  assert.equal(incompleteTail(euro), 0);
  const face = enc.encode("\u{1F600}"); // 4 bytes
  assert.equal(incompleteTail(face.subarray(0, 3)), 3);
  assert.equal(incompleteTail(face), 0);
  assert.equal(incompleteTail(new Uint8Array([0xff])), 0); // invalid byte: left to the decoder
});

Deno.test("NewlineDecoderState: held-back CR, translation and the newlines record", () => {
  const t = new NewlineDecoderState(true);
  assert.equal(t.process("a\r", false), "a");
  assert.equal(t.pendingCR, true);
  assert.equal(t.process("\nb\rc", false), "\nb\nc");
  assert.equal(t.process("\r", true), "\n");
  assert.equal(t.seen, 2 | 4); // "\r\n", then lone "\r"s: no bare "\n"
  assert.equal(t.process("\n", true), "\n");
  assert.equal(t.seen, 1 | 2 | 4);
  const u = new NewlineDecoderState(false);
  assert.equal(u.process("x\r\ny\r", false), "x\r\ny");
  assert.equal(u.process("", true), "\r");
  assert.equal(u.seen, 2 | 4);
});

Deno.test("StringIO positions: code points over UTF-16 text with astral characters", () => {
  const s = new PyStringIO(stringIOType);
  s.ok = true;
  s.writeStr(newStr("a\u{1F600}b"));
  assert.equal(s.buf.length, 4);
  assert.equal(s.cpIndex(s.pos), 3);
  assert.equal(s.advance(0, 2), 3);
  assert.equal(s.unitIndex(5), 6); // past the end: padding counts one unit per code point
  s.pos = s.advance(0, 1);
  s.writeStr(newStr("\u00e9"));
  assert.equal(s.buf, "a\u00e9b");
});
