// Object-space semantics; expected values come from CPython 3.14 (pyodide) / 3.11 where unchanged.
import assert from "node:assert/strict";
import {
  asIntegerRatio,
  AttrMap,
  binaryOp,
  BinaryOps,
  call,
  defineMethods,
  delAttr,
  exceptionTypes,
  floatFromHex,
  floatHash,
  floatHex,
  floatRepr,
  floatRound,
  getAttr,
  hash,
  intAdd,
  intFloorDiv,
  intLshift,
  intMod,
  intMul,
  intPowMod,
  intRshift,
  intToDecimal,
  intType,
  isTrue,
  newClass,
  newException,
  newFloat,
  newStr,
  None,
  NotImplemented,
  objectType,
  parseInt,
  PyFloat,
  PyInstance,
  PyStr,
  PyType,
  repr,
  richCompare,
  setAttr,
  str,
  True,
  typeOf,
  type W,
} from "../../../interpreter/objects/mod.ts";
import { PyError } from "../../../interpreter/vm/errors.ts";

function pyErr(fn: () => unknown, type: string, message?: string): void {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof PyError, `expected PyError, got ${e}`);
    assert.equal(e.value.cls.name, type);
    if (message !== undefined) assert.equal(str(e.value), message);
    return;
  }
  assert.fail(`expected ${type}`);
}

Deno.test("float repr follows CPython's shortest round-trip rules", () => {
  const cases: [number, string][] = [
    [0.1 + 0.2, "0.30000000000000004"],
    [1e16, "1e+16"],
    [1e15, "1000000000000000.0"],
    [1e-5, "1e-05"],
    [2.5e-5, "2.5e-05"],
    [1e-4, "0.0001"],
    [-0.0, "-0.0"],
    [NaN, "nan"],
    [Infinity, "inf"],
    [-Infinity, "-inf"],
    [123456789.125, "123456789.125"],
    [1 / 3, "0.3333333333333333"],
    [1.5e300, "1.5e+300"],
    [5e-324, "5e-324"],
  ];
  for (const [x, r] of cases) assert.equal(floatRepr(x), r);
  assert.equal(repr(newFloat(2.0)), "2.0");
});

Deno.test("float hex/fromhex/as_integer_ratio/round/hash", () => {
  assert.equal(floatHex(0.1), "0x1.999999999999ap-4");
  assert.equal(floatHex(1.0), "0x1.0000000000000p+0");
  assert.equal(floatHex(-2.5), "-0x1.4000000000000p+1");
  assert.equal(floatHex(5e-324), "0x0.0000000000001p-1022");
  assert.equal(floatFromHex("0x1.8p1"), 3.0);
  assert.equal(floatFromHex("0x.1p-1070"), 5e-324);
  assert.equal(floatFromHex(floatHex(0.1)), 0.1);
  assert.deepEqual(asIntegerRatio(0.1), [3602879701896397, 36028797018963968n]);
  assert.equal(floatRound(2.675, 2), 2.67);
  assert.equal(floatRound(0.125, 2), 0.12);
  assert.equal(floatRound(1234.5, -1), 1230.0);
  assert.equal(floatRound(2.5, 0), 2.0);
  assert.equal(floatHash(0.5), 1152921504606846976n);
  assert.equal(floatHash(1e300), 1224995262755759164n);
  assert.equal(floatHash(-3.25), -576460752303423491n);
});

Deno.test("int arithmetic: sign rules, big ints, normalisation", () => {
  assert.equal(intFloorDiv(-7, 2), -4);
  assert.equal(intMod(-7, 2), 1);
  assert.equal(intFloorDiv(7, -2), -4);
  assert.equal(intMod(7, -2), -1);
  assert.equal(intPowMod(3, -1, 7), 5);
  assert.equal(intPowMod(2, 10, -7), -5);
  assert.equal(intRshift(intNegBig(2n ** 63n), 3), -1152921504606846976n);
  assert.equal(intLshift(-1, 70), -1180591620717411303424n);
  // Results are normalised back to numbers when they fit.
  const big = intMul(2 ** 40, 2 ** 40);
  assert.equal(typeof big, "bigint");
  assert.equal(intAdd(intMul(big, -1), big), 0);
  assert.equal(typeof intAdd(intMul(big, -1), big), "number");
  assert.equal(hash(-1), -2);
  assert.equal(repr(2n ** 100n), "1267650600228229401496703205376");
  pyErr(() => intFloorDiv(1, 0), "ZeroDivisionError", "division by zero");
  pyErr(
    () => intToDecimal(10n ** 5000n),
    "ValueError",
    "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
  );
});
function intNegBig(b: bigint): bigint {
  return -b;
}

Deno.test("int(str, base) parsing", () => {
  assert.equal(parseInt("0x_ff", 0), 255);
  assert.equal(parseInt("1_000", 10), 1000);
  assert.equal(parseInt(" -0b101 ", 0), -5);
  assert.equal(parseInt("z", 36), 35);
  assert.equal(parseInt("000", 0), 0);
  assert.equal(parseInt("123456789012345678901234567890", 10), 123456789012345678901234567890n);
  pyErr(() => parseInt("08", 0), "ValueError", "invalid literal for int() with base 0: '08'");
  pyErr(() => parseInt("1__0", 10), "ValueError", "invalid literal for int() with base 10: '1__0'");
  pyErr(
    () => parseInt("1".repeat(5000), 10),
    "ValueError",
    "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit",
  );
});

Deno.test("binary ops through the type dicts, errors name both types", () => {
  assert.equal(binaryOp(BinaryOps.add, 1, 2), 3);
  assert.equal((binaryOp(BinaryOps.add, 1, newFloat(0.5)) as PyFloat).value, 1.5);
  assert.equal((binaryOp(BinaryOps.truediv, 1, 3) as PyFloat).value, 1 / 3);
  assert.equal((binaryOp(BinaryOps.mod, newFloat(-7.5), 2) as PyFloat).value, 0.5);
  assert.equal((binaryOp(BinaryOps.floordiv, newFloat(7.5), -2) as PyFloat).value, -4.0);
  assert.equal(binaryOp(BinaryOps.add, True, True), 2);
  pyErr(
    () => binaryOp(BinaryOps.add, 1, newStr("a")),
    "TypeError",
    "unsupported operand type(s) for +: 'int' and 'str'",
  );
  pyErr(() => binaryOp(BinaryOps.truediv, newFloat(1), 0), "ZeroDivisionError", "division by zero");
  assert.equal(richCompare(1, newFloat(1.0), "=="), True);
  pyErr(
    () => richCompare(1, newStr("a"), "<"),
    "TypeError",
    "'<' not supported between instances of 'int' and 'str'",
  );
});

Deno.test("reflected operand of a subclass is tried first", () => {
  const log: string[] = [];
  const Base = newClass("Base", [], new Map());
  defineMethods(Base, [{
    name: "__add__",
    arity: [1, 1],
    impl: () => {
      log.push("Base.__add__");
      return NotImplemented;
    },
  }]);
  const Sub = newClass("Sub", [Base], new Map());
  defineMethods(Sub, [{
    name: "__radd__",
    arity: [1, 1],
    impl: () => {
      log.push("Sub.__radd__");
      return newStr("sub wins");
    },
  }]);
  const b = call(Base, []), s = call(Sub, []);
  assert.equal(str(binaryOp(BinaryOps.add, b, s)), "sub wins");
  assert.deepEqual(log, ["Sub.__radd__"]);
});

Deno.test("C3 MRO for a diamond, and CPython's error", () => {
  const A = newClass("A", [], new Map());
  const B = newClass("B", [A], new Map());
  const C = newClass("C", [A], new Map());
  const D = newClass("D", [B, C], new Map());
  assert.deepEqual(D.mro.map((t) => t.name), ["D", "B", "C", "A", "object"]);
  pyErr(
    () => newClass("E", [A, B], new Map()),
    "TypeError",
    "Cannot create a consistent method resolution order (MRO) for bases A, B",
  );
});

Deno.test("attribute lookup: maps, descriptors, version invalidation", () => {
  const K = newClass("K", [], new Map<string, W>([["x", 1]]));
  const a = call(K, []) as PyInstance, b = call(K, []) as PyInstance;
  assert.equal(getAttr(a, "x"), 1);
  setAttr(a, "y", 2);
  setAttr(a, "z", 3);
  setAttr(b, "y", 20);
  setAttr(b, "z", 30);
  assert.equal(a.map, b.map, "same insertion order shares one map");
  assert.deepEqual(a.map.keys, ["y", "z"]);
  assert.equal(getAttr(b, "z"), 30);
  delAttr(a, "y");
  assert.deepEqual(a.map.keys, ["z"]);
  assert.equal(getAttr(a, "z"), 3);
  // Instance attribute shadows a class attribute (non-data), version bump seen by the cache.
  const v0 = K.version;
  assert.equal(getAttr(b, "x"), 1);
  setAttr(K, "x", 5);
  assert.ok(K.version > v0);
  assert.equal(getAttr(b, "x"), 5);
  setAttr(b, "x", 7);
  assert.equal(getAttr(b, "x"), 7);
  // Subclass caches are invalidated through the parent.
  const S = newClass("S", [K], new Map());
  const s = call(S, []);
  assert.equal(getAttr(s, "x"), 5);
  setAttr(K, "x", 6);
  assert.equal(getAttr(s, "x"), 6);
  pyErr(() => getAttr(s, "nope"), "AttributeError", "'S' object has no attribute 'nope'");
  pyErr(() => getAttr(S, "nope"), "AttributeError", "type object 'S' has no attribute 'nope'");
  assert.equal(str(getAttr(S, "__name__")), "S");
  assert.equal(repr(S), "<class '__main__.S'>");
  assert.equal(repr(intType), "<class 'int'>");
  assert.equal(AttrMap.empty.withKey("q"), AttrMap.empty.withKey("q"));
});

Deno.test("data descriptors beat instance attributes; __slots__", () => {
  const Desc = newClass("Desc", [], new Map());
  defineMethods(Desc, [
    { name: "__get__", arity: [2, 2], impl: () => newStr("from descriptor") },
    { name: "__set__", arity: [2, 2], impl: () => None },
  ]);
  const Owner = newClass("Owner", [], new Map<string, W>([["d", call(Desc, [])]]));
  const o = call(Owner, []) as PyInstance;
  o.setAttr("d", 1); // even a raw instance entry is shadowed by the data descriptor
  assert.equal(str(getAttr(o, "d")), "from descriptor");
  const Slotted = newClass("Slotted", [], new Map<string, W>([["__slots__", newStr("a")]]));
  const sl = call(Slotted, []);
  pyErr(() => getAttr(sl, "a"), "AttributeError");
  setAttr(sl, "a", 42);
  assert.equal(getAttr(sl, "a"), 42);
  pyErr(
    () => setAttr(sl, "b", 1),
    "AttributeError",
    "'Slotted' object has no attribute 'b' and no __dict__ for setting new attributes",
  );
});

Deno.test("truth, str methods, exceptions", () => {
  assert.equal(isTrue(0), false);
  assert.equal(isTrue(newStr("")), false);
  assert.equal(isTrue(newFloat(-0.0)), false);
  assert.equal(isTrue(None), false);
  assert.equal(repr(newStr("it's")), `"it's"`);
  assert.equal(repr(newStr("a\nb\u00e9\x00")), "'a\\nbé\\x00'");
  assert.equal((newStr("a😀b") as PyStr).length, 3);
  assert.equal(str(call(getAttr(newStr("  hi  "), "strip"), [])), "hi");
  assert.equal(str(call(getAttr(newStr("a-b-c"), "replace"), [newStr("-"), newStr("+")])), "a+b+c");
  const ke = newException(exceptionTypes.KeyError, [newStr("a")]);
  assert.equal(str(ke), "'a'");
  assert.equal(repr(ke), "KeyError('a')");
  assert.equal(str(newException(exceptionTypes.ValueError, [1, 2])), "(1, 2)");
  const fnf = newException(exceptionTypes.OSError, [2, newStr("No such file")]);
  assert.equal(typeOf(fnf).name, "FileNotFoundError");
  const si = newException(exceptionTypes.StopIteration, [7]);
  assert.equal(getAttr(si, "value"), 7);
  const viaCall = call(exceptionTypes.TypeError, [newStr("boom")]);
  assert.equal(repr(viaCall), "TypeError('boom')");
  assert.ok(exceptionTypes.ExceptionGroup.isSubtypeOf(exceptionTypes.Exception));
  assert.ok(typeOf(objectType) instanceof PyType);
});
