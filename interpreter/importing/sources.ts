// Files as the importer sees them: ordinary paths, and paths that go through a zip archive on sys.path
// (the stdlib). One place answers "is this a file / a folder" and "give me its bytes" for both.
// Folder contents are listed once and reused while the folder's mtime is unchanged (CPython's
// FileFinder does the same): a failed stat costs a thrown JS error, and the importer asks about
// several names that do not exist in every folder on sys.path for every import.
import { clearArchives, newArchiveGeneration, splitArchivePath } from "./zip_archive.ts";
import { hashBytes } from "./bytecode_cache.ts";

type Kind = "file" | "dir" | "link";
interface Listing {
  mtime: number;
  entries: Map<string, Kind>;
  /** The search in which the folder's mtime was last compared. */
  checked: number;
}
const listings = new Map<string, Listing | null>();
let search = 0;

/**
 * Start of a search for a module: each folder's listing is checked against its mtime (one stat) once per
 * search, not for every name asked about it.
 */
export function newSearch(): void {
  search++;
  newArchiveGeneration();
}

/**
 * Forget every listing (importlib.invalidate_caches): a folder changed within the clock tick of its last
 * listing keeps its mtime, so only this makes a file written just now visible, as with CPython's FileFinder.
 */
export function clearListings(): void {
  listings.clear();
  clearArchives();
}

function listing(dir: string): Listing | null {
  const known = listings.get(dir);
  if (known && known.checked === search) return known;
  let mtime: number;
  try {
    const st = Deno.statSync(dir);
    if (!st.isDirectory) return null;
    mtime = st.mtime?.getTime() ?? 0;
  } catch {
    return null;
  }
  if (known && known.mtime === mtime) {
    known.checked = search;
    return known;
  }
  const entries = new Map<string, Kind>();
  try {
    for (const e of Deno.readDirSync(dir)) {
      entries.set(e.name, e.isSymlink ? "link" : e.isDirectory ? "dir" : "file");
    }
  } catch {
    return null;
  }
  const l = { mtime, entries, checked: search };
  listings.set(dir, l);
  return l;
}

function kindOf(path: string): Kind | null {
  const slash = path.lastIndexOf("/");
  const dir = slash <= 0 ? (slash === 0 ? "/" : ".") : path.slice(0, slash);
  const l = listing(dir);
  if (l === null) return null;
  return l.entries.get(path.slice(slash + 1)) ?? null;
}

function inArchive(path: string): boolean {
  return path.includes(".zip/") || path.endsWith(".zip");
}

function statKind(path: string): { isFile: boolean; isDirectory: boolean } | null {
  try {
    return Deno.statSync(path);
  } catch {
    return null;
  }
}

export function isFile(path: string): boolean {
  if (inArchive(path)) {
    const a = splitArchivePath(path);
    if (a !== null) return a.archive.isFile(a.member);
  }
  const k = kindOf(path);
  if (k === "link") return statKind(path)?.isFile ?? false;
  return k === "file";
}

export function isDir(path: string): boolean {
  if (inArchive(path)) {
    const a = splitArchivePath(path);
    if (a !== null) return a.archive.isDir(a.member);
  }
  const k = kindOf(path);
  if (k === "link") return statKind(path)?.isDirectory ?? false;
  return k === "dir";
}

/** The bytes of a file, inside an archive or not; null when it cannot be read. */
export function readBytes(path: string): Uint8Array | null {
  if (inArchive(path)) {
    const a = splitArchivePath(path);
    if (a !== null) {
      try {
        return a.archive.read(a.member);
      } catch {
        return null;
      }
    }
  }
  try {
    return Deno.readFileSync(path);
  } catch {
    return null;
  }
}

/**
 * What identifies a source file's content for the bytecode cache, and its bytes when they had to be read
 * to find it: an archive member is known by its directory record (not inflated), any other file by its
 * length and hash. Null when the file cannot be read.
 */
export function sourceIdentity(path: string): { identity: string; bytes: Uint8Array | null } | null {
  if (inArchive(path)) {
    const a = splitArchivePath(path);
    if (a !== null) {
      const identity = a.archive.identity(a.member);
      return identity === null ? null : { identity, bytes: null };
    }
  }
  const bytes = readBytes(path);
  return bytes === null ? null : { identity: contentIdentity(bytes), bytes };
}

/** The identity of a source file that is not in an archive: its length and a 64-bit hash of its bytes. */
export function contentIdentity(bytes: Uint8Array): string {
  return `file:${bytes.length}:${hashBytes(bytes)}`;
}

/** Whether a path goes through a zip archive. */
export function isArchived(path: string): boolean {
  return inArchive(path) && splitArchivePath(path) !== null;
}
