// The on-disk bytecode cache: compiled code of imported modules, so `import unittest` does not re-parse
// forty files on every start. As CPython's __pycache__, a module file has one entry, named by a hash of
// pypyts's version, the serialisation format, the compiler's identity and the file name, and the entry
// records which source it
// was compiled from (its identity, below); an entry whose header differs in any byte is stale and is
// replaced. A hit never reads the source: a file in the stdlib archive is identified by its zip
// directory record (CRC-32, sizes and time, as zipimport trusts its archive), any other file by its
// length and a 64-bit hash of its bytes. Compiled strings (exec of generated code) are keyed by their
// text, which their entry holds in full and compares exactly.
// Entries are written to a temporary name and renamed into place, which makes concurrent writers safe;
// an entry that fails to decode is ignored and rewritten, never trusted. A missing, read-only or
// garbage-filled folder costs a recompile, never a failed run.
import { VERSION } from "../version.ts";
import { deserializeCode, FORMAT_VERSION, serializeCode } from "../compiler/serialize.ts";
import type { CodeObject } from "../compiler/code.ts";
import { compileDefaults, compileStats } from "../compiler/compile.ts";

const ENTRY_MAGIC = new TextEncoder().encode("pypyts-bc2\n");

/** Counters for the bench and tests: hits, misses (absent or stale), damaged entries, failed writes. */
export const cacheStats = { hits: 0, misses: 0, rejected: 0, writeFailures: 0 };

let folder: string | null | undefined;
let writable = true;

/** Whether entries may be written now: sys sets it to "sys.dont_write_bytecode is false" (-B, CPython's rule). */
export const cacheWrites = { allowed: (): boolean => true };

/** The cache folder: $PYPYTS_CACHE_DIR, else $XDG_CACHE_HOME/pypyts, else ~/.cache/pypyts; null = off. */
export function cacheFolder(): string | null {
  if (folder !== undefined) return folder;
  const env = (name: string): string | undefined => {
    try {
      return Deno.env.get(name);
    } catch {
      return undefined;
    }
  };
  const explicit = env("PYPYTS_CACHE_DIR");
  // As in CPython, PYTHONDONTWRITEBYTECODE stops writes; existing entries are still read.
  const dont = env("PYTHONDONTWRITEBYTECODE");
  if (dont !== undefined && dont !== "") writable = false;
  if (explicit !== undefined) folder = explicit === "" ? null : explicit;
  else {
    const xdg = env("XDG_CACHE_HOME");
    const home = env("HOME");
    folder = xdg ? `${xdg}/pypyts` : home ? `${home}/.cache/pypyts` : null;
  }
  return folder;
}

/** Point the cache elsewhere or turn it off (null); `write` false reads entries but never writes (`-B`). */
export function setCacheFolder(path: string | null, write = true): void {
  folder = path;
  writable = write;
}

// ---------------------------------------------------------------- hashing

const M1 = 0xcc9e2d51;
const M2 = 0x1b873593;

function mix(h: number, k: number): number {
  k = Math.imul(k, M1);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, M2);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number, len: number): number {
  h ^= len;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const hex8 = (n: number) => n.toString(16).padStart(8, "0");

/**
 * A 64-bit hash of bytes (two MurmurHash3 lanes with different seeds, fed the same 32-bit words): not
 * cryptographic, but an accidental match of two different sources of the same length is a 2^-64 event,
 * and it needs no Node crypto module (loading one costs a start about 15 ms).
 */
export function hashBytes(b: Uint8Array): string {
  let h1 = 0x9747b28c;
  let h2 = 0x5bd1e995;
  const n = b.length & ~3;
  for (let i = 0; i < n; i += 4) {
    const k = b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
    h1 = mix(h1, k);
    h2 = mix(h2, k ^ 0x5f3759df);
  }
  let k = 0;
  for (let i = b.length - 1; i >= n; i--) k = (k << 8) | b[i];
  h1 = mix(h1, k);
  h2 = mix(h2, k ^ 0x5f3759df);
  return hex8(finish(h1, b.length)) + hex8(finish(h2, b.length));
}

// ---------------------------------------------------------------- entries

const encoder = new TextEncoder();

/**
 * -O and -OO compile other code (no asserts, `__debug__` false, no docstrings): their entries are named
 * and headed apart, as CPython's `.opt-1.pyc`/`.opt-2.pyc`.
 */
function optTag(): string {
  const level = compileDefaults.optimize;
  return level > 0 ? `\0opt-${level}` : "";
}

/**
 * Which parser and compiler made an entry: a hash of their sources, so code compiled by another build of
 * pypyts sharing the folder (another checkout, the same tree before an edit of the compiler) is never
 * loaded, even when VERSION and FORMAT_VERSION agree. scripts/bundle.ts writes it into the bundle in place
 * of the placeholder; run from the sources, it is computed from them on first use ("" where they cannot be
 * read, e.g. under `deno compile`).
 */
const BUILT_COMPILER_ID: string = "@@PYPYTS_COMPILER_ID@@";
let compilerId: string | null = null;

/** The hash of the `.ts` files of interpreter/parser and interpreter/compiler under `root` (a folder URL). */
export function compilerSourcesId(root: URL): string {
  const parts: Uint8Array[] = [];
  let size = 0;
  for (const sub of ["interpreter/parser/", "interpreter/compiler/"]) {
    const dir = new URL(sub, root);
    const names = [...Deno.readDirSync(dir)].filter((e) => e.isFile && e.name.endsWith(".ts")).map((e) =>
      e.name
    );
    for (const name of names.sort()) {
      const bytes = Deno.readFileSync(new URL(name, dir));
      parts.push(encoder.encode(`${sub}${name}\0`), bytes);
      size += parts[parts.length - 2].length + bytes.length;
    }
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return hashBytes(all);
}

function currentCompilerId(): string {
  if (compilerId !== null) return compilerId;
  if (!BUILT_COMPILER_ID.startsWith("@@")) return compilerId = BUILT_COMPILER_ID;
  try {
    compilerId = compilerSourcesId(new URL("../../", import.meta.url));
  } catch {
    compilerId = "";
  }
  return compilerId;
}

let magicToken = 0;
/**
 * `_imp.pyc_magic_number_token`: the magic number of `.pyc` files (importlib.util.MAGIC_NUMBER), a
 * number of pypyts's own (10000-59999, never one of CPython's) drawn from pypyts's version, the code
 * format and the compiler's identity, then "\r\n", as a little-endian uint32. A `.pyc` holds pypyts's code
 * objects, whose format and meaning change with the compiler, so, as CPython's magic number changes with
 * its bytecode, a `.pyc` another compiler wrote (or CPython) fails importlib's header check: beside its
 * source it is recompiled, alone it is an ImportError naming the bad magic number.
 */
export function pycMagicToken(): number {
  if (magicToken !== 0) return magicToken;
  const key = `${VERSION}\0${FORMAT_VERSION}\0${currentCompilerId()}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return magicToken = (10000 + ((h >>> 0) % 50000)) | (0x0a0d << 16);
}

/** What every entry's name and header start with: version, format, compiler and -O level. */
function keyPrefix(): string {
  return `${VERSION}\0${FORMAT_VERSION}\0${currentCompilerId()}${optTag()}`;
}

function entryPath(dir: string, name: string): string {
  const key = hashBytes(encoder.encode(`${keyPrefix()}\0${name}`));
  return `${dir}/${key.slice(0, 2)}/${key.slice(2)}.pbc`;
}

/** ENTRY_MAGIC, the header's length (u32 LE), the header: keyPrefix(), name and source identity. */
function entryHead(name: string, identity: Uint8Array): Uint8Array {
  const prefix = encoder.encode(`${keyPrefix()}\0${name}\0`);
  const headerLen = prefix.length + identity.length;
  const out = new Uint8Array(ENTRY_MAGIC.length + 4 + headerLen);
  out.set(ENTRY_MAGIC, 0);
  new DataView(out.buffer).setUint32(ENTRY_MAGIC.length, headerLen, true);
  out.set(prefix, ENTRY_MAGIC.length + 4);
  out.set(identity, ENTRY_MAGIC.length + 4 + prefix.length);
  return out;
}

function readEntry(path: string): Uint8Array | null {
  try {
    return Deno.readFileSync(path);
  } catch {
    return null; // a miss
  }
}

/** The body of the entry at `path` if its header is exactly `head`, else null. */
function entryBody(path: string, head: Uint8Array): Uint8Array | null {
  const data = readEntry(path);
  if (data === null || data.length < head.length) return null;
  for (let i = 0; i < head.length; i++) if (data[i] !== head[i]) return null;
  return data.subarray(head.length);
}

/** Write `head` then `body` as the entry at `path`, when writes are allowed. */
function storeBody(path: string, head: Uint8Array, body: Uint8Array): void {
  if (!writable || !cacheWrites.allowed()) return;
  const out = new Uint8Array(head.length + body.length);
  out.set(head, 0);
  out.set(body, head.length);
  writeEntry(path, out);
}

/**
 * The code stored under `name` if the entry's header is exactly `head` and the body decodes; null
 * otherwise (counted as a miss, or as rejected when the header matched but the body is damaged).
 */
function lookup(path: string, head: Uint8Array): CodeObject | null {
  const body = entryBody(path, head);
  if (body !== null && body.length > 0) {
    try {
      const code = deserializeCode(body);
      cacheStats.hits++;
      return code;
    } catch {
      cacheStats.rejected++; // damaged: recompile and overwrite
    }
  }
  cacheStats.misses++;
  return null;
}

function store(path: string, head: Uint8Array, code: CodeObject): void {
  if (!writable || !cacheWrites.allowed()) return;
  let body: Uint8Array;
  try {
    body = serializeCode(code);
  } catch {
    return;
  }
  storeBody(path, head, body);
}

/**
 * The code of module file `file` whose source has the identity `identity` (`sourceIdentity` in
 * sources.ts): from its entry when that was compiled from the same source, else `compile()`'s result,
 * which is then stored.
 */
export function cachedCompileFile(
  file: string,
  identity: string,
  compile: () => CodeObject,
  keepIfWarned = true,
): CodeObject {
  const dir = cacheFolder();
  if (dir === null) return compile();
  const path = entryPath(dir, `file:${file}`);
  const head = entryHead(`file:${file}`, encoder.encode(identity));
  const hit = lookup(path, head);
  if (hit !== null) return hit;
  const warned = compileStats.warned;
  const code = compile();
  // a module warns once, when first compiled (as with CPython's .pyc); the main script on every run
  if (keepIfWarned || compileStats.warned === warned) store(path, head, code);
  return code;
}

/**
 * Texts looked up and not found in this process. The sources that repeat from run to run (namedtuple's
 * and dataclasses' generated code) are few; a program that exec()s many distinct strings stops using
 * the cache after this many misses, so it neither fills the folder nor pays a file read per exec.
 */
let textMisses = 0;
const MAX_TEXT_MISSES = 200;

/**
 * Texts compiled in this process, by name and text: the same text compiled again (eval of one expression
 * in a loop, a namedtuple or dataclass made twice) reuses the code object, which is immutable, instead of a
 * file read or a compile (CPython compiles every time: only the identity of `__code__` can tell). The
 * oldest go first once the texts held pass MAX_MEMO_CHARS.
 */
const textMemo = new Map<string, CodeObject>();
let memoChars = 0;
const MAX_MEMO_CHARS = 1 << 22;

function remember(key: string, code: CodeObject): void {
  textMemo.set(key, code);
  memoChars += key.length;
  for (const old of textMemo.keys()) {
    if (memoChars <= MAX_MEMO_CHARS) break;
    textMemo.delete(old);
    memoChars -= old.length;
  }
}

/**
 * The code for the text `source` compiled under the name `filename` (exec/eval of generated code): from
 * this process's memo, else the on-disk cache, else the result of `compile()` (then stored in both). A disk
 * entry holds the text and must match it exactly. A text whose compile warned is kept in neither, so it
 * warns every time, as CPython compiles it every time.
 */
export function cachedCompile(filename: string, source: string, compile: () => CodeObject): CodeObject {
  const key = `${filename}\0${source}`;
  const known = textMemo.get(key);
  if (known !== undefined) return known;
  const warned = compileStats.warned;
  const code = diskCachedCompile(filename, source, compile);
  if (compileStats.warned === warned) remember(key, code);
  return code;
}

function diskCachedCompile(filename: string, text: string, compile: () => CodeObject): CodeObject {
  const dir = cacheFolder();
  if (dir === null || textMisses >= MAX_TEXT_MISSES) return compile();
  const source = encoder.encode(text);
  const name = `text:${filename}\0${hashBytes(source)}`;
  const path = entryPath(dir, name);
  const head = entryHead(name, source);
  const hit = lookup(path, head);
  if (hit !== null) return hit;
  textMisses++;
  const warned = compileStats.warned;
  const code = compile();
  if (compileStats.warned === warned) store(path, head, code);
  return code;
}

/**
 * Entries that hold data other than code (the regex compile cache, modules/sre/compile_cache.ts): the
 * same folder, naming and header as code entries, then `body`. The body of the entry under `name` whose
 * header records exactly `identity`, or null.
 */
export function lookupData(name: string, identity: Uint8Array): Uint8Array | null {
  const dir = cacheFolder();
  return dir === null ? null : entryBody(entryPath(dir, name), entryHead(name, identity));
}

/** Store `body` under `name` with `identity` in its header (as lookupData reads it back). */
export function storeData(name: string, identity: Uint8Array, body: Uint8Array): void {
  const dir = cacheFolder();
  if (dir !== null) storeBody(entryPath(dir, name), entryHead(name, identity), body);
}

/** Write to a private temporary name, then rename over the entry: readers never see half a file. */
function writeEntry(path: string, data: Uint8Array): void {
  const slash = path.lastIndexOf("/");
  const tmp = `${path.slice(0, slash)}/.${path.slice(slash + 1)}.${Deno.pid}.${
    Math.random().toString(36).slice(2)
  }.tmp`;
  try {
    Deno.mkdirSync(path.slice(0, slash), { recursive: true });
    Deno.writeFileSync(tmp, data);
    Deno.renameSync(tmp, path);
  } catch {
    cacheStats.writeFailures++;
    try {
      Deno.removeSync(tmp);
    } catch { /* nothing was written */ }
  }
}
