// PyBuffered's block logic (CPython's _bufferedreader_read_generic / _buffered_readinto_generic and the
// 3.14 write path) over a BytesIO raw stream, without the eval loop.
import { strict as assert } from "node:assert";
import {
  bufferedInit,
  bufferedReaderType,
  bufferedWriterType,
  PyBuffered,
} from "../../../interpreter/modules/io/bufferedio.ts";
import { bytesIOType, PyBytesIO } from "../../../interpreter/modules/io/bytesio.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();

function rawOf(text: string): PyBytesIO {
  const raw = new PyBytesIO(bytesIOType);
  raw.setValue(enc.encode(text));
  return raw;
}

Deno.test("read(n): whole blocks straight from raw, the tail through the buffer", () => {
  const raw = rawOf("hello world\nsecond");
  const b = new PyBuffered(bufferedReaderType);
  bufferedInit(b, raw, 4, true, false);
  assert.equal(dec.decode(b.read(7)!), "hello w");
  assert.equal(b.available(), 1); // "hell" direct, then "o wo" buffered and 3 of it taken
  assert.equal(dec.decode(b.readline(-1)), "orld\n");
  assert.equal(dec.decode(b.readline(3)), "sec");
  assert.equal(b.tell(), 15);
  assert.equal(dec.decode(b.readAll()!), "ond");
});

Deno.test("readinto1 with an empty buffer reads a large request in one raw call", () => {
  const raw = rawOf("line one\nline two\n");
  const b = new PyBuffered(bufferedReaderType);
  bufferedInit(b, raw, 4, true, false);
  const dst = new Uint8Array(6);
  assert.equal(b.readIntoGeneric(dst, false), 6);
  assert.equal(dec.decode(dst), "line o");
  assert.equal(b.readIntoGeneric(dst, true), 6);
  assert.equal(dec.decode(dst), "ne\nlin");
});

Deno.test("write: buffered while it fits, then flushed with at least a buffer's worth written through", () => {
  const raw = rawOf("");
  const w = new PyBuffered(bufferedWriterType);
  bufferedInit(w, raw, 5, false, true);
  w.write(enc.encode("ab"));
  assert.equal(raw.size, 0);
  w.write(enc.encode("cdefg")); // 2 + 5 > 5: flush "ab", then 5 >= 5 goes through
  assert.equal(dec.decode(raw.store.value), "abcdefg");
  w.write(enc.encode("hi"));
  w.write(enc.encode("jkl")); // fits exactly: stays buffered
  assert.equal(raw.size, 7);
  w.flushWrites();
  assert.equal(dec.decode(raw.store.value), "abcdefghijkl");
});
