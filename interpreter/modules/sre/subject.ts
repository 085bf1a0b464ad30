// The strings a pattern runs over: a str becomes its code points (Int32Array, so astral characters
// index as one position, as CPython does), a bytes-like object its bytes. Slices of the subject go back
// to str/bytes objects; joins build sub()'s result with CPython's error messages.
import { bytesType, strType, typeOf, type W } from "../../objects/model.ts";
import { newStr, PyStr } from "../../objects/str.ts";
import { bytesLike, newBytes, PyBytes } from "../../objects/bytes.ts";
import { raiseTypeError } from "../../vm/errors.ts";
import type { Text } from "./engine.ts";

export interface Subject {
  text: Text;
  /** Characters in the subject (text may be a longer shared buffer). */
  length: number;
  isBytes: boolean;
}

// Short BMP strings are copied into one shared buffer instead of a new array per call (allocating typed
// arrays dominated `pattern.match(short)`); whoever holds it gives it back with releaseText, and a
// nested match (from a sub() callback) finds it busy and allocates.
const SCRATCH_MAX = 256;
const scratch = new Int32Array(SCRATCH_MAX);
let scratchBusy = false;
export function releaseText(text: Text): void {
  if (text === scratch) scratchBusy = false;
}

// Code points of long strings are kept while the string lives: a tokenizer calling pattern.match(text,
// pos) in a loop must not pay O(len(text)) per call.
const CACHE_MIN = 256;
const codePointCache = new WeakMap<PyStr, Int32Array>();

export function codePoints(s: PyStr): Int32Array {
  const v = s.value;
  const cacheable = v.length >= CACHE_MIN;
  if (cacheable) {
    const hit = codePointCache.get(s);
    if (hit !== undefined) return hit;
  }
  const out = new Int32Array(s.length);
  if (s.allBmp) {
    for (let i = 0; i < v.length; i++) out[i] = v.charCodeAt(i);
  } else {
    let k = 0;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < v.length) {
        const d = v.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          out[k++] = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          i++;
          continue;
        }
      }
      out[k++] = c;
    }
  }
  if (cacheable) codePointCache.set(s, out);
  return out;
}

/**
 * CPython's getstring(): the characters of a str or bytes-like object, or undefined. `shared` allows
 * the scratch buffer (the caller must releaseText it and must not keep it past the operation).
 */
export function subjectOf(w: W, shared = false): Subject | undefined {
  if (w instanceof PyStr) {
    const v = w.value;
    if (shared && !scratchBusy && w.allBmp && v.length <= SCRATCH_MAX) {
      scratchBusy = true;
      for (let i = 0; i < v.length; i++) scratch[i] = v.charCodeAt(i);
      return { text: scratch, length: v.length, isBytes: false };
    }
    const cps = codePoints(w);
    return { text: cps, length: cps.length, isBytes: false };
  }
  const b = bytesLike(w);
  if (b !== undefined) return { text: b, length: b.length, isBytes: true };
  return undefined;
}

export function needSubject(w: W, shared = false): Subject {
  const s = subjectOf(w, shared);
  if (s === undefined) raiseTypeError(`expected string or bytes-like object, got '${typeOf(w).name}'`);
  return s;
}

/** Text of code points [i, j) as a JS string. */
export function codePointsToString(cps: Int32Array, i: number, j: number): string {
  let out = "";
  const CHUNK = 8192;
  for (let k = i; k < j; k += CHUNK) {
    out += String.fromCodePoint(...cps.subarray(k, Math.min(j, k + CHUNK)));
  }
  return out;
}

/** getslice(): string[i:j] as an exact str (or bytes for bytes-like subjects); `text` is only read for
 * bytes and non-BMP strings, which never live in the scratch buffer. */
export function sliceOf(string: W, text: Text, isBytes: boolean, i: number, j: number): W {
  if (isBytes) {
    if (string instanceof PyBytes && string.cls === bytesType && i === 0 && j === text.length) return string;
    return newBytes((text as Uint8Array).slice(i, j));
  }
  const s = string as PyStr;
  if (s.allBmp) {
    if (i === 0 && j === s.length && s.cls === strType) return s;
    return newStr(s.value.slice(i, j));
  }
  return newStr(codePointsToString(text as Int32Array, i, j));
}

/** Join sub()'s pieces: PyUnicode_Join / PyBytes_Join with their messages for wrong items. */
export function joinPieces(pieces: W[], isBytes: boolean): W {
  if (isBytes) {
    let total = 0;
    const parts: Uint8Array[] = [];
    for (let k = 0; k < pieces.length; k++) {
      const b = bytesLike(pieces[k]);
      if (b === undefined) {
        raiseTypeError(`sequence item ${k}: expected a bytes-like object, ${typeOf(pieces[k]).name} found`);
      }
      parts.push(b);
      total += b.length;
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return newBytes(out);
  }
  let s = "";
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (!(p instanceof PyStr)) {
      raiseTypeError(`sequence item ${k}: expected str instance, ${typeOf(p).name} found`);
    }
    s += p.value;
  }
  return newStr(s);
}
