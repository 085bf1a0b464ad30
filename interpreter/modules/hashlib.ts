// Hash modules: _hashlib (CPython's OpenSSL binding: HASH/HASHXOF/HMAC, new, openssl_*, pbkdf2_hmac,
// scrypt, hmac_new/hmac_digest, compare_digest) on node:crypto's synchronous hashes, and the builtin
// modules hashlib.py falls back to (_md5, _sha1, _sha2, _sha3 on node:crypto; _blake2 on blake2.ts,
// since node has no keyed/salted BLAKE2). digest() never finalises: it digests a copy of the state.
import type { Hash } from "node:crypto";
import { nodeCrypto } from "../node_builtins.ts";
import {
  defineGetSets,
  defineMethods,
  type Kwargs,
  type MethodSpec,
  newBool,
  None,
  PyBuiltinFunction,
  PyObject,
  PyType,
  typeOf,
  type W,
} from "../objects/model.ts";
import { newError, raiseOverflowError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { bytesLike, newBytes } from "../objects/bytes.ts";
import { isStr, newStr, PyStr } from "../objects/str.ts";
import { asInt, indexOf } from "../objects/int.ts";
import { newFrozenSet } from "../objects/set.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { isTrue } from "../objects/operations.ts";
import { objectId } from "../objects/object.ts";
import { disallowInstantiation, nativeException, type NativeModuleDef, nativeType } from "./define.ts";
import { newDict } from "../objects/dict.ts";
import { PyMappingProxy } from "../objects/dictview.ts";
import { blake2bState, type Blake2Params, blake2sState, type Blake2State } from "./blake2.ts";
import { extraBuffers } from "./struct.ts";

// ---------------------------------------------------------------- algorithms

interface Algo {
  /** Python's name (hash.name). */
  name: string;
  /** node:crypto's name. */
  node: string;
  digestSize: number;
  blockSize: number;
  xof?: boolean;
}
const ALGOS: Algo[] = [
  { name: "md5", node: "md5", digestSize: 16, blockSize: 64 },
  { name: "sha1", node: "sha1", digestSize: 20, blockSize: 64 },
  { name: "sha224", node: "sha224", digestSize: 28, blockSize: 64 },
  { name: "sha256", node: "sha256", digestSize: 32, blockSize: 64 },
  { name: "sha384", node: "sha384", digestSize: 48, blockSize: 128 },
  { name: "sha512", node: "sha512", digestSize: 64, blockSize: 128 },
  { name: "sha512_224", node: "sha512-224", digestSize: 28, blockSize: 128 },
  { name: "sha512_256", node: "sha512-256", digestSize: 32, blockSize: 128 },
  { name: "sha3_224", node: "sha3-224", digestSize: 28, blockSize: 144 },
  { name: "sha3_256", node: "sha3-256", digestSize: 32, blockSize: 136 },
  { name: "sha3_384", node: "sha3-384", digestSize: 48, blockSize: 104 },
  { name: "sha3_512", node: "sha3-512", digestSize: 64, blockSize: 72 },
  { name: "shake_128", node: "shake128", digestSize: 0, blockSize: 168, xof: true },
  { name: "shake_256", node: "shake256", digestSize: 0, blockSize: 136, xof: true },
  { name: "blake2b", node: "blake2b512", digestSize: 64, blockSize: 128 },
  { name: "blake2s", node: "blake2s256", digestSize: 32, blockSize: 64 },
  { name: "md5-sha1", node: "md5-sha1", digestSize: 36, blockSize: 64 },
  { name: "ripemd160", node: "ripemd160", digestSize: 20, blockSize: 64 },
  { name: "sm3", node: "sm3", digestSize: 32, blockSize: 64 },
];
const BY_NAME = new Map<string, Algo>();
for (const a of ALGOS) {
  BY_NAME.set(a.name, a);
  BY_NAME.set(a.node, a);
}
// OpenSSL's aliases as _hashlib.new accepts them
for (
  const [alias, name] of [["sha3-224", "sha3_224"], ["sha512-224", "sha512_224"], ["blake2b512", "blake2b"]]
) {
  BY_NAME.set(alias, BY_NAME.get(name)!);
}

function lookupAlgo(name: string): Algo | undefined {
  return BY_NAME.get(name) ?? BY_NAME.get(name.toLowerCase());
}

const unsupportedDigestmodError = nativeException(
  "_hashlib",
  "UnsupportedDigestmodError",
  exceptionTypes.ValueError,
);
function unsupportedError(message: string) {
  return newError(unsupportedDigestmodError, [newStr(message)]);
}
function unsupported(name: string): never {
  throw unsupportedError(`unsupported hash type ${name}`);
}

// ---------------------------------------------------------------- data arguments

/** The bytes of a hash input: str is refused with CPython's message, other non-buffers too. */
export function hashData(w: W): Uint8Array {
  const b = bytesLike(w) ?? extraBuffers.read(w);
  if (b !== undefined) return b;
  if (isStr(w)) raiseTypeError("Strings must be encoded before hashing");
  raiseTypeError("object supporting the buffer API required");
}

/** The `data` positional / `string` keyword pair of the 3.14 constructors. */
function initialData(data: W | undefined, string: W | undefined): W | undefined {
  if (string !== undefined && string !== None) {
    if (data !== undefined && data !== None) {
      raiseTypeError(
        "'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.",
      );
    }
    return string;
  }
  return data;
}

// ---------------------------------------------------------------- hash objects

/** One hash object; `state` is a node Hash or a BLAKE2 state. */
export class PyHash extends PyObject {
  declare algo: Algo;
  declare state: Hash | Blake2State;
  declare digestSize: number;
  constructor(cls: PyType, algo: Algo, state: Hash | Blake2State, digestSize: number) {
    super();
    this.cls = cls;
    this.algo = algo;
    this.state = state;
    this.digestSize = digestSize;
  }
  digest(length?: number): Uint8Array {
    const s = this.state;
    if (isBlake(s)) return s.digest();
    const h = s as Hash;
    if (this.algo.xof) {
      if (length === 0) return new Uint8Array(0);
      return new Uint8Array(h.copy({ outputLength: length }).digest());
    }
    return new Uint8Array(h.copy().digest());
  }
  copyState(): Hash | Blake2State {
    const s = this.state;
    return isBlake(s) ? s.copy() : (s as Hash).copy();
  }
}
function isBlake(s: Hash | Blake2State): s is Blake2State {
  return typeof (s as Hash).setEncoding !== "function";
}

function newNodeHash(algo: Algo): Hash {
  return algo.xof
    ? nodeCrypto().createHash(algo.node, { outputLength: 0 })
    : nodeCrypto().createHash(algo.node);
}

function hexOf(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += (b[i] < 16 ? "0" : "") + b[i].toString(16);
  return s;
}

function asHash(w: W): PyHash {
  if (!(w instanceof PyHash)) raiseTypeError("descriptor requires a hash object");
  return w;
}

function xofLength(w: W | undefined, method: string): number {
  if (w === undefined) raiseTypeError(`${method}() missing required argument 'length' (pos 1)`);
  const n = indexOf(w);
  if (n < 0) raiseValueError("Cannot convert negative int");
  if (typeof n === "bigint" || n >= 1 << 29) raiseValueError("length is too large");
  return n;
}

/** The methods and attributes shared by every hash type (HASH, _sha2.SHA256Type, _sha3.sha3_256 …). */
function defineHashType(t: PyType, xof: boolean, reprName: (h: PyHash) => string): void {
  const methods: MethodSpec[] = [
    {
      name: "update",
      arity: [1, 1],
      impl: (a) => {
        const h = asHash(a[0]);
        h.state.update(hashData(a[1]));
        return None;
      },
    },
    {
      name: "copy",
      arity: [0, 0],
      impl: (a) => {
        const h = asHash(a[0]);
        return new PyHash(h.cls, h.algo, h.copyState(), h.digestSize);
      },
    },
    xof
      ? {
        name: "digest",
        arity: [0, 1],
        kw: ["length"],
        impl: (a) => newBytes(asHash(a[0]).digest(xofLength(a[1], "digest"))),
      }
      : { name: "digest", arity: [0, 0], impl: (a) => newBytes(asHash(a[0]).digest()) },
    xof
      ? {
        name: "hexdigest",
        arity: [0, 1],
        kw: ["length"],
        impl: (a) => newStr(hexOf(asHash(a[0]).digest(xofLength(a[1], "hexdigest")))),
      }
      : { name: "hexdigest", arity: [0, 0], impl: (a) => newStr(hexOf(asHash(a[0]).digest())) },
    {
      name: "__repr__",
      arity: [0, 0],
      impl: (a) => {
        const h = asHash(a[0]);
        return newStr(`<${reprName(h)} object @ 0x${objectId(h).toString(16)}>`);
      },
    },
  ];
  defineMethods(t, methods);
  defineGetSets(t, [
    { name: "name", get: (w) => newStr(asHash(w).algo.name) },
    { name: "digest_size", get: (w) => asHash(w).digestSize },
    { name: "block_size", get: (w) => asHash(w).algo.blockSize },
  ]);
}

export const hashType: PyType = nativeType("_hashlib", "HASH", undefined, { flags: 0 });
export const hashXofType: PyType = nativeType("_hashlib", "HASHXOF", hashType, { flags: 0 });
defineHashType(hashType, false, (h) => `${h.algo.name} _hashlib.HASH`);
defineHashType(hashXofType, true, (h) => `${h.algo.name} _hashlib.HASHXOF`);
disallowInstantiation(hashType);
disallowInstantiation(hashXofType);

function makeHash(cls: PyType, algo: Algo, data: W | undefined): PyHash {
  const h = new PyHash(cls, algo, newNodeHash(algo), algo.digestSize);
  if (data !== undefined) h.state.update(hashData(data));
  return h;
}

/** The argument row of every `name(data=b'', *, usedforsecurity=True, string=None)` constructor. */
function constructorSpec(name: string, make: (data: W | undefined) => W): MethodSpec {
  return {
    name,
    arity: [0, 3],
    kw: ["data", "usedforsecurity", "string"],
    impl: (a, kw) => {
      positionalLimit(name, a, kw, 1);
      return make(initialData(a[0], a[2]));
    },
  };
}

function positionalLimit(name: string, a: W[], kw: Kwargs | null, max: number): void {
  let n = 0;
  for (const x of a) if (x !== undefined) n++;
  const positional = n - (kw === null ? 0 : kw.names.length);
  if (positional > max) {
    raiseTypeError(
      `${name}() takes at most ${max} positional argument${max === 1 ? "" : "s"} (${positional} given)`,
    );
  }
}

// ---------------------------------------------------------------- HMAC

export class PyHmac extends PyObject {
  declare algo: Algo;
  declare inner: Hash;
  declare outer: Hash;
  constructor(cls: PyType, algo: Algo, inner: Hash, outer: Hash) {
    super();
    this.cls = cls;
    this.algo = algo;
    this.inner = inner;
    this.outer = outer;
  }
  digest(): Uint8Array {
    const o = this.outer.copy();
    o.update(this.inner.copy().digest());
    return new Uint8Array(o.digest());
  }
}
export const hmacType: PyType = nativeType("_hashlib", "HMAC", undefined, { flags: 0 });
disallowInstantiation(hmacType);

/** RFC 2104 with node hashes (node's Hmac cannot be copied; this construction can). */
function newHmac(key: Uint8Array, algo: Algo): PyHmac {
  if (algo.xof) unsupported(algo.name);
  const bs = algo.blockSize;
  let k = key;
  if (k.length > bs) k = new Uint8Array(nodeCrypto().createHash(algo.node).update(k).digest());
  const ipad = new Uint8Array(bs), opad = new Uint8Array(bs);
  for (let i = 0; i < bs; i++) {
    const b = i < k.length ? k[i] : 0;
    ipad[i] = b ^ 0x36;
    opad[i] = b ^ 0x5c;
  }
  const inner = nodeCrypto().createHash(algo.node).update(ipad);
  const outer = nodeCrypto().createHash(algo.node).update(opad);
  return new PyHmac(hmacType, algo, inner, outer);
}

function asHmac(w: W): PyHmac {
  if (!(w instanceof PyHmac)) raiseTypeError("descriptor requires a '_hashlib.HMAC' object");
  return w;
}

defineMethods(hmacType, [
  {
    name: "update",
    arity: [1, 1],
    kw: ["msg"],
    impl: (a) => {
      asHmac(a[0]).inner.update(hashData(a[1]));
      return None;
    },
  },
  {
    name: "copy",
    arity: [0, 0],
    impl: (a) => {
      const h = asHmac(a[0]);
      return new PyHmac(h.cls, h.algo, h.inner.copy(), h.outer.copy());
    },
  },
  { name: "digest", arity: [0, 0], impl: (a) => newBytes(asHmac(a[0]).digest()) },
  { name: "hexdigest", arity: [0, 0], impl: (a) => newStr(hexOf(asHmac(a[0]).digest())) },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const h = asHmac(a[0]);
      return newStr(`<${h.algo.name} HMAC object @ 0x${objectId(h).toString(16)}>`);
    },
  },
]);
defineGetSets(hmacType, [
  { name: "name", get: (w) => newStr(`hmac-${asHmac(w).algo.name}`) },
  { name: "digest_size", get: (w) => asHmac(w).algo.digestSize },
  { name: "block_size", get: (w) => asHmac(w).algo.blockSize },
]);

/** The algorithm named by a digestmod: a name or one of the openssl_* constructors. */
function digestmodAlgo(w: W | undefined): Algo {
  if (w === undefined || w === None) raiseTypeError("Missing required parameter 'digestmod'.");
  let name: string;
  if (w instanceof PyStr) name = w.value;
  else if (w instanceof PyBuiltinFunction && w.spec.name.startsWith("openssl_")) {
    name = w.spec.name.slice("openssl_".length);
  } else {
    throw unsupportedError("Unsupported digestmod " + typeOf(w).name);
  }
  const algo = lookupAlgo(name);
  if (algo === undefined) unsupported(name);
  return algo;
}

// ---------------------------------------------------------------- compare_digest

/** hmac.compare_digest / _operator._compare_digest: constant-time in CPython; plain here. */
export function compareDigest(a: W, b: W): boolean {
  if (isStr(a) && isStr(b)) {
    const x = (a as PyStr).value, y = (b as PyStr).value;
    // deno-lint-ignore no-control-regex
    if (/[^\x00-\x7f]/.test(x) || /[^\x00-\x7f]/.test(y)) {
      raiseTypeError("comparing strings with non-ASCII characters is not supported");
    }
    return x === y;
  }
  if (isStr(a) || isStr(b)) {
    const bad = isStr(a) ? b : a;
    if (bytesLike(bad) === undefined) {
      raiseTypeError(
        `unsupported operand types(s) or combination of types: '${typeOf(a).name}' and '${typeOf(b).name}'`,
      );
    }
    raiseTypeError(`a bytes-like object is required, not 'str'`);
  }
  const x = bytesLike(a), y = bytesLike(b);
  if (x === undefined || y === undefined) {
    raiseTypeError(
      `unsupported operand types(s) or combination of types: '${typeOf(a).name}' and '${typeOf(b).name}'`,
    );
  }
  if (x.length !== y.length) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

// ---------------------------------------------------------------- _hashlib

const OPENSSL_NAMES = [
  "md5",
  "sha1",
  "sha224",
  "sha256",
  "sha384",
  "sha512",
  "sha512_224",
  "sha512_256",
  "sha3_224",
  "sha3_256",
  "sha3_384",
  "sha3_512",
  "shake_128",
  "shake_256",
  "blake2b",
  "blake2s",
  "md5-sha1",
  "ripemd160",
  "sm3",
];

function hashlibNew(name: string, data: W | undefined): PyHash {
  const algo = lookupAlgo(name);
  if (algo === undefined) unsupported(name);
  return makeHash(algo.xof ? hashXofType : hashType, algo, data);
}

function bytesArg(w: W, what: string): Uint8Array {
  const b = bytesLike(w);
  if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(w).name}'`);
  void what;
  return b;
}

const hashlibFunctions: MethodSpec[] = [
  {
    name: "new",
    arity: [0, 4],
    kw: ["name", "data", "usedforsecurity", "string"],
    impl: (a, kw) => {
      positionalLimit("new", a, kw, 2);
      if (a[0] === undefined) raiseTypeError("new() missing required argument 'name' (pos 1)");
      if (!isStr(a[0])) raiseTypeError(`new() argument 'name' must be str, not ${typeOf(a[0]).name}`);
      return hashlibNew((a[0] as PyStr).value, initialData(a[1], a[3]));
    },
  },
  ...["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512"]
    .map((n) => constructorSpec(`openssl_${n}`, (d) => makeHash(hashType, BY_NAME.get(n)!, d))),
  ...["shake_128", "shake_256"].map((n) =>
    constructorSpec(`openssl_${n}`, (d) => makeHash(hashXofType, BY_NAME.get(n)!, d))
  ),
  {
    name: "pbkdf2_hmac",
    arity: [4, 5],
    kw: ["hash_name", "password", "salt", "iterations", "dklen"],
    impl: (a) => {
      if (!isStr(a[0])) {
        raiseTypeError(`pbkdf2_hmac() argument 'hash_name' must be str, not ${typeOf(a[0]).name}`);
      }
      const algo = lookupAlgo((a[0] as PyStr).value);
      if (algo === undefined || algo.xof) unsupported((a[0] as PyStr).value);
      const password = bytesArg(a[1], "password"), salt = bytesArg(a[2], "salt");
      const iterations = indexOf(a[3]);
      if (iterations < 1) raiseValueError("iteration value must be greater than 0.");
      if (typeof iterations === "bigint" || iterations > 0x7fffffff) {
        raiseOverflowError("iteration value is too great.");
      }
      let dklen = algo.digestSize;
      if (a[4] !== undefined && a[4] !== None) {
        const d = indexOf(a[4]);
        if (d < 1) raiseValueError("key length must be greater than 0.");
        if (typeof d === "bigint" || d > 0x7fffffff) raiseOverflowError("key length is too great.");
        dklen = d;
      }
      return newBytes(new Uint8Array(nodeCrypto().pbkdf2Sync(password, salt, iterations, dklen, algo.node)));
    },
  },
  {
    name: "scrypt",
    arity: [1, 7],
    kw: ["password", "salt", "n", "r", "p", "maxmem", "dklen"],
    impl: (a) => {
      const password = bytesArg(a[0], "password");
      if (a[1] === undefined || a[1] === None) raiseTypeError("salt is required");
      const salt = bytesArg(a[1], "salt");
      const need = (w: W | undefined, what: string): number => {
        if (w === undefined || w === None) raiseTypeError(`${what} is required and must be an unsigned int`);
        const v = asInt(w);
        if (v === undefined) raiseTypeError(`${what} is required and must be an unsigned int`);
        if (v < 0) raiseOverflowError("can't convert negative value to unsigned int");
        return Number(v);
      };
      const n = need(a[2], "n"), r = need(a[3], "r"), p = need(a[4], "p");
      if (n < 2 || (n & (n - 1)) !== 0) raiseValueError("n must be a power of 2.");
      // OpenSSL's EVP_PBE_scrypt refuses r or p of 0
      if (r < 1 || p < 1) raiseValueError("Invalid parameter combination for n, r, p, maxmem.");
      const maxmem = a[5] === undefined ? 0 : Number(indexOf(a[5]));
      if (maxmem < 0 || maxmem > 0x7fffffff) {
        raiseValueError("maxmem must be positive and smaller than 2147483647");
      }
      const dklen = a[6] === undefined ? 64 : Number(indexOf(a[6]));
      if (dklen < 1 || dklen > 0x7fffffff) {
        raiseValueError("dklen must be greater than 0 and smaller than 2147483647");
      }
      const opts: { N: number; r: number; p: number; maxmem?: number } = { N: n, r, p };
      opts.maxmem = maxmem > 0 ? maxmem : 128 * n * r * 2 + (1 << 20);
      try {
        return newBytes(new Uint8Array(nodeCrypto().scryptSync(password, salt, dklen, opts)));
      } catch {
        raiseValueError("Invalid parameter combination for n, r, p, maxmem.");
      }
    },
  },
  {
    name: "hmac_digest",
    arity: [3, 3],
    kw: ["key", "msg", "digest"],
    impl: (a) => {
      const h = newHmac(bytesArg(a[0], "key"), digestmodAlgo(a[2]));
      h.inner.update(hashData(a[1]));
      return newBytes(h.digest());
    },
  },
  {
    name: "hmac_new",
    arity: [1, 3],
    kw: ["key", "msg", "digestmod"],
    impl: (a) => {
      const key = bytesArg(a[0], "key");
      const h = newHmac(key, digestmodAlgo(a[2]));
      if (a[1] !== undefined && a[1] !== None) h.inner.update(hashData(a[1]));
      return h;
    },
  },
  { name: "compare_digest", arity: [2, 2], impl: (a) => newBool(compareDigest(a[0], a[1])) },
  { name: "get_fips_mode", arity: [0, 0], impl: () => 0 },
];

export const hashlibModule: NativeModuleDef = {
  name: "_hashlib",
  doc: "OpenSSL interface for hashlib module",
  functions: hashlibFunctions,
  types: [hashType, hashXofType, hmacType],
  values: () => ({
    openssl_md_meth_names: newFrozenSet(OPENSSL_NAMES.map((n) => newStr(n))),
    _GIL_MINSIZE: 2048,
  }),
  init: (mod) => {
    unsupportedError("");
    mod.dict.setStr("UnsupportedDigestmodError", unsupportedDigestmodError!);
    // {openssl_md5: "md5", ...} behind a mappingproxy, as _hashopenssl's hashlib_init_constructors
    const constructors = newDict();
    for (const spec of hashlibFunctions) {
      if (!spec.name.startsWith("openssl_")) continue;
      constructors.setItem(mod.dict.getStr(spec.name)!, newStr(spec.name.slice("openssl_".length)));
    }
    mod.dict.setStr("_constructors", new PyMappingProxy(constructors));
  },
};

// ---------------------------------------------------------------- builtin fallback modules

function builtinHashType(module: string, name: string, xof = false): PyType {
  const t = nativeType(module, name, undefined, { flags: 0 });
  defineHashType(t, xof, (h) => `${module}.${h.algo.name}`);
  disallowInstantiation(t);
  return t;
}

// tp_name "_md5.md5", exported as MD5Type (likewise _sha1.sha1 as SHA1Type)
const md5Type = builtinHashType("_md5", "md5");
export const md5Module: NativeModuleDef = {
  name: "_md5",
  functions: [constructorSpec("md5", (d) => makeHash(md5Type, BY_NAME.get("md5")!, d))],
  types: [["MD5Type", md5Type]],
  values: () => ({ _GIL_MINSIZE: 2048 }),
};

const sha1Type = builtinHashType("_sha1", "sha1");
export const sha1Module: NativeModuleDef = {
  name: "_sha1",
  functions: [constructorSpec("sha1", (d) => makeHash(sha1Type, BY_NAME.get("sha1")!, d))],
  types: [["SHA1Type", sha1Type]],
  values: () => ({ _GIL_MINSIZE: 2048 }),
};

const sha2Types: Record<string, PyType> = {};
for (const n of ["224", "256", "384", "512"]) sha2Types[n] = builtinHashType("_sha2", `SHA${n}Type`);
export const sha2Module: NativeModuleDef = {
  name: "_sha2",
  functions: ["224", "256", "384", "512"].map((n) =>
    constructorSpec(`sha${n}`, (d) => makeHash(sha2Types[n], BY_NAME.get(`sha${n}`)!, d))
  ),
  types: Object.values(sha2Types),
  values: () => ({ _GIL_MINSIZE: 2048 }),
};

/** _sha3's and _blake2's constructors are the types themselves (`_sha3.sha3_256(b"x")`). */
function typeConstructor(t: PyType, make: (cls: PyType, a: W[], kw: Kwargs | null) => W, name: string): void {
  defineMethods(t, [{
    name: "__new__",
    arity: [0, -1],
    kind: "static",
    kw: ["**"],
    impl: (a, kw) => make(a[0] as PyType, a.slice(1), kw),
  }]);
  void name;
}

/** Sort keywords into a record, rejecting unknown names as CPython does. */
function keywords(
  fname: string,
  names: string[],
  pos: W[],
  kw: Kwargs | null,
  maxPos: number,
): Record<string, W> {
  if (pos.length > maxPos) {
    raiseTypeError(
      `${fname}() takes at most ${maxPos} positional argument${
        maxPos === 1 ? "" : "s"
      } (${pos.length} given)`,
    );
  }
  const out: Record<string, W> = {};
  for (let i = 0; i < pos.length; i++) out[names[i]] = pos[i];
  if (kw !== null) {
    for (let i = 0; i < kw.names.length; i++) {
      const k = kw.names[i];
      if (!names.includes(k)) raiseTypeError(`${fname}() got an unexpected keyword argument '${k}'`);
      if (k in out) raiseTypeError(`argument for ${fname}() given by name ('${k}') and position (1)`);
      out[k] = kw.values[i];
    }
  }
  return out;
}

const sha3Types: PyType[] = [];
for (const n of ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"]) {
  const algo = BY_NAME.get(n)!;
  const t = builtinHashType("_sha3", n, algo.xof === true);
  typeConstructor(t, (cls, a, kw) => {
    const args = keywords(n, ["data", "usedforsecurity", "string"], a, kw, 1);
    return makeHash(cls, algo, initialData(args.data, args.string));
  }, n);
  sha3Types.push(t);
}
for (const t of sha3Types.slice(4)) {
  defineGetSets(t, [
    { name: "_capacity_bits", get: (w) => 1600 - asHash(w).algo.blockSize * 8 },
    { name: "_rate_bits", get: (w) => asHash(w).algo.blockSize * 8 },
    { name: "_suffix", get: () => newBytes(new Uint8Array([0x1f])) },
  ]);
}
for (const t of sha3Types.slice(0, 4)) {
  defineGetSets(t, [
    { name: "_capacity_bits", get: (w) => 1600 - asHash(w).algo.blockSize * 8 },
    { name: "_rate_bits", get: (w) => asHash(w).algo.blockSize * 8 },
    { name: "_suffix", get: () => newBytes(new Uint8Array([0x06])) },
  ]);
}
export const sha3Module: NativeModuleDef = {
  name: "_sha3",
  types: sha3Types,
  values: () => ({ _GIL_MINSIZE: 2048, implementation: newStr("HACL") }),
};

// BLAKE2 with its parameter block
const BLAKE2_KW = [
  "data",
  "digest_size",
  "key",
  "salt",
  "person",
  "fanout",
  "depth",
  "leaf_size",
  "node_offset",
  "node_depth",
  "inner_size",
  "last_node",
  "usedforsecurity",
  "string",
];

function blake2Params(big: boolean, args: Record<string, W>): Blake2Params {
  const maxDigest = big ? 64 : 32, saltSize = big ? 16 : 8;
  const label = big ? "Blake2b" : "Blake2s";
  const int = (name: string, dflt: number): number => {
    const w = args[name];
    if (w === undefined) return dflt;
    const v = indexOf(w);
    return typeof v === "bigint" ? (v < 0 ? -1 : Number.MAX_SAFE_INTEGER) : v;
  };
  const buf = (name: string): Uint8Array => {
    const w = args[name];
    if (w === undefined) return new Uint8Array(0);
    return hashData(w);
  };
  const digestSize = int("digest_size", maxDigest);
  if (digestSize < 1 || digestSize > maxDigest) {
    raiseValueError(
      `digest_size for ${label} must be between 1 and ${maxDigest} bytes, here it is ${digestSize}`,
    );
  }
  const salt = buf("salt");
  if (salt.length > saltSize) raiseValueError(`maximum salt length is ${saltSize} bytes`);
  const person = buf("person");
  if (person.length > saltSize) raiseValueError(`maximum person length is ${saltSize} bytes`);
  const fanout = int("fanout", 1);
  if (fanout < 0 || fanout > 255) raiseValueError("fanout must be between 0 and 255");
  const depth = int("depth", 1);
  if (depth < 1 || depth > 255) raiseValueError("depth must be between 1 and 255");
  const leafW = args.leaf_size;
  let leafSize = 0;
  if (leafW !== undefined) {
    const v = indexOf(leafW);
    if (v < 0) raiseValueError("Cannot convert negative int");
    if (v > 0xffffffff) raiseOverflowError("Python int too large for C unsigned long");
    leafSize = Number(v);
  }
  let nodeOffset = 0n;
  if (args.node_offset !== undefined) {
    const v = BigInt(indexOf(args.node_offset));
    if (v < 0n) raiseValueError("Cannot convert negative int");
    if (v >= 1n << 64n) raiseOverflowError("Python int too large for C unsigned long long");
    if (!big && v >= 1n << 48n) raiseOverflowError("node_offset is too large");
    nodeOffset = v;
  }
  const nodeDepth = int("node_depth", 0);
  if (nodeDepth < 0 || nodeDepth > 255) raiseValueError("node_depth must be between 0 and 255");
  const innerSize = int("inner_size", 0);
  if (innerSize < 0 || innerSize > maxDigest) {
    raiseValueError(`inner_size must be between 0 and is ${maxDigest}`);
  }
  const key = buf("key");
  if (key.length > maxDigest) raiseValueError(`maximum key length is ${maxDigest} bytes`);
  const lastNode = args.last_node !== undefined && isTrue(args.last_node);
  return {
    digestSize,
    key,
    salt,
    person,
    fanout,
    depth,
    leafSize,
    nodeOffset,
    nodeDepth,
    innerSize,
    lastNode,
  };
}

function blake2Type(big: boolean): PyType {
  const name = big ? "blake2b" : "blake2s";
  const t = builtinHashType("_blake2", name);
  const algo = BY_NAME.get(name)!;
  typeConstructor(t, (cls, a, kw) => {
    const args = keywords(name, BLAKE2_KW, a, kw, 1);
    const p = blake2Params(big, args);
    const state = big ? blake2bState(p) : blake2sState(p);
    const h = new PyHash(cls, algo, state, p.digestSize);
    const data = initialData(args.data, args.string);
    if (data !== undefined) state.update(hashData(data));
    return h;
  }, name);
  const sizes = big ? [64, 64, 16, 16] : [32, 32, 8, 8];
  t.dict.set("MAX_DIGEST_SIZE", sizes[0]);
  t.dict.set("MAX_KEY_SIZE", sizes[1]);
  t.dict.set("SALT_SIZE", sizes[2]);
  t.dict.set("PERSON_SIZE", sizes[3]);
  t.mutated();
  return t;
}
const blake2bType = blake2Type(true);
const blake2sType = blake2Type(false);
export const blake2Module: NativeModuleDef = {
  name: "_blake2",
  types: [blake2bType, blake2sType],
  values: () => ({
    BLAKE2B_MAX_DIGEST_SIZE: 64,
    BLAKE2B_MAX_KEY_SIZE: 64,
    BLAKE2B_PERSON_SIZE: 16,
    BLAKE2B_SALT_SIZE: 16,
    BLAKE2S_MAX_DIGEST_SIZE: 32,
    BLAKE2S_MAX_KEY_SIZE: 32,
    BLAKE2S_PERSON_SIZE: 8,
    BLAKE2S_SALT_SIZE: 8,
    _GIL_MINSIZE: 2048,
  }),
};
