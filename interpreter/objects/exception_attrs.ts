// The attributes particular exception classes carry in CPython: OSError (errno, strerror, filename,
// "[Errno N] msg"), SystemExit.code, ImportError (name, path, msg), NameError/AttributeError name,
// and the Unicode errors' five-argument form.
import {
  bytesType,
  call,
  defineGetSets,
  defineMethods,
  getAttr,
  memberDescriptorType,
  None,
  type PyObject,
  typeOf,
  type W,
} from "./model.ts";
import { bytesLike, newBytes, PyBytes } from "./bytes.ts";
import { indexOf } from "./int.ts";
import { exceptionStr, exceptionTypes, newExceptionHooks, PyBaseException } from "./exceptions.ts";
import { newStr, PyStr } from "./str.ts";
import { newTuple } from "./tuple.ts";
import { isTrue, repr, setItem, str } from "./operations.ts";
import { raiseTypeError } from "../vm/errors.ts";
import { instanceDictSpec } from "./type.ts";
import { PyTraceback } from "./traceback.ts";

function checkTraceback(v: W): void {
  if (v !== None && !(v instanceof PyTraceback)) raiseTypeError("__traceback__ must be a traceback or None");
}

// BaseException instances have a __dict__ (BaseException_getset's "__dict__"); __traceback__ takes only a
// traceback or None
defineGetSets(exceptionTypes.BaseException, [instanceDictSpec, {
  name: "__traceback__",
  get: (s) => exc(s).traceback,
  set: (s, v) => {
    checkTraceback(v);
    exc(s).traceback = v;
  },
  delete: () => raiseTypeError("__traceback__ may not be deleted"),
}]);
defineMethods(exceptionTypes.BaseException, [{
  name: "with_traceback",
  arity: [1, 1],
  impl: (a) => {
    checkTraceback(a[1]);
    exc(a[0]).traceback = a[1];
    return a[0];
  },
}]);

function exc(w: W): PyBaseException {
  if (!(w instanceof PyBaseException)) raiseTypeError("descriptor requires an exception");
  return w;
}
function attr(e: PyBaseException, name: string): W {
  return e.getAttr(name) ?? None;
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]])
function initOSError(e: PyBaseException, args: W[]): void {
  e.args = args;
  for (const k of ["errno", "strerror", "filename", "filename2"]) e.setAttr(k, None);
  if (args.length >= 2 && args.length <= 5) {
    e.setAttr("errno", args[0]);
    e.setAttr("strerror", args[1]);
    if (args.length >= 3) {
      e.setAttr("filename", args[2]);
      if (args.length >= 5) e.setAttr("filename2", args[4]);
      e.args = args.slice(0, 2);
    }
  }
}
newExceptionHooks.osError = initOSError;
defineMethods(exceptionTypes.OSError, [
  {
    name: "__init__",
    arity: [0, -1],
    impl: (a) => {
      initOSError(exc(a[0]), a.slice(1));
      return None;
    },
  },
  {
    name: "__str__",
    arity: [0, 0],
    impl: (a) => {
      const e = exc(a[0]);
      const errno = attr(e, "errno"), strerror = attr(e, "strerror");
      const f1 = attr(e, "filename"), f2 = attr(e, "filename2");
      if (f1 !== None) {
        if (f2 !== None) return newStr(`[Errno ${str(errno)}] ${str(strerror)}: ${repr(f1)} -> ${repr(f2)}`);
        return newStr(`[Errno ${str(errno)}] ${str(strerror)}: ${repr(f1)}`);
      }
      if (errno !== None && strerror !== None) return newStr(`[Errno ${str(errno)}] ${str(strerror)}`);
      return newStr(exceptionStr(e));
    },
  },
]);
defineGetSets(exceptionTypes.OSError, [
  { name: "errno", get: (e) => attr(exc(e), "errno"), set: (e, v) => exc(e).setAttr("errno", v) },
  { name: "strerror", get: (e) => attr(exc(e), "strerror"), set: (e, v) => exc(e).setAttr("strerror", v) },
  { name: "filename", get: (e) => attr(exc(e), "filename"), set: (e, v) => exc(e).setAttr("filename", v) },
  { name: "filename2", get: (e) => attr(exc(e), "filename2"), set: (e, v) => exc(e).setAttr("filename2", v) },
]);

// SystemExit.code: None, the single argument, or the args tuple
defineGetSets(exceptionTypes.SystemExit, [
  {
    name: "code",
    get: (w) => {
      const e = exc(w);
      const own = e.getAttr("code");
      if (own !== undefined) return own;
      return e.args.length === 0 ? None : e.args.length === 1 ? e.args[0] : newTuple(e.args);
    },
    set: (w, v) => exc(w).setAttr("code", v),
  },
]);

// ImportError(*args, name=None, path=None)
defineMethods(exceptionTypes.ImportError, [
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const e = exc(a[0]);
      e.args = a.slice(1);
      e.setAttr("msg", e.args.length === 1 ? e.args[0] : None);
      e.setAttr("name", None);
      e.setAttr("path", None);
      if (k !== null) {
        for (let i = 0; i < k.names.length; i++) {
          const n = k.names[i];
          if (n !== "name" && n !== "path" && n !== "name_from") {
            raiseTypeError(`ImportError() got an unexpected keyword argument '${n}'`);
          }
          e.setAttr(n, k.values[i]);
        }
      }
      return None;
    },
  },
  {
    name: "__str__",
    arity: [0, 0],
    impl: (a) => {
      const e = exc(a[0]);
      const msg = e.getAttr("msg");
      if (msg !== undefined && msg !== None) return newStr(str(msg));
      return newStr(exceptionStr(e));
    },
  },
]);

// name, path, msg and name_from are members (None until set), also on an ImportError made without
// __init__ (the import system's own ModuleNotFoundError), as CPython's PyMemberDefs are
defineGetSets(
  exceptionTypes.ImportError,
  ["msg", "name", "path", "name_from"].map((n) => ({
    name: n,
    get: (w: W) => {
      const e = exc(w);
      // ImportError.__init__ sets msg to a single argument; one made natively has not run it
      if (n === "msg" && e.getAttr("msg") === undefined && e.args.length === 1) return e.args[0];
      return attr(e, n);
    },
    set: (e: W, v: W) => exc(e).setAttr(n, v),
  })),
);
// members in CPython (ImportError_members): their descriptors are member_descriptors
for (const n of ["msg", "name", "path", "name_from"]) {
  (exceptionTypes.ImportError.dict.get(n) as PyObject).cls = memberDescriptorType;
}

for (const name of ["NameError", "AttributeError"]) {
  defineMethods(exceptionTypes[name], [
    {
      name: "__init__",
      arity: [0, -1],
      kw: ["**"],
      impl: (a, k) => {
        const e = exc(a[0]);
        e.args = a.slice(1);
        if (e.getAttr("name") === undefined) e.setAttr("name", None);
        if (name === "AttributeError" && e.getAttr("obj") === undefined) e.setAttr("obj", None);
        if (k !== null) {
          for (let i = 0; i < k.names.length; i++) {
            const n = k.names[i];
            if (n !== "name" && !(n === "obj" && name === "AttributeError")) {
              raiseTypeError(`${name}() got an unexpected keyword argument '${n}'`);
            }
            e.setAttr(n, k.values[i]);
          }
        }
        return None;
      },
    },
  ]);
}
// `name` and `obj` are C members in CPython, outside the pickled __dict__: NameError's name is lost in a
// pickle (BaseException_reduce), AttributeError_getstate adds name and args back but never obj (so a
// pickled AttributeError does not drag the object along)
function stateWithout(e: PyBaseException, names: string[]): W {
  const state = call(getAttr(getAttr(e, "__dict__"), "copy"), []);
  for (const n of names) call(getAttr(state, "pop"), [newStr(n), None]);
  return state;
}
defineMethods(exceptionTypes.NameError, [{
  name: "__reduce__",
  arity: [0, 0],
  impl: (a) => {
    const e = exc(a[0]);
    const state = stateWithout(e, ["name"]);
    const args = newTuple(e.args);
    return isTrue(state) ? newTuple([e.cls, args, state]) : newTuple([e.cls, args]);
  },
}]);
defineMethods(exceptionTypes.AttributeError, [{
  name: "__reduce__",
  arity: [0, 0],
  impl: (a) => {
    const e = exc(a[0]);
    const state = stateWithout(e, ["name", "obj"]);
    const args = newTuple(e.args);
    setItem(state, newStr("name"), e.getAttr("name") ?? None);
    setItem(state, newStr("args"), args);
    return newTuple([e.cls, args, state]);
  },
}]);

// UnicodeEncodeError/DecodeError(encoding, object, start, end, reason)
for (const name of ["UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError"]) {
  defineMethods(exceptionTypes[name], [
    {
      name: "__init__",
      arity: [0, -1],
      impl: (a) => {
        const e = exc(a[0]);
        const args = a.slice(1);
        e.args = args;
        if (args.length === 5 && name !== "UnicodeTranslateError") {
          // "UOnnU" (encode) / "UOnnU" with a bytes-like object kept as bytes (decode), as CPython parses
          const [encoding, object, start, end, reason] = args;
          checkStrArg(encoding, 1);
          let obj = object;
          if (name === "UnicodeDecodeError") {
            const b = bytesLike(object);
            if (b === undefined) {
              raiseTypeError(`a bytes-like object is required, not '${typeOf(object).name}'`);
            }
            obj = object instanceof PyBytes && object.cls === bytesType ? object : newBytes(b.slice());
          } else checkStrArg(object, 2);
          const st = indexOf(start), en = indexOf(end);
          checkStrArg(reason, 5);
          e.setAttr("encoding", encoding);
          e.setAttr("object", obj);
          e.setAttr("start", st);
          e.setAttr("end", en);
          e.setAttr("reason", reason);
        } else if (name === "UnicodeTranslateError" && args.length === 4) {
          const [object, start, end, reason] = args;
          checkStrArg(object, 1);
          const st = indexOf(start), en = indexOf(end);
          checkStrArg(reason, 4);
          e.setAttr("object", object);
          e.setAttr("start", st);
          e.setAttr("end", en);
          e.setAttr("reason", reason);
          e.setAttr("encoding", None);
        } else if (args.length !== 0) {
          const n = name === "UnicodeTranslateError" ? 4 : 5;
          raiseTypeError(`function takes exactly ${n} arguments (${args.length} given)`);
        }
        return None;
      },
    },
    {
      name: "__str__",
      arity: [0, 0],
      impl: (a) => newStr(unicodeErrorStr(exc(a[0]), name)),
    },
  ]);
}

function checkStrArg(w: W, position: number): void {
  if (!(w instanceof PyStr)) raiseTypeError(`argument ${position} must be str, not ${typeOf(w).name}`);
}

/** Unicode{Encode,Decode,Translate}Error.__str__, as CPython 3.14's (any start/end; attributes re-read). */
function unicodeErrorStr(e: PyBaseException, kind: string): string {
  let obj = e.getAttr("object");
  let enc: string, reason: string, start: W, end: W;
  if (obj === undefined && e.args.length === 5) {
    // raised from TS with the five args but without running __init__
    [, obj, start, end] = e.args;
    enc = str(e.args[0]);
    reason = str(e.args[4]);
  } else {
    if (obj === undefined) return "";
    // str() of reason and encoding may run Python code that changes 'object'
    reason = str(attr(e, "reason"));
    enc = kind === "UnicodeTranslateError" ? "" : str(attr(e, "encoding"));
    obj = e.getAttr("object");
    start = attr(e, "start");
    end = attr(e, "end");
  }
  const decode = kind === "UnicodeDecodeError";
  if (obj === undefined) raiseTypeError("UnicodeError 'object' attribute is not set");
  const bytes = decode ? (obj as unknown as { value?: unknown }).value : undefined;
  if (decode ? !(bytes instanceof Uint8Array) : !(obj instanceof PyStr)) {
    raiseTypeError(`UnicodeError 'object' attribute must be a ${decode ? "bytes" : "string"}`);
  }
  const st = Number(start), en = Number(end);
  const chars = decode ? null : [...(obj as PyStr).value];
  const len = decode ? (bytes as Uint8Array).length : chars!.length;
  const single = st >= 0 && st < len && en >= 0 && en <= len && en === st + 1;
  const range = `${String(start)}-${typeof end === "bigint" ? end - 1n : String(en - 1)}`;
  if (decode) {
    if (single) {
      const b = (bytes as Uint8Array)[st].toString(16).padStart(2, "0");
      return `'${enc}' codec can't decode byte 0x${b} in position ${st}: ${reason}`;
    }
    return `'${enc}' codec can't decode bytes in position ${range}: ${reason}`;
  }
  const what = kind === "UnicodeEncodeError" ? `'${enc}' codec can't encode` : "can't translate";
  if (single) {
    const c = chars![st].codePointAt(0)!;
    const esc = c <= 0xff
      ? `\\x${c.toString(16).padStart(2, "0")}`
      : c <= 0xffff
      ? `\\u${c.toString(16).padStart(4, "0")}`
      : `\\U${c.toString(16).padStart(8, "0")}`;
    return `${what} character '${esc}' in position ${st}: ${reason}`;
  }
  return `${what} characters in position ${range}: ${reason}`;
}
