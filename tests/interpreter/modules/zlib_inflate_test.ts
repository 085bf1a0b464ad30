// Unit tests of the resumable inflater behind zlib: block types, byte-at-a-time feeding, output caps
// with the untouched input handed back, checksums and zlib's error texts.
import assert from "node:assert";
import { deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import {
  adler32,
  crc32,
  decodeBlock,
  InflateError,
  InflateStream,
  Out,
} from "../../../interpreter/modules/zlib_inflate.ts";

const text = new TextEncoder().encode("hello hello hello inflater ".repeat(200));

Deno.test("stored, fixed and dynamic blocks decode", () => {
  const stored = new Uint8Array([0x01, 0x03, 0x00, 0xfc, 0xff, 0x61, 0x62, 0x63]);
  const r = decodeBlock(stored, 0, new Out(new Uint8Array(0)), Infinity, null);
  assert.deepStrictEqual(Array.from(r.out), [0x61, 0x62, 0x63]);
  assert.ok(r.complete && r.final);
  for (const level of [0, 1, 9]) {
    const s = new InflateStream("raw", 15, null);
    const out = s.feed(new Uint8Array(deflateRawSync(text, { level })), Infinity);
    assert.deepStrictEqual(out, text);
    assert.ok(s.eof);
  }
});

Deno.test("byte-at-a-time input gives the same output", () => {
  const z = new Uint8Array(deflateSync(text));
  const s = new InflateStream("zlib", 15, null);
  const parts: number[] = [];
  for (const b of z) parts.push(...s.feed(new Uint8Array([b]), Infinity));
  assert.deepStrictEqual(new Uint8Array(parts), text);
  assert.ok(s.eof);
});

Deno.test("output cap returns the untouched input as the tail", () => {
  const z = new Uint8Array(deflateSync(text));
  const s = new InflateStream("zlib", 15, null);
  let input: Uint8Array = z;
  const parts: number[] = [];
  while (input.length > 0 || !s.eof) {
    const out = s.feed(input, 100);
    assert.ok(out.length <= 100);
    parts.push(...out);
    input = s.tail;
    if (input.length === 0 && out.length === 0) break;
  }
  parts.push(...s.feed(s.tail, Infinity));
  assert.deepStrictEqual(new Uint8Array(parts), text);
});

Deno.test("gzip trailer, unused data and errors", () => {
  const g = new Uint8Array(gzipSync(text));
  const s = new InflateStream("auto", 15, null);
  const extra = new Uint8Array([1, 2, 3]);
  const all = new Uint8Array(g.length + 3);
  all.set(g);
  all.set(extra, g.length);
  assert.deepStrictEqual(s.feed(all, Infinity), text);
  assert.deepStrictEqual(Array.from(s.unused), [1, 2, 3]);
  assert.throws(
    () => new InflateStream("zlib", 15, null).feed(new Uint8Array([0x78, 0x00]), Infinity),
    InflateError,
  );
  assert.strictEqual(crc32(new TextEncoder().encode("hello")), 907060870);
  assert.strictEqual(adler32(new TextEncoder().encode("hello")), 103547413);
});
