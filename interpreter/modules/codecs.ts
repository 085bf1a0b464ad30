// The _codecs module: the codec registry (search functions, the lookup cache, error handlers) and the
// codec functions the `encodings` package calls. The registry imports `encodings` on first use, as
// CPython's _PyCodecRegistry_Init does. This file also gives str.encode / bytes.decode their way to
// the registry for encodings and error handlers the core does not handle itself.
import {
  call,
  defineMethods,
  getAttrOrUndefined,
  type MethodSpec,
  newBool,
  None,
  PyObject,
  tupleType,
  typeOf,
  type W,
} from "../objects/model.ts";
import { errorWithMessage, PyError, raiseTypeError } from "../vm/errors.ts";
import { newStr, PyStr, strHooks } from "../objects/str.ts";
import { bytesLike, newBytes, PyBytes } from "../objects/bytes.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { isTrue, str } from "../objects/operations.ts";
import { sourceCodecs } from "../parser/source.ts";
import { newDict } from "../objects/dict.ts";
import { asInt } from "../objects/int.ts";
import { importModule } from "../importing/importer.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";
import { codePointsOf, lookupError, registerError, registryInit, unregisterError } from "./codecs_errors.ts";
import {
  asciiDecode,
  asciiEncode,
  charmapBuild,
  charmapDecode,
  charmapEncode,
  EncodingMapData,
  escapeDecode,
  escapeEncode,
  latin1Decode,
  latin1Encode,
  rawUnicodeEscapeDecode,
  rawUnicodeEscapeEncode,
  unicodeEscapeDecode,
  unicodeEscapeEncode,
  utf16Decode,
  utf16Encode,
  utf32Decode,
  utf32Encode,
  utf7Decode,
  utf7Encode,
  utf8Decode,
  utf8Encode,
} from "./codecs_impl.ts";

// ---------------------------------------------------------------- the registry

const searchPath: W[] = [];
const searchCache = new Map<string, W>();
let initialised = false;

function ensureRegistry(): void {
  if (initialised) return;
  initialised = true;
  importModule("encodings");
}
registryInit.ensure = ensureRegistry;

/** CPython's _Py_normalize_encoding with lower-casing: ASCII alnum and '.' kept, other runs → '_'. */
export function normalizeEncodingName(name: string): string {
  let out = "";
  let punct = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
    if (alnum) {
      if (punct && out !== "") out += "_";
      punct = false;
      out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : name[i];
    } else punct = true;
  }
  return out;
}

export function codecLookup(encoding: string): W {
  ensureRegistry();
  const norm = normalizeEncodingName(encoding);
  const hit = searchCache.get(norm);
  if (hit !== undefined) return hit;
  if (searchPath.length === 0) {
    throw errorWithMessage("LookupError", "no codec search functions registered: can't find encoding");
  }
  const key = newStr(norm);
  for (const f of searchPath.slice()) {
    const r = call(f, [key]);
    if (r === None) continue;
    if (!(r instanceof PyTuple) || r.items.length !== 4) {
      raiseTypeError("codec search functions must return 4-tuples");
    }
    searchCache.set(norm, r);
    return r;
  }
  throw errorWithMessage("LookupError", `unknown encoding: ${encoding}`);
}

function addNote(e: unknown, note: string): void {
  if (!(e instanceof PyError)) return;
  const exc = e.value;
  if (!(exc instanceof PyObject) || !typeOf(exc).isSubtypeOf(exceptionTypes.BaseException)) return;
  const add = getAttrOrUndefined(exc, "add_note");
  if (add !== undefined) {
    try {
      call(add, [newStr(note)]);
    } catch { /* a broken add_note leaves the error as it is */ }
  }
}

/** Run a codec's encoder or decoder as _PyCodec_EncodeInternal/DecodeInternal do. */
function runCodec(
  fn: W,
  obj: W,
  errors: string | undefined,
  what: "encoding" | "decoding",
  encoding: string,
): W {
  let res: W;
  try {
    res = call(fn, errors === undefined ? [obj] : [obj, newStr(errors)]);
  } catch (e) {
    addNote(e, `${what} with '${encoding}' codec failed`);
    throw e;
  }
  if (!(res instanceof PyTuple) || res.items.length !== 2) {
    raiseTypeError(
      what === "encoding"
        ? "encoder must return a tuple (object, integer)"
        : "decoder must return a tuple (object,integer)",
    );
  }
  return res.items[0];
}

function textCodec(encoding: string, alternate: string): PyTuple {
  const codec = codecLookup(encoding) as PyTuple;
  if (typeOf(codec) !== tupleType) {
    const flag = getAttrOrUndefined(codec, "_is_text_encoding");
    if (flag !== undefined && !isTrue(flag)) {
      throw errorWithMessage(
        "LookupError",
        `'${encoding}' is not a text encoding; use ${alternate} to handle arbitrary codecs`,
      );
    }
  }
  return codec;
}

// ---------------------------------------------------------------- str.encode / bytes.decode

/** The encodings PyUnicode_AsEncodedString/PyUnicode_Decode handle without the registry. */
function builtinCodec(encoding: string): "utf-8" | "utf-16" | "utf-32" | "ascii" | "latin-1" | null {
  const n = normalizeEncodingName(encoding);
  switch (n) {
    case "utf_8":
    case "utf8":
      return "utf-8";
    case "utf_16":
    case "utf16":
      return "utf-16";
    case "utf_32":
    case "utf32":
      return "utf-32";
    case "ascii":
    case "us_ascii":
      return "ascii";
    case "latin1":
    case "latin_1":
    case "iso_8859_1":
    case "iso8859_1":
      return "latin-1";
  }
  return null;
}

export function encodeText(s: string, encoding: string, errors: string): W {
  switch (builtinCodec(encoding)) {
    case "utf-8":
      return newBytes(utf8Encode(s, errors));
    case "utf-16":
      return newBytes(utf16Encode(s, errors, 0));
    case "utf-32":
      return newBytes(utf32Encode(s, errors, 0));
    case "ascii":
      return newBytes(asciiEncode(s, errors));
    case "latin-1":
      return newBytes(latin1Encode(s, errors));
  }
  const codec = textCodec(encoding, "codecs.encode()");
  const v = runCodec(codec.items[0], newStr(s), errors, "encoding", encoding);
  if (v instanceof PyBytes) return v;
  const ba = bytesLike(v);
  if (ba !== undefined && typeOf(v).name === "bytearray") return newBytes(ba.slice());
  return raiseTypeError(
    `'${encoding}' encoder returned '${
      typeOf(v).name
    }' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`,
  );
}

export function decodeText(b: Uint8Array, encoding: string, errors: string): string {
  switch (builtinCodec(encoding)) {
    case "utf-8":
      return utf8Decode(b, errors, true).s;
    case "utf-16":
      return utf16Decode(b, errors, 0, true).s;
    case "utf-32":
      return utf32Decode(b, errors, 0, true).s;
    case "ascii":
      return asciiDecode(b, errors);
    case "latin-1":
      return latin1Decode(b);
  }
  const codec = textCodec(encoding, "codecs.decode()");
  const v = runCodec(codec.items[1], newBytes(b), errors, "decoding", encoding);
  if (v instanceof PyStr) return v.value;
  return raiseTypeError(
    `'${encoding}' decoder returned '${
      typeOf(v).name
    }' instead of 'str'; use codecs.decode() to decode to arbitrary types`,
  );
}

strHooks.encodeOther = encodeText;

// Source files in encodings the parser does not know itself (a `# coding: utf-7` line): null when no codec
// has the name; a decoding failure surfaces as a JS Error carrying str() of the codec's exception.
sourceCodecs.decode = (name, bytes) => {
  try {
    codecLookup(name);
  } catch (e) {
    if (e instanceof PyError && e.matches(exceptionTypes.LookupError)) return null;
    throw e;
  }
  try {
    return decodeText(bytes, name, "strict");
  } catch (e) {
    if (e instanceof PyError) throw new Error(str(e.value));
    throw e;
  }
};
/** The handlers unicode_check_encoding_errors takes for granted. */
const FAST_HANDLERS = new Set(["strict", "ignore", "replace", "surrogateescape", "surrogatepass"]);
strHooks.lookupNames = (encoding, errors) => {
  if (encoding !== undefined && encoding !== "utf-8") codecLookup(encoding);
  if (errors !== undefined && !FAST_HANDLERS.has(errors)) lookupError(errors);
};
strHooks.decodeOther = decodeText;

// ---------------------------------------------------------------- argument conversion

function strArg(w: W, fname: string, n: number): string {
  if (w instanceof PyStr) return w.value;
  const which = n === 0 ? "argument" : `argument ${n}`;
  return raiseTypeError(`${fname}() ${which} must be str, not ${typeOf(w).name}`);
}
function namedStrArg(w: W, fname: string, name: string): string {
  if (w instanceof PyStr) return w.value;
  return raiseTypeError(`${fname}() argument '${name}' must be str, not ${typeOf(w).name}`);
}
function errorsArg(w: W | undefined, fname: string, n = 2): string {
  if (w === undefined || w === None) return "strict";
  if (w instanceof PyStr) return w.value;
  return raiseTypeError(`${fname}() argument ${n} must be str or None, not ${typeOf(w).name}`);
}
function dataArg(w: W, acceptStr = false): Uint8Array {
  if (acceptStr && w instanceof PyStr) return utf8Encode(w.value, "strict");
  const b = bytesLike(w);
  if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(w).name}'`);
  return b;
}
function intArg(w: W | undefined, dflt: number): number {
  if (w === undefined) return dflt;
  const v = asInt(w);
  if (v === undefined || typeof w === "object") {
    if (typeof w === "object" && v !== undefined) return Number(v);
    raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  }
  return Number(v);
}
function lengthOf(s: string): number {
  return codePointsOf(s).length;
}

type EncodeFn = (s: string, errors: string) => Uint8Array;
function encoderSpec(name: string, fn: EncodeFn): MethodSpec {
  return {
    name,
    arity: [1, 2],
    impl: (a) => {
      const s = strArg(a[0], name, 1);
      return newTuple([newBytes(fn(s, errorsArg(a[1], name))), lengthOf(s)]);
    },
  };
}
type DecodeFn = (b: Uint8Array, errors: string, final: boolean) => { s: string; consumed: number };
function decoderSpec(
  name: string,
  fn: DecodeFn,
  finalDefault: boolean,
  acceptStr = false,
  maxArgs = 3,
): MethodSpec {
  return {
    name,
    arity: [1, maxArgs],
    impl: (a) => {
      const b = dataArg(a[0], acceptStr);
      const final = a[2] === undefined ? finalDefault : isTrue(a[2]);
      const r = fn(b, errorsArg(a[1], name), final);
      return newTuple([newStr(r.s), r.consumed]);
    },
  };
}
function wideSpecs(bits: 16 | 32): MethodSpec[] {
  const enc = bits === 16 ? utf16Encode : utf32Encode;
  const dec = bits === 16 ? utf16Decode : utf32Decode;
  const p = `utf_${bits}`;
  return [
    {
      name: `${p}_encode`,
      arity: [1, 3],
      impl: (a) => {
        const s = strArg(a[0], `${p}_encode`, 1);
        return newTuple([newBytes(enc(s, errorsArg(a[1], `${p}_encode`), intArg(a[2], 0))), lengthOf(s)]);
      },
    },
    encoderSpec(`${p}_le_encode`, (s, e) => enc(s, e, -1)),
    encoderSpec(`${p}_be_encode`, (s, e) => enc(s, e, 1)),
    decoderSpec(`${p}_decode`, (b, e, f) => dec(b, e, 0, f), false),
    decoderSpec(`${p}_le_decode`, (b, e, f) => dec(b, e, -1, f), false),
    decoderSpec(`${p}_be_decode`, (b, e, f) => dec(b, e, 1, f), false),
    {
      name: `${p}_ex_decode`,
      arity: [1, 4],
      impl: (a) => {
        const b = dataArg(a[0]);
        const r = dec(
          b,
          errorsArg(a[1], `${p}_ex_decode`),
          intArg(a[2], 0),
          a[3] === undefined ? false : isTrue(a[3]),
        );
        return newTuple([newStr(r.s), r.consumed, r.byteorder]);
      },
    },
  ];
}

// ---------------------------------------------------------------- EncodingMap (charmap_build)

class PyEncodingMap extends PyObject {
  constructor(readonly data: EncodingMapData) {
    super();
    this.cls = encodingMapType;
  }
}
const encodingMapType = nativeType("builtins", "EncodingMap");
defineMethods(encodingMapType, [
  { name: "size", arity: [0, 0], impl: (a) => (a[0] as PyEncodingMap).data.size },
]);

function mappingArg(w: W | undefined): W | EncodingMapData {
  if (w === undefined) return None;
  if (w instanceof PyEncodingMap) return w.data;
  return w;
}

// ---------------------------------------------------------------- the module

const functions: MethodSpec[] = [
  {
    name: "register",
    arity: [1, 1],
    impl: (a) => {
      ensureRegistry();
      if (typeOf(a[0]).lookup("__call__") === undefined) raiseTypeError("argument must be callable");
      searchPath.push(a[0]);
      return None;
    },
  },
  {
    name: "unregister",
    arity: [1, 1],
    impl: (a) => {
      const i = searchPath.indexOf(a[0]);
      if (i >= 0) {
        searchPath.splice(i, 1);
        searchCache.clear();
      }
      return None;
    },
  },
  { name: "lookup", arity: [1, 1], impl: (a) => codecLookup(strArg(a[0], "lookup", 0)) },
  {
    name: "encode",
    arity: [0, 3],
    kw: ["obj", "encoding", "errors"],
    impl: (a) => {
      if (a[0] === undefined) raiseTypeError("encode() missing required argument 'obj' (pos 1)");
      const encoding = a[1] === undefined ? "utf-8" : namedStrArg(a[1], "encode", "encoding");
      const errors = a[2] === undefined ? "strict" : namedStrArg(a[2], "encode", "errors");
      const codec = codecLookup(encoding) as PyTuple;
      return runCodec(codec.items[0], a[0], errors, "encoding", encoding);
    },
  },
  {
    name: "decode",
    arity: [0, 3],
    kw: ["obj", "encoding", "errors"],
    impl: (a) => {
      if (a[0] === undefined) raiseTypeError("decode() missing required argument 'obj' (pos 1)");
      const encoding = a[1] === undefined ? "utf-8" : namedStrArg(a[1], "decode", "encoding");
      const errors = a[2] === undefined ? "strict" : namedStrArg(a[2], "decode", "errors");
      const codec = codecLookup(encoding) as PyTuple;
      return runCodec(codec.items[1], a[0], errors, "decoding", encoding);
    },
  },

  {
    name: "register_error",
    arity: [2, 2],
    impl: (a) => {
      const name = strArg(a[0], "register_error", 1);
      ensureRegistry();
      if (typeOf(a[1]).lookup("__call__") === undefined) raiseTypeError("handler must be callable");
      registerError(name, a[1]);
      return None;
    },
  },
  { name: "lookup_error", arity: [1, 1], impl: (a) => lookupError(strArg(a[0], "lookup_error", 0)) },
  {
    name: "_unregister_error",
    arity: [1, 1],
    impl: (a) => newBool(unregisterError(strArg(a[0], "_unregister_error", 0))),
  },
  encoderSpec("utf_8_encode", utf8Encode),
  decoderSpec("utf_8_decode", (b, e, f) => utf8Decode(b, e, f), false),
  encoderSpec("utf_7_encode", (s) => utf7Encode(s)),
  decoderSpec("utf_7_decode", utf7Decode, false),
  ...wideSpecs(16),
  ...wideSpecs(32),
  encoderSpec("ascii_encode", asciiEncode),
  decoderSpec("ascii_decode", (b, e) => ({ s: asciiDecode(b, e), consumed: b.length }), true, false, 2),
  encoderSpec("latin_1_encode", latin1Encode),
  decoderSpec("latin_1_decode", (b) => ({ s: latin1Decode(b), consumed: b.length }), true, false, 2),
  encoderSpec("unicode_escape_encode", (s) => unicodeEscapeEncode(s)),
  decoderSpec("unicode_escape_decode", unicodeEscapeDecode, true, true),
  encoderSpec("raw_unicode_escape_encode", (s) => rawUnicodeEscapeEncode(s)),
  decoderSpec("raw_unicode_escape_decode", rawUnicodeEscapeDecode, true, true),
  {
    name: "escape_encode",
    arity: [1, 2],
    impl: (a) => {
      if (!(a[0] instanceof PyBytes)) {
        raiseTypeError(`escape_encode() argument 1 must be bytes, not ${typeOf(a[0]).name}`);
      }
      return newTuple([newBytes(escapeEncode(a[0].value)), a[0].value.length]);
    },
  },
  {
    name: "escape_decode",
    arity: [1, 2],
    impl: (a) => {
      const b = dataArg(a[0], true);
      return newTuple([newBytes(escapeDecode(b, errorsArg(a[1], "escape_decode"))), b.length]);
    },
  },
  {
    name: "charmap_encode",
    arity: [1, 3],
    impl: (a) => {
      const s = strArg(a[0], "charmap_encode", 1);
      return newTuple([
        newBytes(charmapEncode(s, errorsArg(a[1], "charmap_encode"), mappingArg(a[2]))),
        lengthOf(s),
      ]);
    },
  },
  {
    name: "charmap_decode",
    arity: [1, 3],
    impl: (a) => {
      const b = dataArg(a[0]);
      return newTuple([newStr(charmapDecode(b, errorsArg(a[1], "charmap_decode"), a[2] ?? None)), b.length]);
    },
  },
  {
    name: "charmap_build",
    arity: [1, 1],
    impl: (a) => {
      const built = charmapBuild(strArg(a[0], "charmap_build", 0));
      if (built instanceof EncodingMapData) return new PyEncodingMap(built);
      const d = newDict();
      for (const [k, v] of built) d.setItem(k, v);
      return d;
    },
  },
  {
    name: "readbuffer_encode",
    arity: [1, 2],
    impl: (a) => {
      const b = dataArg(a[0], true);
      return newTuple([newBytes(b.slice()), b.length]);
    },
  },
];

export const codecsModule: NativeModuleDef = {
  name: "_codecs",
  functions,
};
