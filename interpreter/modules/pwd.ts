// The pwd module: the password database read from /etc/passwd (name:passwd:uid:gid:gecos:dir:shell),
// struct_passwd, getpwuid/getpwnam/getpwall with CPython's errors.
import { type PyType, typeOf, type W } from "../objects/model.ts";
import { newList } from "../objects/list.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { asInt } from "../objects/int.ts";
import { errorWithMessage, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import type { NativeModuleDef } from "./define.ts";
import { makeStructSeq, structSeqType } from "./posix/structseq.ts";
import { fsDecode } from "./posix/args.ts";
import { func } from "./posix/args.ts";

export const structPasswdType: PyType = structSeqType({
  module: "pwd",
  name: "struct_passwd",
  fields: ["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"],
  nInSequence: 7,
  doc: "pwd.struct_passwd: Results from getpw*() routines.\n\n" +
    "This object may be accessed either as a tuple of\n" +
    "  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\n" +
    "or via the object attributes as named in the above tuple.",
});

/** The colon-separated records of a database file (comments and malformed lines skipped). */
export function readDatabase(path: string, fields: number): string[][] {
  let text: string;
  try {
    text = fsDecode(Deno.readFileSync(path));
  } catch {
    return [];
  }
  const out: string[][] = [];
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const parts = line.split(":");
    if (parts.length < fields) continue;
    out.push(parts);
  }
  return out;
}

function entry(p: string[]): W {
  return makeStructSeq(structPasswdType, [
    newStr(p[0]),
    newStr(p[1]),
    Number(p[2]),
    Number(p[3]),
    newStr(p[4]),
    newStr(p[5]),
    newStr(p.slice(6).join(":")),
  ]);
}

/** _Py_Uid_Converter: an int in the uid_t range (-1 means (uid_t)-1). */
export function idValue(w: W, what: "uid" | "gid"): number {
  const v = asInt(w);
  if (v === undefined) raiseTypeError(`${what} should be integer, not ${typeOf(w).name}`);
  if (typeof v === "bigint" || v < -1 || v > 0xffffffff) {
    throw errorWithMessage(
      "OverflowError",
      `${what} is ${Number(v) < 0 ? "less than minimum" : "greater than maximum"}`,
    );
  }
  return v === -1 ? 0xffffffff : v;
}

export const pwdModule: NativeModuleDef = {
  name: "pwd",
  doc: "This module provides access to the Unix password database.\n" +
    "It is available on all Unix versions.\n\n" +
    "Password database entries are reported as 7-tuples containing the following\n" +
    "items from the password database (see `<pwd.h>'), in order:\n" +
    "pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\n" +
    "The uid and gid items are integers, all others are strings. An\n" +
    "exception is raised if the entry asked for cannot be found.",
  functions: [
    func("getpwuid", "uidobj, /", (a) => {
      let uid: number;
      try {
        uid = idValue(a[0], "uid");
      } catch (e) {
        if ((e as { value?: { cls?: PyType } }).value?.cls?.name !== "OverflowError") throw e;
        throw errorWithMessage("KeyError", `getpwuid(): uid not found`);
      }
      const p = readDatabase("/etc/passwd", 7).find((r) => Number(r[2]) === uid);
      if (p === undefined) throw errorWithMessage("KeyError", `getpwuid(): uid not found: ${uid}`);
      return entry(p);
    }, "pwd"),
    func("getpwnam", "name, /", (a) => {
      if (!(a[0] instanceof PyStr)) {
        raiseTypeError(`getpwnam() argument must be str, not ${typeOf(a[0]).name}`);
      }
      const name = a[0].value;
      if (name.includes("\0")) raiseValueError("embedded null character");
      const p = readDatabase("/etc/passwd", 7).find((r) => r[0] === name);
      if (p === undefined) throw errorWithMessage("KeyError", `getpwnam(): name not found: '${name}'`);
      return entry(p);
    }, "pwd"),
    func("getpwall", "", () => newList(readDatabase("/etc/passwd", 7).map(entry)), "pwd"),
  ],
  types: [structPasswdType],
};
