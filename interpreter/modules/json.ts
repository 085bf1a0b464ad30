// The _json module: the accelerators json uses when present — scanstring, the Scanner type
// (make_scanner: one recursive-descent parse of a JSON document into Python objects, with the decoder's
// hooks), the Encoder type (make_encoder: the whole document rendered into one string) and the two
// string escapers. Messages, error positions and exception notes follow CPython 3.14's _json.c.
// Positions are code-point indices in Python; the parser walks UTF-16 units and converts at the edges.
import {
  call,
  defineMethods,
  dictType,
  False,
  floatType,
  getAttr,
  intType,
  None,
  PyBuiltinFunction,
  PyObject,
  type PyType,
  True,
  typeOf,
  type W,
} from "../objects/model.ts";
import {
  errorWithMessage,
  PyError,
  raiseStopIteration,
  raiseTypeError,
  raiseValueError,
} from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { asSsize, newTuple, PyTuple } from "../objects/tuple.ts";
import { listSort, newList, PyList } from "../objects/list.ts";
import { PyDict } from "../objects/dict.ts";
import { floatOf, floatRepr, newFloat } from "../objects/float.ts";
import { intToDecimal, parseInt as parseIntText, PyIntSub } from "../objects/int.ts";
import { isTrue, iterateToArray, repr } from "../objects/operations.ts";
import { importModule } from "../importing/importer.ts";
import { state } from "../vm/state.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";

// ---------------------------------------------------------------- positions and errors

/** Code-point index of UTF-16 offset `units` in s. */
function cpIndex(s: PyStr, units: number): number {
  if (s.allBmp) return units;
  const v = s.value;
  let pairs = 0;
  for (let i = 0; i < units - 1 && i < v.length - 1; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = v.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return units - pairs;
}
/** UTF-16 offset of code-point index cp in s (cp may be one past the end). */
function unitIndex(s: PyStr, cp: number): number {
  if (s.allBmp) return cp;
  const v = s.value;
  let i = 0;
  for (let k = 0; k < cp && i < v.length; k++) {
    const c = v.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < v.length && (v.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i + Math.max(0, cp - (s.length));
}

let decodeErrorClass: W | null = null;
function jsonError(msg: string, doc: PyStr, units: number): PyError {
  if (decodeErrorClass === null) decodeErrorClass = getAttr(importModule("json.decoder"), "JSONDecodeError");
  const exc = call(decodeErrorClass, [newStr(msg), doc, cpIndex(doc, units)]);
  return new PyError(exc as never);
}
function stopAt(doc: PyStr, units: number): never {
  raiseStopIteration(cpIndex(doc, units));
}
function recursionError(what: string): PyError {
  return errorWithMessage("RecursionError", `maximum recursion depth exceeded${what}`);
}

// ---------------------------------------------------------------- scanstring

const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

function hex4(s: string, i: number): number {
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const c = s.charCodeAt(i + k);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
    if (d < 0) return -1;
    v = (v << 4) | d;
  }
  return v;
}

/** scanstring_unicode: `end` is just past the opening quote; returns the text, sets scanEnd past the close. */
let scanEnd = 0;
function scanString(doc: PyStr, end: number, strict: boolean): string {
  const s = doc.value, len = s.length;
  const begin = end - 1;
  let out = "";
  for (;;) {
    let next = end;
    let c = 0;
    for (; next < len; next++) {
      c = s.charCodeAt(next);
      if (c === 34 || c === 92) break;
      if (c <= 0x1f && strict) throw jsonError("Invalid control character at", doc, next);
    }
    if (next >= len) throw jsonError("Unterminated string starting at", doc, begin);
    if (next > end) out = out === "" ? s.slice(end, next) : out + s.slice(end, next);
    next++;
    if (c === 34) {
      scanEnd = next;
      return out;
    }
    if (next === len) throw jsonError("Unterminated string starting at", doc, begin);
    const e = s[next];
    if (e !== "u") {
      const r = ESCAPES[e];
      if (r === undefined) throw jsonError("Invalid \\escape", doc, next - 1);
      out += r;
      end = next + 1;
      continue;
    }
    next++;
    end = next + 4;
    if (end >= len) throw jsonError("Invalid \\uXXXX escape", doc, next - 1);
    let u = hex4(s, next);
    if (u < 0) throw jsonError("Invalid \\uXXXX escape", doc, end - 5);
    if (
      u >= 0xd800 && u <= 0xdbff && end + 6 < len && s.charCodeAt(end) === 92 && s.charCodeAt(end + 1) === 117
    ) {
      const u2 = hex4(s, end + 2);
      if (u2 < 0) throw jsonError("Invalid \\uXXXX escape", doc, end + 1);
      if (u2 >= 0xdc00 && u2 <= 0xdfff) {
        out += String.fromCharCode(u, u2);
        end += 6;
        continue;
      }
    }
    out += String.fromCharCode(u);
    u = 0;
  }
}

// ---------------------------------------------------------------- the scanner

const scannerType: PyType = nativeType("_json", "Scanner");

class PyScanner extends PyObject {
  strict = true;
  objectHook: W = None;
  pairsHook: W = None;
  parseFloat: W = None;
  parseInt: W = None;
  parseConstant: W = None;
  memo = new Map<string, PyStr>();
  depth = 0;
  doc: PyStr = newStr("");
  /** Where the last parsed value ended (UTF-16 units). */
  end = 0;
  constructor(cls: PyType) {
    super();
    this.cls = cls;
  }

  scanOnce(idx: number): W {
    const s = this.doc.value;
    if (idx >= s.length) stopAt(this.doc, idx);
    const c = s.charCodeAt(idx);
    switch (c) {
      case 34: {
        const v = scanString(this.doc, idx + 1, this.strict);
        this.end = scanEnd;
        return newStr(v);
      }
      case 123:
        return this.nested(idx, true);
      case 91:
        return this.nested(idx, false);
      case 110:
        if (s.startsWith("null", idx)) {
          this.end = idx + 4;
          return None;
        }
        break;
      case 116:
        if (s.startsWith("true", idx)) {
          this.end = idx + 4;
          return True;
        }
        break;
      case 102:
        if (s.startsWith("false", idx)) {
          this.end = idx + 5;
          return False;
        }
        break;
      case 78:
        if (s.startsWith("NaN", idx)) return this.constant("NaN", idx);
        break;
      case 73:
        if (s.startsWith("Infinity", idx)) return this.constant("Infinity", idx);
        break;
      case 45:
        if (s.startsWith("-Infinity", idx)) return this.constant("-Infinity", idx);
        break;
    }
    return this.number(idx);
  }
  constant(name: string, idx: number): W {
    this.end = idx + name.length;
    return call(this.parseConstant, [newStr(name)]);
  }
  nested(idx: number, object: boolean): W {
    if (++this.depth > state.recursionLimit) {
      this.depth = 0;
      throw recursionError(` while decoding a JSON ${object ? "object" : "array"} from a unicode string`);
    }
    const v = object ? this.object(idx + 1) : this.array(idx + 1);
    this.depth--;
    return v;
  }

  number(start: number): W {
    const s = this.doc.value, len = s.length;
    let idx = start;
    let c = s.charCodeAt(idx);
    if (c === 45) {
      idx++;
      if (idx >= len) stopAt(this.doc, start);
      c = s.charCodeAt(idx);
    }
    if (c >= 49 && c <= 57) {
      idx++;
      while (idx < len && (c = s.charCodeAt(idx)) >= 48 && c <= 57) idx++;
    } else if (c === 48) idx++;
    else stopAt(this.doc, start);
    let isFloat = false;
    if (idx < len - 1 && s.charCodeAt(idx) === 46) {
      const d = s.charCodeAt(idx + 1);
      if (d >= 48 && d <= 57) {
        isFloat = true;
        idx += 2;
        while (idx < len && (c = s.charCodeAt(idx)) >= 48 && c <= 57) idx++;
      }
    }
    if (idx < len - 1 && (s.charCodeAt(idx) | 0x20) === 101) {
      const eStart = idx;
      idx++;
      if (idx < len - 1 && (s.charCodeAt(idx) === 45 || s.charCodeAt(idx) === 43)) idx++;
      while (idx < len && (c = s.charCodeAt(idx)) >= 48 && c <= 57) idx++;
      const last = s.charCodeAt(idx - 1);
      if (last >= 48 && last <= 57) isFloat = true;
      else idx = eStart;
    }
    this.end = idx;
    const text = s.slice(start, idx);
    if (isFloat) {
      if (this.parseFloat !== floatType) return call(this.parseFloat, [newStr(text)]);
      return newFloat(Number(text));
    }
    if (this.parseInt !== intType) return call(this.parseInt, [newStr(text)]);
    if (idx - start < 16) return Number(text);
    return parseIntText(text, 10);
  }

  skipSpace(idx: number): number {
    const s = this.doc.value, len = s.length;
    while (idx < len) {
      const c = s.charCodeAt(idx);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      idx++;
    }
    return idx;
  }

  object(idx: number): W {
    const s = this.doc.value, len = s.length;
    const pairs: W[] | null = this.pairsHook !== None ? [] : null;
    const d = pairs === null ? new PyDict() : null;
    idx = this.skipSpace(idx);
    if (idx >= len || s.charCodeAt(idx) !== 125) {
      for (;;) {
        if (idx >= len || s.charCodeAt(idx) !== 34) {
          throw jsonError("Expecting property name enclosed in double quotes", this.doc, idx);
        }
        const text = scanString(this.doc, idx + 1, this.strict);
        let key = this.memo.get(text);
        if (key === undefined) this.memo.set(text, key = newStr(text));
        idx = this.skipSpace(scanEnd);
        if (idx >= len || s.charCodeAt(idx) !== 58) throw jsonError("Expecting ':' delimiter", this.doc, idx);
        idx = this.skipSpace(idx + 1);
        const value = this.scanOnce(idx);
        if (pairs !== null) pairs.push(newTuple([key, value]));
        else d!.setItem(key, value);
        idx = this.skipSpace(this.end);
        if (idx < len && s.charCodeAt(idx) === 125) break;
        if (idx >= len || s.charCodeAt(idx) !== 44) throw jsonError("Expecting ',' delimiter", this.doc, idx);
        const comma = idx;
        idx = this.skipSpace(idx + 1);
        if (idx < len && s.charCodeAt(idx) === 125) {
          throw jsonError("Illegal trailing comma before end of object", this.doc, comma);
        }
      }
    }
    this.end = idx + 1;
    if (pairs !== null) return call(this.pairsHook, [newList(pairs)]);
    if (this.objectHook !== None) return call(this.objectHook, [d!]);
    return d!;
  }

  array(idx: number): W {
    const s = this.doc.value, len = s.length;
    const items: W[] = [];
    idx = this.skipSpace(idx);
    if (idx >= len || s.charCodeAt(idx) !== 93) {
      for (;;) {
        items.push(this.scanOnce(idx));
        idx = this.skipSpace(this.end);
        if (idx < len && s.charCodeAt(idx) === 93) break;
        if (idx >= len || s.charCodeAt(idx) !== 44) throw jsonError("Expecting ',' delimiter", this.doc, idx);
        const comma = idx;
        idx = this.skipSpace(idx + 1);
        if (idx < len && s.charCodeAt(idx) === 93) {
          throw jsonError("Illegal trailing comma before end of array", this.doc, comma);
        }
      }
    }
    this.end = idx + 1;
    return newList(items);
  }
}
scannerType.factory = (cls) => new PyScanner(cls);

defineMethods(scannerType, [
  {
    name: "__new__",
    arity: [1, 2],
    kind: "static",
    kw: ["context"],
    impl: (a) => {
      if (a[1] === undefined) raiseTypeError("make_scanner() missing required argument 'context' (pos 1)");
      const sc = new PyScanner(a[0] as PyType);
      const ctx = a[1];
      sc.strict = isTrue(getAttr(ctx, "strict"));
      sc.objectHook = getAttr(ctx, "object_hook");
      sc.pairsHook = getAttr(ctx, "object_pairs_hook");
      sc.parseFloat = getAttr(ctx, "parse_float");
      sc.parseInt = getAttr(ctx, "parse_int");
      sc.parseConstant = getAttr(ctx, "parse_constant");
      return sc;
    },
  },
  {
    name: "__call__",
    arity: [1, 2],
    kw: ["string", "idx"],
    impl: (a) => {
      const sc = a[0] as PyScanner;
      if (a[1] === undefined) raiseTypeError("scan_once() missing required argument 'string' (pos 1)");
      if (a[2] === undefined) raiseTypeError("scan_once() missing required argument 'idx' (pos 2)");
      if (!(a[1] instanceof PyStr)) {
        raiseTypeError(`first argument must be a string, not ${typeOf(a[1]).name}`);
      }
      const idx = a[2];
      if (typeof idx !== "number") {
        raiseTypeError(`'${typeOf(idx).name}' object cannot be interpreted as an integer`);
      }
      if (idx < 0) raiseValueError("idx cannot be negative");
      sc.doc = a[1];
      sc.depth = 0;
      try {
        const v = sc.scanOnce(unitIndex(a[1], idx));
        return newTuple([v, cpIndex(a[1], sc.end)]);
      } finally {
        sc.memo.clear();
        sc.doc = newStr("");
      }
    },
  },
]);

// ---------------------------------------------------------------- string escaping

const SHORT: Record<number, string> = {
  34: '\\"',
  92: "\\\\",
  8: "\\b",
  12: "\\f",
  10: "\\n",
  13: "\\r",
  9: "\\t",
};
// deno-lint-ignore no-control-regex
const NEEDS_ASCII_ESCAPE = /[\0-\x1f"\\\x7f-\uffff]/;
// deno-lint-ignore no-control-regex
const NEEDS_ESCAPE = /[\0-\x1f"\\]/;

function u4(c: number): string {
  return "\\u" + c.toString(16).padStart(4, "0");
}
/** py_encode_basestring_ascii: every non-ASCII UTF-16 unit as \uXXXX (astral as a surrogate pair). */
export function encodeAscii(s: string): string {
  if (!NEEDS_ASCII_ESCAPE.test(s)) return '"' + s + '"';
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 34 && c !== 92) continue;
    if (i > start) out += s.slice(start, i);
    out += SHORT[c] ?? u4(c);
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}
export function encodeUnicode(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 34 && c !== 92) continue;
    if (i > start) out += s.slice(start, i);
    out += SHORT[c] ?? u4(c);
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

function strOnly(w: W): string {
  if (w instanceof PyStr) return w.value;
  return raiseTypeError(`first argument must be a string, not ${typeOf(w).name}`);
}
const encodeAsciiSpec = {
  name: "encode_basestring_ascii",
  arity: [1, 1] as [number, number],
  impl: (a: W[]) => newStr(encodeAscii(strOnly(a[0]))),
};
const encodeUnicodeSpec = {
  name: "encode_basestring",
  arity: [1, 1] as [number, number],
  impl: (a: W[]) => newStr(encodeUnicode(strOnly(a[0]))),
};

// ---------------------------------------------------------------- the encoder

const encoderType: PyType = nativeType("_json", "Encoder");

function addNote(e: unknown, note: string): void {
  if (!(e instanceof PyError)) return;
  const add = getAttr(e.value, "add_note");
  call(add, [newStr(note)]);
}

class PyEncoder extends PyObject {
  markers: W = None;
  defaultFn: W = None;
  encoder: W = None;
  indent: W = None;
  keySeparator = ": ";
  itemSeparator = ", ";
  sortKeys = false;
  skipKeys = false;
  allowNan = true;
  /** 0: call encoder; 1: the C ascii escaper; 2: the C unicode escaper. */
  fast = 0;
  seen: Set<W> | null = null;
  indentUnit = "";
  parts: string[] = [];
  depth = 0;
  constructor(cls: PyType) {
    super();
    this.cls = cls;
  }

  str(s: PyStr): string {
    if (this.fast === 1) return encodeAscii(s.value);
    if (this.fast === 2) return encodeUnicode(s.value);
    const r = call(this.encoder, [s]);
    if (!(r instanceof PyStr)) raiseTypeError(`encoder() must return a string, not ${typeOf(r).name}`);
    return r.value;
  }
  float(w: W, x: number): string {
    if (!Number.isFinite(x)) {
      if (!this.allowNan) raiseValueError(`Out of range float values are not JSON compliant: ${repr(w)}`);
      return x > 0 ? "Infinity" : x < 0 ? "-Infinity" : "NaN";
    }
    return floatRepr(x);
  }

  encode(o: W, level: number): void {
    const out = this.parts;
    if (o === None) out.push("null");
    else if (o === True) out.push("true");
    else if (o === False) out.push("false");
    else if (typeof o === "number") out.push(String(o));
    else if (typeof o === "bigint") out.push(intToDecimal(o));
    else if (o instanceof PyStr) out.push(this.str(o));
    else if (o instanceof PyList || o instanceof PyTuple) this.list(o, o.items, level);
    else if (o instanceof PyDict) this.dict(o, level);
    else {
      const f = floatOf(o);
      if (f !== undefined) {
        out.push(this.float(o, f));
        return;
      }
      const iv = intSubValue(o);
      if (iv !== undefined) {
        out.push(intToDecimal(iv));
        return;
      }
      this.enter(o);
      const value = call(this.defaultFn, [o]);
      this.deeper(" while encoding a JSON object");
      try {
        this.encode(value, level);
      } catch (e) {
        addNote(e, `when serializing ${typeOf(o).name} object`);
        throw e;
      }
      this.depth--;
      this.leave(o);
    }
  }
  deeper(what: string): void {
    if (++this.depth > state.recursionLimit) throw recursionError(what);
  }
  enter(o: W): void {
    if (this.seen === null) return;
    if (this.seen.has(o)) raiseValueError("Circular reference detected");
    this.seen.add(o);
  }
  leave(o: W): void {
    if (this.seen !== null) this.seen.delete(o);
  }
  newline(level: number): string {
    return "\n" + this.indentUnit.repeat(level);
  }

  list(o: W, items: W[], level: number): void {
    const out = this.parts;
    if (items.length === 0) {
      out.push("[]");
      return;
    }
    this.enter(o);
    this.deeper(" while encoding a JSON object");
    out.push("[");
    let sep = this.itemSeparator;
    if (this.indent !== None) {
      level++;
      const nl = this.newline(level);
      sep += nl;
      out.push(nl);
    }
    for (let i = 0; i < items.length; i++) {
      if (i > 0) out.push(sep);
      try {
        this.encode(items[i], level);
      } catch (e) {
        addNote(e, `when serializing ${typeOf(o).name} item ${i}`);
        throw e;
      }
    }
    this.leave(o);
    if (this.indent !== None) out.push(this.newline(level - 1));
    out.push("]");
    this.depth--;
  }

  dict(d: PyDict, level: number): void {
    const out = this.parts;
    if (d.size === 0) {
      out.push("{}");
      return;
    }
    this.enter(d);
    this.deeper(" while encoding a JSON object");
    // "{" and the first newline wait for the first key not skipped: all skipped gives "{}"
    let sep = this.itemSeparator, open = "{";
    if (this.indent !== None) {
      level++;
      const nl = this.newline(level);
      sep += nl;
      open += nl;
    }
    let items: [W, W][];
    if (this.sortKeys || typeOf(d) !== dictType) {
      const pairs = iterateToArray(call(getAttr(d, "items"), []));
      if (this.sortKeys) {
        const l = newList(pairs.slice());
        listSort(l, None, false);
        items = l.items.map((p) => pairTuple(p));
      } else items = pairs.map((p) => pairTuple(p));
    } else items = d.itemsArray();
    let first = true;
    for (const [key, value] of items) {
      let keyText: string;
      if (key instanceof PyStr) keyText = this.str(key);
      else {
        let k: string | undefined;
        const f = floatOf(key);
        if (f !== undefined) k = this.float(key, f);
        else if (key === True) k = "true";
        else if (key === False) k = "false";
        else if (key === None) k = "null";
        else if (typeof key === "number" || typeof key === "bigint") k = intToDecimal(key);
        else {
          const iv = intSubValue(key);
          if (iv !== undefined) k = intToDecimal(iv);
        }
        if (k === undefined) {
          if (this.skipKeys) continue;
          raiseTypeError(`keys must be str, int, float, bool or None, not ${typeOf(key).name}`);
        }
        keyText = this.str(newStr(k));
      }
      if (first) {
        first = false;
        out.push(open);
      } else out.push(sep);
      out.push(keyText, this.keySeparator);
      try {
        this.encode(value, level);
      } catch (e) {
        addNote(e, `when serializing ${typeOf(d).name} item ${repr(key)}`);
        throw e;
      }
    }
    this.leave(d);
    if (first) out.push("{}");
    else {
      if (this.indent !== None) out.push(this.newline(level - 1));
      out.push("}");
    }
    this.depth--;
  }
}
encoderType.factory = (cls) => new PyEncoder(cls);

function pairTuple(p: W): [W, W] {
  if (p instanceof PyTuple && p.items.length === 2) return [p.items[0], p.items[1]];
  const items = iterateToArray(p);
  if (items.length !== 2) raiseValueError("items must return 2-tuples");
  return [items[0], items[1]];
}
/** The value of an int subclass instance (bool excluded: True/False are handled before). */
function intSubValue(w: W): number | bigint | undefined {
  return w instanceof PyIntSub ? w.value : undefined;
}

function sepArg(w: W, n: number): string {
  if (w instanceof PyStr) return w.value;
  return raiseTypeError(`make_encoder() argument ${n} must be str, not ${typeOf(w).name}`);
}

const ENCODER_ARGS = [
  "markers",
  "default",
  "encoder",
  "indent",
  "key_separator",
  "item_separator",
  "sort_keys",
  "skipkeys",
  "allow_nan",
];
defineMethods(encoderType, [
  {
    name: "__new__",
    arity: [1, 10],
    kind: "static",
    kw: [
      "markers",
      "default",
      "encoder",
      "indent",
      "key_separator",
      "item_separator",
      "sort_keys",
      "skipkeys",
      "allow_nan",
    ],
    impl: (a) => {
      for (let i = 1; i <= 9; i++) {
        if (a[i] === undefined) {
          raiseTypeError(`make_encoder() missing required argument '${ENCODER_ARGS[i - 1]}' (pos ${i})`);
        }
      }
      const e = new PyEncoder(a[0] as PyType);
      const markers = a[1];
      if (markers !== None && !(markers instanceof PyDict)) {
        raiseTypeError(`make_encoder() argument 1 must be dict or None, not ${typeOf(markers).name}`);
      }
      e.markers = markers;
      e.defaultFn = a[2];
      e.encoder = a[3];
      e.indent = a[4];
      if (e.indent !== None && !(e.indent instanceof PyStr)) {
        raiseTypeError(`make_encoder() argument 4 must be str or None, not ${typeOf(e.indent).name}`);
      }
      e.indentUnit = e.indent instanceof PyStr ? e.indent.value : "";
      e.keySeparator = sepArg(a[5], 5);
      e.itemSeparator = sepArg(a[6], 6);
      e.sortKeys = isTrue(a[7]);
      e.skipKeys = isTrue(a[8]);
      e.allowNan = isTrue(a[9]);
      e.fast = e.encoder === encodeAsciiFn ? 1 : e.encoder === encodeUnicodeFn ? 2 : 0;
      return e;
    },
  },
  {
    name: "__call__",
    arity: [2, 2],
    kw: ["obj", "_current_indent_level"],
    impl: (a) => {
      const e = a[0] as PyEncoder;
      // a Py_ssize_t; a negative level indents as 0 does (CPython repeats the indent that many times)
      const level = Math.max(0, asSsize(a[2], "OverflowError"));
      e.parts = [];
      e.depth = 0;
      e.seen = e.markers === None ? null : new Set();
      try {
        e.encode(a[1], level);
        return newTuple([newStr(e.parts.join(""))]);
      } finally {
        e.parts = [];
        e.seen = null;
      }
    },
  },
]);

// ---------------------------------------------------------------- the module

const encodeAsciiFn = new PyBuiltinFunction(encodeAsciiSpec, undefined, "encode_basestring_ascii", "_json");
const encodeUnicodeFn = new PyBuiltinFunction(encodeUnicodeSpec, undefined, "encode_basestring", "_json");

export const jsonModule: NativeModuleDef = {
  name: "_json",
  doc: "json speedups\n",
  types: [["make_scanner", scannerType], ["make_encoder", encoderType]],
  functions: [
    {
      name: "scanstring",
      arity: [0, 3],
      impl: (a) => {
        if (a.length < 2) raiseTypeError(`scanstring() takes at least 2 arguments (${a.length} given)`);
        if (!(a[0] instanceof PyStr)) {
          raiseTypeError(`first argument must be a string, not ${typeOf(a[0]).name}`);
        }
        const end = asSsize(a[1], "OverflowError");
        if (end < 0 || end > a[0].length) raiseValueError("end is out of bounds");
        const strict = a[2] === undefined ? true : isTrue(a[2]);
        const v = scanString(a[0], unitIndex(a[0], end), strict);
        return newTuple([newStr(v), cpIndex(a[0], scanEnd)]);
      },
    },
  ],
  values: () => ({ encode_basestring_ascii: encodeAsciiFn, encode_basestring: encodeUnicodeFn }),
};
