// bytes/bytearray/memoryview semantics; expected values are CPython's (checked with python3).
import assert from "node:assert/strict";
import { call, callMethod, getAttr, hash, newStr, repr, type W } from "../../../interpreter/objects/mod.ts";
import "../../../interpreter/objects/singletons.ts";
import { bytearrayType, memoryviewType, newByteArray, newBytes } from "../../../interpreter/objects/bytes.ts";
import { bytesType } from "../../../interpreter/objects/model.ts";
import { newTuple } from "../../../interpreter/objects/tuple.ts";
import { PyError } from "../../../interpreter/vm/errors.ts";

const enc = new TextEncoder();
const b = (s: string) => newBytes(Uint8Array.from([...s].map((c) => c.charCodeAt(0))));
const r = (w: W) => repr(w);
function err(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyError) {
      return `${e.value.cls.name}: ${r(getAttr(e.value, "args"))}`;
    }
    throw e;
  }
  return "no error";
}

Deno.test("bytes repr", () => {
  assert.equal(r(b("abc")), "b'abc'");
  assert.equal(r(b("a'b")), `b"a'b"`);
  assert.equal(r(b("a'b\"")), `b'a\\'b"'`);
  assert.equal(
    r(newBytes(Uint8Array.from([0, 9, 10, 13, 0x7f, 0xff, 92]))),
    "b'\\x00\\t\\n\\r\\x7f\\xff\\\\'",
  );
  assert.equal(r(newByteArray(enc.encode("hi"))), "bytearray(b'hi')");
});

Deno.test("bytes methods", () => {
  const cases: [W, string, W[], string][] = [
    [b("hello world"), "split", [], "[b'hello', b'world']"],
    [b("a,b,,c"), "split", [b(",")], "[b'a', b'b', b'', b'c']"],
    [b("a,b,,c"), "rsplit", [b(","), 1], "[b'a,b,', b'c']"],
    [b("  x  "), "strip", [], "b'x'"],
    [b("xxaxx"), "lstrip", [b("x")], "b'axx'"],
    [b("hello"), "upper", [], "b'HELLO'"],
    [b("hello world"), "title", [], "b'Hello World'"],
    [b("abc"), "hex", [], "'616263'"],
    [b("abc"), "hex", [newStr(":")], "'61:62:63'"],
    [b("hello"), "find", [b("l")], "2"],
    [b("hello"), "rfind", [b("l")], "3"],
    [b("hello"), "find", [108], "2"],
    [b("hello"), "count", [b("l")], "2"],
    [b("hello"), "replace", [b("l"), b("L")], "b'heLLo'"],
    [b("a.b.c"), "partition", [b(".")], "(b'a', b'.', b'b.c')"],
    [b("a.b.c"), "rpartition", [b(".")], "(b'a.b', b'.', b'c')"],
    [b(","), "join", [call(bytesType, [])], "b''"],
    [b("42"), "zfill", [5], "b'00042'"],
    [b("ab"), "center", [6, b("*")], "b'**ab**'"],
    [b("a\tb"), "expandtabs", [], "b'a       b'"],
    [b("a\nb\r\nc"), "splitlines", [], "[b'a', b'b', b'c']"],
    [b("abc"), "isalpha", [], "True"],
    [b("Ab Cd"), "istitle", [], "True"],
    [b("AB"), "istitle", [], "False"],
    [b("prefix_x"), "removeprefix", [b("prefix_")], "b'x'"],
    [b("hello"), "startswith", [b("he")], "True"],
    [b("\xc3\xa9"), "decode", [], "'é'"],
  ];
  for (const [recv, m, args, want] of cases) {
    assert.equal(r(callMethod(recv, m, args)), want, `${r(recv)}.${m}`);
  }
});

Deno.test("decode errors", () => {
  assert.equal(
    err(() => callMethod(b("\xff"), "decode", [])),
    "UnicodeDecodeError: ('utf-8', b'\\xff', 0, 1, 'invalid start byte')",
  );
  assert.equal(r(callMethod(b("a\xffb"), "decode", [newStr("utf-8"), newStr("replace")])), "'a\ufffdb'");
  assert.equal(r(callMethod(b("a\xffb"), "decode", [newStr("utf-8"), newStr("ignore")])), "'ab'");
  assert.equal(r(callMethod(b("a\xffb"), "decode", [newStr("latin-1")])), "'aÿb'");
});

Deno.test("constructor and operators", () => {
  assert.equal(r(call(bytesType, [3])), "b'\\x00\\x00\\x00'");
  assert.equal(r(call(bytesType, [newStr("é"), newStr("utf-8")])), "b'\\xc3\\xa9'");
  assert.equal(r(callMethod(b("ab"), "__getitem__", [0])), "97");
  assert.equal(r(callMethod(b("ab"), "__add__", [b("c")])), "b'abc'");
  assert.equal(r(callMethod(b("ab"), "__mul__", [2])), "b'abab'");
  assert.equal(r(callMethod(b("abc"), "__contains__", [98])), "True");
  assert.equal(r(callMethod(b("%d-%s-%x"), "__mod__", [newTuple([5, b("x"), 255])])), "b'5-x-ff'");
  assert.equal(hash(b("abc")), hash(b("abc")));
  assert.equal(r(call(getAttr(bytesType, "fromhex"), [newStr("61 62")])), "b'ab'");
  assert.equal(
    err(() => call(bytesType, [newStr("x")])),
    "TypeError: ('string argument without an encoding',)",
  );
});

Deno.test("bytearray mutation", () => {
  const ba = call(bytearrayType, [b("abc")]);
  callMethod(ba, "append", [100]);
  callMethod(ba, "extend", [b("ef")]);
  callMethod(ba, "insert", [0, 122]);
  assert.equal(r(ba), "bytearray(b'zabcdef')");
  assert.equal(r(callMethod(ba, "pop", [])), "102");
  callMethod(ba, "remove", [122]);
  callMethod(ba, "reverse", []);
  assert.equal(r(ba), "bytearray(b'edcba')");
  assert.equal(err(() => callMethod(ba, "append", [256])), "ValueError: ('byte must be in range(0, 256)',)");
});

Deno.test("memoryview", () => {
  const mvw = call(memoryviewType, [b("abcd")]);
  assert.equal(r(callMethod(mvw, "__len__", [])), "4");
  assert.equal(r(callMethod(mvw, "tobytes", [])), "b'abcd'");
  assert.equal(r(callMethod(mvw, "tolist", [])), "[97, 98, 99, 100]");
  assert.equal(r(getAttr(mvw, "readonly")), "True");
  callMethod(mvw, "release", []);
  assert.equal(
    err(() => callMethod(mvw, "tobytes", [])),
    "ValueError: ('operation forbidden on released memoryview object',)",
  );
});
