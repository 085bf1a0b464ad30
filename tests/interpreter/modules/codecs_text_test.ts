// Unit tests of the text-module helpers: UTF-8 decoding of partial input, UTF-7, charmap_build's
// EncodingMap/dict choice, the registry's name normalization, binascii's base64/hex/crc, the JSON string
// escapers and Unicode normalization/names. Expected values are CPython 3.14's.
import assert from "node:assert/strict";
import "../../../interpreter/runtime.ts";
import {
  charmapBuild,
  EncodingMapData,
  utf16Decode,
  utf7Decode,
  utf7Encode,
  utf8Decode,
  utf8Encode,
} from "../../../interpreter/modules/codecs_impl.ts";
import { normalizeEncodingName } from "../../../interpreter/modules/codecs.ts";
import { a2bBase64, b2aBase64, crc32, crcHqx, hexlify } from "../../../interpreter/modules/binascii.ts";
import { encodeAscii, encodeUnicode } from "../../../interpreter/modules/json.ts";
import { charName, codeOfName, normalize } from "../../../interpreter/modules/unicodedata.ts";

const bytes = (...b: number[]) => new Uint8Array(b);
const text = new TextDecoder();

Deno.test("utf8Decode keeps an incomplete trailing sequence for the next call", () => {
  assert.deepEqual(utf8Decode(bytes(0x61, 0xe2, 0x82), "strict", false), { s: "a", consumed: 1 });
  assert.deepEqual(utf8Decode(bytes(0x61, 0xf0, 0x9f, 0x98), "strict", false), { s: "a", consumed: 1 });
  // an invalid continuation is an error even when more input may follow
  assert.deepEqual(utf8Decode(bytes(0x61, 0xe2, 0x28), "replace", false), { s: "a\ufffd(", consumed: 3 });
  // at the end of the input the partial sequence is one error: "unexpected end of data"
  assert.deepEqual(utf8Decode(bytes(0xe2, 0x82), "replace", true), { s: "\ufffd", consumed: 2 });
  assert.equal(utf8Decode(bytes(0xed, 0xa0, 0x80), "replace", true).s, "\ufffd\ufffd\ufffd");
});

Deno.test("utf8Encode: lone surrogates go to the error handler, pairs are one code point", () => {
  assert.deepEqual([...utf8Encode("\ud83d\ude00", "strict")], [0xf0, 0x9f, 0x98, 0x80]);
  assert.deepEqual([...utf8Encode("a\udc80", "surrogateescape")], [0x61, 0x80]);
  assert.deepEqual([...utf8Encode("\ud800", "surrogatepass")], [0xed, 0xa0, 0x80]);
});

Deno.test("utf16Decode finds the BOM and reports the byte order", () => {
  const r = utf16Decode(bytes(0xfe, 0xff, 0x00, 0x41, 0xd8), "strict", 0, false);
  assert.deepEqual(r, { s: "A", consumed: 4, byteorder: 1 });
});

Deno.test("UTF-7 round trip and shift sequences", () => {
  assert.equal(text.decode(utf7Encode("Hi Mom -\u263a-!")), "Hi Mom -+Jjo--!");
  assert.equal(text.decode(utf7Encode("a+b")), "a+-b");
  assert.deepEqual(
    utf7Decode(new TextEncoder().encode("+ZeVnLIqe-"), "strict", true).s,
    "\u65e5\u672c\u8a9e",
  );
  // an unfinished shift is left for the next call when not final
  assert.deepEqual(utf7Decode(new TextEncoder().encode("a+ZeV"), "strict", false), { s: "a", consumed: 1 });
});

Deno.test("charmap_build: EncodingMap for simple tables, dict pairs otherwise", () => {
  const simple = charmapBuild("\0" + "abc");
  assert.ok(simple instanceof EncodingMapData);
  assert.equal(simple.map.get(0x62), 2);
  assert.deepEqual(charmapBuild("ab"), [[0x61, 0], [0x62, 1]]);
});

Deno.test("normalizeEncodingName as _Py_normalize_encoding", () => {
  assert.equal(normalizeEncodingName("  UTF-8 "), "utf_8");
  assert.equal(normalizeEncodingName("ISO_8859--1"), "iso_8859_1");
  assert.equal(normalizeEncodingName("latin 1.x"), "latin_1.x");
  assert.equal(normalizeEncodingName("é-8"), "8");
});

Deno.test("binascii helpers", () => {
  assert.equal(text.decode(b2aBase64(bytes(0xfb, 0xff), true)), "+/8=\n");
  assert.deepEqual([...a2bBase64(new TextEncoder().encode("Zm9v\nYg=="), false)], [
    ...new TextEncoder().encode("foob"),
  ]);
  assert.equal(text.decode(hexlify(bytes(1, 2, 3, 4, 5), ":", 2)), "01:0203:0405");
  assert.equal(text.decode(hexlify(bytes(1, 2, 3, 4, 5), ":", -2)), "0102:0304:05");
  assert.equal(crc32(new TextEncoder().encode("123456789"), 0), 0xcbf43926);
  assert.equal(crcHqx(new TextEncoder().encode("123456789"), 0xffff), 0x29b1);
});

Deno.test("JSON string escapers", () => {
  assert.equal(encodeAscii('a\u00e9\ud83d\ude00"\\\n\x7f'), '"a\\u00e9\\ud83d\\ude00\\"\\\\\\n\\u007f"');
  assert.equal(encodeUnicode("a\u00e9\x01\x7f"), '"a\u00e9\\u0001\x7f"');
});

Deno.test("Unicode names and normalization", () => {
  assert.equal(charName(0xac01), "HANGUL SYLLABLE GAG");
  assert.equal(charName(0x4e00), "CJK UNIFIED IDEOGRAPH-4E00");
  assert.equal(codeOfName("euro sign"), "\u20ac");
  assert.equal(codeOfName("hangul syllable gag"), undefined);
  assert.equal(codeOfName("BYTE ORDER MARK"), "\ufeff");
  assert.equal(codeOfName("BYTE ORDER MARK", true), undefined);
  assert.equal(normalize("NFC", "\u1e9b\u0323"), "\u1e9b\u0323");
  assert.equal(normalize("NFKC", "\u1e9b\u0323"), "\u1e69");
  assert.equal(normalize("NFD", "\uac01"), "\u1100\u1161\u11a8");
  assert.equal(normalize("NFC", "\u1100\u1161\u11a8"), "\uac01");
  assert.equal(normalize("NFC", "a\u0328\u0301\u0323"), "\u0105\u0323\u0301".normalize("NFC"));
});
