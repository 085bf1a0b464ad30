// Reading a zip archive in place (the stdlib's python_stdlib.zip): the central directory is parsed once,
// members are inflated on demand with node:zlib. Like CPython's zipimport, paths inside an archive are
// written `<archive path>/<member path>`, so `__file__` and `__path__` of archived modules look like
// ordinary paths and the finder can tell which archive a path entry belongs to.
import { nodeZlib } from "../node_builtins.ts";

interface Member {
  offset: number;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  /** The DOS date and time fields, (date << 16) | time. */
  stamp: number;
}

export class ZipArchive {
  readonly path: string;
  private readonly data: Uint8Array;
  private readonly members = new Map<string, Member>();
  /** Every directory inside the archive (with and without explicit entries), without trailing '/'. */
  private readonly dirs = new Set<string>();

  constructor(path: string, data: Uint8Array) {
    this.path = path;
    this.data = data;
    this.readCentralDirectory();
  }

  private readCentralDirectory(): void {
    const d = this.data;
    const view = new DataView(d.buffer, d.byteOffset, d.byteLength);
    // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
    let eocd = -1;
    for (let i = d.length - 22; i >= Math.max(0, d.length - 65557); i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error(`not a zip file: ${this.path}`);
    const count = view.getUint16(eocd + 10, true);
    let p = view.getUint32(eocd + 16, true);
    const decoder = new TextDecoder();
    for (let n = 0; n < count; n++) {
      if (view.getUint32(p, true) !== 0x02014b50) throw new Error(`bad zip central directory: ${this.path}`);
      const method = view.getUint16(p + 10, true);
      const stamp = view.getUint16(p + 14, true) * 65536 + view.getUint16(p + 12, true);
      const crc = view.getUint32(p + 16, true);
      const compressedSize = view.getUint32(p + 20, true);
      const size = view.getUint32(p + 24, true);
      const nameLen = view.getUint16(p + 28, true);
      const extraLen = view.getUint16(p + 30, true);
      const commentLen = view.getUint16(p + 32, true);
      const offset = view.getUint32(p + 42, true);
      const name = decoder.decode(d.subarray(p + 46, p + 46 + nameLen));
      p += 46 + nameLen + extraLen + commentLen;
      if (name.endsWith("/")) {
        this.addDirs(name.slice(0, -1));
        continue;
      }
      this.members.set(name, { offset, method, compressedSize, size, crc, stamp });
      const slash = name.lastIndexOf("/");
      if (slash > 0) this.addDirs(name.slice(0, slash));
    }
  }

  private addDirs(dir: string): void {
    while (dir !== "" && !this.dirs.has(dir)) {
      this.dirs.add(dir);
      const slash = dir.lastIndexOf("/");
      dir = slash < 0 ? "" : dir.slice(0, slash);
    }
  }

  isFile(member: string): boolean {
    return this.members.has(member);
  }
  isDir(member: string): boolean {
    return member === "" || this.dirs.has(member);
  }
  /** Member names directly inside `dir` ("" for the root), files and folders. */
  list(dir: string): string[] {
    const prefix = dir === "" ? "" : dir + "/";
    const out = new Set<string>();
    for (const name of [...this.members.keys(), ...this.dirs]) {
      if (!name.startsWith(prefix) || name === dir) continue;
      const rest = name.slice(prefix.length);
      out.add(rest.split("/")[0]);
    }
    return [...out].sort();
  }

  /**
   * What identifies a member's content without inflating it (the bytecode cache's source identity): its
   * CRC-32, sizes, compression method and time from the central directory; null when absent.
   */
  identity(member: string): string | null {
    const m = this.members.get(member);
    if (m === undefined) return null;
    return `zip:${m.crc.toString(16)}:${m.size}:${m.compressedSize}:${m.method}:${m.stamp.toString(16)}`;
  }

  /** The bytes of a member, or null when absent. */
  read(member: string): Uint8Array | null {
    const m = this.members.get(member);
    if (m === undefined) return null;
    const d = this.data;
    const view = new DataView(d.buffer, d.byteOffset, d.byteLength);
    if (view.getUint32(m.offset, true) !== 0x04034b50) throw new Error(`bad zip member header: ${member}`);
    const start = m.offset + 30 + view.getUint16(m.offset + 26, true) + view.getUint16(m.offset + 28, true);
    const raw = d.subarray(start, start + m.compressedSize);
    if (m.method === 0) return raw.slice();
    if (m.method === 8) return new Uint8Array(nodeZlib().inflateRawSync(raw));
    throw new Error(`unsupported zip compression method ${m.method}: ${member}`);
  }
}

const archives = new Map<string, ZipArchive | null>();

/** The archive at `path` (opened once), or null when it is not a readable zip file. */
export function openArchive(path: string): ZipArchive | null {
  let a = archives.get(path);
  if (a === undefined) {
    a = null;
    try {
      if (Deno.statSync(path).isFile) a = new ZipArchive(path, Deno.readFileSync(path));
    } catch { /* not an archive */ }
    archives.set(path, a);
  }
  return a;
}

/**
 * Split a path that points into an archive: "/x/lib.zip/json/__init__.py" → archive "/x/lib.zip" and
 * member "json/__init__.py". Only archives named `*.zip` are looked for, as zipimport does for
 * sys.path entries; null when the path does not go through one.
 */
export function splitArchivePath(path: string): { archive: ZipArchive; member: string } | null {
  let i = path.indexOf(".zip");
  while (i >= 0) {
    const end = i + 4;
    if (end === path.length || path[end] === "/") {
      const archive = openArchive(path.slice(0, end));
      if (archive !== null) return { archive, member: path.slice(end + 1) };
    }
    i = path.indexOf(".zip", end);
  }
  return null;
}
