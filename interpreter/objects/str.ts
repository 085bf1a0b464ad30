// str: a JS string boxed with its code-point length and an all-BMP flag (code-point indexing is O(1)
// when every character is in the BMP, which is the common case). Other strings index through a lazily
// built table of UTF-16 offsets. Character properties and case mappings come from unicode_data.ts
// (CPython 3.14's tables), so results do not depend on the JS engine's Unicode version.
//
// Import order note: nearly every type file imports this one, directly or through a cycle, so it imports
// only model.ts, errors.ts and its own tables, and reaches tuple/list/dict/slice objects through their
// types (factories, fields, dunders). Importing slice.ts or tuple.ts here breaks loading orders that
// start at float.ts, int.ts or tuple.ts.
import {
  AttrMap,
  builtinType,
  callBound,
  defineMethods,
  defineNativeIterator,
  dictType,
  False,
  intType,
  type Kwargs,
  listType,
  newBool,
  None,
  NotImplemented,
  objectType,
  PyBool,
  PyInstance,
  PyNativeIterator,
  PyObject,
  PyType,
  STOP_ITEM,
  strFactoryRef,
  strType,
  True,
  tupleType,
  TypeFlags,
  typeOf,
  type W,
} from "./model.ts";
import {
  errorWithMessage,
  exceptionType,
  installStrFactory,
  newError,
  PyError,
  raiseIndexError,
  raiseTypeError,
  raiseValueError,
} from "../vm/errors.ts";
import { isShortNeedle, searchBackward, searchForward } from "./strsearch.ts";
import { config } from "../config.ts";
import { hashText, joinHash, sipHi } from "./strhash.ts";
import { builtinNamed, clampIndex, ssizeState } from "./iterstate.ts";
import {
  ALPHA,
  CASE_IGNORABLE,
  CASED,
  charFlags,
  DECIMAL,
  DIGIT,
  foldOf,
  LOWER,
  lowerOf,
  NUMERIC,
  PRINTABLE,
  SPACE,
  TITLE,
  titleOf,
  UPPER,
  upperOf,
  XID_CONTINUE,
  XID_START,
} from "./unicode_data.ts";

const HAS_SURROGATE = /[\uD800-\uDFFF]/;

export class PyStr extends PyObject {
  declare readonly value: string;
  declare readonly length: number;
  declare readonly allBmp: boolean;
  /** Cached hash (-1 = not computed; a computed hash is never -1). */
  /** Cached hash: its low 32 bits (-1 = not computed; a low half of -1 is just recomputed) and high 32. */
  declare hashValue: number;
  declare hashHigh: number;
  /** For non-BMP strings: UTF-16 offset of each code point, plus the total at the end. */
  declare offsets: Int32Array | null;
  /** `noPairs`: the caller knows `value` holds no surrogate pair (a slice of a str without pairs). */
  constructor(value: string, cls: PyType = strType, noPairs = false) {
    super();
    this.cls = cls;
    this.hashValue = -1;
    this.hashHigh = 0;
    this.offsets = null;
    this.value = value;
    if (noPairs) {
      this.length = value.length;
      this.allBmp = true;
      return;
    }
    // most text has no surrogates at all: one native regex test instead of a JS loop over every unit
    if (value.length < 8 || !HAS_SURROGATE.test(value)) {
      let plain = true;
      if (value.length < 8) {
        for (let i = 0; i < value.length; i++) {
          const c = value.charCodeAt(i);
          if (c >= 0xd800 && c <= 0xdfff) plain = false;
        }
      }
      if (plain) {
        this.length = value.length;
        this.allBmp = true;
        return;
      }
    }
    let astral = 0;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
        const d = value.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          astral++;
          i++;
        }
      }
    }
    this.length = value.length - astral;
    this.allBmp = astral === 0;
  }
}

/**
 * Instances of str subclasses: attribute storage of their own. Plain strs share the empty defaults
 * below through the prototype chain (PyStr.prototype → PyInstance.prototype), so `instanceof PyInstance`
 * holds for both and the generic attribute code works without every str paying for the fields.
 */
export class PyStrSub extends PyStr {
  map: AttrMap = AttrMap.empty;
  values: W[] = [];
  slots: (W | undefined)[] | null = null;
  dictObject: PyObject | null = null;
  constructor(value: string, cls: PyType) {
    super(value, cls);
    if (cls.slotNames.length > 0) this.slots = new Array(cls.slotNames.length);
  }
}
Object.setPrototypeOf(PyStr.prototype, PyInstance.prototype);
Object.assign(PyStr.prototype, {
  map: AttrMap.empty,
  values: Object.freeze([]),
  slots: null,
  dictObject: null,
});
strType.factory = (cls) => new PyStrSub("", cls);

const interned = new Map<string, PyStr>();

/** sys.intern's table: the first exact str interned with each value. */
const internTable = new Map<string, PyStr>();
/** sys.intern(s): the table's str equal to `s`, which becomes it when there is none. */
export function intern(s: PyStr): PyStr {
  const known = internTable.get(s.value);
  if (known !== undefined) return known;
  internTable.set(s.value, s);
  return s;
}
/** The interned str of a JS string (an attribute name as an instance's `__dict__` shows it: CPython's
 * attribute names are interned identifiers, and pickle interns the names it restores to the same objects). */
export function internStr(value: string): PyStr {
  let w = internTable.get(value);
  if (w === undefined) internTable.set(value, w = newStr(value));
  return w;
}
export function isInterned(s: PyStr): boolean {
  return internTable.get(s.value) === s;
}

/** Box a JS string; empty and one-character strings are shared. */
/** The one-character strs below U+0100, by code. */
const latin1: (PyStr | undefined)[] = new Array(256);
export function newStr(s: string): PyStr {
  if (s.length <= 1) {
    if (s.length === 1) {
      const c = s.charCodeAt(0);
      if (c < 256) return latin1[c] ?? (latin1[c] = new PyStr(s));
    }
    let w = interned.get(s);
    if (w === undefined) interned.set(s, w = new PyStr(s));
    return w;
  }
  return new PyStr(s);
}
strFactoryRef.make = newStr;
/** newStr for a string known to hold no surrogate pair (a part of an allBmp str): no scan. */
function newStrNoPairs(s: string): PyStr {
  return s.length <= 1 ? newStr(s) : new PyStr(s, strType, true);
}
/**
 * s[start:stop] of a str without surrogate pairs, for int bounds (JS numbers; undefined = omitted):
 * String.prototype.slice's negative-index and clamping rules are Python's for a unit step. The whole of
 * an exact str is the str itself, as CPython's unicode_subscript returns it.
 */
export function bmpSlice(w: PyStr, start: number | undefined, stop: number | undefined): PyStr {
  const v = w.value;
  const r = v.slice(start, stop);
  return r.length === v.length && w.cls === strType ? w : newStrNoPairs(r);
}
function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
/** Whether `left + right` joins a high surrogate ending `left` with a low one starting `right`. */
function pairsAtJoin(left: string, right: string): boolean {
  // `right` first: charCodeAt flattens a rope, and `left` is the long rope of a `s += part` loop
  // (reading its last unit on every join made that loop quadratic)
  const l = right.charCodeAt(0);
  if (l < 0xdc00 || l > 0xdfff) return false;
  const h = left.charCodeAt(left.length - 1);
  return h >= 0xd800 && h <= 0xdbff;
}
/** a + b for two strs (no length guard: callers check). */
export function strConcat(a: PyStr, b: PyStr): PyStr {
  const v = a.value + b.value;
  if (pairsAtJoin(a.value, b.value)) return newStr(v);
  if (a.allBmp && b.allBmp) return newStrNoPairs(v);
  // astral text on either side: the code point counts add up, so no scan of the whole result (which
  // would also flatten the rope a `s += part` loop builds)
  const r = new PyStr(v, strType, true);
  (r as { length: number }).length = a.length + b.length;
  (r as { allBmp: boolean }).allBmp = false;
  return r;
}
/** A string from UTF-16 code units (chunked: apply has an argument limit). */
function fromUnits(units: number[]): string {
  if (units.length <= 4096) return String.fromCharCode.apply(null, units);
  let out = "";
  for (let i = 0; i < units.length; i += 4096) {
    out += String.fromCharCode.apply(null, units.slice(i, i + 4096));
  }
  return out;
}
installStrFactory(newStr);

export function isStr(w: W): w is PyStr {
  return w instanceof PyStr;
}
export function strValue(w: W, what = "argument"): string {
  if (w instanceof PyStr) return w.value;
  return raiseTypeError(`${what} must be str, not ${typeOf(w).name}`);
}

/** Hooks other type files install: bytes construction and decoding (bytes.ts), other codecs. */
export const strHooks = {
  makeBytes: (_b: Uint8Array): W => raiseTypeError("bytes type not initialised"),
  decode: (_bytes: W, _encoding: string, _errors: string): string =>
    raiseTypeError("bytes type not initialised"),
  /** Encodings other than utf-8/ascii/latin-1 (codecs); undefined = unknown encoding. */
  encodeOther: (_s: string, _encoding: string, _errors: string): W | undefined => undefined,
  /** Decoding through the codec registry (_codecs installs it); null = only the built-in codecs. */
  decodeOther: null as null | ((b: Uint8Array, encoding: string, errors: string) => string),
  /** Looks up a codec and an error handler by name (_codecs installs it), for checkEncodingErrors. */
  lookupNames: (_encoding: string | undefined, _errors: string | undefined): void => {},
};
/**
 * Under -X dev, an encoding and an error handler named explicitly must exist even when no text needs
 * them (CPython's unicode_check_encoding_errors, for encode/decode/str()/bytes()).
 */
export function checkEncodingErrors(encoding: string | undefined, errors: string | undefined): void {
  if (config.devMode && (encoding !== undefined || errors !== undefined)) {
    strHooks.lookupNames(encoding, errors);
  }
}
/** Error handlers encodeString implements itself; others (namereplace, registered ones) go to codecs. */
const INLINE_ENCODE_ERRORS = new Set([
  "strict",
  "ignore",
  "replace",
  "surrogateescape",
  "surrogatepass",
  "backslashreplace",
  "xmlcharrefreplace",
]);

/** CPython's unicode_repr: prefer single quotes, escape controls, keep printable non-ASCII. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c >= 0x80 && !(charFlags(c) & PRINTABLE)) {
      if (c <= 0xff) out += "\\x" + c.toString(16).padStart(2, "0");
      else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
      else out += "\\U" + c.toString(16).padStart(8, "0");
    } else out += ch;
  }
  return out + quote;
}

/** Filled by operations.ts: materialise an iterable into an array (for join). */
export const joinHooks = { iterate: (_w: W): W[] => [] as W[] };
/** Kept for operations.ts; str uses model's newBool directly. */
export function installBool(_of: (b: boolean) => W): void {}

// ---------------------------------------------------------------- code points

function offsetsOf(w: PyStr): Int32Array {
  if (w.offsets !== null) return w.offsets;
  const s = w.value;
  const off = new Int32Array(w.length + 1);
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    off[k++] = i;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  off[k] = s.length;
  w.offsets = off;
  return off;
}
/** UTF-16 offset of code point index i (0 ≤ i ≤ length). */
function unitAt(w: PyStr, i: number): number {
  return w.allBmp ? i : offsetsOf(w)[i];
}
/** Code point index of UTF-16 offset u (a code point boundary). */
function cpAt(w: PyStr, u: number): number {
  if (w.allBmp) return u;
  const off = offsetsOf(w);
  let lo = 0, hi = w.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (off[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** The i-th character (code point) as a JS string. */
function charAt(w: PyStr, i: number): string {
  if (w.allBmp) return w.value[i];
  const off = offsetsOf(w);
  return w.value.slice(off[i], off[i + 1]);
}
/** Substring by code point indices. */
function substr(w: PyStr, lo: number, hi: number): string {
  if (w.allBmp) return w.value.slice(lo, hi);
  const off = offsetsOf(w);
  return w.value.slice(off[lo], off[hi]);
}
function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}
// Native regex scans: several times faster than a JS loop over charCodeAt for all but tiny strings.
const NON_ASCII = /[^\0-\x7f]/;
function isAscii(s: string): boolean {
  return !NON_ASCII.test(s);
}
/** Whether a match at UTF-16 range [u, u+n) would split a surrogate pair (never a Python match). */
function splitsPair(s: string, u: number, n: number): boolean {
  const isLow = (i: number) => {
    const c = s.charCodeAt(i);
    return c >= 0xdc00 && c <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 &&
      s.charCodeAt(i - 1) <= 0xdbff;
  };
  return (u > 0 && isLow(u)) || (u + n < s.length && isLow(u + n));
}

/** Compare by code point (JS `<` compares UTF-16 units, wrong for astral vs U+E000–U+FFFF). */
export function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  return unitRank(a, i) - unitRank(b, i);
}
/** A key ordering units at a first difference as their code points order. */
function unitRank(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 0x10000 + c; // astral: above every BMP unit
  }
  return c;
}

// ---------------------------------------------------------------- sequences without importing them

type Seq = { items: W[] };
function newTuple(items: W[]): W {
  const t = tupleType.factory(tupleType) as unknown as Seq;
  t.items = items;
  return t as unknown as W;
}
function isTuple(w: W): w is PyObject & Seq {
  return typeof w === "object" && w.cls.isSubtypeOf(tupleType);
}
function newList(items: W[]): W {
  const l = listType.factory(listType) as unknown as Seq;
  l.items = items;
  return l as unknown as W;
}
/** slice objects (slice.ts; the type cannot be subclassed). */
type Slice = PyObject & { start: W; stop: W; step: W };
function isSlice(w: W): w is Slice {
  if (typeof w !== "object") return false;
  if (w.cls === sliceTypeRef) return true;
  if (sliceTypeRef !== null || w.cls.name !== "slice" || w.cls.module !== "builtins" || !("step" in w)) {
    return false;
  }
  sliceTypeRef = w.cls; // the first slice seen (the type cannot be subclassed)
  return true;
}
let sliceTypeRef: PyType | null = null;
/** CPython's PyIndex_Check. */
function isIndex(w: W): boolean {
  return typeof w !== "object" || w instanceof PyBool || typeOf(w).lookup("__index__") !== undefined;
}
/** __index__ as a JS number clamped to ±MAX_SAFE_INTEGER (slice.ts's indexValue). */
function indexValue(w: W, what: string): number {
  let v: W = w;
  if (typeof v === "object") {
    if (v instanceof PyBool) return v.value ? 1 : 0;
    const fn = typeOf(v).lookup("__index__");
    if (fn === undefined) raiseTypeError(what);
    // an int subclass is its value, whatever its __index__ (PyNumber_AsSsize_t)
    v = typeOf(v).isSubtypeOf(intType)
      ? (v as unknown as { value: number | bigint }).value
      : callBound(fn, v, []);
    if (v instanceof PyBool) return v.value ? 1 : 0;
    if (typeof v === "object") raiseTypeError(`__index__ returned non-int (type ${typeOf(v).name})`);
  }
  if (typeof v === "bigint") return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return v;
}
const SLICE_INDEX_MSG = "slice indices must be integers or None or have an __index__ method";
/** A step-1 slice bound clamped into [0, length]. */
function clampBound(w: W, length: number): number {
  let i = typeof w === "number" ? w : indexValue(w, SLICE_INDEX_MSG);
  if (i < 0) {
    i += length;
    if (i < 0) i = 0;
  } else if (i > length) i = length;
  return i;
}
/** start, step and count of the last sliceIndices() call. */
let sliceStart = 0, sliceStep = 1, sliceCount = 0;
/** A slice over `length` items (PySlice_GetIndicesEx): sets sliceStart, sliceStep and sliceCount. */
function sliceIndices(sl: Slice, length: number): void {
  let step = 1;
  if (sl.step !== None) {
    step = indexValue(sl.step, SLICE_INDEX_MSG);
    if (step === 0) raiseValueError("slice step cannot be zero");
  }
  const lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
  const start = adjustIndex(sl.start, step < 0 ? upper : lower, length, lower, upper);
  const stop = adjustIndex(sl.stop, step < 0 ? lower : upper, length, lower, upper);
  let count = 0;
  if (step > 0) {
    if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  } else if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  sliceStart = start;
  sliceStep = step;
  sliceCount = count;
}
/** One slice bound: None gives `dflt`, negatives count from the end, the rest is clamped to [lower, upper]. */
function adjustIndex(w: W, dflt: number, length: number, lower: number, upper: number): number {
  if (w === None) return dflt;
  let i = indexValue(w, SLICE_INDEX_MSG);
  if (i < 0) {
    i += length;
    if (i < lower) i = lower;
  } else if (i > upper) i = upper;
  return i;
}
/** A sequence operator's non-sequence operand still gets its reflected method tried (tuple.ts's reflected). */
function reflected(other: W, rname: string, selfObj: W): W {
  const fn = typeOf(other).lookup(rname);
  if (fn === undefined || fn === None) return NotImplemented;
  return callBound(fn, other, [selfObj]);
}
const COMPARE_DUNDERS: [string, string][] = [
  ["__lt__", "<"],
  ["__le__", "<="],
  ["__eq__", "=="],
  ["__ne__", "!="],
  ["__gt__", ">"],
  ["__ge__", ">="],
];

// ---------------------------------------------------------------- argument helpers

function self(a: W[]): PyStr {
  return a[0] as PyStr;
}
function typeName(w: W): string {
  return typeOf(w).name;
}
/** An exact str result: self itself when it is an exact str, else a new one (CPython's unicode_result_unchanged). */
function unchanged(w: PyStr): PyStr {
  return w.cls === strType ? w : newStr(w.value);
}
function arg(w: W | undefined, msg: string): string {
  if (w instanceof PyStr) return w.value;
  return raiseTypeError(`${msg} must be str, not ${typeName(w!)}`);
}
/** An index-sized integer argument (PyNumber_AsSsize_t with OverflowError). */
export function intArg(w: W): number {
  if (typeof w === "number") return w;
  if (!isIndex(w)) raiseTypeError(`'${typeName(w)}' object cannot be interpreted as an integer`);
  return repeatCountSigned(w);
}
function repeatCountSigned(w: W): number {
  let v: W = w;
  if (typeof v === "object" && !(v instanceof PyBool)) v = callBound(typeOf(v).lookup("__index__")!, v, []);
  if (v instanceof PyBool) return v.value ? 1 : 0;
  if (typeof v === "bigint") {
    if (v > 2n ** 63n - 1n || v < -(2n ** 63n)) {
      throw errorWithMessage("OverflowError", "Python int too large to convert to C ssize_t");
    }
    return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  }
  if (typeof v !== "number") raiseTypeError(`__index__ returned non-int (type ${typeName(v)})`);
  return v;
}
const SLICE_MSG = "slice indices must be integers or None or have an __index__ method";
/** start/end of find-like methods, adjusted as CPython's ADJUST_INDICES (start may exceed end). */
let boundLo = 0, boundHi = 0;
/** Sets boundLo/boundHi (no pair allocated: find/count/startswith run per character in loops). */
function bounds(w: PyStr, start: W | undefined, end: W | undefined): void {
  const len = w.length;
  if (start === undefined && end === undefined) {
    boundLo = 0;
    boundHi = len;
    return;
  }
  let lo = start === undefined || start === None ? 0 : indexValue(start, SLICE_MSG);
  let hi = end === undefined || end === None ? len : indexValue(end, SLICE_MSG);
  if (hi > len) hi = len;
  else if (hi < 0) {
    hi += len;
    if (hi < 0) hi = 0;
  }
  if (lo < 0) {
    lo += len;
    if (lo < 0) lo = 0;
  }
  boundLo = lo;
  boundHi = hi;
}
function truth(w: W | undefined): boolean {
  if (w === undefined || w === False || w === None) return false;
  if (w === True) return true;
  if (typeof w === "number") return w !== 0;
  if (typeof w === "bigint") return true;
  if (w instanceof PyStr) return w.length !== 0;
  const b = w.cls.lookup("__bool__");
  if (b !== undefined) return callBound(b, w, []) === True;
  const l = w.cls.lookup("__len__");
  if (l !== undefined) return callBound(l, w, []) !== 0;
  return true;
}
/** A list of strs; `noPairs` when the parts come from a str without surrogate pairs. */
function strList(parts: string[], noPairs = false): W {
  const out: W[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) out[i] = noPairs ? newStrNoPairs(parts[i]) : newStr(parts[i]);
  return newList(out);
}
function fillChar(w: W | undefined): string {
  if (w === undefined) return " ";
  if (!(w instanceof PyStr)) {
    raiseTypeError(`The fill character must be a unicode character, not ${typeName(w)}`);
  }
  if (w.length !== 1) raiseTypeError("The fill character must be exactly one character long");
  return w.value;
}
/** str(int) with sys.set_int_max_str_digits' check; int.ts installs it (it imports this file). */
export const intStrHook = { decimal: (v: number | bigint): string => v.toString() };

/** Python's str(obj) without importing operations.ts (see the import note at the top). */
function toStr(w: W): string {
  if (w instanceof PyStr && w.cls === strType) return w.value;
  if (typeof w === "number") return w.toString();
  if (typeof w === "bigint") return intStrHook.decimal(w);
  return strObject(w).value;
}
/** PyObject_Repr: __repr__'s result as it is (a str subclass stays one), for repr(), ascii() and object.__str__. */
export function reprObject(w: W): PyStr {
  if (typeof w === "number") return newStr(w.toString());
  if (typeof w === "bigint") return newStr(intStrHook.decimal(w));
  const r = callBound(w.cls.lookup("__repr__")!, w, []);
  if (!(r instanceof PyStr)) raiseTypeError(`__repr__ returned non-string (type ${typeName(r)})`);
  return r;
}
/** PyObject_Str for an object: __str__'s result as it is (a str subclass stays one). */
function strObject(w: PyObject): PyStr {
  const fn = w.cls.lookup("__str__") ?? w.cls.lookup("__repr__");
  const r = fn === undefined ? undefined : callBound(fn, w, []);
  if (!(r instanceof PyStr)) raiseTypeError(`__str__ returned non-string (type ${typeName(r ?? None)})`);
  return r;
}

// ---------------------------------------------------------------- searching

/** Code-point index of the first/last occurrence of sub in w[lo:hi], or -1. */
function findIn(w: PyStr, sub: string, lo: number, hi: number, reverse: boolean): number {
  const subLen = w.allBmp ? sub.length : codePoints(sub).length;
  if (hi - lo < subLen) return -1;
  const s = w.value;
  const ulo = unitAt(w, lo), uhi = unitAt(w, hi);
  if (!reverse) {
    let u = searchForward(s, sub, ulo, uhi);
    while (u >= 0) {
      if (w.allBmp || !splitsPair(s, u, sub.length)) return cpAt(w, u);
      u = searchForward(s, sub, u + 1, uhi);
    }
    return -1;
  }
  let u = searchBackward(s, sub, ulo, uhi);
  while (u >= 0) {
    if (w.allBmp || !splitsPair(s, u, sub.length)) return cpAt(w, u);
    u = searchBackward(s, sub, ulo, u + sub.length - 1);
  }
  return -1;
}
function countIn(w: PyStr, sub: string, lo: number, hi: number, max = Infinity): number {
  if (hi < lo) return 0;
  if (sub === "") return Math.min(hi - lo + 1, max);
  let n = 0;
  if (w.allBmp) {
    const s = w.value, step = sub.length;
    for (let u = searchForward(s, sub, lo, hi); u >= 0 && n < max; u = searchForward(s, sub, u + step, hi)) {
      n++;
    }
    return n;
  }
  for (let i = findIn(w, sub, lo, hi, false); i >= 0 && n < max; n++) {
    i = findIn(w, sub, i + (w.allBmp ? sub.length : codePoints(sub).length), hi, false);
  }
  return n;
}
/** `sub in w` (the eval loop's fast path calls it too). */
export function strContains(w: PyStr, sub: PyStr): boolean {
  if (w.allBmp && isShortNeedle(sub.value.length)) return w.value.includes(sub.value);
  return findIn(w, sub.value, 0, w.length, false) >= 0;
}
function findMethod(a: W[], name: string, reverse: boolean, raise: boolean): W {
  const w = self(a);
  const sa = a[1];
  const sub = sa instanceof PyStr ? sa.value : arg(sa, `${name}() argument 1`);
  bounds(w, a[2], a[3]);
  const r = findIn(w, sub, boundLo, boundHi, reverse);
  if (r < 0 && raise) raiseValueError("substring not found");
  return r;
}
/** startswith/endswith: prefix may be a tuple of str. */
function tailMatch(a: W[], name: string, atEnd: boolean): W {
  const w = self(a), p = a[1];
  bounds(w, a[2], a[3]);
  const lo = boundLo, hi = boundHi;
  if (p instanceof PyStr) return matchAt(w, p, lo, hi, atEnd) ? True : False;
  if (isTuple(p)) {
    for (const item of p.items) {
      if (!(item instanceof PyStr)) {
        raiseTypeError(`tuple for ${name} must only contain str, not ${typeName(item)}`);
      }
      if (matchAt(w, item, lo, hi, atEnd)) return True;
    }
    return False;
  }
  raiseTypeError(`${name} first arg must be str or a tuple of str, not ${typeName(p)}`);
}
/** Whether w[lo:hi] starts (or, atEnd, ends) with sub. */
function matchAt(w: PyStr, sub: PyStr, lo: number, hi: number, atEnd: boolean): boolean {
  const n = sub.length;
  if (hi - n < lo) return false;
  if (n === 0) return true;
  const s = w.value;
  if (w.allBmp) return s.startsWith(sub.value, atEnd ? hi - n : lo);
  return s.startsWith(sub.value, unitAt(w, atEnd ? hi - n : lo));
}

// ---------------------------------------------------------------- case mapping

/** Python's whitespace (str.isspace for one code point); ASCII answered without the table. */
function isSpaceCp(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  return (charFlags(c) & SPACE) !== 0;
}

/** CPython's handle_capital_sigma: final form when preceded by a cased letter and not followed by one. */
function finalSigma(cps: number[], i: number): string {
  let j = i - 1;
  while (j >= 0 && (charFlags(cps[j]) & CASE_IGNORABLE) !== 0) j--;
  const before = j >= 0 && (charFlags(cps[j]) & CASED) !== 0;
  j = i + 1;
  while (j < cps.length && (charFlags(cps[j]) & CASE_IGNORABLE) !== 0) j++;
  const after = j < cps.length && (charFlags(cps[j]) & CASED) !== 0;
  return before && !after ? "\u03c2" : "\u03c3";
}
function lowerAt(cps: number[], i: number): string {
  return cps[i] === 0x3a3 ? finalSigma(cps, i) : lowerOf(cps[i]);
}
/**
 * A case mapping done run by run: ASCII runs through JS's own (exact for ASCII) `ascii`, every other
 * code point through `map`. For upper() and lower() without a capital sigma (whose lowercase depends on
 * its neighbours).
 */
function mapRuns(s: string, ascii: (t: string) => string, map: (cp: number) => string): string {
  let out = "", i = 0;
  const n = s.length;
  while (i < n) {
    let j = i;
    while (j < n && s.charCodeAt(j) < 0x80) j++;
    if (j > i) out += ascii(s.slice(i, j));
    if (j >= n) break;
    let c = s.charCodeAt(j), w = 1;
    if (c >= 0xd800 && c <= 0xdbff && j + 1 < n) {
      const d = s.charCodeAt(j + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        w = 2;
      }
    }
    out += map(c);
    i = j + w;
  }
  return out;
}
const asciiLower = (t: string) => t.toLowerCase();
const asciiUpper = (t: string) => t.toUpperCase();
function lower(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  if (s.indexOf("\u03a3") < 0) return mapRuns(s, asciiLower, lowerOf);
  const cps = codePoints(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}
function upper(s: string): string {
  if (isAscii(s)) return s.toUpperCase();
  return mapRuns(s, asciiUpper, upperOf);
}
function casefold(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  let out = "";
  for (const c of codePoints(s)) out += foldOf(c);
  return out;
}
function capitalize(s: string): string {
  const cps = codePoints(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) out += i === 0 ? titleOf(cps[0]) : lowerAt(cps, i);
  return out;
}
function swapcase(s: string): string {
  const cps = codePoints(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) {
    const f = charFlags(cps[i]);
    if (f & UPPER) out += lowerAt(cps, i);
    else if (f & LOWER) out += upperOf(cps[i]);
    else out += String.fromCodePoint(cps[i]);
  }
  return out;
}
function title(s: string): string {
  if (s.indexOf("\u03a3") < 0) {
    // ASCII letters directly, the rest through the tables
    const units: number[] = [];
    let out = "", prevCased = false;
    const n = s.length;
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        const isUp = c >= 0x41 && c <= 0x5a, isLow = c >= 0x61 && c <= 0x7a;
        if (prevCased) {
          if (isUp) c += 32;
        } else if (isLow) c -= 32;
        units.push(c);
        prevCased = isUp || isLow;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          i++;
        }
      }
      if (units.length > 0) {
        out += fromUnits(units);
        units.length = 0;
      }
      out += prevCased ? lowerOf(c) : titleOf(c);
      prevCased = (charFlags(c) & CASED) !== 0;
    }
    return units.length > 0 ? out + fromUnits(units) : out;
  }
  const cps = codePoints(s);
  let out = "", prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    out += prevCased ? lowerAt(cps, i) : titleOf(cps[i]);
    prevCased = (charFlags(cps[i]) & CASED) !== 0;
  }
  return out;
}

// ---------------------------------------------------------------- predicates

function allHave(s: string, mask: number, emptyResult = false): W {
  if (s.length === 0) return newBool(emptyResult);
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    if ((charFlags(c) & mask) === 0) return False;
  }
  return True;
}
function isLowerStr(s: string, wantLower: boolean): W {
  const yes = wantLower ? LOWER : UPPER, no = wantLower ? UPPER | TITLE : LOWER | TITLE;
  let cased = false;
  for (const c of codePoints(s)) {
    const f = charFlags(c);
    if (f & no) return False;
    if (f & yes) cased = true;
  }
  return newBool(cased);
}
function isTitleStr(s: string): W {
  let cased = false, prev = false;
  for (const c of codePoints(s)) {
    const f = charFlags(c);
    if (f & (UPPER | TITLE)) {
      if (prev) return False;
      prev = cased = true;
    } else if (f & LOWER) {
      if (!prev) return False;
      prev = cased = true;
    } else prev = false;
  }
  return newBool(cased);
}
function isIdentifier(s: string): boolean {
  if (s.length === 0) return false;
  const cps = codePoints(s);
  if (cps[0] !== 0x5f && !(charFlags(cps[0]) & XID_START)) return false;
  for (let i = 1; i < cps.length; i++) if (!(charFlags(cps[i]) & XID_CONTINUE)) return false;
  return true;
}

// ---------------------------------------------------------------- split family

/**
 * Runs of characters that are not Python whitespace (str.isspace: bidi WS/B/S or category Zs, all in
 * the BMP; checked against the table over every code point).
 */
// deno-lint-ignore no-control-regex -- \x1c-\x1f are whitespace to Python (str.isspace)
const NON_SPACE_RUNS = /[^\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
function splitWhitespace(s: string, max: number): string[] {
  if (max < 0) return s.match(NON_SPACE_RUNS) ?? [];
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (max-- !== 0) {
    while (i < n && isSpaceCp(s.charCodeAt(i))) i++;
    if (i === n) return out;
    const j = i;
    while (i < n && !isSpaceCp(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  while (i < n && isSpaceCp(s.charCodeAt(i))) i++;
  if (i < n) out.push(s.slice(i));
  return out;
}
function rsplitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (max-- !== 0) {
    while (i > 0 && isSpaceCp(s.charCodeAt(i - 1))) i--;
    if (i === 0) return out.reverse();
    const j = i;
    while (i > 0 && !isSpaceCp(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
  }
  while (i > 0 && isSpaceCp(s.charCodeAt(i - 1))) i--;
  if (i > 0) out.push(s.slice(0, i));
  return out.reverse();
}
function splitArgs(a: W[]): [string | null, number] {
  const sep = a[1] === undefined || a[1] === None ? null : a[1];
  if (sep !== null && !(sep instanceof PyStr)) raiseTypeError(`must be str or None, not ${typeName(sep)}`);
  const max = a[2] === undefined ? -1 : intArg(a[2]);
  if (sep !== null && sep.value === "") raiseValueError("empty separator");
  return [sep === null ? null : sep.value, max < 0 ? -1 : max];
}
function split(w: PyStr, sep: string | null, max: number): string[] {
  const s = w.value;
  if (sep === null) return splitWhitespace(s, max);
  const out: string[] = [];
  let pos = 0;
  while (max-- !== 0) {
    let u = searchForward(s, sep, pos, s.length);
    while (u >= 0 && !w.allBmp && splitsPair(s, u, sep.length)) u = searchForward(s, sep, u + 1, s.length);
    if (u < 0) break;
    out.push(s.slice(pos, u));
    pos = u + sep.length;
  }
  out.push(s.slice(pos));
  return out;
}
function rsplit(w: PyStr, sep: string | null, max: number): string[] {
  const s = w.value;
  if (sep === null) return rsplitWhitespace(s, max);
  const out: string[] = [];
  let end = s.length;
  while (max-- !== 0 && end >= sep.length) {
    let u = searchBackward(s, sep, 0, end);
    while (u >= 0 && !w.allBmp && splitsPair(s, u, sep.length)) {
      u = searchBackward(s, sep, 0, u + sep.length - 1);
    }
    if (u < 0) break;
    out.push(s.slice(u + sep.length, end));
    end = u;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}
/** Python's line boundaries: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
function isLineBreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}
function splitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const j = i;
    while (i < n && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      i += s.charCodeAt(i) === 0x0d && s.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}
function partition(w: PyStr, sepW: W, reverse: boolean): W {
  if (!(sepW instanceof PyStr)) raiseTypeError(`must be str, not ${typeName(sepW)}`);
  const sep = sepW.value;
  if (sep === "") raiseValueError("empty separator");
  const i = findIn(w, sep, 0, w.length, reverse);
  const empty = newStr("");
  if (i < 0) return reverse ? newTuple([empty, empty, unchanged(w)]) : newTuple([unchanged(w), empty, empty]);
  const u = unitAt(w, i);
  const part = w.allBmp ? newStrNoPairs : newStr;
  return newTuple([
    part(w.value.slice(0, u)),
    sepW.cls === strType ? sepW : newStr(sep),
    part(w.value.slice(u + sep.length)),
  ]);
}

// ---------------------------------------------------------------- other helpers

function stripChars(w: PyStr, chars: W | undefined, sides: number, name: string): PyStr {
  const s = w.value;
  let start = 0, end = s.length;
  if (chars === undefined || chars === None) {
    if (sides & 1) { while (start < end && isSpaceCp(s.charCodeAt(start))) start++; }
    if (sides & 2) { while (end > start && isSpaceCp(s.charCodeAt(end - 1))) end--; }
  } else {
    if (!(chars instanceof PyStr)) raiseTypeError(`${name} arg must be None or str`);
    const set = new Set(codePoints(chars.value));
    const cpAtUnit = (i: number) => s.codePointAt(i)!;
    if (sides & 1) {
      while (start < end && set.has(cpAtUnit(start))) start += cpAtUnit(start) > 0xffff ? 2 : 1;
    }
    if (sides & 2) {
      while (end > start) {
        const lowPair = end - 2 >= start && s.codePointAt(end - 2)! > 0xffff;
        const c = lowPair ? s.codePointAt(end - 2)! : s.charCodeAt(end - 1);
        if (!set.has(c)) break;
        end -= lowPair ? 2 : 1;
      }
    }
  }
  if (start === 0 && end === s.length) return unchanged(w);
  return w.allBmp ? newStrNoPairs(s.slice(start, end)) : newStr(s.slice(start, end));
}
function pad(w: PyStr, width: W, fill: W | undefined, where: "l" | "r" | "c"): PyStr {
  const n = intArg(width), f = fillChar(fill);
  if (n <= w.length) return unchanged(w);
  const marg = n - w.length;
  // CPython's centering rounds the extra column to the left only when both marg and width are odd.
  const left = where === "l" ? 0 : where === "r" ? marg : Math.floor(marg / 2) + (marg & n & 1);
  return newStr(f.repeat(left) + w.value + f.repeat(marg - left));
}
function expandtabs(s: string, tabsize: number): string {
  let out = "", col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const k = tabsize - (col % tabsize);
        out += " ".repeat(k);
        col += k;
      }
    } else {
      out += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  return out;
}
function replace(w: PyStr, old: string, rep: string, count: number): string {
  const s = w.value;
  if (count < 0) count = Infinity;
  if (old === "") {
    if (count === 0) return s;
    const chars = w.allBmp ? s.split("") : Array.from(s);
    let out = "";
    let n = 0;
    for (const ch of chars) {
      if (n < count) {
        out += rep;
        n++;
      }
      out += ch;
    }
    return n < count ? out + rep : out;
  }
  if (count === Infinity && w.allBmp && isShortNeedle(old.length)) {
    // replaceAll reads "$" patterns in a string replacement: a function returns `rep` verbatim
    return rep.indexOf("$") < 0 ? s.replaceAll(old, rep) : s.split(old).join(rep);
  }
  let out = "", pos = 0, n = 0;
  while (n < count) {
    let i = searchForward(s, old, pos, s.length);
    while (i >= 0 && !w.allBmp && splitsPair(s, i, old.length)) i = searchForward(s, old, i + 1, s.length);
    if (i < 0) break;
    out += s.slice(pos, i) + rep;
    pos = i + old.length;
    n++;
  }
  return out + s.slice(pos);
}
function zfill(w: PyStr, width: number): PyStr {
  const s = w.value;
  if (width <= w.length) return unchanged(w);
  const fill = width - w.length;
  if (s[0] === "+" || s[0] === "-") return newStr(s[0] + "0".repeat(fill) + s.slice(1));
  return newStr("0".repeat(fill) + s);
}
/** A string too long for a JS string (V8's limit) is a MemoryError, as the allocation would be. */
function guardLength(n: number): void {
  if (n > 0x1fffffe8) throw newError(exceptionType("MemoryError"), []);
}

// ---------------------------------------------------------------- translate / maketrans

function isLookupError(e: unknown): boolean {
  return e instanceof PyError && e.matches(exceptionType("LookupError"));
}
function translate(s: string, table: W): string {
  const getitem = typeOf(table).lookup("__getitem__");
  if (getitem === undefined) raiseTypeError(`'${typeName(table)}' object is not subscriptable`);
  const cache = new Map<number, string | null>();
  let out = "";
  for (const c of codePoints(s)) {
    let m = cache.get(c);
    if (m === undefined) {
      let r: W | undefined;
      try {
        r = callBound(getitem, table, [c]);
      } catch (e) {
        if (!isLookupError(e)) throw e;
        r = undefined;
      }
      if (r === undefined) m = String.fromCodePoint(c);
      else if (r === None) m = null;
      else if (r instanceof PyStr) m = r.value;
      else if (typeof r === "number" || typeof r === "bigint" || r instanceof PyBool) {
        const v = r instanceof PyBool ? (r.value ? 1 : 0) : r;
        if (v < 0 || v > 0x10ffff) raiseValueError("character mapping must be in range(0x110000)");
        m = String.fromCodePoint(Number(v));
      } else raiseTypeError("character mapping must return integer, None or str");
      cache.set(c, m);
    }
    if (m !== null) out += m;
  }
  return out;
}
function maketrans(a: W[]): W {
  const x = a[0], y = a[1], z = a[2];
  const d = dictType.factory(dictType);
  const set = (k: W, v: W) => callBound(dictType.lookup("__setitem__")!, d, [k, v]);
  if (y === undefined) {
    if (!(typeof x === "object" && x.cls.isSubtypeOf(dictType))) {
      raiseTypeError("if you give only one argument to maketrans it must be a dict");
    }
    const items = joinHooks.iterate(callBound(typeOf(x).lookup("items")!, x, []));
    for (const item of items) {
      const [k, v] = (item as unknown as { items: W[] }).items;
      if (k instanceof PyStr) {
        if (k.length !== 1) raiseValueError("string keys in translate table must be of length 1");
        set(k.value.codePointAt(0)!, v);
      } else if (typeof k === "number" || typeof k === "bigint" || k instanceof PyBool) set(k, v);
      else raiseTypeError("keys in translate table must be strings or integers");
    }
    return d;
  }
  if (!(x instanceof PyStr)) {
    raiseTypeError("first maketrans argument must be a string if there is a second argument");
  }
  const ys = arg(y, "maketrans() argument 2");
  const xc = codePoints(x.value), yc = codePoints(ys);
  if (xc.length !== yc.length) raiseValueError("the first two maketrans arguments must have equal length");
  for (let i = 0; i < xc.length; i++) set(xc[i], yc[i]);
  if (z !== undefined) { for (const c of codePoints(arg(z, "maketrans() argument 3"))) set(c, None); }
  return d;
}

// ---------------------------------------------------------------- encode

const ENCODINGS: Record<string, "utf-8" | "ascii" | "latin-1"> = {
  utf_8: "utf-8",
  utf8: "utf-8",
  u8: "utf-8",
  utf: "utf-8",
  cp65001: "utf-8",
  utf8_ucs2: "utf-8",
  utf8_ucs4: "utf-8",
  ascii: "ascii",
  us_ascii: "ascii",
  "646": "ascii",
  us: "ascii",
  iso646_us: "ascii",
  ansi_x3_4_1968: "ascii",
  ansi_x3_4_1986: "ascii",
  cp367: "ascii",
  csascii: "ascii",
  ibm367: "ascii",
  iso_ir_6: "ascii",
  latin_1: "latin-1",
  latin1: "latin-1",
  latin: "latin-1",
  l1: "latin-1",
  iso_8859_1: "latin-1",
  iso8859_1: "latin-1",
  "8859": "latin-1",
  cp819: "latin-1",
  ibm819: "latin-1",
  iso_ir_100: "latin-1",
  iso_8859_1_1987: "latin-1",
  csisolatin1: "latin-1",
};
/** CPython's encodings.normalize_encoding + lower(), as the codec registry sees names. */
function normEncoding(name: string): string {
  return name.trim().toLowerCase().replace(/[^a-z0-9.]+/g, "_").replace(/^_+|_+$/g, "");
}
function utf8Bytes(c: number, out: number[]): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
  else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
}
/** Encode to bytes with one of the built-in codecs and CPython's error handlers. */
export function encodeString(s: string, encoding: string, errors: string): Uint8Array | undefined {
  const codec = ENCODINGS[normEncoding(encoding)];
  if (codec === undefined) return undefined;
  if (codec === "utf-8" && /^[\0-\ud7ff\ue000-\uffff]*$/.test(s)) return new TextEncoder().encode(s);
  const limit = codec === "ascii" ? 0x80 : codec === "latin-1" ? 0x100 : 0x110000;
  const cps = codePoints(s);
  const bad = (c: number) => c >= limit || (codec === "utf-8" && c >= 0xd800 && c <= 0xdfff);
  const out: number[] = [];
  const emit = (c: number) => (codec === "utf-8" ? utf8Bytes(c, out) : out.push(c));
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (!bad(c)) {
      emit(c);
      continue;
    }
    let j = i + 1;
    while (j < cps.length && bad(cps[j])) j++;
    const reason = codec === "utf-8" ? "surrogates not allowed" : `ordinal not in range(${limit})`;
    const fail = (): never => {
      const args: W[] = [newStr(codec), newStr(s), i, j, newStr(reason)];
      const err = newError(exceptionType("UnicodeEncodeError"), args);
      // the attributes __init__ would set (e.reason, e.start …), as decode errors have them
      const exc = err.value as PyInstance;
      ["encoding", "object", "start", "end", "reason"].forEach((f, k) => exc.setAttr(f, args[k]));
      throw err;
    };
    const ascii = (text: string) => {
      for (let k = 0; k < text.length; k++) out.push(text.charCodeAt(k));
    };
    for (let k = i; k < j; k++) {
      const b = cps[k];
      switch (errors) {
        case "strict":
          fail();
          break;
        case "ignore":
          break;
        case "replace":
          out.push(0x3f);
          break;
        case "surrogateescape":
          if (b >= 0xdc80 && b <= 0xdcff) out.push(b - 0xdc00);
          else fail();
          break;
        case "surrogatepass":
          if (codec === "utf-8" && b >= 0xd800 && b <= 0xdfff) utf8Bytes(b, out);
          else fail();
          break;
        case "backslashreplace":
          ascii(
            b <= 0xff
              ? "\\x" + b.toString(16).padStart(2, "0")
              : b <= 0xffff
              ? "\\u" + b.toString(16).padStart(4, "0")
              : "\\U" + b.toString(16).padStart(8, "0"),
          );
          break;
        case "xmlcharrefreplace":
          ascii(`&#${b};`);
          break;
        default:
          if (errors === "namereplace") fail(); // needs the unicodedata name table (unicodedata module)
          throw errorWithMessage("LookupError", `unknown error handler name '${errors}'`);
      }
    }
    i = j - 1;
  }
  return new Uint8Array(out);
}

// ---------------------------------------------------------------- hashing

/** 53-bit string hash (two 32-bit multiply-xorshift lanes); never -1, and 0 for "" like CPython. */
/** bytes.ts bytesHash computes the same function over bytes (hash('ab') == hash(b'ab')): keep them in step. */
/** hash(str): CPython's SipHash-1-3 of its text (objects/strhash.ts), cached. */
export function strHash(w: PyStr): number | bigint {
  const lo = strHashLo(w);
  return joinHash(lo, w.hashHigh);
}

/** The low 32 bits of hash(w); the high ones are then in w.hashHigh. */
export function strHashLo(w: PyStr): number {
  if (w.hashValue !== -1) return w.hashValue;
  const lo = hashText(w.value, w.allBmp);
  w.hashHigh = sipHi;
  w.hashValue = lo;
  return lo;
}

// ---------------------------------------------------------------- iterator

export const strIteratorType: PyType = builtinType("str_iterator", objectType, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
export class PyStrIterator extends PyNativeIterator {
  declare str: PyStr | null;
  /** UTF-16 position of the next character. */
  declare pos: number;
  constructor(s: PyStr) {
    super();
    this.cls = strIteratorType;
    this.pos = 0;
    this.str = s;
  }
  nextItem(): W {
    const w = this.str;
    if (w === null) return STOP_ITEM;
    const s = w.value;
    if (this.pos >= s.length) {
      this.str = null;
      return STOP_ITEM;
    }
    const c = s.charCodeAt(this.pos);
    if (c >= 0xd800 && c <= 0xdbff && !w.allBmp) {
      const d = s.charCodeAt(this.pos + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.pos += 2;
        return newStr(s.slice(this.pos - 2, this.pos));
      }
    }
    if (c < 256) {
      this.pos++;
      return latin1[c] ?? newStr(String.fromCharCode(c));
    }
    return newStr(s[this.pos++]);
  }
}
defineNativeIterator(strIteratorType);
defineMethods(strIteratorType, [
  {
    name: "__length_hint__",
    arity: [0, 0],
    impl: (a) => {
      const it = a[0] as PyStrIterator;
      return it.str === null ? 0 : it.str.length - cpAt(it.str, it.pos);
    },
  },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const fn = builtinNamed("iter"), it = a[0] as PyStrIterator;
      if (it.str === null) return newTuple([fn, newTuple([newStr("")])]);
      return newTuple([fn, newTuple([it.str]), cpAt(it.str, it.pos)]);
    },
  },
  {
    name: "__setstate__",
    arity: [1, 1],
    impl: (a) => {
      const it = a[0] as PyStrIterator, index = ssizeState(a[1]);
      if (it.str !== null) it.pos = unitAt(it.str, clampIndex(index, 0, it.str.length));
      return None;
    },
  },
]);

// ---------------------------------------------------------------- __new__, item access, operators

/** str.__new__(cls[, object[, encoding[, errors]]]). */
const STR_NEW_KEYWORDS = ["object", "encoding", "errors"];
/** str.__new__'s (cls, object, encoding, errors) from positionals and keywords, with unicode_new's messages. */
function strNewArgs(a: W[], k: Kwargs | null): W[] {
  if (a.length > 4) raiseTypeError(`str expected at most 3 arguments, got ${a.length - 1}`);
  if (k === null || k.names.length === 0) return a;
  const given = a.length - 1 + k.names.length;
  if (given > 3) raiseTypeError(`str() takes at most 3 arguments (${given} given)`);
  const out = a.slice();
  for (let i = 0; i < k.names.length; i++) {
    const pos = STR_NEW_KEYWORDS.indexOf(k.names[i]);
    if (pos < 0) raiseTypeError(`str() got an unexpected keyword argument '${k.names[i]}'`);
    if (out[pos + 1] !== undefined) {
      raiseTypeError(`argument for str() given by name ('${k.names[i]}') and position (${pos + 1})`);
    }
    while (out.length <= pos + 1) out.push(undefined as unknown as W);
    out[pos + 1] = k.values[i];
  }
  return out;
}
export function strNew(a: W[]): W {
  const cls = a[0];
  if (!(cls instanceof PyType) || !cls.isSubtypeOf(strType)) {
    raiseTypeError(`str.__new__(X): X is not a subtype of str`);
  }
  const obj = a[1], enc = a[2], err = a[3];
  let value: string;
  if (enc === undefined && err === undefined) {
    // str(x) is PyObject_Str(x): a str subclass returned by __str__ is kept
    if (cls === strType && typeof obj === "object" && !(obj instanceof PyStr && obj.cls === strType)) {
      return strObject(obj);
    }
    value = obj === undefined ? "" : toStr(obj);
  } else {
    const encoding = enc === undefined ? "utf-8" : arg(enc, "str() argument 'encoding'");
    const errors = err === undefined ? "strict" : arg(err, "str() argument 'errors'");
    checkEncodingErrors(enc === undefined ? undefined : encoding, err === undefined ? undefined : errors);
    if (obj === undefined) value = "";
    else if (obj instanceof PyStr) return raiseTypeError("decoding str is not supported");
    else if (!isBytesLike(obj)) {
      return raiseTypeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
    } else value = strHooks.decode(obj, encoding, errors);
  }
  if (cls === strType) {
    return obj instanceof PyStr && obj.cls === strType && enc === undefined ? obj : newStr(value);
  }
  return new PyStrSub(value, cls);
}
function isBytesLike(w: W): boolean {
  const t = typeOf(w);
  if (t.lookup("__buffer__") !== undefined) return true;
  return t.mro.some((b) => b.name === "bytes" || b.name === "bytearray" || b.name === "memoryview");
}

function getItem(w: PyStr, key: W): W {
  if (typeof key === "number") {
    let i = key;
    if (i < 0) i += w.length;
    if (i < 0 || i >= w.length) raiseIndexError("string index out of range");
    return newStr(charAt(w, i));
  }
  if (isSlice(key)) {
    if (key.step === None) {
      // s[a:b]: no step, no tuple of indices
      const len = w.length;
      const lo = key.start === None ? 0 : clampBound(key.start, len);
      const hi = key.stop === None ? len : clampBound(key.stop, len);
      if (hi <= lo) return newStr("");
      if (hi - lo === len && w.cls === strType) return w;
      if (w.allBmp) return newStrNoPairs(w.value.slice(lo, hi));
      return newStr(substr(w, lo, hi));
    }
    sliceIndices(key, w.length);
    const start = sliceStart, step = sliceStep, count = sliceCount;
    if (count <= 0) return newStr("");
    if (step === 1) {
      if (count === w.length && w.cls === strType) return w;
      if (w.allBmp) return newStrNoPairs(w.value.slice(start, start + count));
      return newStr(substr(w, start, start + count));
    }
    if (w.allBmp) {
      // a reversed or strided slice may join lone surrogates into a pair: newStr checks
      const s = w.value, units: number[] = new Array(count);
      for (let k = 0, i = start; k < count; k++, i += step) units[k] = s.charCodeAt(i);
      return newStr(fromUnits(units));
    }
    let out = "";
    for (let k = 0, i = start; k < count; k++, i += step) out += charAt(w, i);
    return newStr(out);
  }
  if (isIndex(key)) return getItem(w, ssize(key, "IndexError"));
  return raiseTypeError(`string indices must be integers, not '${typeName(key)}'`);
}

/** PyNumber_AsSsize_t: __index__ as a number; beyond ±2^63 raises `err`; beyond ±2^53 is clamped. */
export function ssize(w: W, err: "IndexError" | "OverflowError"): number {
  let v: W = w;
  if (typeof v === "object") {
    if (v instanceof PyBool) return v.value ? 1 : 0;
    // an int subclass is its value, whatever its __index__
    v = typeOf(v).isSubtypeOf(intType)
      ? (v as unknown as { value: number | bigint }).value
      : callBound(typeOf(v).lookup("__index__")!, v, []);
    if (v instanceof PyBool) return v.value ? 1 : 0;
    if (typeof v === "object") raiseTypeError(`__index__ returned non-int (type ${typeName(v)})`);
  }
  if (typeof v === "number") return v;
  if (v > 2n ** 63n - 1n || v < -(2n ** 63n)) {
    throw errorWithMessage(err, "cannot fit 'int' into an index-sized integer");
  }
  return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

function compareOp(op: string, a: string, b: string): boolean {
  const c = a === b ? 0 : compareStrings(a, b);
  switch (op) {
    case "<":
      return c < 0;
    case "<=":
      return c <= 0;
    case "==":
      return c === 0;
    case "!=":
      return c !== 0;
    case ">":
      return c > 0;
    default:
      return c >= 0;
  }
}

function repeat(w: PyStr, n: W, tryReflected: boolean): W {
  if (!isIndex(n)) {
    // As __rmul__ (the other operand's __mul__ deferred here), str has no numeric multiply to offer.
    if (!tryReflected) return NotImplemented;
    const r = reflected(n, "__rmul__", w);
    if (r !== NotImplemented) return r;
    raiseTypeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  }
  const count = ssize(n, "OverflowError");
  if (count <= 0 || w.value.length === 0) return newStr("");
  if (count === 1) return unchanged(w);
  if (count > 0x7fffffffffffffff / w.length) {
    throw errorWithMessage("OverflowError", "repeated string is too long");
  }
  guardLength(w.value.length * count);
  return newStr(w.value.repeat(count));
}

/** sys.getsizeof's view of a str on 64-bit CPython: compact header plus (length + 1) units of 1/2/4 bytes. */
function sizeOf(w: PyStr): number {
  let max = 0;
  for (const c of codePoints(w.value)) if (c > max) max = c;
  if (max < 0x80) return 40 + w.length + 1;
  const kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  return 56 + (w.length + 1) * kind;
}

const s = (a: W[]) => self(a).value;
const str1 = (v: string) => newStr(v);
/**
 * A case mapping's result: no BMP code point maps to an astral one or to a surrogate (checked over the
 * tables), so the result of a str without surrogate pairs has none either.
 */
const caseResult = (a: W[], v: string) => (self(a).allBmp ? newStrNoPairs(v) : newStr(v));

defineMethods(strType, [
  { name: "__new__", arity: [1, -1], kind: "static", kw: ["**"], impl: (a, k) => strNew(strNewArgs(a, k)) },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(strRepr(s(a))) },
  { name: "__str__", arity: [0, 0], impl: (a) => unchanged(self(a)) },
  { name: "__len__", arity: [0, 0], impl: (a) => self(a).length },
  { name: "__hash__", arity: [0, 0], impl: (a) => strHash(self(a)) },
  { name: "__getitem__", arity: [1, 1], impl: (a) => getItem(self(a), a[1]) },
  { name: "__iter__", arity: [0, 0], impl: (a) => new PyStrIterator(self(a)) },
  {
    name: "__contains__",
    arity: [1, 1],
    impl: (a) => {
      const w = self(a), sub = a[1];
      if (!(sub instanceof PyStr)) {
        raiseTypeError(`'in <string>' requires string as left operand, not ${typeName(sub)}`);
      }
      return newBool(strContains(w, sub));
    },
  },
  {
    name: "__add__",
    arity: [1, 1],
    impl: (a) => {
      const w = self(a), o = a[1];
      if (!(o instanceof PyStr)) {
        const r = reflected(o, "__radd__", w);
        if (r !== NotImplemented) return r;
        raiseTypeError(`can only concatenate str (not "${typeName(o)}") to str`);
      }
      guardLength(w.value.length + o.value.length);
      return strConcat(w, o);
    },
  },
  { name: "__mul__", arity: [1, 1], impl: (a) => repeat(self(a), a[1], true) },
  { name: "__rmul__", arity: [1, 1], impl: (a) => repeat(self(a), a[1], false) },
  ...COMPARE_DUNDERS.map(([name, op]) => ({
    name,
    arity: [1, 1] as [number, number],
    impl: (a: W[]) => {
      const o = a[1];
      if (!(o instanceof PyStr)) return NotImplemented;
      return newBool(compareOp(op, s(a), o.value));
    },
  })),
  { name: "__getnewargs__", arity: [0, 0], impl: (a) => newTuple([newStr(s(a))]) },
  { name: "__sizeof__", arity: [0, 0], impl: (a) => sizeOf(self(a)) },

  // case
  { name: "lower", arity: [0, 0], impl: (a) => caseResult(a, lower(s(a))) },
  { name: "upper", arity: [0, 0], impl: (a) => caseResult(a, upper(s(a))) },
  { name: "casefold", arity: [0, 0], impl: (a) => caseResult(a, casefold(s(a))) },
  { name: "capitalize", arity: [0, 0], impl: (a) => caseResult(a, capitalize(s(a))) },
  { name: "swapcase", arity: [0, 0], impl: (a) => caseResult(a, swapcase(s(a))) },
  { name: "title", arity: [0, 0], impl: (a) => caseResult(a, title(s(a))) },

  // predicates
  { name: "isalpha", arity: [0, 0], impl: (a) => allHave(s(a), ALPHA) },
  { name: "isalnum", arity: [0, 0], impl: (a) => allHave(s(a), ALPHA | DECIMAL | DIGIT | NUMERIC) },
  { name: "isdecimal", arity: [0, 0], impl: (a) => allHave(s(a), DECIMAL) },
  { name: "isdigit", arity: [0, 0], impl: (a) => allHave(s(a), DIGIT) },
  { name: "isnumeric", arity: [0, 0], impl: (a) => allHave(s(a), NUMERIC) },
  { name: "isspace", arity: [0, 0], impl: (a) => allHave(s(a), SPACE) },
  { name: "isprintable", arity: [0, 0], impl: (a) => allHave(s(a), PRINTABLE, true) },
  { name: "isascii", arity: [0, 0], impl: (a) => newBool(isAscii(s(a))) },
  { name: "islower", arity: [0, 0], impl: (a) => isLowerStr(s(a), true) },
  { name: "isupper", arity: [0, 0], impl: (a) => isLowerStr(s(a), false) },
  { name: "istitle", arity: [0, 0], impl: (a) => isTitleStr(s(a)) },
  { name: "isidentifier", arity: [0, 0], impl: (a) => newBool(isIdentifier(s(a))) },

  // searching
  { name: "find", arity: [1, 3], impl: (a) => findMethod(a, "find", false, false) },
  { name: "rfind", arity: [1, 3], impl: (a) => findMethod(a, "rfind", true, false) },
  { name: "index", arity: [1, 3], impl: (a) => findMethod(a, "index", false, true) },
  { name: "rindex", arity: [1, 3], impl: (a) => findMethod(a, "rindex", true, true) },
  {
    name: "count",
    arity: [1, 3],
    impl: (a) => {
      const w = self(a), sub = arg(a[1], "count() argument 1");
      bounds(w, a[2], a[3]);
      return countIn(w, sub, boundLo, boundHi);
    },
  },
  { name: "startswith", arity: [1, 3], impl: (a) => tailMatch(a, "startswith", false) },
  { name: "endswith", arity: [1, 3], impl: (a) => tailMatch(a, "endswith", true) },

  // splitting and joining
  {
    name: "split",
    arity: [0, 2],
    kw: ["sep", "maxsplit"],
    impl: (a) => {
      const [sep, max] = splitArgs(a);
      return strList(split(self(a), sep, max), self(a).allBmp);
    },
  },
  {
    name: "rsplit",
    arity: [0, 2],
    kw: ["sep", "maxsplit"],
    impl: (a) => {
      const [sep, max] = splitArgs(a);
      return strList(rsplit(self(a), sep, max), self(a).allBmp);
    },
  },
  {
    name: "splitlines",
    arity: [0, 1],
    kw: ["keepends"],
    impl: (a) => strList(splitlines(s(a), truth(a[1])), self(a).allBmp),
  },
  { name: "partition", arity: [1, 1], impl: (a) => partition(self(a), a[1], false) },
  { name: "rpartition", arity: [1, 1], impl: (a) => partition(self(a), a[1], true) },
  {
    name: "join",
    arity: [1, 1],
    impl: (a) => {
      const seq = a[1];
      let parts: W[];
      // PySequence_Fast: an exact list or tuple is read in place (nothing below runs Python code)
      if (typeof seq === "object" && (seq.cls === listType || seq.cls === tupleType)) {
        parts = (seq as unknown as Seq).items;
      } else {
        const t = typeOf(seq);
        if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
          raiseTypeError("can only join an iterable");
        }
        parts = joinHooks.iterate(seq);
      }
      const out: string[] = new Array(parts.length);
      const sepW = self(a), sep = sepW.value;
      let total = 0;
      // No surrogate pair can appear when no part holds one and none is made where two strings meet:
      // `endsHigh` says whether the text so far ends with a high surrogate (empty parts add nothing).
      let noPairs = sepW.allBmp, endsHigh = false;
      const sepStartsLow = isLowSurrogate(sep.charCodeAt(0));
      const sepEndsHigh = isHighSurrogate(sep.charCodeAt(sep.length - 1));
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i];
        if (!(p instanceof PyStr)) {
          raiseTypeError(`sequence item ${i}: expected str instance, ${typeName(p)} found`);
        }
        const v = p.value;
        out[i] = v;
        total += v.length;
        if (noPairs) {
          if (!p.allBmp) noPairs = false;
          else {
            if (i > 0 && sep.length > 0) {
              if (endsHigh && sepStartsLow) noPairs = false;
              endsHigh = sepEndsHigh;
            }
            if (v.length > 0) {
              if (endsHigh && isLowSurrogate(v.charCodeAt(0))) noPairs = false;
              endsHigh = isHighSurrogate(v.charCodeAt(v.length - 1));
            }
          }
        }
      }
      if (parts.length === 1 && parts[0] instanceof PyStr && (parts[0] as PyStr).cls === strType) {
        return parts[0];
      }
      guardLength(total + sep.length * Math.max(0, parts.length - 1));
      const r = out.join(sep);
      return noPairs ? newStrNoPairs(r) : newStr(r);
    },
  },

  // stripping, padding, replacing
  { name: "strip", arity: [0, 1], impl: (a) => stripChars(self(a), a[1], 3, "strip") },
  { name: "lstrip", arity: [0, 1], impl: (a) => stripChars(self(a), a[1], 1, "lstrip") },
  { name: "rstrip", arity: [0, 1], impl: (a) => stripChars(self(a), a[1], 2, "rstrip") },
  { name: "ljust", arity: [1, 2], impl: (a) => pad(self(a), a[1], a[2], "l") },
  { name: "rjust", arity: [1, 2], impl: (a) => pad(self(a), a[1], a[2], "r") },
  { name: "center", arity: [1, 2], impl: (a) => pad(self(a), a[1], a[2], "c") },
  { name: "zfill", arity: [1, 1], impl: (a) => zfill(self(a), intArg(a[1])) },
  {
    name: "expandtabs",
    arity: [0, 1],
    kw: ["tabsize"],
    impl: (a) => str1(expandtabs(s(a), a[1] === undefined ? 8 : intArg(a[1]))),
  },
  {
    name: "replace",
    arity: [2, 3],
    kw: ["count"],
    impl: (a) => {
      const w = self(a);
      const old = arg(a[1], "replace() argument 1"), rep = arg(a[2], "replace() argument 2");
      const count = a[3] === undefined ? -1 : intArg(a[3]);
      const r = replace(w, old, rep, count);
      if (r === w.value) return unchanged(w);
      // a replacement without surrogates in a str without pairs makes none (an empty one could join two)
      return w.allBmp && rep !== "" && !hasSurrogate(rep) ? newStrNoPairs(r) : newStr(r);
    },
  },
  {
    name: "removeprefix",
    arity: [1, 1],
    impl: (a) => {
      const w = self(a), p = arg(a[1], "removeprefix() argument");
      return p !== "" && w.value.startsWith(p) ? newStr(w.value.slice(p.length)) : unchanged(w);
    },
  },
  {
    name: "removesuffix",
    arity: [1, 1],
    impl: (a) => {
      const w = self(a), p = arg(a[1], "removesuffix() argument");
      return p !== "" && w.value.endsWith(p) ? newStr(w.value.slice(0, -p.length)) : unchanged(w);
    },
  },

  // translation and encoding
  { name: "maketrans", arity: [1, 3], kind: "static", impl: maketrans },
  { name: "translate", arity: [1, 1], impl: (a) => str1(translate(s(a), a[1])) },
  {
    name: "encode",
    arity: [0, 2],
    kw: ["encoding", "errors"],
    impl: (a) => {
      const encoding = a[1] === undefined ? "utf-8" : arg(a[1], "encode() argument 'encoding'");
      const errors = a[2] === undefined ? "strict" : arg(a[2], "encode() argument 'errors'");
      checkEncodingErrors(a[1] === undefined ? undefined : encoding, a[2] === undefined ? undefined : errors);
      const bytes = INLINE_ENCODE_ERRORS.has(errors) ? encodeString(s(a), encoding, errors) : undefined;
      if (bytes !== undefined) return strHooks.makeBytes(bytes);
      const other = strHooks.encodeOther(s(a), encoding, errors);
      if (other !== undefined) return other;
      // without the codec registry: a known encoding means the handler is the unknown part
      if (!INLINE_ENCODE_ERRORS.has(errors) && encodeString("", encoding, "strict") !== undefined) {
        throw errorWithMessage("LookupError", `unknown error handler name '${errors}'`);
      }
      throw errorWithMessage("LookupError", `unknown encoding: ${encoding}`);
    },
  },
]);
