// _zoneinfo (CPython's Modules/_zoneinfo.c): zoneinfo.ZoneInfo, the IANA time zone tzinfo. The TZif file
// is read by the stdlib's own zoneinfo._common.load_data (v1 32-bit data, or the 64-bit data and the POSIX
// TZ string footer of v2+), found through zoneinfo._tzpath.find_tzfile or the `tzdata` package; this file
// derives the DST offsets and wall-time transition lists from it, parses the footer's TZ rule and answers
// utcoffset/dst/tzname/fromutc with PEP 495 fold handling. As in CPython, each module object has its own
// ZoneInfo type and caches (a weak per-key cache, an 8-entry LRU strong cache for the base class only, a
// timedelta per distinct offset). datetime is the pure-Python _pydatetime here, so ZoneInfo subclasses its
// tzinfo class and datetime fields are read from the instances' slots.
import {
  call,
  defineGetSets,
  defineMethods,
  getAttr,
  type Kwargs,
  None,
  PyInstance,
  PyMemberDescriptor,
  PyType,
  setAttr,
  tpName,
  tupleType,
  TypeFlags,
  typeOf,
  type W,
} from "../objects/model.ts";
import { errorWithMessage, newError, PyError, raiseAttributeError, raiseTypeError } from "../vm/errors.ts";
import { setContext } from "../vm/exc.ts";
import { newStr } from "../objects/str.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { PyBytes } from "../objects/bytes.ts";
import { indexOf } from "../objects/int.ts";
import { add, eq, isTrue, iter, next, repr, STOP } from "../objects/operations.ts";
import { importModule } from "../importing/importer.ts";
import type { PyModule } from "../objects/module.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";

const EPOCHORDINAL = 719163;
const DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

const SOURCE_NOCACHE = 0;
const SOURCE_CACHE = 1;
const SOURCE_FILE = 2;
const STRONG_CACHE_MAX_SIZE = 8;

// ---------------------------------------------------------------- the data of a zone

/** One local time type: the offset and DST amount as (cached) timedeltas, the abbreviation. */
class TTInfo {
  constructor(
    readonly utcoff: W,
    public dstoff: W,
    readonly tzname: W,
    readonly utcoffSeconds: number,
  ) {}
}

/**
 * A transition date of a POSIX TZ rule: `Mm.w.d` (calendar: the d'th weekday, 0 = Sunday, of week w of
 * month m, w = 5 the last one), `Jn` (julian: day 1-365, February 29 never counted) or `n` (0-365), at a
 * local time of hour:minute:second (hour within +-167, RFC 8536).
 */
class TransitionRule {
  constructor(
    readonly calendar: boolean,
    readonly month: number,
    readonly week: number,
    readonly day: number,
    readonly julian: boolean,
    readonly hour: number,
    readonly minute: number,
    readonly second: number,
  ) {}

  /** Local seconds since 1970-01-01 of this year's transition. */
  yearToTimestamp(year: number): number {
    const time = this.hour * 3600 + this.minute * 60 + this.second;
    if (this.calendar) {
      const firstDay = (ymdToOrd(year, this.month, 1) + 6) % 7;
      let daysInMonth = DAYS_IN_MONTH[this.month];
      if (this.month === 2 && isLeapYear(year)) daysInMonth += 1;
      // POSIX counts weekdays from Sunday, ordinals from Monday
      let monthDay = (this.day - (firstDay + 1)) % 7;
      if (monthDay < 0) monthDay += 7;
      monthDay += 1 + (this.week - 1) * 7;
      if (monthDay > daysInMonth) monthDay -= 7;
      return (ymdToOrd(year, this.month, monthDay) - EPOCHORDINAL) * 86400 + time;
    }
    // as CPython (both implementations): the days before January 1st, then day n on top
    const daysBeforeYear = ymdToOrd(year, 1, 1) - EPOCHORDINAL - 1;
    let day = this.day;
    if (this.julian && day >= 59 && isLeapYear(year)) day += 1;
    return (daysBeforeYear + day) * 86400 + time;
  }
}

/** What applies after the last transition: one local time type, or a standard/DST pair with its rules. */
class TZRule {
  constructor(
    readonly std: TTInfo,
    readonly dst: TTInfo | null,
    readonly dstDiff: number,
    readonly start: TransitionRule | null,
    readonly end: TransitionRule | null,
  ) {}
  get stdOnly(): boolean {
    return this.dst === null;
  }
}

/** A ZoneInfo instance (or an instance of a subclass): the zone's data once loaded. */
export class PyZoneInfo extends PyInstance {
  /** The key (any object; None for from_file without one); undefined before loading. */
  declare key: W | undefined;
  declare fileRepr: string;
  declare source: number;
  declare transUtc: Float64Array;
  /** Wall-clock transition times for fold=0 and fold=1. */
  declare transWall0: Float64Array;
  declare transWall1: Float64Array;
  declare transTtinfos: TTInfo[];
  declare ttinfoBefore: TTInfo | null;
  declare rule: TZRule | null;
  declare ttinfos: TTInfo[];
  declare fixedOffset: boolean;
  constructor(cls: PyType) {
    super(cls);
    this.key = undefined;
    this.fileRepr = "";
    this.source = SOURCE_NOCACHE;
    this.transUtc = EMPTY;
    this.transWall0 = EMPTY;
    this.transWall1 = EMPTY;
    this.transTtinfos = [];
    this.ttinfoBefore = null;
    this.rule = null;
    this.ttinfos = [];
    this.fixedOffset = false;
  }
}
const EMPTY = new Float64Array(0);

// ---------------------------------------------------------------- calendar helpers

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Proleptic Gregorian ordinal (0001-01-01 is 1). */
function ymdToOrd(y: number, m: number, d: number): number {
  const y1 = y - 1;
  let yearday = DAYS_BEFORE_MONTH[m];
  if (m > 2 && isLeapYear(y)) yearday += 1;
  return y1 * 365 + Math.floor(y1 / 4) - Math.floor(y1 / 100) + Math.floor(y1 / 400) + yearday + d;
}

/** bisect_right over a sorted array. */
function bisectRight(value: number, arr: Float64Array): number {
  let lo = 0, hi = arr.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (arr[m] > value) hi = m;
    else lo = m + 1;
  }
  return hi;
}

/** A Python int as a JS number (PyLong_AsLong/AsLongLong; values past 2**53 only compare here). */
function longOf(w: W): number {
  if (typeof w === "number") return w;
  const v = indexOf(w);
  return typeof v === "number" ? v : Number(v);
}

// ---------------------------------------------------------------- POSIX TZ strings

/** A cursor over the footer's bytes; past the end reads as NUL, as the C string does. */
class TZCursor {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}
  ch(): number {
    return this.pos < this.bytes.length ? this.bytes[this.pos] : 0;
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Between min and max digits; undefined when fewer than min. */
function parseDigits(p: TZCursor, min: number, max: number): number | undefined {
  let value = 0;
  for (let i = 0; i < max; i++, p.pos++) {
    const c = p.ch();
    if (!isDigit(c)) return i < min ? undefined : value;
    value = value * 10 + (c - 0x30);
  }
  return value;
}

/** `std`/`dst`: letters, or `<...>` holding letters, digits, '+' and '-'. */
function parseAbbr(p: TZCursor): string | undefined {
  let start: number, end: number;
  if (p.ch() === 0x3c /* < */) {
    p.pos++;
    start = p.pos;
    for (;;) {
      const c = p.ch();
      if (c === 0x3e /* > */) break;
      if (!isAlpha(c) && !isDigit(c) && c !== 0x2b && c !== 0x2d) return undefined;
      p.pos++;
    }
    end = p.pos;
    p.pos++;
  } else {
    start = p.pos;
    while (isAlpha(p.ch())) p.pos++;
    end = p.pos;
    if (end === start) return undefined;
  }
  return String.fromCharCode(...p.bytes.subarray(start, end));
}

/** `[+|-]h[hh][:mm[:ss]]`, the sign applying to every part. */
function parseTransitionTime(p: TZCursor): [number, number, number] | undefined {
  let sign = 1;
  if (p.ch() === 0x2d || p.ch() === 0x2b) {
    if (p.ch() === 0x2d) sign = -1;
    p.pos++;
  }
  const hour = parseDigits(p, 1, 3);
  if (hour === undefined) return undefined;
  let minute = 0, second = 0;
  if (p.ch() === 0x3a /* : */) {
    p.pos++;
    const m = parseDigits(p, 2, 2);
    if (m === undefined) return undefined;
    minute = m;
    if (p.ch() === 0x3a) {
      p.pos++;
      const s = parseDigits(p, 2, 2);
      if (s === undefined) return undefined;
      second = s;
    }
  }
  return [sign * hour, sign * minute, sign * second];
}

/** A UTC offset in seconds east of UTC (the string counts west: "EST5" is -5 hours); hours within 24. */
function parseTzDelta(p: TZCursor): number | undefined {
  const t = parseTransitionTime(p);
  if (t === undefined || t[0] > 24 || t[0] < -24) return undefined;
  return -(t[0] * 3600 + t[1] * 60 + t[2]);
}

/** `Mm.w.d[/time]`, `Jn[/time]` or `n[/time]`; the time defaults to 02:00. */
function parseTransitionRule(p: TZCursor): TransitionRule | undefined {
  let hour = 2, minute = 0, second = 0;
  if (p.ch() === 0x4d /* M */) {
    p.pos++;
    const month = parseDigits(p, 1, 2);
    if (month === undefined || p.ch() !== 0x2e) return undefined;
    p.pos++;
    const week = parseDigits(p, 1, 1);
    if (week === undefined || p.ch() !== 0x2e) return undefined;
    p.pos++;
    const day = parseDigits(p, 1, 1);
    if (day === undefined) return undefined;
    if (p.ch() === 0x2f /* / */) {
      p.pos++;
      const t = parseTransitionTime(p);
      if (t === undefined) return undefined;
      [hour, minute, second] = t;
    }
    if (month < 1 || month > 12 || week < 1 || week > 5 || day > 6 || hour < -167 || hour > 167) {
      return undefined;
    }
    return new TransitionRule(true, month, week, day, false, hour, minute, second);
  }
  let julian = false;
  if (p.ch() === 0x4a /* J */) {
    julian = true;
    p.pos++;
  }
  const day = parseDigits(p, 1, 3);
  if (day === undefined) return undefined;
  if (p.ch() === 0x2f) {
    p.pos++;
    const t = parseTransitionTime(p);
    if (t === undefined) return undefined;
    [hour, minute, second] = t;
  }
  if (day < (julian ? 1 : 0) || day > 365 || hour < -167 || hour > 167) return undefined;
  return new TransitionRule(false, 0, 0, day, julian, hour, minute, second);
}

// ---------------------------------------------------------------- module state

interface ZoneInfoState {
  type: PyType;
  datetimeType: PyType;
  timedeltaType: PyType;
  /** Slot indices of _pydatetime's datetime fields (-1 when the layout is not the expected one). */
  slotYear: number;
  slotMonth: number;
  slotDay: number;
  slotHour: number;
  slotMinute: number;
  slotSecond: number;
  slotTzinfo: number;
  slotFold: number;
  ioOpen: W;
  findTzfile: W;
  commonMod: W;
  timedeltas: Map<number, W>;
  weakCache: W;
  /** The base class's LRU strong cache, most recent first. */
  strongCache: { key: W; zone: W }[];
  noTtinfo: TTInfo;
}

function slotIndex(t: PyType, name: string): number {
  const d = t.lookup(name);
  return d instanceof PyMemberDescriptor ? d.index : -1;
}

function loadTimedelta(state: ZoneInfoState, seconds: number): W {
  let td = state.timedeltas.get(seconds);
  if (td === undefined) {
    td = call(state.timedeltaType, [0, seconds]);
    state.timedeltas.set(seconds, td);
  }
  return td;
}

function buildTTInfo(state: ZoneInfoState, utcoff: number, dstoff: number, tzname: W): TTInfo {
  return new TTInfo(loadTimedelta(state, utcoff), loadTimedelta(state, dstoff), tzname, utcoff);
}

function buildRule(
  state: ZoneInfoState,
  stdAbbr: W,
  dstAbbr: W | null,
  stdOffset: number,
  dstOffset: number,
  start: TransitionRule | null,
  end: TransitionRule | null,
): TZRule {
  const std = buildTTInfo(state, stdOffset, 0, stdAbbr);
  if (dstAbbr === null) return new TZRule(std, null, 0, null, null);
  const diff = dstOffset - stdOffset;
  return new TZRule(std, buildTTInfo(state, dstOffset, diff, dstAbbr), diff, start, end);
}

/** parse_tz_str: `std offset[dst[offset],start[/time],end[/time]]`, with CPython's messages. */
function parseTzStr(state: ZoneInfoState, tzStr: W): TZRule {
  if (!(tzStr instanceof PyBytes)) {
    raiseTypeError(`expected bytes, ${typeOf(tzStr).name} found`);
  }
  const p = new TZCursor(tzStr.value);
  const fail = (what: string): never => {
    throw errorWithMessage("ValueError", `${what}${repr(tzStr)}`);
  };
  const stdAbbr = parseAbbr(p);
  if (stdAbbr === undefined) fail("Invalid STD format in ");
  const stdOffset = parseTzDelta(p);
  if (stdOffset === undefined) fail("Invalid STD offset in ");
  if (p.ch() === 0) return buildRule(state, newStr(stdAbbr!), null, stdOffset!, 0, null, null);
  const dstAbbr = parseAbbr(p);
  if (dstAbbr === undefined) fail("Invalid DST format in ");
  let dstOffset: number;
  if (p.ch() === 0x2c /* , */) {
    // POSIX: without an offset, DST is one hour ahead of standard time
    dstOffset = stdOffset! + 3600;
  } else {
    const off = parseTzDelta(p);
    if (off === undefined) fail("Invalid DST offset in ");
    dstOffset = off!;
  }
  const rules: TransitionRule[] = [];
  for (let i = 0; i < 2; i++) {
    if (p.ch() !== 0x2c) fail("Missing transition rules in TZ string: ");
    p.pos++;
    const r = parseTransitionRule(p);
    if (r === undefined) fail("Malformed transition rule in TZ string: ");
    rules.push(r!);
  }
  if (p.ch() !== 0) fail("Extraneous characters at end of TZ string: ");
  return buildRule(state, newStr(stdAbbr!), newStr(dstAbbr!), stdOffset!, dstOffset, rules[0], rules[1]);
}

// ---------------------------------------------------------------- loading a zone

/**
 * utcoff_to_dstoff: the TZif data says only whether a type is DST, dst() needs by how much; take the
 * difference to the neighbouring standard-time type, and one hour where no neighbour tells.
 */
function utcoffToDstoff(transIdx: number[], utcoffs: number[], isdsts: boolean[]): number[] {
  const n = utcoffs.length;
  const dstoffs: number[] = new Array(n).fill(0);
  for (let i = 1; i < transIdx.length; i++) {
    const idx = transIdx[i];
    if (!isdsts[idx] || dstoffs[idx] !== 0) continue;
    let dstoff = 0;
    const utcoff = utcoffs[idx];
    let compIdx = transIdx[i - 1];
    if (!isdsts[compIdx]) dstoff = utcoff - utcoffs[compIdx];
    if (dstoff === 0 && idx < n - 1 && i + 1 < transIdx.length) {
      compIdx = transIdx[i + 1];
      // the next type is DST too: hope a later transition tells
      if (isdsts[compIdx]) continue;
      dstoff = utcoff - utcoffs[compIdx];
    }
    if (dstoff !== 0) dstoffs[idx] = dstoff;
  }
  for (let idx = 0; idx < n; idx++) {
    if (isdsts[idx] && dstoffs[idx] === 0) dstoffs[idx] = 3600;
  }
  return dstoffs;
}

/**
 * ts_to_local: transition times as local wall-clock seconds, for fold=0 (the larger of the offsets
 * around each transition) and fold=1 (the smaller).
 */
function tsToLocal(zi: PyZoneInfo, transIdx: number[], utcoffs: number[]): void {
  const n = zi.transUtc.length;
  const wall0 = new Float64Array(n), wall1 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let off0: number, off1: number;
    if (i === 0) {
      off0 = utcoffs[0];
      off1 = utcoffs.length > 1 ? utcoffs[transIdx[0]] : utcoffs[0];
    } else {
      off0 = utcoffs[transIdx[i - 1]];
      off1 = utcoffs[transIdx[i]];
    }
    if (off1 > off0) {
      const t = off0;
      off0 = off1;
      off1 = t;
    }
    wall0[i] = zi.transUtc[i] + off0;
    wall1[i] = zi.transUtc[i] + off1;
  }
  zi.transWall0 = wall0;
  zi.transWall1 = wall1;
}

function ttinfoEq(a: TTInfo, b: TTInfo): boolean {
  return eq(a.utcoff, b.utcoff) && eq(a.dstoff, b.dstoff) && eq(a.tzname, b.tzname);
}

/** load_data: fill `zi` from zoneinfo._common.load_data(fileObj). */
function loadData(state: ZoneInfoState, zi: PyZoneInfo, fileObj: W): void {
  const data = call(getAttr(state.commonMod, "load_data"), [fileObj]);
  if (!(data instanceof PyTuple) || data.cls !== tupleType) {
    raiseTypeError(`Invalid data result type: ${repr(data)}`);
  }
  const item = (i: number): W => {
    if (i >= data.items.length) throw errorWithMessage("IndexError", "tuple index out of range");
    return data.items[i];
  };
  const seq = (w: W): W[] => {
    if (!(w instanceof PyTuple)) raiseTypeError("expected tuple");
    return w.items;
  };
  const transIdxList = seq(item(0));
  const transUtcList = seq(item(1));
  const utcoffList = seq(item(2));
  const isdstList = seq(item(3));
  const abbr = seq(item(4));
  const tzStr = item(5);

  const numTransitions = transUtcList.length;
  const numTtinfos = utcoffList.length;
  const transUtc = new Float64Array(numTransitions);
  const transIdx: number[] = new Array(numTransitions);
  for (let i = 0; i < numTransitions; i++) {
    transUtc[i] = longOf(transUtcList[i]);
    const idx = longOf(transIdxList[i]);
    if (idx >= numTtinfos) {
      throw errorWithMessage("ValueError", `Invalid transition index found while reading TZif: ${idx}`);
    }
    transIdx[i] = idx;
  }
  const utcoffs: number[] = new Array(numTtinfos);
  const isdsts: boolean[] = new Array(numTtinfos);
  for (let i = 0; i < numTtinfos; i++) {
    utcoffs[i] = longOf(utcoffList[i]);
    isdsts[i] = isTrue(isdstList[i]);
  }
  const dstoffs = utcoffToDstoff(transIdx, utcoffs, isdsts);
  zi.transUtc = transUtc;
  tsToLocal(zi, transIdx, utcoffs);

  const ttinfos: TTInfo[] = new Array(numTtinfos);
  for (let i = 0; i < numTtinfos; i++) {
    if (i >= abbr.length) throw errorWithMessage("IndexError", "tuple index out of range");
    ttinfos[i] = buildTTInfo(state, utcoffs[i], dstoffs[i], abbr[i]);
  }
  zi.ttinfos = ttinfos;
  zi.transTtinfos = transIdx.map((i) => ttinfos[i]);
  // before the first transition: the first standard-time type (else the first type)
  zi.ttinfoBefore = null;
  for (let i = 0; i < numTtinfos; i++) {
    if (!isdsts[i]) {
      zi.ttinfoBefore = ttinfos[i];
      break;
    }
  }
  if (zi.ttinfoBefore === null && numTtinfos > 0) zi.ttinfoBefore = ttinfos[0];

  if (tzStr !== None && isTrue(tzStr)) {
    zi.rule = parseTzStr(state, tzStr);
  } else {
    if (numTtinfos === 0) throw errorWithMessage("ValueError", "No time zone information found.");
    const idx = numTransitions === 0 ? numTtinfos - 1 : transIdx[numTransitions - 1];
    const tti = ttinfos[idx];
    const rule = buildRule(state, tti.tzname, null, tti.utcoffSeconds, 0, null, null);
    // a rule standing for a DST type keeps its DST amount
    if (isTrue(tti.dstoff)) rule.std.dstoff = tti.dstoff;
    zi.rule = rule;
  }
  // a "fixed offset" zone: utcoffset(None) (datetime.time) has a meaning
  const rule = zi.rule!;
  if (numTtinfos > 1 || !rule.stdOnly) zi.fixedOffset = false;
  else if (numTtinfos === 0) zi.fixedOffset = true;
  else zi.fixedOffset = ttinfoEq(ttinfos[0], rule.std);
}

/** Call `close()` on a file after `err` (or after success when err is null), chaining as CPython does. */
function closeFile(fileObj: W, err: unknown): void {
  try {
    call(getAttr(fileObj, "close"), []);
  } catch (closeErr) {
    if (err instanceof PyError && closeErr instanceof PyError) setContext(closeErr.value, err.value);
    throw closeErr;
  }
}

/** zoneinfo_new_instance: find the file for `key` (TZPATH, then tzdata) and load it. */
function newInstance(state: ZoneInfoState, type: PyType, key: W): PyZoneInfo {
  const filePath = call(state.findTzfile, [key]);
  let fileObj: W | null = null;
  if (filePath === None) fileObj = call(getAttr(state.commonMod, "load_tzdata"), [key]);
  const zi = type.factory(type) as PyZoneInfo;
  if (fileObj === null) fileObj = call(state.ioOpen, [filePath, newStr("rb")]);
  try {
    loadData(state, zi, fileObj);
  } catch (e) {
    closeFile(fileObj, e);
    throw e;
  }
  closeFile(fileObj, null);
  zi.key = key;
  return zi;
}

function getWeakCache(state: ZoneInfoState, type: PyType): W {
  return type === state.type ? state.weakCache : getAttr(type, "_weak_cache");
}

function strongCacheFind(state: ZoneInfoState, key: W): number {
  const cache = state.strongCache;
  for (let i = 0; i < cache.length; i++) if (eq(key, cache[i].key)) return i;
  return -1;
}

/** A subclass's `_weak_cache` may be anything: what it hands back must be an instance of the class. */
function checkCached(type: PyType, key: W, instance: W): PyZoneInfo {
  if (instance instanceof PyZoneInfo && instance.cls.isSubtypeOf(type)) return instance;
  const t = typeOf(instance);
  const name = t.module === "builtins" ? t.qualname : `${t.module}.${t.qualname}`;
  throw errorWithMessage(
    "RuntimeError",
    `Unexpected instance of ${name} in ${tpName(type)} weak cache for key ${repr(key)}`,
  );
}

/** ZoneInfo(key): the strong cache (base class only), then the weak cache, else a new instance. */
function zoneinfoNew(state: ZoneInfoState, type: PyType, key: W): W {
  if (type === state.type) {
    const i = strongCacheFind(state, key);
    if (i >= 0) {
      const node = state.strongCache[i];
      state.strongCache.splice(i, 1);
      state.strongCache.unshift(node);
      return node.zone;
    }
  }
  const weakCache = getWeakCache(state, type);
  let instance = call(getAttr(weakCache, "get"), [key, None]);
  if (instance === None) {
    const fresh = newInstance(state, type, key);
    instance = call(getAttr(weakCache, "setdefault"), [key, fresh]);
    checkCached(type, key, instance).source = SOURCE_CACHE;
  } else {
    checkCached(type, key, instance);
  }
  if (type === state.type) {
    state.strongCache.unshift({ key, zone: instance });
    if (state.strongCache.length > STRONG_CACHE_MAX_SIZE) state.strongCache.length = STRONG_CACHE_MAX_SIZE;
  }
  return instance;
}

// ---------------------------------------------------------------- looking up a datetime

/** The `dt.fold` / `dt.year` CPython reads from the datetime struct. */
function dtField(state: ZoneInfoState, dt: W, slot: number, name: string): number {
  if (slot >= 0 && dt instanceof PyInstance && dt.cls.isSubtypeOf(state.datetimeType) && dt.slots !== null) {
    const v = dt.slots[slot];
    if (typeof v === "number") return v;
  }
  return longOf(getAttr(dt, name));
}

/** get_local_timestamp: wall-clock seconds since 1970-01-01 (exact datetimes read directly). */
function localTimestamp(state: ZoneInfoState, dt: W): number {
  if (dt instanceof PyInstance && dt.cls === state.datetimeType && dt.slots !== null && state.slotFold >= 0) {
    const s = dt.slots;
    const y = s[state.slotYear], m = s[state.slotMonth], d = s[state.slotDay];
    const hh = s[state.slotHour], mm = s[state.slotMinute], ss = s[state.slotSecond];
    if (
      typeof y === "number" && typeof m === "number" && typeof d === "number" && typeof hh === "number" &&
      typeof mm === "number" && typeof ss === "number"
    ) {
      return (ymdToOrd(y, m, d) - EPOCHORDINAL) * 86400 + hh * 3600 + mm * 60 + ss;
    }
  }
  const ord = longOf(call(getAttr(dt, "toordinal"), []));
  const hour = longOf(getAttr(dt, "hour"));
  const minute = longOf(getAttr(dt, "minute"));
  const second = longOf(getAttr(dt, "second"));
  return (ord - EPOCHORDINAL) * 86400 + hour * 3600 + minute * 60 + second;
}

function ruleTransitions(rule: TZRule, year: number): [number, number] {
  return [rule.start!.yearToTimestamp(year), rule.end!.yearToTimestamp(year)];
}

/** find_tzrule_ttinfo: the rule's type at a local time, the fold choosing in gaps and folds. */
function findRuleTtinfo(rule: TZRule, ts: number, fold: number, year: number): TTInfo {
  if (rule.dst === null) return rule.std;
  let [start, end] = ruleTransitions(rule, year);
  // fold=0: the period of the smaller offset starts at the end of the gap and ends at the end of the
  // fold; fold=1: from the start of the gap to the start of the fold (fold XOR positive DST)
  if ((fold === 1) === (rule.dstDiff >= 0)) end -= rule.dstDiff;
  else start += rule.dstDiff;
  const isdst = start < end ? ts >= start && ts < end : ts < end || ts >= start;
  return isdst ? rule.dst : rule.std;
}

/** find_tzrule_ttinfo_fromutc: the rule's type at a UTC time, and whether the local time is a fold. */
function findRuleTtinfoFromUtc(rule: TZRule, ts: number, year: number): [TTInfo, boolean] {
  if (rule.dst === null) return [rule.std, false];
  let [start, end] = ruleTransitions(rule, year);
  start -= rule.std.utcoffSeconds;
  end -= rule.dst.utcoffSeconds;
  const isdst = start < end ? ts >= start && ts < end : ts < end || ts >= start;
  // positive DST: the repeated hour follows the end of DST; negative DST: it precedes its start
  let ambigStart: number, ambigEnd: number;
  if (rule.dstDiff > 0) {
    ambigStart = end;
    ambigEnd = end + rule.dstDiff;
  } else {
    ambigStart = start;
    ambigEnd = start - rule.dstDiff;
  }
  return [isdst ? rule.dst : rule.std, ts >= ambigStart && ts < ambigEnd];
}

/** find_ttinfo: the local time type at `dt` (None: only fixed-offset zones answer). */
function findTtinfo(state: ZoneInfoState, zi: PyZoneInfo, dt: W): TTInfo {
  const rule = zi.rule;
  if (rule === null) return state.noTtinfo;
  if (dt === None) return zi.fixedOffset ? rule.std : state.noTtinfo;
  const ts = localTimestamp(state, dt);
  const fold = dtField(state, dt, state.slotFold, "fold") === 1 ? 1 : 0;
  const wall = fold === 1 ? zi.transWall1 : zi.transWall0;
  const n = wall.length;
  if (n > 0 && ts < wall[0]) return zi.ttinfoBefore!;
  if (n === 0 || ts > wall[n - 1]) {
    return findRuleTtinfo(rule, ts, fold, dtField(state, dt, state.slotYear, "year"));
  }
  return zi.transTtinfos[bisectRight(ts, wall) - 1];
}

/** fromutc: UTC wall time (tzinfo=self) to local time, fold=1 in the repeated hour. */
function fromUtc(state: ZoneInfoState, zi: PyZoneInfo, dt: W): W {
  if (!typeOf(dt).isSubtypeOf(state.datetimeType)) raiseTypeError("fromutc: argument must be a datetime");
  const inst = dt as PyInstance;
  const tz = state.slotTzinfo >= 0 && inst.slots !== null
    ? inst.slots[state.slotTzinfo]
    : getAttr(dt, "tzinfo");
  if (tz !== zi) throw errorWithMessage("ValueError", "fromutc: dt.tzinfo is not self");
  const rule = zi.rule;
  if (rule === null) raiseTypeError("fromutc: ZoneInfo object is not initialized");
  const ts = localTimestamp(state, dt);
  const trans = zi.transUtc;
  const n = trans.length;
  let tti: TTInfo;
  let fold = false;
  if (n >= 1 && ts < trans[0]) {
    tti = zi.ttinfoBefore!;
  } else if (n === 0 || ts > trans[n - 1]) {
    [tti, fold] = findRuleTtinfoFromUtc(rule, ts, dtField(state, dt, state.slotYear, "year"));
    // right after the last listed transition the fold is between that transition's type and the rule's
    if (n > 0) {
      const prev = n === 1 ? zi.ttinfoBefore! : zi.transTtinfos[n - 2];
      const diff = prev.utcoffSeconds - tti.utcoffSeconds;
      if (diff > 0 && ts < trans[n - 1] + diff) fold = true;
    }
  } else {
    const idx = bisectRight(ts, trans);
    let prev: TTInfo;
    if (idx >= 2) {
      prev = zi.transTtinfos[idx - 2];
      tti = zi.transTtinfos[idx - 1];
    } else {
      prev = zi.ttinfoBefore!;
      tti = zi.transTtinfos[0];
    }
    if (prev.utcoffSeconds - tti.utcoffSeconds > ts - trans[idx - 1]) fold = true;
  }
  const result = add(dt, tti.utcoff);
  if (!fold) return result;
  // a fresh exact datetime is changed in place, as CPython sets its fold field
  if (typeOf(result) === state.datetimeType && state.slotFold >= 0) {
    setAttr(result, "_fold", 1);
    return result;
  }
  return call(getAttr(result, "replace"), [], { names: ["fold"], values: [1] });
}

// ---------------------------------------------------------------- the type

function selfZone(w: W, method: string): PyZoneInfo {
  if (!(w instanceof PyZoneInfo)) {
    raiseTypeError(
      `descriptor '${method}' for 'zoneinfo.ZoneInfo' objects doesn't apply to a '${
        tpName(typeOf(w))
      }' object`,
    );
  }
  return w;
}

function typeArg(w: W): PyType {
  if (!(w instanceof PyType)) raiseTypeError("expected a type");
  return w;
}

function zoneRepr(zi: PyZoneInfo): string {
  const name = tpName(typeOf(zi));
  if (zi.key !== undefined && zi.key !== None) return `${name}(key=${repr(zi.key)})`;
  return `${name}.from_file(${zi.fileRepr})`;
}

/**
 * Argument Clinic's _PyArg_UnpackKeywords, in its order of checks: the total count, the positional count,
 * the positional-only ones, then by name (missing required ones, then unknown keywords). `names` lists the
 * parameters (positional ones first, then keyword-only ones); absent optional ones are undefined.
 */
function clinicArgs(
  fname: string,
  a: W[],
  offset: number,
  kw: Kwargs | null,
  names: string[],
  posOnly: number,
  minPos: number,
  maxPos: number,
): (W | undefined)[] {
  const nargs = a.length - offset;
  const nkw = kw === null ? 0 : kw.names.length;
  const maxArgs = names.length;
  if (nargs + nkw > maxArgs) {
    raiseTypeError(
      `${fname}() takes at most ${maxArgs} ${nargs === 0 ? "keyword " : ""}argument${
        maxArgs === 1 ? "" : "s"
      } ` +
        `(${nargs + nkw} given)`,
    );
  }
  if (nargs > maxPos) {
    if (maxPos === 0) raiseTypeError(`${fname}() takes no positional arguments`);
    raiseTypeError(
      `${fname}() takes ${minPos < maxPos ? "at most" : "exactly"} ${maxPos} positional argument` +
        `${maxPos === 1 ? "" : "s"} (${nargs} given)`,
    );
  }
  if (nargs < posOnly && nargs < minPos) {
    raiseTypeError(
      `${fname}() takes ${minPos < maxPos ? "at least" : "exactly"} ${minPos} positional argument` +
        `${minPos === 1 ? "" : "s"} (${nargs} given)`,
    );
  }
  const out: (W | undefined)[] = new Array(maxArgs);
  for (let i = 0; i < nargs; i++) out[i] = a[offset + i];
  let used = 0;
  for (let i = nargs; i < maxArgs; i++) {
    if (i >= posOnly && kw !== null) {
      const j = kw.names.indexOf(names[i]);
      if (j >= 0) {
        out[i] = kw.values[j];
        used++;
      }
    }
    if (out[i] === undefined && i < minPos) {
      raiseTypeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  if (kw !== null && used < nkw) {
    for (const k of kw.names) {
      const i = names.indexOf(k);
      if (i >= 0 && i < posOnly) raiseTypeError(`'${k}' is an invalid keyword argument for ${fname}()`);
      if (i < 0 || i < nargs) raiseTypeError(`${fname}() got an unexpected keyword argument '${k}'`);
    }
  }
  return out;
}

/** METH_O: exactly one positional argument. */
function oneArg(qualname: string, a: W[], kw: Kwargs | null): W {
  if (kw !== null && kw.names.length > 0) raiseTypeError(`${qualname}() takes no keyword arguments`);
  if (a.length !== 2) raiseTypeError(`${qualname}() takes exactly one argument (${a.length - 1} given)`);
  return a[1];
}

function makeZoneInfoType(state: ZoneInfoState, tzinfoType: PyType): PyType {
  const t = nativeType("zoneinfo", "ZoneInfo", tzinfoType, {
    flags: TypeFlags.BASETYPE | TypeFlags.WEAKREFABLE,
    factory: (cls) => new PyZoneInfo(cls),
  });
  state.type = t;
  defineMethods(t, [
    {
      name: "__new__",
      arity: [0, -1],
      kw: ["**"],
      kind: "static",
      doc: "Create a new ZoneInfo instance.",
      impl: (a: W[], kw: Kwargs | null) => {
        if (a.length === 0) raiseTypeError("ZoneInfo.__new__(): not enough arguments");
        const cls = typeArg(a[0]);
        if (!cls.isSubtypeOf(t)) {
          raiseTypeError(`ZoneInfo.__new__(${tpName(cls)}): ${tpName(cls)} is not a subtype of ZoneInfo`);
        }
        const [key] = clinicArgs("ZoneInfo", a, 1, kw, ["key"], 0, 1, 1);
        return zoneinfoNew(state, cls, key!);
      },
    },
    {
      name: "clear_cache",
      arity: [0, -1],
      kw: ["**"],
      kind: "class",
      doc: "Clear the ZoneInfo cache.",
      impl: (a: W[], kw: Kwargs | null) => {
        const cls = typeArg(a[0]);
        const [onlyKeys] = clinicArgs("clear_cache", a, 1, kw, ["only_keys"], 0, 0, 0);
        const weakCache = getWeakCache(state, cls);
        if (onlyKeys === undefined || onlyKeys === None) {
          call(getAttr(weakCache, "clear"), []);
          if (cls === t) state.strongCache.length = 0;
          return None;
        }
        const it = iter(onlyKeys);
        const pop = getAttr(weakCache, "pop");
        for (;;) {
          const item = next(it);
          if (item === STOP) break;
          if (cls === t) {
            const i = strongCacheFind(state, item);
            if (i >= 0) state.strongCache.splice(i, 1);
          }
          call(pop, [item, None]);
        }
        return None;
      },
    },
    {
      name: "no_cache",
      arity: [0, -1],
      kw: ["**"],
      kind: "class",
      doc: "Get a new instance of ZoneInfo, bypassing the cache.",
      impl: (a: W[], kw: Kwargs | null) => {
        const cls = typeArg(a[0]);
        const [key] = clinicArgs("no_cache", a, 1, kw, ["key"], 0, 1, 1);
        const zi = newInstance(state, cls, key!);
        zi.source = SOURCE_NOCACHE;
        return zi;
      },
    },
    {
      name: "from_file",
      arity: [0, -1],
      kw: ["**"],
      kind: "class",
      doc: "Create a ZoneInfo file from a file object.",
      impl: (a: W[], kw: Kwargs | null) => {
        const cls = typeArg(a[0]);
        const [fileObj, key] = clinicArgs("from_file", a, 1, kw, ["", "key"], 1, 1, 2);
        const zi = cls.factory(cls) as PyZoneInfo;
        const fileRepr = repr(fileObj!);
        loadData(state, zi, fileObj!);
        zi.source = SOURCE_FILE;
        zi.fileRepr = fileRepr;
        zi.key = key ?? None;
        return zi;
      },
    },
    {
      name: "utcoffset",
      arity: [0, -1],
      kw: ["**"],
      doc: "Retrieve a timedelta representing the UTC offset in a zone at the given datetime.",
      impl: (a: W[], kw: Kwargs | null) => {
        const zi = selfZone(a[0], "utcoffset");
        const dt = kw === null && a.length === 2
          ? a[1]
          : clinicArgs("utcoffset", a, 1, kw, ["dt"], 1, 1, 1)[0]!;
        return findTtinfo(state, zi, dt).utcoff;
      },
    },
    {
      name: "dst",
      arity: [0, -1],
      kw: ["**"],
      doc: "Retrieve a timedelta representing the amount of DST applied in a zone at the given datetime.",
      impl: (a: W[], kw: Kwargs | null) => {
        const zi = selfZone(a[0], "dst");
        const dt = kw === null && a.length === 2 ? a[1] : clinicArgs("dst", a, 1, kw, ["dt"], 1, 1, 1)[0]!;
        return findTtinfo(state, zi, dt).dstoff;
      },
    },
    {
      name: "tzname",
      arity: [0, -1],
      kw: ["**"],
      doc: "Retrieve a string containing the abbreviation for the time zone that applies in a zone at a " +
        "given datetime.",
      impl: (a: W[], kw: Kwargs | null) => {
        const zi = selfZone(a[0], "tzname");
        const dt = kw === null && a.length === 2 ? a[1] : clinicArgs("tzname", a, 1, kw, ["dt"], 1, 1, 1)[0]!;
        return findTtinfo(state, zi, dt).tzname;
      },
    },
    {
      name: "fromutc",
      arity: [0, -1],
      kw: ["**"],
      doc: "Given a datetime with local time in UTC, retrieve an adjusted datetime in local time.",
      impl: (a: W[], kw: Kwargs | null) => {
        const zi = selfZone(a[0], "fromutc");
        return fromUtc(state, zi, oneArg("ZoneInfo.fromutc", a, kw));
      },
    },
    {
      name: "__reduce__",
      arity: [0, 0],
      doc: "Function for serialization with the pickle protocol.",
      impl: (a: W[]) => {
        const zi = selfZone(a[0], "__reduce__");
        if (zi.source === SOURCE_FILE) {
          // objects made from a file stream cannot be pickled
          const pickleError = getAttr(importModule("pickle"), "PicklingError") as PyType;
          throw newError(pickleError, [newStr("Cannot pickle a ZoneInfo file from a file stream.")]);
        }
        const constructor = getAttr(zi, "_unpickle");
        const key = zi.key === undefined ? None : zi.key;
        return newTuple([constructor, newTuple([key, zi.source === SOURCE_CACHE ? 1 : 0])]);
      },
    },
    {
      name: "_unpickle",
      arity: [0, -1],
      kw: ["**"],
      kind: "class",
      doc: "Private method used in unpickling.",
      impl: (a: W[], kw: Kwargs | null) => {
        const cls = typeArg(a[0]);
        const [key, flag] = clinicArgs("_unpickle", a, 1, kw, ["key", "from_cache"], 2, 2, 2);
        // unsigned_char(bitwise=True): any int, its low byte
        const fromCache = Number(BigInt.asUintN(8, BigInt(indexOf(flag!))));
        if (fromCache !== 0) return zoneinfoNew(state, cls, key!);
        return newInstance(state, cls, key!);
      },
    },
    {
      name: "__init_subclass__",
      arity: [0, -1],
      kw: ["**"],
      kind: "class",
      doc: "Function to initialize subclasses.",
      impl: (a: W[]) => {
        // every subclass gets its own weak cache (the strong cache is the base class's only)
        setAttr(typeArg(a[0]), "_weak_cache", newWeakCache());
        return None;
      },
    },
    {
      name: "__repr__",
      arity: [0, 0],
      impl: (a: W[]) => newStr(zoneRepr(selfZone(a[0], "__repr__"))),
    },
    {
      name: "__str__",
      arity: [0, 0],
      impl: (a: W[]) => {
        const zi = selfZone(a[0], "__str__");
        if (zi.key !== undefined && zi.key !== None) return zi.key;
        return newStr(zoneRepr(zi));
      },
    },
  ]);
  defineGetSets(t, [{
    name: "key",
    readonly: true,
    get: (w: W) => {
      const zi = selfZone(w, "key");
      if (zi.key === undefined) raiseAttributeError(`'${tpName(typeOf(w))}' object has no attribute 'key'`);
      return zi.key;
    },
  }]);
  return t;
}

function newWeakCache(): W {
  return call(getAttr(importModule("weakref"), "WeakValueDictionary"), []);
}

function initModule(mod: PyModule): void {
  const datetimeMod = importModule("datetime");
  const datetimeType = getAttr(datetimeMod, "datetime") as PyType;
  const tzinfoType = getAttr(datetimeMod, "tzinfo") as PyType;
  const state: ZoneInfoState = {
    type: null as unknown as PyType,
    datetimeType,
    timedeltaType: getAttr(datetimeMod, "timedelta") as PyType,
    slotYear: slotIndex(datetimeType, "_year"),
    slotMonth: slotIndex(datetimeType, "_month"),
    slotDay: slotIndex(datetimeType, "_day"),
    slotHour: slotIndex(datetimeType, "_hour"),
    slotMinute: slotIndex(datetimeType, "_minute"),
    slotSecond: slotIndex(datetimeType, "_second"),
    slotTzinfo: slotIndex(datetimeType, "_tzinfo"),
    slotFold: slotIndex(datetimeType, "_fold"),
    ioOpen: None,
    findTzfile: None,
    commonMod: None,
    timedeltas: new Map(),
    weakCache: None,
    strongCache: [],
    noTtinfo: new TTInfo(None, None, None, 0),
  };
  // every field must be a slot for the direct reads, else all go through the attributes
  const slots = [
    state.slotYear,
    state.slotMonth,
    state.slotDay,
    state.slotHour,
    state.slotMinute,
    state.slotSecond,
    state.slotTzinfo,
  ];
  if (slots.some((s) => s < 0)) state.slotFold = -1;
  if (state.slotFold < 0) state.slotYear = state.slotTzinfo = -1;
  const t = makeZoneInfoType(state, tzinfoType);
  mod.dict.setStr("ZoneInfo", t);
  state.findTzfile = getAttr(importModule("zoneinfo._tzpath"), "find_tzfile");
  state.ioOpen = getAttr(importModule("io"), "open");
  state.commonMod = importModule("zoneinfo._common");
  state.weakCache = newWeakCache();
}

export const zoneinfoModule: NativeModuleDef = {
  name: "_zoneinfo",
  doc: "C implementation of the zoneinfo module",
  init: initModule,
};
