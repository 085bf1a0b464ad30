// time: clocks, sleep, struct_time conversions (gmtime/localtime/mktime/asctime/ctime), strftime with
// glibc's C-locale directives (flags `_ - 0 ^ #`, widths, E/O modifiers), strptime through `_strptime`
// as CPython's Modules/timemodule.c does, and the time zone attributes.
//
// Local time comes from the TZ database itself, as glibc reads it: $TZ (":Name", "Name", an absolute
// path or a POSIX rule string like "EST5EDT,M3.2.0,M11.1.0"), else /etc/localtime, parsed from TZif
// files (with the POSIX footer rule beyond the last transition). Where no zoneinfo file exists the zone
// is UTC (named after $TZ when one is given, as glibc does). Clocks use clock_gettime through FFI when
// it is available (so process_time/thread_time are real CPU clocks) and performance.now() otherwise.
import {
  callMethod,
  False,
  type Kwargs,
  None,
  type PyObject,
  type PyType,
  True,
  typeOf,
  type W,
} from "../objects/model.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { floatOf, newFloat } from "../objects/float.ts";
import { asInt, type IntValue, normBig } from "../objects/int.ts";
import { newNamespace } from "../objects/namespace.ts";
import { PyStructSeq, structSeq, structSeqType } from "../objects/structseq.ts";
import { raiseOverflowError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { call, getAttr } from "../objects/model.ts";
import type { PyModule } from "../objects/module.ts";
import { importModule } from "../importing/importer.ts";
import { waitInterruptible } from "../vm/interrupts.ts";
import { checkInterrupt } from "../vm/ops.ts";
import { state } from "../vm/state.ts";
import { markBlocking, takeDirectCall, threadSleep } from "../vm/threads.ts";
import { libc, osError } from "./libc.ts";
import type { NativeModuleDef } from "./define.ts";
import type { MethodSpec } from "../objects/model.ts";

// ---------------------------------------------------------------- struct_time

const STRUCT_TIME_FIELDS = [
  "tm_year",
  "tm_mon",
  "tm_mday",
  "tm_hour",
  "tm_min",
  "tm_sec",
  "tm_wday",
  "tm_yday",
  "tm_isdst",
  "tm_zone",
  "tm_gmtoff",
];

export const structTimeType: PyType = structSeqType("struct_time", "time", STRUCT_TIME_FIELDS, {
  visible: 9,
  doc: "The time value as returned by gmtime(), localtime(), and strptime(), and\n" +
    " accepted by asctime(), mktime() and strftime().  May be considered as a\n" +
    " sequence of 9 integers.\n\n" +
    " Note that several fields' values are not the same as those defined by\n" +
    " the C language standard for struct tm.  For example, the value of the\n" +
    " field tm_year is the actual year, not year - 1900.  See individual\n" +
    " fields' descriptions for details.",
});

/** A C `struct tm` with CPython's conventions undone (tm_year is the full year, tm_mon 0-11, tm_wday
 * 0 = Sunday, tm_yday 0-365), plus glibc's tm_zone/tm_gmtoff. */
export interface Tm {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: number;
  zone: string | null;
  gmtoff: number;
}

function tmToStructTime(tm: Tm): PyTuple {
  return structSeq(structTimeType, [
    tm.year,
    tm.mon + 1,
    tm.mday,
    tm.hour,
    tm.min,
    tm.sec,
    (tm.wday + 6) % 7,
    tm.yday + 1,
    tm.isdst,
    tm.zone === null ? None : newStr(tm.zone),
    tm.gmtoff,
  ]);
}

const INT_MAX = 2147483647, INT_MIN = -2147483648;

/** PyArg "i": an int (or __index__) that fits a C int. */
export function cInt(w: W): number {
  let v: IntValue | undefined = asInt(w);
  if (v === undefined) {
    if (typeof w === "object" && w.cls.lookup("__index__") !== undefined) {
      v = asInt(callMethod(w, "__index__", []));
    }
    if (v === undefined) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  }
  if (typeof v === "bigint") {
    if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) {
      raiseOverflowError("Python int too large to convert to C long");
    }
    raiseOverflowError(
      v > 0n ? "signed integer is greater than maximum" : "signed integer is less than minimum",
    );
  }
  if (v > INT_MAX) raiseOverflowError("signed integer is greater than maximum");
  if (v < INT_MIN) raiseOverflowError("signed integer is less than minimum");
  return v;
}

/** CPython's gettmarg: a 9-tuple (or struct_time, whose tm_zone/tm_gmtoff are kept) → Tm. */
function gettmarg(w: W, fname: string): Tm {
  if (!(w instanceof PyTuple)) raiseTypeError("Tuple or struct_time argument required");
  const it = w.items;
  if (it.length !== 9) raiseTypeError(`${fname}(): illegal time tuple argument`);
  const v = it.map(cInt);
  if (v[0] < INT_MIN + 1900) raiseOverflowError("year out of range");
  const tm: Tm = {
    year: v[0],
    mon: v[1] - 1,
    mday: v[2],
    hour: v[3],
    min: v[4],
    sec: v[5],
    wday: (v[6] + 1) % 7,
    yday: v[7] - 1,
    isdst: v[8],
    zone: null,
    gmtoff: 0,
  };
  if (w.cls === structTimeType && w instanceof PyStructSeq) {
    const zone = w.hidden[0], off = w.hidden[1];
    if (zone !== undefined && zone !== None) {
      if (!(zone instanceof PyStr)) raiseTypeError(`bad argument type for built-in operation`);
      tm.zone = zone.value;
    }
    if (off !== undefined && off !== None) tm.gmtoff = cLong(off);
  }
  return tm;
}

function cLong(w: W): number {
  const v = asInt(w);
  if (v === undefined) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  if (typeof v === "bigint") raiseOverflowError("Python int too large to convert to C long");
  return v;
}

/** CPython's checktm: range checks before strftime/asctime (0 for month/day/yday means the lowest). */
function checktm(tm: Tm): void {
  if (tm.mon === -1) tm.mon = 0;
  else if (tm.mon < 0 || tm.mon > 11) raiseValueError("month out of range");
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) raiseValueError("day of month out of range");
  if (tm.hour < 0 || tm.hour > 23) raiseValueError("hour out of range");
  if (tm.min < 0 || tm.min > 59) raiseValueError("minute out of range");
  if (tm.sec < 0 || tm.sec > 61) raiseValueError("seconds out of range");
  if (tm.wday < 0) raiseValueError("day of week out of range");
  if (tm.yday === -1) tm.yday = 0;
  else if (tm.yday < 0 || tm.yday > 365) raiseValueError("day of year out of range");
}

// ---------------------------------------------------------------- calendar arithmetic

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12), Howard Hinnant's algorithm. */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month 1-12, day] of a day count since 1970-01-01. */
export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** A time_t (number when safe, bigint beyond) broken down as UTC shifted by `off` seconds. */
export function breakDown(t: number | bigint, off: number, isdst: number, zone: string | null): Tm {
  let days: number, secs: number;
  if (typeof t === "bigint") {
    const tt = t + BigInt(off);
    let d = tt / 86400n, s = tt % 86400n;
    if (s < 0n) {
      s += 86400n;
      d -= 1n;
    }
    days = Number(d);
    secs = Number(s);
  } else {
    const tt = t + off;
    days = Math.floor(tt / 86400);
    secs = tt - days * 86400;
  }
  const [y, m, d] = civilFromDays(days);
  if (y > INT_MAX || y < INT_MIN + 1900) {
    throw osError(75, "Value too large for defined data type");
  }
  const yday = days - daysFromCivil(y, 1, 1);
  return {
    year: y,
    mon: m - 1,
    mday: d,
    hour: Math.floor(secs / 3600),
    min: Math.floor(secs / 60) % 60,
    sec: secs % 60,
    wday: ((days % 7) + 11) % 7, // 1970-01-01 was a Thursday
    yday,
    isdst,
    zone,
    gmtoff: off,
  };
}

/** timegm of broken-down fields, normalising out-of-range months/days/times as mktime does. */
function fieldsToSeconds(tm: Tm): number {
  const y = tm.year + Math.floor(tm.mon / 12);
  const mon = ((tm.mon % 12) + 12) % 12;
  const days = daysFromCivil(y, mon + 1, 1) + tm.mday - 1;
  return days * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
}

// ---------------------------------------------------------------- time zones

interface ZoneType {
  off: number;
  isdst: boolean;
  abbr: string;
}

/** A POSIX TZ rule: std offset/name and optionally DST with its yearly start and end. */
interface PosixRule {
  std: ZoneType;
  dst: ZoneType | null;
  start: RuleDate | null;
  end: RuleDate | null;
}
interface RuleDate {
  kind: "J" | "n" | "M";
  day: number;
  week: number;
  month: number;
  /** seconds after local midnight */
  time: number;
}

interface Zone {
  trans: number[];
  idx: number[];
  types: ZoneType[];
  rule: PosixRule | null;
}

const UTC_TYPE: ZoneType = { off: 0, isdst: false, abbr: "UTC" };

function utcZone(name = "UTC"): Zone {
  const t = { off: 0, isdst: false, abbr: name };
  return { trans: [], idx: [], types: [t], rule: { std: t, dst: null, start: null, end: null } };
}

/** Parse a POSIX TZ string ("CET-1CEST,M3.5.0,M10.5.0/3", "<+03>-3", "EST5EDT"); null if malformed. */
export function parsePosixTz(s: string): PosixRule | null {
  let i = 0;
  const name = (): string | null => {
    if (s[i] === "<") {
      const j = s.indexOf(">", i);
      if (j < 0) return null;
      const n = s.slice(i + 1, j);
      i = j + 1;
      return n.length >= 3 ? n : null;
    }
    const m = /^[A-Za-z]{3,}/.exec(s.slice(i));
    if (m === null) return null;
    i += m[0].length;
    return m[0];
  };
  const time = (): number | null => {
    const m = /^([+-]?)(\d{1,3})(?::(\d{1,2})(?::(\d{1,2}))?)?/.exec(s.slice(i));
    if (m === null) return null;
    i += m[0].length;
    const v = +m[2] * 3600 + (m[3] ? +m[3] * 60 : 0) + (m[4] ? +m[4] : 0);
    return m[1] === "-" ? -v : v;
  };
  const date = (): RuleDate | null => {
    let r: RuleDate;
    let m: RegExpExecArray | null;
    if ((m = /^M(\d{1,2})\.(\d)\.(\d)/.exec(s.slice(i))) !== null) {
      r = { kind: "M", month: +m[1], week: +m[2], day: +m[3], time: 7200 };
    } else if ((m = /^J(\d{1,3})/.exec(s.slice(i))) !== null) {
      r = { kind: "J", day: +m[1], week: 0, month: 0, time: 7200 };
    } else if ((m = /^(\d{1,3})/.exec(s.slice(i))) !== null) {
      r = { kind: "n", day: +m[1], week: 0, month: 0, time: 7200 };
    } else return null;
    i += m[0].length;
    if (s[i] === "/") {
      i++;
      const t = time();
      if (t === null) return null;
      r.time = t;
    }
    return r;
  };
  const stdName = name();
  if (stdName === null) return null;
  const stdOff = time();
  if (stdOff === null) return null;
  const std: ZoneType = { off: -stdOff, isdst: false, abbr: stdName };
  if (i === s.length) return { std, dst: null, start: null, end: null };
  const dstName = name();
  if (dstName === null) return null;
  let dstOff = std.off + 3600;
  if (i < s.length && s[i] !== ",") {
    const t = time();
    if (t === null) return null;
    dstOff = -t;
  }
  const dst: ZoneType = { off: dstOff, isdst: true, abbr: dstName };
  let start: RuleDate | null, end: RuleDate | null;
  if (i === s.length) {
    // no rule: the US rules POSIX implementations default to
    start = { kind: "M", month: 3, week: 2, day: 0, time: 7200 };
    end = { kind: "M", month: 11, week: 1, day: 0, time: 7200 };
  } else {
    if (s[i++] !== ",") return null;
    start = date();
    if (start === null || s[i++] !== ",") return null;
    end = date();
    if (end === null || i !== s.length) return null;
  }
  return { std, dst, start, end };
}

/** Seconds from the start of `year` (local) to the rule date's transition moment (local wall time). */
function ruleSeconds(r: RuleDate, year: number): number {
  let yday: number;
  if (r.kind === "J") yday = r.day - 1 + (isLeap(year) && r.day >= 60 ? 1 : 0);
  else if (r.kind === "n") yday = r.day;
  else {
    const first = daysFromCivil(year, r.month, 1);
    const wdayFirst = ((first % 7) + 11) % 7;
    let d = (r.day - wdayFirst + 7) % 7;
    d += (r.week - 1) * 7;
    const mdays = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][r.month - 1];
    while (d >= mdays) d -= 7;
    yday = first - daysFromCivil(year, 1, 1) + d;
  }
  return yday * 86400 + r.time;
}

function ruleType(rule: PosixRule, t: number): ZoneType {
  if (rule.dst === null || rule.start === null || rule.end === null) return rule.std;
  const year = civilFromDays(Math.floor((t + rule.std.off) / 86400))[0];
  const y0 = daysFromCivil(year, 1, 1) * 86400;
  // the start is in standard local time, the end in daylight local time
  const start = y0 + ruleSeconds(rule.start, year) - rule.std.off;
  const end = y0 + ruleSeconds(rule.end, year) - rule.dst.off;
  const inDst = start < end ? t >= start && t < end : !(t >= end && t < start);
  return inDst ? rule.dst : rule.std;
}

/** Parse a TZif file (versions 1-4; the 64-bit part and the footer rule when present). */
export function parseTzif(data: Uint8Array): Zone | null {
  if (data.length < 44 || new TextDecoder().decode(data.subarray(0, 4)) !== "TZif") return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const version = data[4];
  const counts = (at: number) => [0, 1, 2, 3, 4, 5].map((k) => view.getUint32(at + 20 + 4 * k));
  let at = 0;
  let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(at);
  let tsize = 4;
  if (version >= 0x32) {
    at = 44 + timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
    [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(at);
    tsize = 8;
  }
  let p = at + 44;
  const trans: number[] = [];
  for (let k = 0; k < timecnt; k++, p += tsize) {
    trans.push(tsize === 8 ? Number(view.getBigInt64(p)) : view.getInt32(p));
  }
  const idx = Array.from(data.subarray(p, p + timecnt));
  p += timecnt;
  const raw: [number, boolean, number][] = [];
  for (let k = 0; k < typecnt; k++, p += 6) raw.push([view.getInt32(p), data[p + 4] !== 0, data[p + 5]]);
  const chars = new TextDecoder().decode(data.subarray(p, p + charcnt));
  p += charcnt + leap * (tsize + 4) + isstd + isut;
  const types = raw.map(([off, isdst, ai]) => ({
    off,
    isdst,
    abbr: chars.slice(ai, chars.indexOf("\0", ai)),
  }));
  let rule: PosixRule | null = null;
  if (tsize === 8 && data[p] === 0x0a) {
    const endNl = data.indexOf(0x0a, p + 1);
    if (endNl > p + 1) rule = parsePosixTz(new TextDecoder().decode(data.subarray(p + 1, endNl)));
  }
  if (types.length === 0) return null;
  return { trans, idx, types, rule };
}

function zoneTypeAt(z: Zone, t: number): ZoneType {
  const tr = z.trans;
  if (tr.length === 0 || t < tr[0]) {
    if (tr.length === 0 && z.rule !== null) return ruleType(z.rule, t);
    // before the first transition: the first standard-time type, as glibc
    return z.types.find((x) => !x.isdst) ?? z.types[0];
  }
  if (t >= tr[tr.length - 1] && z.rule !== null) return ruleType(z.rule, t);
  let lo = 0, hi = tr.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tr[mid] <= t) lo = mid;
    else hi = mid - 1;
  }
  return z.types[z.idx[lo]] ?? UTC_TYPE;
}

function readZoneFile(path: string): Zone | null {
  try {
    return parseTzif(Deno.readFileSync(path));
  } catch {
    return null;
  }
}

function envTz(): string | undefined {
  try {
    return Deno.env.get("TZ");
  } catch {
    return undefined;
  }
}

/** The local zone as glibc's tzset() finds it. */
function loadZone(): Zone {
  let tz = envTz();
  if (tz === undefined) return readZoneFile("/etc/localtime") ?? utcZone();
  if (tz.startsWith(":")) tz = tz.slice(1);
  if (tz === "") return utcZone();
  let dir = "/usr/share/zoneinfo";
  try {
    dir = Deno.env.get("TZDIR") || dir;
  } catch { /* default */ }
  if (!tz.includes("..")) {
    const z = readZoneFile(tz.startsWith("/") ? tz : `${dir}/${tz}`);
    if (z !== null) return z;
  }
  const rule = parsePosixTz(tz);
  if (rule !== null) return { trans: [], idx: [], types: [rule.std], rule };
  const m = /^[A-Za-z]{3,}/.exec(tz);
  return utcZone(m !== null ? m[0] : "UTC");
}

let zone: Zone | null = null;
function localZone(): Zone {
  return zone ??= loadZone();
}

/** Forget the local zone so the next conversion reads $TZ again (time.tzset). */
export function reloadZone(): void {
  zone = null;
}

function safeTime(t: number | bigint): number {
  return typeof t === "bigint" ? Number(t) : t;
}

/** localtime(t) with glibc's rules. */
export function localTm(t: number | bigint): Tm {
  const ty = zoneTypeAt(localZone(), safeTime(t));
  return breakDown(t, ty.off, ty.isdst ? 1 : 0, ty.abbr);
}

export function gmTm(t: number | bigint): Tm {
  return breakDown(t, 0, 0, "GMT");
}

/** mktime: local broken-down time → time_t, resolving gaps, repeated hours and a tm_isdst hint the
 * way glibc's mktime does (checked against it in the tests). */
export function mktimeSeconds(tm: Tm): number {
  const z = localZone();
  const t0 = fieldsToSeconds(tm);
  // the offsets in force around the wall time; a valid one maps back onto itself
  const around = [zoneTypeAt(z, t0 - 86400), zoneTypeAt(z, t0), zoneTypeAt(z, t0 + 86400)];
  const valid = around.filter((ty) => zoneTypeAt(z, t0 - ty.off).off === ty.off);
  let ty: ZoneType;
  if (valid.length === 0) {
    // a gap (clocks moved forward): the standard-time offset unless DST is asked for
    ty = around.find((x) => x.isdst === (tm.isdst > 0)) ?? around[0];
  } else if (tm.isdst >= 0) {
    ty = valid.find((x) => x.isdst === (tm.isdst > 0)) ?? valid[0];
  } else {
    // a repeated hour with no hint: the earlier instant, as glibc picks
    ty = valid.reduce((best, x) => (x.off > best.off ? x : best));
  }
  let t = t0 - ty.off;
  if (tm.isdst >= 0 && ty.isdst !== (tm.isdst > 0)) {
    // the caller says the other kind of time is in force: glibc uses the offset of the nearest such time
    // (probing weekly for about eight years), else assumes a one-hour DST
    const want = tm.isdst > 0;
    for (let delta = 601200; delta < 536454000 / 2 + 601200; delta += 601200) {
      const o1 = zoneTypeAt(z, t - delta);
      if (o1.isdst === want) return t0 - o1.off;
      const o2 = zoneTypeAt(z, t + delta);
      if (o2.isdst === want) return t0 - o2.off;
    }
    t += want ? -3600 : 3600;
  }
  return t;
}

/** CPython's init_timezone on Linux: January and July of the current year decide the attributes. */
function timezoneAttrs(): Record<string, W> {
  const YEAR = (365 * 24 + 6) * 3600;
  let t = Math.floor(Date.now() / 1000 / YEAR) * YEAR;
  const jan = localTm(t);
  t += YEAR / 2;
  const jul = localTm(t);
  const janzone = -jan.gmtoff, julzone = -jul.gmtoff;
  const janname = jan.zone ?? "", julname = jul.zone ?? "";
  if (janzone < julzone) {
    // DST is reversed in the southern hemisphere
    return {
      timezone: julzone,
      altzone: janzone,
      daylight: janzone !== julzone ? 1 : 0,
      tzname: newTuple([newStr(julname), newStr(janname)]),
    };
  }
  return {
    timezone: janzone,
    altzone: julzone,
    daylight: janzone !== julzone ? 1 : 0,
    tzname: newTuple([newStr(janname), newStr(julname)]),
  };
}

// ---------------------------------------------------------------- strftime (glibc, C locale)

const WDAY = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTH = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Conversions glibc rejects after an E or O modifier (the directive is then copied as written). */
const E_INVALID = "aAbBhdegGHIjklmMSUVwWDF";
const O_INVALID = "aAcxXYDF";

function literal(s: string, width: number): string {
  return width > s.length ? " ".repeat(width - s.length) + s : s;
}

function isoWeekDays(yday: number, wday: number): number {
  const bigEnough = (Math.floor(366 / 7) + 2) * 7;
  return yday - ((yday - wday + 4 + bigEnough) % 7) + 4 - 1;
}

/** strftime as glibc formats in the C locale; `tzname` gives %Z when the tm has no zone. */
export function formatTime(fmt: string, tm: Tm, tzname: [string, string]): string {
  let out = "";
  const n = fmt.length;
  for (let i = 0; i < n; i++) {
    const c = fmt[i];
    if (c !== "%") {
      out += c;
      continue;
    }
    const start = i;
    let pad = "";
    let upcase = false, swapcase = false;
    // flags
    while (i + 1 < n && "_-0^#".includes(fmt[i + 1])) {
      const f = fmt[++i];
      if (f === "^") upcase = true;
      else if (f === "#") swapcase = true;
      else pad = f;
    }
    let width = -1;
    while (i + 1 < n && fmt[i + 1] >= "0" && fmt[i + 1] <= "9") {
      width = (width < 0 ? 0 : width * 10) + (fmt.charCodeAt(++i) - 48);
    }
    let modifier = "";
    if (i + 1 < n && (fmt[i + 1] === "E" || fmt[i + 1] === "O")) modifier = fmt[++i];
    if (i + 1 >= n) {
      out += literal(fmt.slice(start), width);
      break;
    }
    const d = fmt[++i];
    if (modifier !== "" && (modifier === "E" ? E_INVALID : O_INVALID).includes(d)) {
      out += literal(fmt.slice(start, i + 1), width);
      continue;
    }
    const num = (digits: number, v: number, spacePad = false) => {
      const p = pad === "" ? (spacePad ? "_" : "0") : pad;
      const neg = v < 0;
      let s = String(Math.abs(v));
      if (p === "-") s = (neg ? "-" : "") + s;
      else {
        const w = width < 0 ? digits : width;
        const shortage = w - (neg ? 1 : 0) - s.length;
        if (p === "_") s = " ".repeat(Math.max(0, shortage)) + (neg ? "-" : "") + s;
        else s = (neg ? "-" : "") + "0".repeat(Math.max(0, shortage)) + s;
      }
      // glibc still honours an explicit width after "-", with spaces
      return width > s.length ? " ".repeat(width - s.length) + s : s;
    };
    // `lower`: conversions whose "#" means lower case (%p, %Z), which then wins over "^", as in glibc
    const text = (s: string, lower = false) => {
      if (lower && swapcase) s = s.toLowerCase();
      else if (upcase || swapcase) s = s.toUpperCase();
      if (width > s.length) s = (pad === "0" ? "0" : " ").repeat(width - s.length) + s;
      return s;
    };
    // composite conversions: "#" does not apply, "^" upper-cases the whole result
    const sub = (f: string) => {
      swapcase = false;
      return text(formatTime(f, tm, tzname));
    };
    switch (d) {
      case "%":
        out += text("%");
        break;
      case "a":
        out += text(WDAY[tm.wday]?.slice(0, 3) ?? "?");
        break;
      case "A":
        out += text(WDAY[tm.wday] ?? "?");
        break;
      case "b":
      case "h":
        out += text(MONTH[tm.mon]?.slice(0, 3) ?? "?");
        break;
      case "B":
        out += text(MONTH[tm.mon] ?? "?");
        break;
      case "c":
        out += sub("%a %b %e %H:%M:%S %Y");
        break;
      case "C":
        out += num(1, Math.floor(tm.year / 100));
        break;
      case "d":
        out += num(2, tm.mday);
        break;
      case "D":
      case "x":
        out += sub("%m/%d/%y");
        break;
      case "e":
        out += num(2, tm.mday, true);
        break;
      case "F":
        out += sub("%Y-%m-%d");
        break;
      case "H":
        out += num(2, tm.hour);
        break;
      case "I":
        out += num(2, tm.hour % 12 === 0 ? 12 : tm.hour % 12);
        break;
      case "k":
        out += num(2, tm.hour, true);
        break;
      case "l":
        out += num(2, tm.hour % 12 === 0 ? 12 : tm.hour % 12, true);
        break;
      case "j":
        out += num(3, tm.yday + 1);
        break;
      case "m":
        out += num(2, tm.mon + 1);
        break;
      case "M":
        out += num(2, tm.min);
        break;
      case "n":
        out += text("\n");
        break;
      case "t":
        out += text("\t");
        break;
      case "p":
        out += text(tm.hour > 11 ? "PM" : "AM", true);
        break;
      case "P":
        swapcase = true;
        out += text(tm.hour > 11 ? "pm" : "am", true);
        break;
      case "r":
        out += sub("%I:%M:%S %p");
        break;
      case "R":
        out += sub("%H:%M");
        break;
      case "s":
        out += num(1, mktimeSeconds({ ...tm }), true);
        break;
      case "S":
        out += num(2, tm.sec);
        break;
      case "T":
      case "X":
        out += sub("%H:%M:%S");
        break;
      case "u":
        out += num(1, ((tm.wday - 1 + 7) % 7) + 1);
        break;
      case "U":
        out += num(2, Math.floor((tm.yday - tm.wday + 7) / 7));
        break;
      case "W":
        out += num(2, Math.floor((tm.yday - ((tm.wday - 1 + 7) % 7) + 7) / 7));
        break;
      case "w":
        out += num(1, tm.wday);
        break;
      case "V":
      case "g":
      case "G": {
        let year = tm.year;
        let days = isoWeekDays(tm.yday, tm.wday);
        if (days < 0) {
          year--;
          days = isoWeekDays(tm.yday + (365 + (isLeap(year) ? 1 : 0)), tm.wday);
        } else {
          const dd = isoWeekDays(tm.yday - (365 + (isLeap(year) ? 1 : 0)), tm.wday);
          if (dd >= 0) {
            year++;
            days = dd;
          }
        }
        if (d === "g") out += num(2, ((year % 100) + 100) % 100);
        else if (d === "G") out += num(1, year);
        else out += num(2, Math.floor(days / 7) + 1);
        break;
      }
      case "y":
        out += num(2, ((tm.year % 100) + 100) % 100);
        break;
      case "Y":
        out += num(1, tm.year);
        break;
      case "z": {
        if (tm.isdst < 0) break;
        const off = tm.gmtoff;
        const a = Math.abs(off);
        const hhmm = Math.floor(a / 3600) * 100 + Math.floor((a % 3600) / 60);
        const s = num(4, hhmm);
        out += (off < 0 ? "-" : "+") + s;
        break;
      }
      case "Z": {
        let z = tm.zone;
        if ((z === null || z === "") && tm.isdst >= 0) z = tzname[tm.isdst !== 0 ? 1 : 0];
        out += text(z ?? "", true);
        break;
      }
      default:
        // not a conversion glibc knows: copied as written
        out += literal(fmt.slice(start, i + 1), width);
    }
  }
  return out;
}

function currentTzname(): [string, string] {
  const a = timezoneAttrs().tzname as PyTuple;
  return [(a.items[0] as PyStr).value, (a.items[1] as PyStr).value];
}

// ---------------------------------------------------------------- clocks

const timeBuf = new BigInt64Array(2);
const CLOCK = {
  REALTIME: 0,
  MONOTONIC: 1,
  PROCESS_CPUTIME_ID: 2,
  THREAD_CPUTIME_ID: 3,
  MONOTONIC_RAW: 4,
  BOOTTIME: 7,
  TAI: 11,
};

/** clock_gettime(id) in nanoseconds (bigint), or null when the C library is unavailable. */
function clockNs(id: number): bigint | null {
  const c = libc();
  if (c === null) return null;
  if (c.clock_gettime(id, timeBuf) !== 0) {
    throw osError(22, "Invalid argument");
  }
  return timeBuf[0] * 1000000000n + timeBuf[1];
}

function fallbackNs(id: number): bigint {
  if (id === CLOCK.REALTIME || id === CLOCK.TAI) {
    return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e3)) * 1000n;
  }
  return BigInt(Math.round(performance.now() * 1e6));
}

function nowNs(id: number): bigint {
  return clockNs(id) ?? fallbackNs(id);
}

function nsToFloat(ns: bigint): PyObject {
  // _PyTime_AsSecondsDouble: whole seconds exactly, otherwise the nanoseconds as a double over 1e9
  if (ns % 1000000000n === 0n) return newFloat(Number(ns / 1000000000n));
  return newFloat(Number(ns) / 1e9);
}

function nowSeconds(): number {
  return Number(nowNs(CLOCK.REALTIME) / 1000000000n);
}

/** _PyTime_ObjectToTime_t: None → now; floats floored; ints as they are. */
function objectToTimeT(w: W | undefined): number | bigint {
  if (w === undefined || w === None) return nowSeconds();
  const f = floatOf(w);
  if (f !== undefined) {
    if (Number.isNaN(f)) raiseValueError("Invalid value NaN (not a number)");
    const v = Math.floor(f);
    if (!(v >= -9223372036854775808 && v < 9223372036854775808)) {
      raiseOverflowError("timestamp out of range for platform time_t");
    }
    return Number.isSafeInteger(v) ? v : BigInt(v);
  }
  let v: IntValue | undefined = asInt(w);
  if (v === undefined && typeof w === "object" && w.cls.lookup("__index__") !== undefined) {
    v = asInt(callMethod(w, "__index__", []));
  }
  if (v === undefined) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  if (typeof v === "bigint" && (v > 0x7fffffffffffffffn || v < -0x8000000000000000n)) {
    raiseOverflowError("timestamp out of range for platform time_t");
  }
  return v;
}

/** _PyTime_FromSecondsObject for sleep(): seconds as a double (ints and floats). */
function timeoutSeconds(w: W): number {
  const f = floatOf(w);
  let v: number;
  if (f !== undefined) {
    if (Number.isNaN(f)) raiseValueError("Invalid value NaN (not a number)");
    v = f;
  } else {
    let i: IntValue | undefined = asInt(w);
    if (i === undefined && typeof w === "object" && w.cls.lookup("__index__") !== undefined) {
      i = asInt(callMethod(w, "__index__", []));
    }
    if (i === undefined) {
      raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer or float`);
    }
    v = Number(i);
  }
  if (Math.abs(v) * 1e9 >= 9223372036854775808) {
    raiseOverflowError("timestamp too large to convert to C _PyTime_t");
  }
  return v;
}

/** Block the thread for `seconds`. A signal (Ctrl-C) wakes it: its handler runs (KeyboardInterrupt by
 * default) and, if it returns, the sleep goes on for the time left, as PEP 475 has it. */
export function blockingSleep(seconds: number): void {
  const deadline = performance.now() + seconds * 1000;
  for (;;) {
    const left = deadline - performance.now();
    if (left <= 0) return;
    if (waitInterruptible(left)) checkInterrupt();
  }
}

interface ClockInfo {
  implementation: string;
  monotonic: boolean;
  adjustable: boolean;
  resolution: number;
}
const CLOCK_INFO: Record<string, ClockInfo> = {
  time: {
    implementation: "clock_gettime(CLOCK_REALTIME)",
    monotonic: false,
    adjustable: true,
    resolution: 1e-9,
  },
  monotonic: {
    implementation: "clock_gettime(CLOCK_MONOTONIC)",
    monotonic: true,
    adjustable: false,
    resolution: 1e-9,
  },
  perf_counter: {
    implementation: "clock_gettime(CLOCK_MONOTONIC)",
    monotonic: true,
    adjustable: false,
    resolution: 1e-9,
  },
  process_time: {
    implementation: "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)",
    monotonic: true,
    adjustable: false,
    resolution: 1e-9,
  },
  thread_time: {
    implementation: "clock_gettime(CLOCK_THREAD_CPUTIME_ID)",
    monotonic: true,
    adjustable: false,
    resolution: 1e-9,
  },
};

function clockId(w: W): number {
  return cInt(w);
}

// ---------------------------------------------------------------- argument checks

/**
 * How CPython parses a function's arguments decides its error messages: "noargs"/"o" (METH_NOARGS,
 * METH_O: "time.f() takes ..."), "parse" (PyArg_ParseTuple), "unpack" (PyArg_UnpackTuple) and "clinic".
 */
type ArgStyle = "noargs" | "o" | "parse" | "unpack" | "clinic";

export function checkArgs(
  qual: string,
  style: ArgStyle,
  a: W[],
  kw: Kwargs | null,
  min: number,
  max: number,
  names: string[] = [],
): void {
  const name = qual.slice(qual.lastIndexOf(".") + 1);
  const n = a.length;
  if (kw !== null && kw.names.length > 0) {
    if (style === "clinic") raiseTypeError(`${name}() got an unexpected keyword argument '${kw.names[0]}'`);
    raiseTypeError(`${style === "noargs" || style === "o" ? qual : name}() takes no keyword arguments`);
  }
  if (n >= min && n <= max) return;
  switch (style) {
    case "noargs":
      raiseTypeError(`${qual}() takes no arguments (${n} given)`);
      break;
    case "o":
      raiseTypeError(`${qual}() takes exactly one argument (${n} given)`);
      break;
    case "unpack": {
      const [kind, k] = min === max ? ["", min] : n < min ? ["at least ", min] : ["at most ", max];
      raiseTypeError(`${name} expected ${kind}${k} argument${k === 1 ? "" : "s"}, got ${n}`);
      break;
    }
    case "clinic":
      if (n < min) raiseTypeError(`${name}() missing ${min - n} required positional argument: '${names[n]}'`);
      raiseTypeError(`${name}() takes ${max} positional argument${max === 1 ? "" : "s"} but ${n} were given`);
      break;
    default: {
      const kind = min === max ? "exactly" : n < min ? "at least" : "at most";
      const k = n < min ? min : max;
      raiseTypeError(`${name}() takes ${kind} ${k} argument${k === 1 ? "" : "s"} (${n} given)`);
    }
  }
}

/** A module function row whose argument errors are CPython's for its parsing style. */
function fn(
  name: string,
  style: ArgStyle,
  min: number,
  max: number,
  impl: (a: W[]) => W,
  names?: string[],
): MethodSpec {
  const qual = `time.${name}`;
  return {
    name,
    arity: [0, -1],
    kw: ["**"],
    impl: (a, kw) => {
      checkArgs(qual, style, a, kw, min, max, names);
      return impl(a);
    },
  };
}

/** time.sleep: with green threads (vm/threads.ts) the others run meanwhile. */
const sleepSpec = fn("sleep", "clinic", 1, 1, (a) => {
  const direct = takeDirectCall();
  const s = timeoutSeconds(a[0]);
  if (s < 0) raiseValueError("sleep length must be non-negative");
  if (state.threads) threadSleep(s, direct);
  else blockingSleep(s);
  return None;
}, ["t"]);
markBlocking(sleepSpec);

// ---------------------------------------------------------------- the module

let timeModule: PyModule | null = null;

function strArg(w: W, fname: string, pos: number): string {
  if (!(w instanceof PyStr)) raiseTypeError(`${fname}() argument ${pos} must be str, not ${typeOf(w).name}`);
  return w.value;
}

const clockFn = (name: string, id: number, ns: boolean) =>
  fn(name, "noargs", 0, 0, () => {
    const v = nowNs(id);
    return ns ? normBig(v) : nsToFloat(v);
  });

export const timeModuleDef: NativeModuleDef = {
  name: "time",
  doc: "This module provides various functions to manipulate time values.",
  functions: [
    clockFn("time", CLOCK.REALTIME, false),
    clockFn("time_ns", CLOCK.REALTIME, true),
    clockFn("monotonic", CLOCK.MONOTONIC, false),
    clockFn("monotonic_ns", CLOCK.MONOTONIC, true),
    clockFn("perf_counter", CLOCK.MONOTONIC, false),
    clockFn("perf_counter_ns", CLOCK.MONOTONIC, true),
    clockFn("process_time", CLOCK.PROCESS_CPUTIME_ID, false),
    clockFn("process_time_ns", CLOCK.PROCESS_CPUTIME_ID, true),
    clockFn("thread_time", CLOCK.THREAD_CPUTIME_ID, false),
    clockFn("thread_time_ns", CLOCK.THREAD_CPUTIME_ID, true),
    fn("clock_gettime", "o", 1, 1, (a) => nsToFloat(nowNs(clockId(a[0])))),
    fn("clock_gettime_ns", "o", 1, 1, (a) => normBig(nowNs(clockId(a[0])))),
    fn("clock_getres", "parse", 1, 1, (a) => {
      const id = clockId(a[0]);
      const c = libc();
      if (c === null) return newFloat(1e-9);
      if (c.clock_getres(id, timeBuf) !== 0) {
        throw osError(22, "Invalid argument");
      }
      return nsToFloat(timeBuf[0] * 1000000000n + timeBuf[1]);
    }),
    fn("clock_settime", "parse", 2, 2, (_a) => {
      throw osError(1, "Operation not permitted");
    }),
    fn("clock_settime_ns", "parse", 2, 2, (_a) => {
      throw osError(1, "Operation not permitted");
    }),
    fn("pthread_getcpuclockid", "parse", 1, 1, (a) => {
      cLong(a[0]);
      // every green thread runs on the process's main OS thread (tid = pid): Linux's per-thread CPU clock
      // of that thread, as glibc makes it (MAKE_THREAD_CPUCLOCK(tid, CPUCLOCK_SCHED): ~tid << 3 | 6)
      return ((~Deno.pid) << 3) | 6;
    }),
    sleepSpec,
    fn("gmtime", "parse", 0, 1, (a) => tmToStructTime(gmTm(objectToTimeT(a[0])))),
    fn("localtime", "parse", 0, 1, (a) => tmToStructTime(localTm(objectToTimeT(a[0])))),
    fn("mktime", "o", 1, 1, (a) => {
      const tm = gettmarg(a[0], "mktime");
      const t = mktimeSeconds(tm);
      if (!Number.isFinite(t) || Math.abs(t) >= 9223372036854775808) {
        raiseOverflowError("mktime argument out of range");
      }
      return newFloat(t);
    }),
    fn("asctime", "unpack", 0, 1, (a) => {
      let tm: Tm;
      if (a[0] === undefined) tm = localTm(nowSeconds());
      else {
        tm = gettmarg(a[0], "asctime");
        checktm(tm);
      }
      return newStr(asctime(tm));
    }),
    fn("ctime", "parse", 0, 1, (a) => newStr(asctime(localTm(objectToTimeT(a[0]))))),
    fn("strftime", "parse", 1, 2, (a) => {
      const fmt = strArg(a[0], "strftime", 1);
      let tm: Tm;
      if (a[1] === undefined) tm = localTm(nowSeconds());
      else {
        tm = gettmarg(a[1], "strftime");
        checktm(tm);
      }
      if (tm.isdst < -1) tm.isdst = -1;
      else if (tm.isdst > 1) tm.isdst = 1;
      return newStr(formatTime(fmt, tm, currentTzname()));
    }),
    {
      name: "strptime",
      arity: [0, -1],
      kw: ["**"],
      impl: (a: W[], kw: Kwargs | null) => {
        const mod = importModule("_strptime");
        return call(getAttr(mod, "_strptime_time"), a, kw);
      },
    },
    fn("tzset", "noargs", 0, 0, (_a) => {
      reloadZone();
      if (timeModule !== null) {
        for (const [k, v] of Object.entries(timezoneAttrs())) timeModule.dict.setStr(k, v);
      }
      return None;
    }),
    fn("get_clock_info", "parse", 1, 1, (a) => {
      const name = strArg(a[0], "get_clock_info", 1);
      const info = CLOCK_INFO[name];
      if (info === undefined) raiseValueError("unknown clock");
      return newNamespace({
        implementation: newStr(info.implementation),
        monotonic: info.monotonic ? True : False,
        adjustable: info.adjustable ? True : False,
        resolution: newFloat(info.resolution),
      });
    }),
  ],
  types: [structTimeType],
  values: () => ({
    _STRUCT_TM_ITEMS: 11,
    CLOCK_REALTIME: CLOCK.REALTIME,
    CLOCK_MONOTONIC: CLOCK.MONOTONIC,
    CLOCK_MONOTONIC_RAW: CLOCK.MONOTONIC_RAW,
    CLOCK_PROCESS_CPUTIME_ID: CLOCK.PROCESS_CPUTIME_ID,
    CLOCK_THREAD_CPUTIME_ID: CLOCK.THREAD_CPUTIME_ID,
    CLOCK_BOOTTIME: CLOCK.BOOTTIME,
    CLOCK_TAI: CLOCK.TAI,
    ...timezoneAttrs(),
  }),
  init: (mod) => {
    timeModule = mod;
  },
};

/** asctime's fixed format ("%s %s%3d %.2d:%.2d:%.2d %d"). */
function asctime(tm: Tm): string {
  const p2 = (v: number) => (v < 10 && v >= 0 ? "0" : "") + v;
  return `${WDAY[tm.wday].slice(0, 3)} ${MONTH[tm.mon].slice(0, 3)}${String(tm.mday).padStart(3)} ${
    p2(tm.hour)
  }:${p2(tm.min)}:${p2(tm.sec)} ${tm.year}`;
}
