// posix.environ (a dict of bytes → bytes copied from the C environment at import, as CPython's
// convertenviron), _create_environ (the same, fresh, for os.reload_environ), putenv/unsetenv (which os.environ's mapping calls on every change).
import { type MethodSpec, None, typeOf, type W } from "../../objects/model.ts";
import { newBytes, PyBytes } from "../../objects/bytes.ts";
import { newDict, type PyDict } from "../../objects/dict.ts";
import { PyStr } from "../../objects/str.ts";
import { raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { cBytes, environEntries, libc } from "./libc.ts";
import { raiseErrno } from "./oserror.ts";
import { fsEncode, func } from "./args.ts";

/** A fresh dict of the current environment (the first of duplicate names wins, as in CPython). */
export function convertEnviron(): PyDict {
  const d = newDict();
  for (const entry of environEntries()) {
    const eq = entry.indexOf(61);
    if (eq < 0) continue;
    const k = newBytes(entry.slice(0, eq));
    if (d.getItem(k) === undefined) d.setItem(k, newBytes(entry.slice(eq + 1)));
  }
  return d;
}

/** PyUnicode_FSConverter: str (encoded) or bytes; no NUL. */
function fsConvert(w: W): Uint8Array {
  let b: Uint8Array;
  if (w instanceof PyStr) b = fsEncode(w.value);
  else if (w instanceof PyBytes) b = w.value;
  else raiseTypeError(`expected str, bytes or os.PathLike object, not ${typeOf(w).name}`);
  if (b.indexOf(0) >= 0) raiseValueError("embedded null byte");
  return b;
}

// putenv rejects "=" in the name itself; an empty name, and any name given to unsetenv, is left to
// libc (EINVAL → OSError), as posixmodule.c does.
function envName(w: W): Uint8Array {
  const name = fsConvert(w);
  if (name.indexOf(61) >= 0) raiseValueError("illegal environment variable name");
  return name;
}

export const environFunctions: MethodSpec[] = [
  // 3.14: os.reload_environ() rebuilds os.environ from the C environment (changed by C code or putenv)
  func("_create_environ", "", () => convertEnviron()),
  func("putenv", "name, value, /", (a) => {
    const name = envName(a[0]), value = fsConvert(a[1]);
    if (libc().setenv(cBytes(name), cBytes(value), 1) !== 0) raiseErrno();
    return None;
  }),
  func("unsetenv", "name, /", (a) => {
    const name = fsConvert(a[0]);
    if (libc().unsetenv(cBytes(name)) !== 0) raiseErrno();
    return None;
  }),
];
