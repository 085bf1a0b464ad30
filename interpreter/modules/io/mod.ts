// The `_io` module: CPython's C-level io stack, which the stdlib's io.py re-exports and wraps in ABCs.
// open() builds FileIO → Buffered* → TextIOWrapper as CPython's _io.open does.
import {
  call,
  getAttr,
  type MethodSpec,
  None,
  PyBool,
  PyBuiltinFunction,
  type PyType,
  setAttr,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { exceptionTypes } from "../../objects/exceptions.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { newStr, PyStr } from "../../objects/str.ts";
import { isTrue } from "../../objects/operations.ts";
import { raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { importModule } from "../../importing/importer.ts";
import { type NativeModuleDef, nativeType } from "../define.ts";
import { bindArgs, DEFAULT_BUFFER_SIZE, intArg, unsupportedOperationType } from "./common.ts";
import { bufferedIOBaseType, callMethodOf, ioBaseType, rawIOBaseType, textIOBaseType } from "./iobase.ts";
import { stringIOType } from "./stringio.ts";
import { bytesIOType } from "./bytesio.ts";
import { newlineDecoderType } from "./newline_decoder.ts";
import { fileIOInit, fileIOType, PyFileIO } from "./fileio.ts";
import {
  bufferedInit,
  bufferedRandomType,
  bufferedReaderType,
  bufferedRWPairType,
  bufferedWriterType,
  PyBuffered,
} from "./bufferedio.ts";
import { PyTextIO, textIOInit, textIOWrapperType } from "./textio.ts";

function optStr(w: W | undefined, what: string): string | null {
  if (w === undefined || w === None) return null;
  if (!(w instanceof PyStr)) {
    raiseTypeError(`open() argument '${what}' must be str or None, not ${typeOf(w).name}`);
  }
  return w.value;
}

/** _io.open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None) */
export function ioOpen(
  file: W,
  modeW: W | undefined,
  bufferingW: W | undefined,
  encodingW: W | undefined,
  errorsW: W | undefined,
  newlineW: W | undefined,
  closefdW: W | undefined,
  opener: W | undefined,
): W {
  if (
    !(file instanceof PyStr) && !(file instanceof PyBytes) && typeof file !== "number" &&
    typeof file !== "bigint" && !(file instanceof PyBool) &&
    (typeOf(file).lookup("__fspath__") ?? None) === None
  ) {
    raiseTypeError(`expected str, bytes or os.PathLike object, not ${typeOf(file).name}`);
  }
  let mode = "r";
  if (modeW !== undefined) {
    if (!(modeW instanceof PyStr)) {
      raiseTypeError(`open() argument 'mode' must be str, not ${typeOf(modeW).name}`);
    }
    mode = modeW.value;
  }
  const buffering0 = bufferingW === undefined ? -1 : intArg(bufferingW);
  const encoding = optStr(encodingW, "encoding");
  const errors = optStr(errorsW, "errors");
  const newline = optStr(newlineW, "newline");
  const seen = new Set<string>();
  let creating = false, reading = false, writing = false, appending = false, updating = false;
  let text = false, binary = false;
  for (const c of mode) {
    if (!"rwxab+t".includes(c) || seen.has(c)) raiseValueError(`invalid mode: '${mode}'`);
    seen.add(c);
    if (c === "x") creating = true;
    else if (c === "r") reading = true;
    else if (c === "w") writing = true;
    else if (c === "a") appending = true;
    else if (c === "+") updating = true;
    else if (c === "t") text = true;
    else if (c === "b") binary = true;
  }
  if (text && binary) raiseValueError("can't have text and binary mode at once");
  // no mode at all is left to FileIO, which words it differently
  if (Number(creating) + Number(reading) + Number(writing) + Number(appending) > 1) {
    raiseValueError("must have exactly one of create/read/write/append mode");
  }
  if (binary && encoding !== null) raiseValueError("binary mode doesn't take an encoding argument");
  if (binary && errors !== null) raiseValueError("binary mode doesn't take an errors argument");
  if (binary && newline !== null) raiseValueError("binary mode doesn't take a newline argument");
  if (binary && buffering0 === 1) {
    const warnings = importModule("warnings");
    call(getAttr(warnings, "warn"), [
      newStr(
        "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used",
      ),
      exceptionTypes.RuntimeWarning,
      2,
    ]);
  }
  const rawMode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") +
    (appending ? "a" : "") +
    (updating ? "+" : "");
  const raw = new PyFileIO(fileIOType);
  fileIOInit(raw, file, newStr(rawMode), closefdW, opener ?? None);
  let result: W = raw;
  try {
    let buffering = buffering0;
    let lineBuffering = false;
    if (buffering === 1 || (buffering < 0 && isTrue(callMethodOf(raw, "_isatty_open_only")))) {
      buffering = -1;
      lineBuffering = true;
    }
    if (buffering < 0) buffering = Math.max(Math.min(raw.blksize, 8192 * 1024), DEFAULT_BUFFER_SIZE);
    if (buffering === 0) {
      if (binary) return result;
      raiseValueError("can't have unbuffered text I/O");
    }
    const bufType = updating
      ? bufferedRandomType
      : creating || writing || appending
      ? bufferedWriterType
      : bufferedReaderType;
    const buffer = new PyBuffered(bufType);
    bufferedInit(buffer, raw, buffering, bufType !== bufferedWriterType, bufType !== bufferedReaderType);
    result = buffer;
    if (binary) return result;
    const wrapper = new PyTextIO(textIOWrapperType);
    textIOInit(
      wrapper,
      buffer,
      encoding === null ? undefined : newStr(encoding),
      errors === null ? undefined : newStr(errors),
      newlineW === undefined ? undefined : newlineW,
      lineBuffering,
      false,
    );
    result = wrapper;
    setAttr(wrapper, "mode", newStr(mode));
    return result;
  } catch (e) {
    try {
      callMethodOf(result, "close");
    } catch { /* the first error is the one to report */ }
    throw e;
  }
}

const OPEN_ARGS = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];
const openSpec: MethodSpec = {
  name: "open",
  arity: [0, -1],
  kw: ["**"],
  impl: (a, k) => {
    const b = bindArgs("open", OPEN_ARGS, [None, ...a], k, 1);
    return ioOpen(b[0]!, b[1], b[2], b[3], b[4], b[5], b[6], b[7]);
  },
};
/** The one `open` function: builtins.open is _io.open, as in CPython. */
export const ioOpenFunction: PyBuiltinFunction = new PyBuiltinFunction(openSpec, undefined, "open", "_io");

const functions: MethodSpec[] = [
  {
    name: "open_code",
    arity: [1, 1],
    kw: ["path"],
    impl: (a) => {
      if (!(a[0] instanceof PyStr)) {
        raiseTypeError(`open_code() argument 'path' must be str, not ${typeOf(a[0]).name}`);
      }
      return ioOpen(a[0], newStr("rb"), undefined, undefined, undefined, undefined, undefined, undefined);
    },
  },
  {
    name: "text_encoding",
    arity: [1, 2],
    impl: (a) => (a[0] === None ? newStr("locale") : a[0]),
  },
];

/** _io._BytesIOBuffer: the buffer type behind BytesIO.getbuffer() in CPython 3.14 (here a name only). */
const bytesIOBufferType: PyType = nativeType("_io", "_BytesIOBuffer", undefined, { flags: 0 });

export const ioModule: NativeModuleDef = {
  name: "_io",
  doc: "The io module provides the Python interfaces to stream handling.",
  functions,
  types: [
    ioBaseType,
    rawIOBaseType,
    bufferedIOBaseType,
    textIOBaseType,
    fileIOType,
    bytesIOType,
    stringIOType,
    bufferedReaderType,
    bufferedWriterType,
    bufferedRandomType,
    bufferedRWPairType,
    textIOWrapperType,
    newlineDecoderType,
    bytesIOBufferType,
  ],
  values: (): Record<string, W> => ({
    open: ioOpenFunction,
    DEFAULT_BUFFER_SIZE,
    UnsupportedOperation: unsupportedOperationType,
    BlockingIOError: exceptionTypes.BlockingIOError,
  }),
};
