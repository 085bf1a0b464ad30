// OSError from an errno, as CPython's PyErr_SetFromErrnoWithFilenameObjects builds it: the subclass
// chosen from the errno (FileNotFoundError for ENOENT …), args (errno, strerror), and the filename
// objects the caller passed, so str(e) is "[Errno 2] No such file or directory: 'x'".
import { None, type W } from "../../objects/model.ts";
import { exceptionTypes, newException, type PyBaseException } from "../../objects/exceptions.ts";
import { newStr } from "../../objects/str.ts";
import { PyError } from "../../vm/errors.ts";
import { errno as currentErrno, strerror } from "./libc.ts";

export const EINTR = 4;

/** The OSError (subclass) for errno `err`, with optional filename(s). */
export function osErrorFor(err: number, filename?: W, filename2?: W): PyError {
  const msg = newStr(strerror(err));
  const e: PyBaseException = newException(exceptionTypes.OSError, [err, msg]);
  e.setAttr("errno", err);
  e.setAttr("strerror", msg);
  e.setAttr("filename", filename ?? None);
  e.setAttr("filename2", filename2 ?? None);
  return new PyError(e);
}

/** Raise OSError from the current errno (call right after the failing libc call). */
export function raiseErrno(filename?: W, filename2?: W): never {
  throw osErrorFor(currentErrno(), filename, filename2);
}

/** Map an error thrown by a Deno API to an OSError (the errno is in the message: "(os error N)"). */
export function osErrorFromDeno(e: unknown, filename?: W, filename2?: W): PyError {
  if (e instanceof PyError) return e;
  const text = e instanceof Error ? e.message : String(e);
  const m = /\(os error (\d+)\)/.exec(text);
  if (m !== null) return osErrorFor(Number(m[1]), filename, filename2);
  const byName: Record<string, number> = {
    NotFound: 2,
    PermissionDenied: 13,
    AlreadyExists: 17,
    IsADirectory: 21,
    NotADirectory: 20,
    Interrupted: 4,
    BrokenPipe: 32,
    WouldBlock: 11,
    TimedOut: 110,
  };
  const name = e instanceof Error ? e.name : "";
  const err = byName[name];
  if (err !== undefined) return osErrorFor(err, filename, filename2);
  const exc = newException(exceptionTypes.OSError, [newStr(text)]);
  return new PyError(exc);
}
