// The on-disk bytecode cache: compiled code of imported modules, so `import unittest` does not re-parse
// forty files on every start. An entry's name is a hash of everything the code depends on (pypyts's
// version, the serialisation format, the file name baked into co_filename, and the source bytes), so
// a changed source simply misses. Entries are written to a temporary name and renamed into place, which
// makes concurrent writers safe; an entry that fails to decode is ignored and rewritten, never trusted.
// A missing, read-only or garbage-filled folder costs a recompile, never a failed run.
import { nodeCrypto } from "../node_builtins.ts";
import { VERSION } from "../version.ts";
import { deserializeCode, FORMAT_VERSION, serializeCode } from "../compiler/serialize.ts";
import type { CodeObject } from "../compiler/code.ts";

const ENTRY_MAGIC = new TextEncoder().encode("pypyts-bc\n");

/** Counters for the bench and tests: hits, misses, and entries that were damaged. */
export const cacheStats = { hits: 0, misses: 0, rejected: 0, writeFailures: 0 };

let folder: string | null | undefined;
let writable = true;

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

function entryKey(filename: string, source: Uint8Array): string {
  const h = nodeCrypto().createHash("sha256");
  h.update(`${VERSION}\0${FORMAT_VERSION}\0${filename}\0`);
  h.update(source);
  return h.digest("hex");
}

function entryPath(dir: string, key: string): string {
  return `${dir}/${key.slice(0, 2)}/${key.slice(2)}.pbc`;
}

/**
 * The cached code for `source` of `filename`, or the result of `compile()` (then stored). The entry
 * repeats its key after the magic, so a file renamed or copied over another entry is rejected too.
 */
export function cachedCompile(
  filename: string,
  source: Uint8Array,
  compile: () => CodeObject,
): CodeObject {
  const dir = cacheFolder();
  if (dir === null) return compile();
  const key = entryKey(filename, source);
  const path = entryPath(dir, key);
  const keyBytes = new TextEncoder().encode(key);
  const head = ENTRY_MAGIC.length + keyBytes.length;
  let data: Uint8Array | null = null;
  try {
    data = Deno.readFileSync(path);
  } catch { /* a miss */ }
  if (data !== null) {
    let ok = data.length > head;
    for (let i = 0; ok && i < ENTRY_MAGIC.length; i++) ok = data[i] === ENTRY_MAGIC[i];
    for (let i = 0; ok && i < keyBytes.length; i++) ok = data[ENTRY_MAGIC.length + i] === keyBytes[i];
    if (ok) {
      try {
        const code = deserializeCode(data.subarray(head));
        cacheStats.hits++;
        return code;
      } catch { /* damaged: recompile and overwrite */ }
    }
    cacheStats.rejected++;
  }
  cacheStats.misses++;
  const code = compile();
  let body: Uint8Array;
  try {
    body = serializeCode(code);
  } catch {
    return code;
  }
  const out = new Uint8Array(head + body.length);
  out.set(ENTRY_MAGIC, 0);
  out.set(keyBytes, ENTRY_MAGIC.length);
  out.set(body, head);
  if (writable) writeEntry(path, out);
  return code;
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
