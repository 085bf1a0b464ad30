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
