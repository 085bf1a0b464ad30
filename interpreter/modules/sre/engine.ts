// The regular expression matcher: runs the code words `re/_compiler.py` produces, with the semantics of
// CPython 3.14's Modules/_sre/sre_lib.h. Like CPython (and PyPy's rsre) it never recurses in JS: a
// sub-match pushes a context on an explicit stack and the loop resumes the parent at a numbered label
// when the child finishes, so `(a|b)*` over a long string uses heap memory, not the JS stack.
//
// The subject is an array of character codes: code points of a str (Int32Array) or the bytes of a
// bytes-like object (Uint8Array). Positions are indexes into it; -1 stands for CPython's NULL pointer.
import {
  ALPHA,
  charFlags,
  DECIMAL,
  DIGIT,
  lowerOf,
  NUMERIC,
  SPACE,
  upperOf,
} from "../../objects/unicode_data.ts";
import { raiseRuntimeError } from "../../vm/errors.ts";
import { checkInterrupt } from "../../vm/ops.ts";
import { AT, CATEGORY, INFO, MAXREPEAT, OP } from "./constants.ts";
import { releaseText } from "./subject.ts";
import type { FirstSet, Program } from "./program.ts";

export type Text = Int32Array | Uint8Array;

// ---------------------------------------------------------------- character predicates and case

function isAsciiDigit(ch: number): boolean {
  return ch >= 48 && ch <= 57;
}
function isAsciiSpace(ch: number): boolean {
  return ch === 32 || (ch >= 9 && ch <= 13);
}
function isAsciiAlnum(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
}
function isAsciiWord(ch: number): boolean {
  return ch < 128 && (isAsciiAlnum(ch) || ch === 95);
}
/** Py_UNICODE_ISLINEBREAK: the characters str.splitlines() splits at. */
function isUniLinebreak(ch: number): boolean {
  return (ch >= 10 && ch <= 13) || (ch >= 28 && ch <= 30) || ch === 0x85 || ch === 0x2028 || ch === 0x2029;
}
// The Unicode classes of BMP characters, memoised (charFlags is a binary search): bit 0 alphanumeric,
// bit 1 decimal, bit 2 space, bit 7 "computed".
const UNI_ALNUM = 1, UNI_DECIMAL = 2, UNI_SPACE = 4;
const uniClassCache = new Uint8Array(0x10000);
function uniClass(ch: number): number {
  if (ch < 0x10000) {
    const v = uniClassCache[ch];
    if (v !== 0) return v;
  }
  const f = charFlags(ch);
  const v = 0x80 | ((f & (ALPHA | DECIMAL | DIGIT | NUMERIC)) !== 0 ? UNI_ALNUM : 0) |
    ((f & DECIMAL) !== 0 ? UNI_DECIMAL : 0) | ((f & SPACE) !== 0 ? UNI_SPACE : 0);
  if (ch < 0x10000) uniClassCache[ch] = v;
  return v;
}
function isUniAlnum(ch: number): boolean {
  if (ch < 128) return isAsciiAlnum(ch);
  return (uniClass(ch) & UNI_ALNUM) !== 0;
}
function isUniWord(ch: number): boolean {
  return ch === 95 || isUniAlnum(ch);
}
function isUniDigit(ch: number): boolean {
  if (ch < 128) return isAsciiDigit(ch);
  return (uniClass(ch) & UNI_DECIMAL) !== 0;
}
function isUniSpace(ch: number): boolean {
  if (ch < 128) return isAsciiSpace(ch) || (ch >= 28 && ch <= 31);
  return (uniClass(ch) & UNI_SPACE) !== 0;
}
// LOCALE: CPython asks the C library for bytes < 256; under the C locale (the interpreter's) only ASCII
// letters and digits are alphanumeric and only A-Z/a-z change case.
function isLocWord(ch: number): boolean {
  return ch < 256 && (isAsciiAlnum(ch) || ch === 95);
}

export function lowerAscii(ch: number): number {
  return ch >= 65 && ch <= 90 ? ch + 32 : ch;
}
function upperAscii(ch: number): number {
  return ch >= 97 && ch <= 122 ? ch - 32 : ch;
}
const lowerLocale = lowerAscii;
const upperLocale = upperAscii;

// Py_UNICODE_TOLOWER/TOUPPER: the first character of the full mapping (CPython's extended-case records
// start with it), memoised for the BMP.
const lowerCache = new Int32Array(0x10000).fill(-1);
const upperCache = new Int32Array(0x10000).fill(-1);
export function lowerUnicode(ch: number): number {
  if (ch < 128) return ch >= 65 && ch <= 90 ? ch + 32 : ch;
  if (ch < 0x10000) {
    let v = lowerCache[ch];
    if (v < 0) v = lowerCache[ch] = lowerOf(ch).codePointAt(0)!;
    return v;
  }
  if (ch > 0x10ffff) return ch;
  return lowerOf(ch).codePointAt(0)!;
}
export function upperUnicode(ch: number): number {
  if (ch < 128) return ch >= 97 && ch <= 122 ? ch - 32 : ch;
  if (ch < 0x10000) {
    let v = upperCache[ch];
    if (v < 0) v = upperCache[ch] = upperOf(ch).codePointAt(0)!;
    return v;
  }
  if (ch > 0x10ffff) return ch;
  return upperOf(ch).codePointAt(0)!;
}

function charLocIgnore(pattern: number, ch: number): boolean {
  return ch === pattern || lowerLocale(ch) === pattern || upperLocale(ch) === pattern;
}

export function category(cat: number, ch: number): boolean {
  switch (cat) {
    case CATEGORY.DIGIT:
      return isAsciiDigit(ch);
    case CATEGORY.NOT_DIGIT:
      return !isAsciiDigit(ch);
    case CATEGORY.SPACE:
      return isAsciiSpace(ch);
    case CATEGORY.NOT_SPACE:
      return !isAsciiSpace(ch);
    case CATEGORY.WORD:
      return isAsciiWord(ch);
    case CATEGORY.NOT_WORD:
      return !isAsciiWord(ch);
    case CATEGORY.LINEBREAK:
      return ch === 10;
    case CATEGORY.NOT_LINEBREAK:
      return ch !== 10;
    case CATEGORY.LOC_WORD:
      return isLocWord(ch);
    case CATEGORY.LOC_NOT_WORD:
      return !isLocWord(ch);
    case CATEGORY.UNI_DIGIT:
      return isUniDigit(ch);
    case CATEGORY.UNI_NOT_DIGIT:
      return !isUniDigit(ch);
    case CATEGORY.UNI_SPACE:
      return isUniSpace(ch);
    case CATEGORY.UNI_NOT_SPACE:
      return !isUniSpace(ch);
    case CATEGORY.UNI_WORD:
      return isUniWord(ch);
    case CATEGORY.UNI_NOT_WORD:
      return !isUniWord(ch);
    case CATEGORY.UNI_LINEBREAK:
      return isUniLinebreak(ch);
    case CATEGORY.UNI_NOT_LINEBREAK:
      return !isUniLinebreak(ch);
  }
  return false;
}

/** Whether `ch` is in the set that starts at code[i] (a list of set items ending with FAILURE). */
export function inCharset(code: Uint32Array, i: number, ch: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[i++]) {
      case OP.FAILURE:
        return !ok;
      case OP.LITERAL:
        if (ch === code[i]) return ok;
        i++;
        break;
      case OP.CATEGORY:
        if (category(code[i], ch)) return ok;
        i++;
        break;
      case OP.CHARSET:
        if (ch < 256 && (code[i + (ch >> 5)] & (1 << (ch & 31))) !== 0) return ok;
        i += 8;
        break;
      case OP.RANGE:
        if (code[i] <= ch && ch <= code[i + 1]) return ok;
        i += 2;
        break;
      case OP.RANGE_UNI_IGNORE: {
        // ch is already lower-cased
        if (code[i] <= ch && ch <= code[i + 1]) return ok;
        const uch = upperUnicode(ch);
        if (code[i] <= uch && uch <= code[i + 1]) return ok;
        i += 2;
        break;
      }
      case OP.NEGATE:
        ok = !ok;
        break;
      case OP.BIGCHARSET: {
        // <BIGCHARSET> <blockcount> <256 block indices as bytes, 64 words> <blocks of 8 words>
        const count = code[i++];
        if (ch < 0x10000) {
          const k = ch >> 8;
          const block = (code[i + (k >> 2)] >>> ((k & 3) * 8)) & 255; // little-endian bytes
          const bit = block * 256 + (ch & 255);
          if ((code[i + 64 + (bit >> 5)] & (1 << (ch & 31))) !== 0) return ok;
        }
        i += 64 + count * 8;
        break;
      }
      default:
        return false;
    }
  }
}

function inCharsetLocIgnore(code: Uint32Array, i: number, ch: number): boolean {
  const lo = lowerLocale(ch);
  if (inCharset(code, i, lo)) return true;
  const up = upperLocale(ch);
  return up !== lo && inCharset(code, i, up);
}

/** One single-character item (the body of REPEAT_ONE and friends) against `ch`. */
export function matchOne(code: Uint32Array, pc: number, ch: number): boolean {
  switch (code[pc]) {
    case OP.LITERAL:
      return ch === code[pc + 1];
    case OP.NOT_LITERAL:
      return ch !== code[pc + 1];
    case OP.ANY:
      return ch !== 10;
    case OP.ANY_ALL:
      return true;
    case OP.IN:
      return inCharset(code, pc + 2, ch);
    case OP.IN_IGNORE:
      return inCharset(code, pc + 2, lowerAscii(ch));
    case OP.IN_UNI_IGNORE:
      return inCharset(code, pc + 2, lowerUnicode(ch));
    case OP.IN_LOC_IGNORE:
      return inCharsetLocIgnore(code, pc + 2, ch);
    case OP.LITERAL_IGNORE:
      return lowerAscii(ch) === code[pc + 1];
    case OP.NOT_LITERAL_IGNORE:
      return lowerAscii(ch) !== code[pc + 1];
    case OP.LITERAL_UNI_IGNORE:
      return lowerUnicode(ch) === code[pc + 1];
    case OP.NOT_LITERAL_UNI_IGNORE:
      return lowerUnicode(ch) !== code[pc + 1];
    case OP.LITERAL_LOC_IGNORE:
      return charLocIgnore(code[pc + 1], ch);
    case OP.NOT_LITERAL_LOC_IGNORE:
      return !charLocIgnore(code[pc + 1], ch);
    case OP.CATEGORY:
      return category(code[pc + 1], ch);
    case OP.FAILURE:
      return false;
  }
  return raiseRuntimeError("internal error in regular expression engine");
}

// ---------------------------------------------------------------- state

/** SRE_STATE: the subject, the bounds and the marks of one match attempt (reused by findall/sub/…). */
export class State {
  text: Text;
  isBytes: boolean;
  /** pos/endpos after clamping. */
  pos: number;
  endpos: number;
  start: number;
  end: number;
  ptr: number;
  marks: Int32Array;
  lastmark = -1;
  lastindex = -1;
  /** Index of the innermost REPEAT record, -1 for none. */
  repeat = -1;
  matchAll = false;
  mustAdvance = false;

  /** The context stack: CTX_SIZE words per context (the C_* fields), one record per context as in
   * CPython, so entering a child touches one cache line rather than one per field. */
  ctxs: Int32Array;
  // REPEAT records (allocated and freed in stack order).
  repCount: number[] = [];
  repPc: number[] = [];
  repPrev: number[] = [];
  repLastPtr: number[] = [];
  repTop = 0;
  // Saved marks and last_ptr values (CPython's data stack minus the contexts).
  data: Int32Array;
  dataTop = 0;

  constructor(
    text: Text,
    isBytes: boolean,
    groups: number,
    pos: number,
    endpos: number,
    length: number = text.length,
  ) {
    this.text = text;
    this.isBytes = isBytes;
    this.pos = 0;
    this.endpos = 0;
    this.start = 0;
    this.end = 0;
    this.ptr = 0;
    this.marks = new Int32Array(2 * groups + 2);
    this.init(text, isBytes, groups, pos, endpos, length);
    this.ctxs = new Int32Array(32 * CTX_SIZE);
    this.data = new Int32Array(64);
  }

  /** state_init: bounds clamped to the subject, no marks. */
  init(text: Text, isBytes: boolean, groups: number, pos: number, endpos: number, length: number): void {
    this.text = text;
    this.isBytes = isBytes;
    if (pos < 0) pos = 0;
    else if (pos > length) pos = length;
    if (endpos < 0) endpos = 0;
    else if (endpos > length) endpos = length;
    this.pos = pos;
    this.endpos = endpos;
    this.start = pos;
    this.end = endpos;
    this.ptr = pos;
    if (this.marks.length < 2 * groups + 2) this.marks = new Int32Array(2 * groups + 2);
    this.marks.fill(-1);
    this.matchAll = false;
    this.mustAdvance = false;
    this.reset();
  }

  reset(): void {
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = -1;
    this.repTop = 0;
    this.dataTop = 0;
  }

  growContexts(): Int32Array {
    const b = new Int32Array(this.ctxs.length * 2);
    b.set(this.ctxs);
    this.ctxs = b;
    return b;
  }

  private ensureData(k: number): void {
    if (this.dataTop + k <= this.data.length) return;
    let n = this.data.length * 2;
    while (n < this.dataTop + k) n *= 2;
    const b = new Int32Array(n);
    b.set(this.data);
    this.data = b;
  }
  pushData(v: number): void {
    this.ensureData(1);
    this.data[this.dataTop++] = v;
  }
  popData(): number {
    return this.data[--this.dataTop];
  }
  markPush(lastmark: number): void {
    if (lastmark < 0) return;
    const k = lastmark + 1;
    this.ensureData(k);
    const data = this.data, marks = this.marks, top = this.dataTop;
    for (let i = 0; i < k; i++) data[top + i] = marks[i];
    this.dataTop = top + k;
  }
  /** Restore the marks saved by markPush; `discard` also drops them from the stack. */
  markPop(lastmark: number, discard: boolean): void {
    if (lastmark < 0) return;
    const k = lastmark + 1;
    const from = this.dataTop - k;
    const data = this.data, marks = this.marks;
    for (let i = 0; i < k; i++) marks[i] = data[from + i];
    if (discard) this.dataTop = from;
  }
  markDiscard(lastmark: number): void {
    if (lastmark >= 0) this.dataTop -= lastmark + 1;
  }

  allocRepeat(pc: number): number {
    const r = this.repTop++;
    this.repCount[r] = -1;
    this.repPc[r] = pc;
    this.repPrev[r] = this.repeat;
    this.repLastPtr[r] = -1;
    this.repeat = r;
    return r;
  }
}

// The fields of a context record in State.ctxs. COUNT and U (a character or a REPEAT record) fit in
// 32 bits: counts are positions, and a literal above 2**31 (possible only in hand-made code) never
// equals a character of the subject either way.
const C_PC = 0, C_PTR = 1, C_COUNT = 2, C_U = 3, C_LASTMARK = 4, C_LASTINDEX = 5, C_JUMP = 6, C_TOP = 7;
const CTX_SIZE = 8;

// States are reused: a match allocates its context stack once, not per call (a tokenizer calling
// pattern.match(text, pos) in a loop would otherwise spend its time allocating).
const statePool: State[] = [];
const NO_TEXT = new Uint8Array(0);

export function acquireState(
  text: Text,
  length: number,
  isBytes: boolean,
  groups: number,
  pos: number,
  endpos: number,
): State {
  const st = statePool.pop();
  if (st === undefined) return new State(text, isBytes, groups, pos, endpos, length);
  st.init(text, isBytes, groups, pos, endpos, length);
  return st;
}
/** Give a state back once no Match or scanner refers to it (Match objects copy the marks). */
export function releaseState(st: State): void {
  releaseText(st.text);
  st.text = NO_TEXT;
  if (statePool.length < 4 && st.ctxs.length <= 4096 * CTX_SIZE) statePool.push(st);
}

// ---------------------------------------------------------------- AT

function atPosition(st: State, ptr: number, at: number): boolean {
  const text = st.text, end = st.end;
  let thisp: boolean, thatp: boolean;
  switch (at) {
    case AT.BEGINNING:
    case AT.BEGINNING_STRING:
      return ptr === 0;
    case AT.BEGINNING_LINE:
      return ptr === 0 || text[ptr - 1] === 10;
    case AT.END:
      return (end - ptr === 1 && text[ptr] === 10) || ptr === end;
    case AT.END_LINE:
      return ptr === end || text[ptr] === 10;
    case AT.END_STRING:
      return ptr === end;
    case AT.BOUNDARY:
    case AT.NON_BOUNDARY:
      // 3.14: \B matches an empty string, \b does not
      if (end === 0) return at === AT.NON_BOUNDARY;
      thatp = ptr > 0 ? isAsciiWord(text[ptr - 1]) : false;
      thisp = ptr < end ? isAsciiWord(text[ptr]) : false;
      return at === AT.BOUNDARY ? thisp !== thatp : thisp === thatp;
    case AT.LOC_BOUNDARY:
    case AT.LOC_NON_BOUNDARY:
      // 3.14: \B matches an empty string, \b does not
      if (end === 0) return at === AT.LOC_NON_BOUNDARY;
      thatp = ptr > 0 ? isLocWord(text[ptr - 1]) : false;
      thisp = ptr < end ? isLocWord(text[ptr]) : false;
      return at === AT.LOC_BOUNDARY ? thisp !== thatp : thisp === thatp;
    case AT.UNI_BOUNDARY:
    case AT.UNI_NON_BOUNDARY:
      // 3.14: \B matches an empty string, \b does not
      if (end === 0) return at === AT.UNI_NON_BOUNDARY;
      thatp = ptr > 0 ? isUniWord(text[ptr - 1]) : false;
      thisp = ptr < end ? isUniWord(text[ptr]) : false;
      return at === AT.UNI_BOUNDARY ? thisp !== thatp : thisp === thatp;
  }
  return false;
}

// ---------------------------------------------------------------- count (single-character repeats)

/** Whether the single-character item whose opcode is at `pc` accepts `ch` (its table below 256). */
function itemMatches(prog: Program, pc: number, ch: number): boolean {
  return ch < 256 ? prog.table(pc)[ch] !== 0 : matchOne(prog.code, pc, ch);
}

/** How many times the single-character item at code[pc] matches from st.ptr, at most `maxcount`. */
function count(st: State, prog: Program, pc: number, maxcount: number): number {
  const code = prog.code, text = st.text;
  const start = st.ptr;
  let ptr = start;
  let end = st.end;
  if (maxcount < end - ptr && maxcount !== MAXREPEAT) end = ptr + maxcount;
  const chr = code[pc + 1];
  switch (code[pc]) {
    case OP.ANY:
      while (ptr < end && text[ptr] !== 10) ptr++;
      break;
    case OP.ANY_ALL:
      ptr = end;
      break;
    case OP.LITERAL:
      while (ptr < end && text[ptr] === chr) ptr++;
      break;
    case OP.LITERAL_IGNORE:
      while (ptr < end && lowerAscii(text[ptr]) === chr) ptr++;
      break;
    case OP.LITERAL_UNI_IGNORE:
      while (ptr < end && lowerUnicode(text[ptr]) === chr) ptr++;
      break;
    case OP.LITERAL_LOC_IGNORE:
      while (ptr < end && charLocIgnore(chr, text[ptr])) ptr++;
      break;
    case OP.NOT_LITERAL:
      while (ptr < end && text[ptr] !== chr) ptr++;
      break;
    case OP.NOT_LITERAL_IGNORE:
      while (ptr < end && lowerAscii(text[ptr]) !== chr) ptr++;
      break;
    case OP.NOT_LITERAL_UNI_IGNORE:
      while (ptr < end && lowerUnicode(text[ptr]) !== chr) ptr++;
      break;
    case OP.NOT_LITERAL_LOC_IGNORE:
      while (ptr < end && !charLocIgnore(chr, text[ptr])) ptr++;
      break;
    default: {
      // sets and categories: the item's table for characters below 256
      const table = prog.table(pc);
      for (; ptr < end; ptr++) {
        const ch = text[ptr];
        if (ch < 256 ? table[ch] === 0 : !matchOne(code, pc, ch)) break;
      }
    }
  }
  return ptr - start;
}

// ---------------------------------------------------------------- match

// Labels the loop resumes at: where a child context returns to (CPython's JUMP_* values) and the
// loops of the repeat operators.
const L_ENTRANCE = 0;
const L_DISPATCH = 1;
const L_EXIT = 2;
const J_NONE = 3;
const J_MAX_UNTIL_1 = 4;
const J_MAX_UNTIL_2 = 5;
const J_MAX_UNTIL_3 = 6;
const J_MIN_UNTIL_1 = 7;
const J_MIN_UNTIL_2 = 8;
const J_MIN_UNTIL_3 = 9;
const J_REPEAT = 10;
const J_REPEAT_ONE_1 = 11;
const J_REPEAT_ONE_2 = 12;
const J_MIN_REPEAT_ONE = 13;
const J_BRANCH = 14;
const J_ASSERT = 15;
const J_ASSERT_NOT = 16;
const J_POSS_REPEAT_1 = 17;
const J_POSS_REPEAT_2 = 18;
const J_ATOMIC_GROUP = 19;
const L_BRANCH_LOOP = 20;
const L_REPEAT_ONE_1_LOOP = 21;
const L_REPEAT_ONE_2_LOOP = 22;
const L_MIN_REPEAT_ONE_LOOP = 23;
const L_MAX_UNTIL_TAIL = 24;
const L_POSS_1_LOOP = 25;
const L_POSS_2_LOOP = 26;
const L_DOJUMP = 27;
const L_REPEAT_ONE_3_LOOP = 28;
const J_REPEAT_ONE_3 = 29;

let signalCount = 0;

/**
 * SRE(match): does the code starting at `pc0` match at st.ptr? On success st.ptr is the end of the
 * match and the marks hold the groups. `toplevel` enables the fullmatch/must-advance checks.
 */
export function sreMatch(st: State, prog: Program, pc0: number, toplevel: boolean): boolean {
  const code = prog.code, text = st.text;
  const end = st.end;
  // ctx: the index of the current context's record in cs
  let ctx = 0;
  let cs = st.ctxs;
  cs[C_JUMP] = J_NONE;
  cs[C_TOP] = toplevel ? 1 : 0;
  let pc = pc0;
  let ptr = 0;
  let ret = false;
  let label = L_ENTRANCE;
  let nextLabel = 0;
  let nextPc = 0;
  let nextTop = 0;

  main: for (;;) {
    switch (label) {
      case L_ENTRANCE:
        // like CPython, let Ctrl-C (and signal handlers) interrupt a long match
        if ((++signalCount & 0xfff) === 0) checkInterrupt();
        ptr = st.ptr;
        if (code[pc] === OP.INFO) {
          // <INFO> <1=skip> <2=flags> <3=min> ...: reject when fewer characters remain than needed
          if (code[pc + 3] !== 0 && end - ptr < code[pc + 3]) {
            ret = false;
            label = L_EXIT;
            continue main;
          }
          pc += code[pc + 1] + 1;
        }
      // falls through
      case L_DISPATCH:
        for (;;) {
          switch (code[pc++]) {
            case OP.MARK: {
              const i = code[pc];
              if (i & 1) st.lastindex = (i >> 1) + 1;
              if (i > st.lastmark) {
                for (let j = st.lastmark + 1; j < i; j++) st.marks[j] = -1;
                st.lastmark = i;
              }
              st.marks[i] = ptr;
              pc++;
              continue;
            }
            case OP.LITERAL:
              if (ptr >= end || text[ptr] !== code[pc]) break;
              pc++;
              ptr++;
              continue;
            case OP.NOT_LITERAL:
              if (ptr >= end || text[ptr] === code[pc]) break;
              pc++;
              ptr++;
              continue;
            case OP.SUCCESS:
              if (
                cs[ctx + C_TOP] !== 0 &&
                ((st.matchAll && ptr !== end) || (st.mustAdvance && ptr === st.start))
              ) break;
              st.ptr = ptr;
              ret = true;
              label = L_EXIT;
              continue main;
            case OP.AT:
              if (!atPosition(st, ptr, code[pc])) break;
              pc++;
              continue;
            case OP.CATEGORY:
              if (ptr >= end || !itemMatches(prog, pc - 1, text[ptr])) break;
              pc++;
              ptr++;
              continue;
            case OP.ANY:
              if (ptr >= end || text[ptr] === 10) break;
              ptr++;
              continue;
            case OP.ANY_ALL:
              if (ptr >= end) break;
              ptr++;
              continue;
            case OP.IN:
            case OP.IN_IGNORE:
            case OP.IN_UNI_IGNORE:
            case OP.IN_LOC_IGNORE:
              if (ptr >= end || !itemMatches(prog, pc - 1, text[ptr])) break;
              pc += code[pc];
              ptr++;
              continue;
            case OP.LITERAL_IGNORE:
              if (ptr >= end || lowerAscii(text[ptr]) !== code[pc]) break;
              pc++;
              ptr++;
              continue;
            case OP.LITERAL_UNI_IGNORE:
              if (ptr >= end || lowerUnicode(text[ptr]) !== code[pc]) break;
              pc++;
              ptr++;
              continue;
            case OP.LITERAL_LOC_IGNORE:
              if (ptr >= end || !charLocIgnore(code[pc], text[ptr])) break;
              pc++;
              ptr++;
              continue;
            case OP.NOT_LITERAL_IGNORE:
              if (ptr >= end || lowerAscii(text[ptr]) === code[pc]) break;
              pc++;
              ptr++;
              continue;
            case OP.NOT_LITERAL_UNI_IGNORE:
              if (ptr >= end || lowerUnicode(text[ptr]) === code[pc]) break;
              pc++;
              ptr++;
              continue;
            case OP.NOT_LITERAL_LOC_IGNORE:
              if (ptr >= end || charLocIgnore(code[pc], text[ptr])) break;
              pc++;
              ptr++;
              continue;
            case OP.JUMP:
            case OP.INFO:
              pc += code[pc];
              continue;
            case OP.BRANCH:
              // <BRANCH> <0=skip> code <JUMP> ... <NULL>. The marks are saved even outside a REPEAT
              // (3.14, gh-101955): a possessive repeat or atomic group around the branch needs them.
              cs[ctx + C_LASTMARK] = st.lastmark;
              cs[ctx + C_LASTINDEX] = st.lastindex;
              st.markPush(st.lastmark);
              label = L_BRANCH_LOOP;
              continue main;
            case OP.REPEAT_ONE: {
              // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
              const min = code[pc + 1];
              if (min > end - ptr) break;
              st.ptr = ptr;
              const n = count(st, prog, pc + 3, code[pc + 2]);
              cs[ctx + C_COUNT] = n;
              ptr += n;
              if (n < min) break;
              const tail = pc + code[pc];
              if (
                code[tail] === OP.SUCCESS && ptr === end &&
                !(cs[ctx + C_TOP] !== 0 && st.mustAdvance && ptr === st.start)
              ) {
                st.ptr = ptr;
                ret = true;
                label = L_EXIT;
                continue main;
              }
              cs[ctx + C_LASTMARK] = st.lastmark;
              cs[ctx + C_LASTINDEX] = st.lastindex;
              if (st.repeat >= 0) st.markPush(st.lastmark);
              if (code[tail] === OP.LITERAL) {
                cs[ctx + C_U] = code[tail + 1];
                label = L_REPEAT_ONE_1_LOOP;
              } else label = prog.tail(pc) !== null ? L_REPEAT_ONE_3_LOOP : L_REPEAT_ONE_2_LOOP;
              continue main;
            }
            case OP.MIN_REPEAT_ONE: {
              // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
              const min = code[pc + 1];
              if (min > end - ptr) break;
              st.ptr = ptr;
              if (min === 0) cs[ctx + C_COUNT] = 0;
              else {
                const n = count(st, prog, pc + 3, min);
                if (n < min) break;
                cs[ctx + C_COUNT] = n;
                ptr += n;
              }
              if (
                code[pc + code[pc]] === OP.SUCCESS &&
                !(cs[ctx + C_TOP] !== 0 &&
                  ((st.matchAll && ptr !== end) || (st.mustAdvance && ptr === st.start)))
              ) {
                st.ptr = ptr;
                ret = true;
                label = L_EXIT;
                continue main;
              }
              cs[ctx + C_LASTMARK] = st.lastmark;
              cs[ctx + C_LASTINDEX] = st.lastindex;
              if (st.repeat >= 0) st.markPush(st.lastmark);
              label = L_MIN_REPEAT_ONE_LOOP;
              continue main;
            }
            case OP.POSSESSIVE_REPEAT_ONE: {
              const min = code[pc + 1];
              if (ptr + min > end) break;
              st.ptr = ptr;
              const n = count(st, prog, pc + 3, code[pc + 2]);
              ptr += n;
              if (n < min) break;
              pc += code[pc];
              if (
                code[pc] === OP.SUCCESS && ptr === end &&
                !(cs[ctx + C_TOP] !== 0 && st.mustAdvance && ptr === st.start)
              ) {
                st.ptr = ptr;
                ret = true;
                label = L_EXIT;
                continue main;
              }
              continue;
            }
            case OP.REPEAT: {
              // <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail
              cs[ctx + C_U] = st.allocRepeat(pc);
              st.ptr = ptr;
              nextLabel = J_REPEAT;
              nextPc = pc + code[pc];
              nextTop = cs[ctx + C_TOP];
              label = L_DOJUMP;
              continue main;
            }
            case OP.MAX_UNTIL: {
              const rep = st.repeat;
              if (rep < 0) return raiseRuntimeError("internal error in regular expression engine");
              cs[ctx + C_U] = rep;
              st.ptr = ptr;
              const n = st.repCount[rep] + 1;
              cs[ctx + C_COUNT] = n;
              const rp = st.repPc[rep];
              if (n < code[rp + 1]) {
                // not enough matches
                st.repCount[rep] = n;
                nextLabel = J_MAX_UNTIL_1;
                nextPc = rp + 3;
                nextTop = cs[ctx + C_TOP];
                label = L_DOJUMP;
                continue main;
              }
              if ((n < code[rp + 2] || code[rp + 2] === MAXREPEAT) && st.ptr !== st.repLastPtr[rep]) {
                // we may have enough matches, but if we can match another item, do so
                st.repCount[rep] = n;
                cs[ctx + C_LASTMARK] = st.lastmark;
                cs[ctx + C_LASTINDEX] = st.lastindex;
                st.markPush(st.lastmark);
                st.pushData(st.repLastPtr[rep]);
                st.repLastPtr[rep] = st.ptr;
                nextLabel = J_MAX_UNTIL_2;
                nextPc = rp + 3;
                nextTop = cs[ctx + C_TOP];
                label = L_DOJUMP;
                continue main;
              }
              label = L_MAX_UNTIL_TAIL;
              continue main;
            }
            case OP.MIN_UNTIL: {
              const rep = st.repeat;
              if (rep < 0) return raiseRuntimeError("internal error in regular expression engine");
              cs[ctx + C_U] = rep;
              st.ptr = ptr;
              const n = st.repCount[rep] + 1;
              cs[ctx + C_COUNT] = n;
              const rp = st.repPc[rep];
              if (n < code[rp + 1]) {
                st.repCount[rep] = n;
                nextLabel = J_MIN_UNTIL_1;
                nextPc = rp + 3;
                nextTop = cs[ctx + C_TOP];
                label = L_DOJUMP;
                continue main;
              }
              // see if the tail matches
              st.repeat = st.repPrev[rep];
              cs[ctx + C_LASTMARK] = st.lastmark;
              cs[ctx + C_LASTINDEX] = st.lastindex;
              if (st.repeat >= 0) st.markPush(st.lastmark);
              nextLabel = J_MIN_UNTIL_2;
              nextPc = pc;
              nextTop = cs[ctx + C_TOP];
              label = L_DOJUMP;
              continue main;
            }
            case OP.POSSESSIVE_REPEAT:
              // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
              st.ptr = ptr;
              cs[ctx + C_COUNT] = 0;
              label = L_POSS_1_LOOP;
              continue main;
            case OP.ATOMIC_GROUP:
              // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
              st.ptr = ptr;
              nextLabel = J_ATOMIC_GROUP;
              nextPc = pc + 1;
              nextTop = 0;
              label = L_DOJUMP;
              continue main;
            case OP.GROUPREF:
            case OP.GROUPREF_IGNORE:
            case OP.GROUPREF_UNI_IGNORE:
            case OP.GROUPREF_LOC_IGNORE: {
              const op = code[pc - 1];
              const groupref = code[pc] * 2;
              if (groupref >= st.lastmark) {
                break;
              }
              let p = st.marks[groupref];
              const e = st.marks[groupref + 1];
              if (p < 0 || e < 0 || e < p) {
                break;
              }
              let ok = true;
              while (p < e) {
                if (ptr >= end) {
                  ok = false;
                  break;
                }
                const a = text[ptr], b = text[p];
                if (
                  op === OP.GROUPREF
                    ? a !== b
                    : op === OP.GROUPREF_IGNORE
                    ? lowerAscii(a) !== lowerAscii(b)
                    : op === OP.GROUPREF_UNI_IGNORE
                    ? lowerUnicode(a) !== lowerUnicode(b)
                    : lowerLocale(a) !== lowerLocale(b)
                ) {
                  ok = false;
                  break;
                }
                p++;
                ptr++;
              }
              if (!ok) {
                break;
              }
              pc++;
              continue;
            }
            case OP.GROUPREF_EXISTS: {
              // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
              const groupref = code[pc] * 2;
              if (groupref >= st.lastmark) {
                pc += code[pc + 1];
                continue;
              }
              const p = st.marks[groupref], e = st.marks[groupref + 1];
              if (p < 0 || e < 0 || e < p) {
                pc += code[pc + 1];
                continue;
              }
              pc += 2;
              continue;
            }
            case OP.ASSERT: {
              // <ASSERT> <skip> <back> <pattern>
              if (ptr < code[pc + 1]) break;
              const one = prog.loneItem(pc + 2);
              if (one >= 0) {
                // `(?=x)`, `(?<=x)` for one character x: test it here instead of in a child context
                const at = ptr - code[pc + 1];
                if (at >= end || !itemMatches(prog, one, text[at])) break;
                pc += code[pc];
                continue;
              }
              st.ptr = ptr - code[pc + 1];
              nextLabel = J_ASSERT;
              nextPc = pc + 2;
              nextTop = 0;
              label = L_DOJUMP;
              continue main;
            }
            case OP.ASSERT_NOT:
              if (ptr >= code[pc + 1]) {
                const one = prog.loneItem(pc + 2);
                if (one >= 0) {
                  // `(?!x)`, `(?<!x)` for one character x (sets no marks: nothing to save)
                  const at = ptr - code[pc + 1];
                  if (at < end && itemMatches(prog, one, text[at])) break;
                  pc += code[pc];
                  continue;
                }
                st.ptr = ptr - code[pc + 1];
                cs[ctx + C_LASTMARK] = st.lastmark;
                cs[ctx + C_LASTINDEX] = st.lastindex;
                if (st.repeat >= 0) st.markPush(st.lastmark);
                nextLabel = J_ASSERT_NOT;
                nextPc = pc + 2;
                nextTop = 0;
                label = L_DOJUMP;
                continue main;
              }
              pc += code[pc];
              continue;
            case OP.FAILURE:
              break;
            default:
              return raiseRuntimeError("internal error in regular expression engine");
          }
          // a `break` out of the switch is a failure
          ret = false;
          label = L_EXIT;
          continue main;
        }

      case L_DOJUMP: {
        // DO_JUMP: save this context and enter a child at nextPc; it returns to label nextLabel
        cs[ctx + C_PC] = pc;
        cs[ctx + C_PTR] = ptr;
        ctx += CTX_SIZE;
        if (ctx + CTX_SIZE > cs.length) cs = st.growContexts();
        cs[ctx + C_JUMP] = nextLabel;
        cs[ctx + C_TOP] = nextTop;
        nextLabel = 0;
        pc = nextPc;
        ptr = st.ptr;
        label = L_ENTRANCE;
        continue main;
      }
      case L_EXIT: {
        const jump = cs[ctx + C_JUMP];
        if (jump === J_NONE) return ret;
        ctx -= CTX_SIZE;
        pc = cs[ctx + C_PC];
        ptr = cs[ctx + C_PTR];
        label = jump;
        continue main;
      }

      // ------------------------------------------------------------ BRANCH
      case L_BRANCH_LOOP:
        for (; code[pc] !== 0; pc += code[pc]) {
          if (code[pc + 1] === OP.LITERAL && (ptr >= end || text[ptr] !== code[pc + 2])) continue;
          if (code[pc + 1] === OP.IN && (ptr >= end || !inCharset(code, pc + 3, text[ptr]))) continue;
          st.ptr = ptr;
          nextLabel = J_BRANCH;
          nextPc = pc + 1;
          nextTop = cs[ctx + C_TOP];
          label = L_DOJUMP;
          continue main;
        }
        if (nextLabel !== 0) {
          label = L_DOJUMP;
          continue main;
        }
        st.markDiscard(cs[ctx + C_LASTMARK]);
        ret = false;
        label = L_EXIT;
        continue main;
      case J_BRANCH:
        if (ret) {
          st.markDiscard(cs[ctx + C_LASTMARK]);
          label = L_EXIT;
          continue main;
        }
        st.markPop(cs[ctx + C_LASTMARK], false);
        st.lastmark = cs[ctx + C_LASTMARK];
        st.lastindex = cs[ctx + C_LASTINDEX];
        pc += code[pc];
        label = L_BRANCH_LOOP;
        continue main;

      // ------------------------------------------------------------ REPEAT_ONE
      case L_REPEAT_ONE_1_LOOP: {
        // the tail starts with a literal: skip positions where it cannot match
        const min = code[pc + 1];
        const chr = cs[ctx + C_U];
        let n = cs[ctx + C_COUNT];
        while (n >= min && (ptr >= end || text[ptr] !== chr)) {
          ptr--;
          n--;
        }
        cs[ctx + C_COUNT] = n;
        if (n < min) {
          if (st.repeat >= 0) st.markDiscard(cs[ctx + C_LASTMARK]);
          ret = false;
          label = L_EXIT;
          continue main;
        }
        st.ptr = ptr;
        nextLabel = J_REPEAT_ONE_1;
        nextPc = pc + code[pc];
        nextTop = cs[ctx + C_TOP];
        label = L_DOJUMP;
        continue main;
      }
      case L_REPEAT_ONE_3_LOOP: {
        // the tail's first set (program.ts): skip counts where the tail cannot begin
        const min = code[pc + 1];
        const first = prog.tail(pc)!;
        let n = cs[ctx + C_COUNT];
        while (n >= min && !first.canStart(code, text, ptr, end)) {
          ptr--;
          n--;
        }
        cs[ctx + C_COUNT] = n;
        if (n < min) {
          if (st.repeat >= 0) st.markDiscard(cs[ctx + C_LASTMARK]);
          ret = false;
          label = L_EXIT;
          continue main;
        }
        st.ptr = ptr;
        nextLabel = J_REPEAT_ONE_3;
        nextPc = pc + code[pc];
        nextTop = cs[ctx + C_TOP];
        label = L_DOJUMP;
        continue main;
      }
      case J_REPEAT_ONE_1:
      case J_REPEAT_ONE_2:
      case J_REPEAT_ONE_3:
        if (ret) {
          if (st.repeat >= 0) st.markDiscard(cs[ctx + C_LASTMARK]);
          label = L_EXIT;
          continue main;
        }
        if (st.repeat >= 0) st.markPop(cs[ctx + C_LASTMARK], false);
        st.lastmark = cs[ctx + C_LASTMARK];
        st.lastindex = cs[ctx + C_LASTINDEX];
        ptr--;
        cs[ctx + C_COUNT]--;
        label = label === J_REPEAT_ONE_1
          ? L_REPEAT_ONE_1_LOOP
          : label === J_REPEAT_ONE_2
          ? L_REPEAT_ONE_2_LOOP
          : L_REPEAT_ONE_3_LOOP;
        continue main;
      case L_REPEAT_ONE_2_LOOP:
        if (cs[ctx + C_COUNT] >= code[pc + 1]) {
          st.ptr = ptr;
          nextLabel = J_REPEAT_ONE_2;
          nextPc = pc + code[pc];
          nextTop = cs[ctx + C_TOP];
          label = L_DOJUMP;
          continue main;
        }
        if (st.repeat >= 0) st.markDiscard(cs[ctx + C_LASTMARK]);
        ret = false;
        label = L_EXIT;
        continue main;

      // ------------------------------------------------------------ MIN_REPEAT_ONE
      case L_MIN_REPEAT_ONE_LOOP: {
        const first = prog.tail(pc);
        if (first !== null) {
          // the tail's first set (program.ts): take more items while the tail cannot begin here
          const max = code[pc + 2];
          let n = cs[ctx + C_COUNT];
          while ((max === MAXREPEAT || n <= max) && !first.canStart(code, text, ptr, end)) {
            if (ptr >= end || !itemMatches(prog, pc + 3, text[ptr])) {
              n = -1;
              break;
            }
            ptr++;
            n++;
          }
          cs[ctx + C_COUNT] = n;
          if (n < 0) {
            if (st.repeat >= 0) st.markDiscard(cs[ctx + C_LASTMARK]);
            ret = false;
            label = L_EXIT;
            continue main;
          }
        }
        if (code[pc + 2] === MAXREPEAT || cs[ctx + C_COUNT] <= code[pc + 2]) {
          st.ptr = ptr;
          nextLabel = J_MIN_REPEAT_ONE;
          nextPc = pc + code[pc];
          nextTop = cs[ctx + C_TOP];
          label = L_DOJUMP;
          continue main;
        }
        if (st.repeat >= 0) st.markDiscard(cs[ctx + C_LASTMARK]);
        ret = false;
        label = L_EXIT;
        continue main;
      }
      case J_MIN_REPEAT_ONE:
        if (ret) {
          if (st.repeat >= 0) st.markDiscard(cs[ctx + C_LASTMARK]);
          label = L_EXIT;
          continue main;
        }
        if (st.repeat >= 0) st.markPop(cs[ctx + C_LASTMARK], false);
        st.lastmark = cs[ctx + C_LASTMARK];
        st.lastindex = cs[ctx + C_LASTINDEX];
        st.ptr = ptr;
        if (count(st, prog, pc + 3, 1) === 0) {
          if (st.repeat >= 0) st.markDiscard(cs[ctx + C_LASTMARK]);
          ret = false;
          label = L_EXIT;
          continue main;
        }
        ptr++;
        cs[ctx + C_COUNT]++;
        label = L_MIN_REPEAT_ONE_LOOP;
        continue main;

      // ------------------------------------------------------------ REPEAT / MAX_UNTIL / MIN_UNTIL
      case J_REPEAT: {
        const rep = cs[ctx + C_U];
        st.repeat = st.repPrev[rep];
        st.repTop = rep;
        label = L_EXIT;
        continue main;
      }
      case J_MAX_UNTIL_1:
      case J_MIN_UNTIL_1:
        if (ret) {
          label = L_EXIT;
          continue main;
        }
        st.repCount[cs[ctx + C_U]] = cs[ctx + C_COUNT] - 1;
        st.ptr = ptr;
        label = L_EXIT;
        continue main;
      case J_MAX_UNTIL_2: {
        const rep = cs[ctx + C_U];
        st.repLastPtr[rep] = st.popData();
        if (ret) {
          st.markDiscard(cs[ctx + C_LASTMARK]);
          label = L_EXIT;
          continue main;
        }
        st.markPop(cs[ctx + C_LASTMARK], true);
        st.lastmark = cs[ctx + C_LASTMARK];
        st.lastindex = cs[ctx + C_LASTINDEX];
        st.repCount[rep] = cs[ctx + C_COUNT] - 1;
        st.ptr = ptr;
      }
      // falls through
      case L_MAX_UNTIL_TAIL:
        // cannot match more repeated items here; make sure the tail matches
        st.repeat = st.repPrev[cs[ctx + C_U]];
        nextLabel = J_MAX_UNTIL_3;
        nextPc = pc;
        nextTop = cs[ctx + C_TOP];
        label = L_DOJUMP;
        continue main;
      case J_MAX_UNTIL_3:
        st.repeat = cs[ctx + C_U];
        if (!ret) st.ptr = ptr;
        label = L_EXIT;
        continue main;
      case J_MIN_UNTIL_2: {
        const rep = cs[ctx + C_U];
        const repeatOfTail = st.repeat;
        st.repeat = rep;
        if (ret) {
          if (repeatOfTail >= 0) st.markDiscard(cs[ctx + C_LASTMARK]);
          label = L_EXIT;
          continue main;
        }
        if (repeatOfTail >= 0) st.markPop(cs[ctx + C_LASTMARK], true);
        st.lastmark = cs[ctx + C_LASTMARK];
        st.lastindex = cs[ctx + C_LASTINDEX];
        st.ptr = ptr;
        const rp = st.repPc[rep];
        const n = cs[ctx + C_COUNT];
        if ((n >= code[rp + 2] && code[rp + 2] !== MAXREPEAT) || st.ptr === st.repLastPtr[rep]) {
          ret = false;
          label = L_EXIT;
          continue main;
        }
        st.repCount[rep] = n;
        st.pushData(st.repLastPtr[rep]);
        st.repLastPtr[rep] = st.ptr;
        nextLabel = J_MIN_UNTIL_3;
        nextPc = rp + 3;
        nextTop = cs[ctx + C_TOP];
        label = L_DOJUMP;
        continue main;
      }
      case J_MIN_UNTIL_3: {
        const rep = cs[ctx + C_U];
        st.repLastPtr[rep] = st.popData();
        if (ret) {
          label = L_EXIT;
          continue main;
        }
        st.repCount[rep] = cs[ctx + C_COUNT] - 1;
        st.ptr = ptr;
        label = L_EXIT;
        continue main;
      }

      // ------------------------------------------------------------ POSSESSIVE_REPEAT
      case L_POSS_1_LOOP:
        if (cs[ctx + C_COUNT] < code[pc + 1]) {
          nextLabel = J_POSS_REPEAT_1;
          nextPc = pc + 3;
          nextTop = 0;
          label = L_DOJUMP;
          continue main;
        }
        ptr = -1;
        label = L_POSS_2_LOOP;
        continue main;
      case J_POSS_REPEAT_1:
        if (ret) {
          cs[ctx + C_COUNT]++;
          label = L_POSS_1_LOOP;
          continue main;
        }
        st.ptr = ptr;
        label = L_EXIT;
        continue main;
      case L_POSS_2_LOOP:
        if ((cs[ctx + C_COUNT] < code[pc + 2] || code[pc + 2] === MAXREPEAT) && st.ptr !== ptr) {
          cs[ctx + C_LASTMARK] = st.lastmark;
          cs[ctx + C_LASTINDEX] = st.lastindex;
          st.markPush(st.lastmark);
          ptr = st.ptr;
          nextLabel = J_POSS_REPEAT_2;
          nextPc = pc + 3;
          nextTop = 0;
          label = L_DOJUMP;
          continue main;
        }
        pc += code[pc] + 1;
        ptr = st.ptr;
        label = L_DISPATCH;
        continue main;
      case J_POSS_REPEAT_2:
        if (ret) {
          st.markDiscard(cs[ctx + C_LASTMARK]);
          cs[ctx + C_COUNT]++;
          label = L_POSS_2_LOOP;
          continue main;
        }
        st.markPop(cs[ctx + C_LASTMARK], true);
        st.lastmark = cs[ctx + C_LASTMARK];
        st.lastindex = cs[ctx + C_LASTINDEX];
        st.ptr = ptr;
        pc += code[pc] + 1;
        ptr = st.ptr;
        label = L_DISPATCH;
        continue main;

      // ------------------------------------------------------------ ATOMIC_GROUP, ASSERT, ASSERT_NOT
      case J_ATOMIC_GROUP:
        if (!ret) {
          st.ptr = ptr;
          label = L_EXIT;
          continue main;
        }
        pc += code[pc];
        ptr = st.ptr;
        label = L_DISPATCH;
        continue main;
      case J_ASSERT:
        if (!ret) {
          label = L_EXIT;
          continue main;
        }
        pc += code[pc];
        label = L_DISPATCH;
        continue main;
      case J_ASSERT_NOT:
        if (ret) {
          if (st.repeat >= 0) st.markDiscard(cs[ctx + C_LASTMARK]);
          ret = false;
          label = L_EXIT;
          continue main;
        }
        if (st.repeat >= 0) st.markPop(cs[ctx + C_LASTMARK], true);
        st.lastmark = cs[ctx + C_LASTMARK];
        st.lastindex = cs[ctx + C_LASTINDEX];
        pc += code[pc];
        label = L_DISPATCH;
        continue main;
      default:
        return raiseRuntimeError("internal error in regular expression engine");
    }
  }
}

// ---------------------------------------------------------------- search

/** SRE(search): the leftmost match at or after st.start; st.start/st.ptr give its span. */
export function sreSearch(st: State, prog: Program): boolean {
  const code = prog.code, text = st.text;
  let ptr = st.start;
  let end = st.end;
  if (ptr > end) return false;
  let pc = 0;
  let flags = 0;
  let prefixLen = 0, prefixSkip = 0, prefix = 0, overlap = 0, charset = -1;
  if (code[0] === OP.INFO) {
    // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
    flags = code[2];
    const min = code[3];
    if (min !== 0 && end - ptr < min) return false;
    if (min > 1) {
      end -= min - 1;
      if (end <= ptr) end = ptr;
    }
    if (flags & INFO.PREFIX) {
      prefixLen = code[5];
      prefixSkip = code[6];
      prefix = 7;
      overlap = prefix + prefixLen - 1;
    } else if (flags & INFO.CHARSET) charset = 5;
    pc = 1 + code[1];
  }

  if (prefixLen === 1) {
    const c = code[prefix];
    end = st.end;
    st.mustAdvance = false;
    while (ptr < end) {
      while (text[ptr] !== c) {
        if (++ptr >= end) return false;
      }
      st.start = ptr;
      st.ptr = ptr + prefixSkip;
      if (flags & INFO.LITERAL) return true;
      if (sreMatch(st, prog, pc + 2 * prefixSkip, false)) return true;
      ++ptr;
      st.reset();
    }
    return false;
  }

  if (prefixLen > 1) {
    // a known prefix: the overlap table lets the scan skip forward (KMP)
    end = st.end;
    if (prefixLen > end - ptr) return false;
    while (ptr < end) {
      const c = code[prefix];
      while (text[ptr++] !== c) {
        if (ptr >= end) return false;
      }
      if (ptr >= end) return false;
      let i = 1;
      st.mustAdvance = false;
      do {
        if (text[ptr] === code[prefix + i]) {
          if (++i !== prefixLen) {
            if (++ptr >= end) return false;
            continue;
          }
          // a potential match
          st.start = ptr - (prefixLen - 1);
          st.ptr = ptr - (prefixLen - prefixSkip - 1);
          if (flags & INFO.LITERAL) return true;
          if (sreMatch(st, prog, pc + 2 * prefixSkip, false)) return true;
          if (++ptr >= end) return false;
          st.reset();
        }
        i = code[overlap + i];
      } while (i !== 0);
    }
    return false;
  }

  const anchored = code[pc] === OP.AT &&
    (code[pc + 1] === AT.BEGINNING || code[pc + 1] === AT.BEGINNING_STRING);
  const first = anchored ? null : prog.first(pc);
  if (first !== null) return searchFirst(st, prog, pc, first, ptr, end);

  if (charset >= 0) {
    end = st.end;
    st.mustAdvance = false;
    for (;;) {
      while (ptr < end && !inCharset(code, charset, text[ptr])) ptr++;
      if (ptr >= end) return false;
      st.start = ptr;
      st.ptr = ptr;
      if (sreMatch(st, prog, pc, false)) return true;
      ptr++;
      st.reset();
    }
  }

  st.start = st.ptr = ptr;
  let status = sreMatch(st, prog, pc, true);
  st.mustAdvance = false;
  if (!status && anchored) {
    st.start = st.ptr = st.end;
    return false;
  }
  while (!status && ptr < end) {
    ptr++;
    st.reset();
    st.start = st.ptr = ptr;
    status = sreMatch(st, prog, pc, false);
  }
  return status;
}

/**
 * The general search with the pattern's first set: attempts only where a match can begin (from `ptr`
 * to `last`, the last position leaving room for the pattern's minimum length), in CPython's order.
 */
function searchFirst(
  st: State,
  prog: Program,
  pc: number,
  first: FirstSet,
  ptr: number,
  last: number,
): boolean {
  const code = prog.code, text = st.text, end = st.end, table = first.table;
  const start = ptr;
  for (; ptr <= last; ptr++) {
    // the table test inline: most positions of a long subject are rejected here
    if (ptr < end && text[ptr] < 256 ? table[text[ptr]] === 0 : !first.canStart(code, text, ptr, end)) {
      continue;
    }
    if (ptr !== start) st.reset();
    st.start = st.ptr = ptr;
    // like the general case, only an attempt at the first position honours must-advance
    if (sreMatch(st, prog, pc, ptr === start)) return true;
    st.mustAdvance = false;
  }
  st.mustAdvance = false;
  return false;
}
