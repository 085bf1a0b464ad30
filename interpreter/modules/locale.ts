// _locale: the C library's locale functions through Deno FFI, as CPython's Modules/_localemodule.c
// exposes them on Linux (glibc): setlocale, localeconv, nl_langinfo, strcoll/strxfrm (on wchar_t, UTF-32),
// getencoding and the gettext family, with CPython's constants, errors and messages.
//
// The first import does what CPython's startup does: LC_CTYPE is set from the environment
// (setlocale(LC_CTYPE, "")), a "C"/"POSIX" LC_CTYPE being coerced to C.UTF-8 (PEP 538) when the C library
// has it. Strings from the library are decoded as UTF-8 with surrogateescape (CPython decodes with the
// locale's encoding; the two agree for UTF-8 and ASCII locales). Where FFI is unavailable the module
// cannot be imported, and locale.py falls back to its "C"-only emulation, as without _locale.
import { None, type PyType, typeOf, type W } from "../objects/model.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newList } from "../objects/list.ts";
import { newDict } from "../objects/dict.ts";
import { asInt } from "../objects/int.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { errorWithMessage, newError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { config } from "../config.ts";
import { nativeException, type NativeModuleDef } from "./define.ts";
import { fsDecode, fsEncode, func } from "./posix/args.ts";
import { osError } from "./libc.ts";

const SYMBOLS = {
  setlocale: { parameters: ["i32", "buffer"], result: "pointer" },
  localeconv: { parameters: [], result: "pointer" },
  nl_langinfo: { parameters: ["i32"], result: "pointer" },
  wcscoll: { parameters: ["buffer", "buffer"], result: "i32" },
  wcsxfrm: { parameters: ["buffer", "buffer", "usize"], result: "usize" },
  gettext: { parameters: ["buffer"], result: "pointer" },
  dgettext: { parameters: ["buffer", "buffer"], result: "pointer" },
  dcgettext: { parameters: ["buffer", "buffer", "i32"], result: "pointer" },
  textdomain: { parameters: ["buffer"], result: "pointer" },
  bindtextdomain: { parameters: ["buffer", "buffer"], result: "pointer" },
  bind_textdomain_codeset: { parameters: ["buffer", "buffer"], result: "pointer" },
  __errno_location: { parameters: [], result: "pointer" },
} as const;
type LocaleLib = Deno.DynamicLibrary<typeof SYMBOLS>["symbols"];

let lib: LocaleLib | null | undefined;
function openLib(): LocaleLib | null {
  if (lib !== undefined) return lib;
  lib = null;
  if (Deno.build.os !== "linux") return lib;
  for (const name of ["libc.so.6", "libc.so"]) {
    try {
      lib = Deno.dlopen(name, SYMBOLS).symbols;
      break;
    } catch { /* the next name, or none */ }
  }
  return lib;
}
function c(): LocaleLib {
  const l = openLib();
  if (l === null) throw errorWithMessage("ImportError", "No module named '_locale'");
  return l;
}

const LC_CTYPE = 0, LC_NUMERIC = 1, LC_TIME = 2, LC_COLLATE = 3, LC_MONETARY = 4, LC_MESSAGES = 5, LC_ALL = 6;
const CHAR_MAX = 127;

/** nl_langinfo keys CPython accepts (glibc's nl_item values). */
const LANGINFO: [string, number][] = [
  ["CODESET", 14],
  ["D_T_FMT", 0x20028],
  ["D_FMT", 0x20029],
  ["T_FMT", 0x2002a],
  ["AM_STR", 0x20026],
  ["PM_STR", 0x20027],
  ...[1, 2, 3, 4, 5, 6, 7].map((i): [string, number] => [`DAY_${i}`, 0x20006 + i]),
  ...[1, 2, 3, 4, 5, 6, 7].map((i): [string, number] => [`ABDAY_${i}`, 0x1ffff + i]),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((i): [string, number] => [`MON_${i}`, 0x20019 + i]),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((i): [string, number] => [`ABMON_${i}`, 0x2000d + i]),
  ["RADIXCHAR", 0x10000],
  ["THOUSEP", 0x10001],
  ["YESEXPR", 0x50000],
  ["NOEXPR", 0x50001],
  ["CRNCYSTR", 0x4000f],
  ["ERA", 0x2002c],
  ["ERA_D_FMT", 0x2002e],
  ["ALT_DIGITS", 0x2002f],
  ["ERA_D_T_FMT", 0x20030],
  ["ERA_T_FMT", 0x20031],
  ["_DATE_FMT", 0x2006c],
  ["T_FMT_AMPM", 0x2002b],
];
const LANGINFO_KEYS = new Set(LANGINFO.map(([, v]) => v));
/** Items whose value is a list of strings, each NUL-terminated (CPython joins them with ';'). */
const LIST_ITEMS = new Set([0x2002c, 0x2002f]);

export const LocaleError: PyType = nativeException("locale", "Error", exceptionTypes.Exception);

function localeError(msg: string): never {
  throw newError(LocaleError, [newStr(msg)]);
}

/** A C string the library returned, as str (NULL: null). */
function cText(p: Deno.PointerValue): string | null {
  if (p === null) return null;
  return fsDecode(bytesAt(p));
}
function bytesAt(p: Deno.PointerObject): Uint8Array {
  const view = new Deno.UnsafePointerView(p);
  let n = 0;
  while (view.getUint8(n) !== 0) n++;
  return new Uint8Array(Deno.UnsafePointerView.getArrayBuffer(p, n)).slice();
}

function strArg(w: W, fname: string, argn: number, allowNone: boolean): string | null {
  if (allowNone && w === None) return null;
  if (!(w instanceof PyStr)) {
    raiseTypeError(
      `${fname}() argument ${argn} must be str${allowNone ? " or None" : ""}, not ${
        w === None ? "None" : typeOf(w).name
      }`,
    );
  }
  if (w.value.includes("\0")) raiseValueError("embedded null character");
  return w.value;
}
function intArg(w: W): number {
  const v = asInt(w);
  if (v === undefined) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  if (typeof v !== "number" || v > 2147483647 || v < -2147483648) {
    throw errorWithMessage("OverflowError", "signed integer is greater than maximum");
  }
  return v;
}
function cBuf(s: string): Uint8Array<ArrayBuffer> {
  const b = fsEncode(s);
  const out = new Uint8Array(b.length + 1);
  out.set(b);
  return out;
}

/** A str as a NUL-terminated wchar_t (UTF-32) array. */
function wideOf(s: string): Uint32Array<ArrayBuffer> {
  const cps: number[] = [];
  for (const ch of s) cps.push(ch.codePointAt(0)!);
  const out = new Uint32Array(cps.length + 1);
  out.set(cps);
  return out;
}

function grouping(p: Deno.PointerValue): W {
  // CPython's copy_grouping: the values up to and including a terminating 0 or CHAR_MAX
  if (p === null) return newList([]);
  const view = new Deno.UnsafePointerView(p);
  if (view.getInt8(0) === 0) return newList([]);
  const out: W[] = [];
  for (let i = 0;; i++) {
    const v = view.getInt8(i);
    out.push(v);
    if (v === 0 || v === CHAR_MAX) break;
  }
  return newList(out);
}

function localeconv(): W {
  const l = c();
  const p = l.localeconv();
  if (p === null) throw errorWithMessage("MemoryError", "");
  const view = new Deno.UnsafePointerView(p);
  // struct lconv (glibc, 64-bit): ten char* fields, then the char fields
  const ptr = (i: number) => view.getPointer(i * 8);
  const str = (i: number) => newStr(cText(ptr(i)) ?? "");
  const ch = (i: number) => view.getInt8(80 + i);
  const d = newDict();
  d.setStr("int_curr_symbol", str(3));
  d.setStr("currency_symbol", str(4));
  d.setStr("mon_decimal_point", str(5));
  d.setStr("mon_thousands_sep", str(6));
  d.setStr("mon_grouping", grouping(ptr(7)));
  d.setStr("positive_sign", str(8));
  d.setStr("negative_sign", str(9));
  const names = [
    "int_frac_digits",
    "frac_digits",
    "p_cs_precedes",
    "p_sep_by_space",
    "n_cs_precedes",
    "n_sep_by_space",
    "p_sign_posn",
    "n_sign_posn",
  ];
  for (let i = 0; i < names.length; i++) d.setStr(names[i], ch(i));
  d.setStr("decimal_point", str(0));
  d.setStr("thousands_sep", str(1));
  d.setStr("grouping", grouping(ptr(2)));
  return d;
}

function nlLanginfo(key: number): string {
  const l = c();
  if (!LANGINFO_KEYS.has(key)) raiseValueError("unsupported langinfo constant");
  const p = l.nl_langinfo(key);
  if (p === null) return "";
  if (!LIST_ITEMS.has(key)) return cText(p) ?? "";
  // ERA, ALT_DIGITS: NUL-separated entries ending with an empty one (at most 100 for ALT_DIGITS)
  const view = new Deno.UnsafePointerView(p);
  const parts: string[] = [];
  let off = 0;
  for (let n = 0; n < 100; n++) {
    const start = off;
    while (view.getUint8(off) !== 0) off++;
    if (off === start) break;
    parts.push(
      fsDecode(new Uint8Array(Deno.UnsafePointerView.getArrayBuffer(p, off - start, start)).slice()),
    );
    off++;
  }
  return parts.join(";");
}

function getencoding(): string {
  if (config.utf8Mode) return "utf-8";
  const l = c();
  const enc = cText(l.nl_langinfo(14));
  return enc === null || enc === "" ? "utf-8" : enc;
}

let startupDone = false;
/** CPython's startup locale: LC_CTYPE from the environment, "C"/"POSIX" coerced to a UTF-8 variant. */
function startupLocale(): void {
  if (startupDone) return;
  startupDone = true;
  const l = c();
  const r = cText(l.setlocale(LC_CTYPE, cBuf("")));
  if (r === "C" || r === "POSIX") {
    for (const name of ["C.UTF-8", "C.utf8", "UTF-8"]) {
      if (l.setlocale(LC_CTYPE, cBuf(name)) !== null) break;
    }
  }
}

function lastErrno(): number {
  const p = c().__errno_location();
  return p === null ? 0 : new Deno.UnsafePointerView(p).getInt32();
}

function gettextResult(p: Deno.PointerValue): W {
  if (p === null) throw osError(lastErrno());
  return newStr(cText(p)!);
}

export const localeModule: NativeModuleDef = {
  name: "_locale",
  doc: "Support for POSIX locales.",
  functions: [
    func("setlocale", "category, locale=, /", (a) => {
      const l = c();
      const category = intArg(a[0]);
      const loc = a.length > 1 ? strArg(a[1], "setlocale", 2, true) : null;
      if (loc !== null) {
        const r = l.setlocale(category, cBuf(loc));
        if (r === null) localeError("unsupported locale setting");
        return newStr(cText(r)!);
      }
      const r = l.setlocale(category, null);
      if (r === null) localeError("locale query failed");
      return newStr(cText(r)!);
    }, "_locale"),
    func("localeconv", "", () => localeconv(), "_locale"),
    func("nl_langinfo", "key, /", (a) => newStr(nlLanginfo(intArg(a[0]))), "_locale"),
    func("strcoll", "os1, os2, /", (a) => {
      const s1 = strArg(a[0], "strcoll", 1, false)!, s2 = strArg(a[1], "strcoll", 2, false)!;
      return c().wcscoll(wideOf(s1), wideOf(s2));
    }, "_locale"),
    func("strxfrm", "string, /", (a) => {
      const s = strArg(a[0], "strxfrm", 0, false)!;
      const l = c();
      const src = wideOf(s);
      const n = Number(l.wcsxfrm(null, src, 0n));
      const buf = new Uint32Array(n + 1);
      l.wcsxfrm(buf, src, BigInt(n + 1));
      let out = "";
      for (let i = 0; i < n; i++) {
        const v = buf[i];
        if (v > 0x10ffff) {
          raiseValueError(`character U+${v.toString(16)} is not in range [U+0000; U+10ffff]`);
        }
        out += String.fromCodePoint(v);
      }
      return newStr(out);
    }, "_locale"),
    func("getencoding", "", () => newStr(getencoding()), "_locale"),
    func("gettext", "msg, /", (a) => {
      return gettextResult(c().gettext(cBuf(strArg(a[0], "gettext", 0, false)!)));
    }, "_locale"),
    func("dgettext", "domain, msg, /", (a) => {
      const dom = strArg(a[0], "dgettext", 1, true);
      const msg = strArg(a[1], "dgettext", 2, false)!;
      return gettextResult(c().dgettext(dom === null ? null : cBuf(dom), cBuf(msg)));
    }, "_locale"),
    func("dcgettext", "domain, msg, category, /", (a) => {
      const dom = strArg(a[0], "dcgettext", 1, true);
      const msg = strArg(a[1], "dcgettext", 2, false)!;
      return gettextResult(c().dcgettext(dom === null ? null : cBuf(dom), cBuf(msg), intArg(a[2])));
    }, "_locale"),
    func("textdomain", "domain, /", (a) => {
      const dom = strArg(a[0], "textdomain", 0, true);
      return gettextResult(c().textdomain(dom === null ? null : cBuf(dom)));
    }, "_locale"),
    func("bindtextdomain", "domain, dir, /", (a) => {
      const dom = strArg(a[0], "bindtextdomain", 1, false)!;
      if (dom === "") raiseValueError("empty string");
      const dir = strArg(a[1], "bindtextdomain", 2, true);
      return gettextResult(c().bindtextdomain(cBuf(dom), dir === null ? null : cBuf(dir)));
    }, "_locale"),
    func("bind_textdomain_codeset", "domain, codeset, /", (a) => {
      const dom = strArg(a[0], "bind_textdomain_codeset", 1, false)!;
      const cs = strArg(a[1], "bind_textdomain_codeset", 2, true);
      const p = c().bind_textdomain_codeset(cBuf(dom), cs === null ? null : cBuf(cs));
      if (p === null) {
        const e = lastErrno();
        if (e !== 0) throw osError(e);
        return None;
      }
      return newStr(cText(p)!);
    }, "_locale"),
  ],
  types: [LocaleError],
  values: () => {
    c();
    startupLocale();
    const v: Record<string, W> = {
      LC_CTYPE,
      LC_NUMERIC,
      LC_TIME,
      LC_COLLATE,
      LC_MONETARY,
      LC_MESSAGES,
      LC_ALL,
      CHAR_MAX,
    };
    for (const [name, key] of LANGINFO) v[name] = key;
    return v;
  },
};
