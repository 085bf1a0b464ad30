// Files as the importer sees them: ordinary paths, and paths that go through a zip archive on sys.path
// (the stdlib). One place answers "is this a file / a folder" and "give me its bytes" for both.
import { splitArchivePath } from "./zip_archive.ts";

export function isFile(path: string): boolean {
  try {
    return Deno.statSync(path).isFile;
  } catch {
    const a = splitArchivePath(path);
    return a !== null && a.archive.isFile(a.member);
  }
}

export function isDir(path: string): boolean {
  try {
    return Deno.statSync(path).isDirectory;
  } catch {
    const a = splitArchivePath(path);
    return a !== null && a.archive.isDir(a.member);
  }
}

/** The bytes of a file, inside an archive or not; null when it cannot be read. */
export function readBytes(path: string): Uint8Array | null {
  try {
    return Deno.readFileSync(path);
  } catch {
    const a = splitArchivePath(path);
    if (a === null) return null;
    try {
      return a.archive.read(a.member);
    } catch {
      return null;
    }
  }
}

/** Whether a path goes through a zip archive. */
export function isArchived(path: string): boolean {
  return splitArchivePath(path) !== null;
}
