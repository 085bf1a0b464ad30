// Reading a zip archive in place (the stdlib's python_stdlib.zip): only the central directory is read, once;
// members are read from the file and inflated with node:zlib when asked for (a bytecode cache hit never
// asks: the directory's CRC-32 and sizes identify a member). Like CPython's zipimport, paths inside an
// archive are written `<archive path>/<member path>`, so `__file__` and `__path__` of archived modules
// look like ordinary paths and the finder can tell which archive a path entry belongs to.
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

/** Read `length` bytes at `position` of an open file (short only at the end of the file). */
function readAt(file: Deno.FsFile, position: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  file.seekSync(position, Deno.SeekMode.Start);
  let got = 0;
  while (got < length) {
    const n = file.readSync(out.subarray(got));
    if (n === null || n === 0) break;
    got += n;
  }
  return got === length ? out : out.subarray(0, got);
}

/** Member names are almost always ASCII: build them directly (a TextDecoder call each costs more). */
function decodeName(b: Uint8Array, decoder: TextDecoder): string {
  let s = "";
  for (let i = 0; i < b.length; i++) {
    if (b[i] >= 0x80) return decoder.decode(b);
    s += String.fromCharCode(b[i]);
  }
  return s;
}

/**
 * A zip64 member's local header offset, from the zip64 extra field (id 1) of its directory entry: the
 * 64-bit values there stand for the 32-bit fields set to 0xffffffff, in the order size, compressed size,
 * offset. Members larger than 4 GiB are not read (pypyts reads members whole).
 */
function zip64Offset(
  view: DataView,
  p: number,
  nameLen: number,
  extraLen: number,
  offset: number,
  size: number,
  compressedSize: number,
): number {
  if (size === 0xffffffff || compressedSize === 0xffffffff) throw new Error("zip member larger than 4 GiB");
  let q = p + 46 + nameLen;
  const end = q + extraLen;
  while (q + 4 <= end) {
    const id = view.getUint16(q, true);
    const len = view.getUint16(q + 2, true);
    if (id === 1 && offset === 0xffffffff && len >= 8) return Number(view.getBigUint64(q + 4, true));
    q += 4 + len;
  }
  return offset;
}

export class ZipArchive {
  readonly path: string;
  private readonly members = new Map<string, Member>();
  /** Every directory inside the archive (with and without explicit entries), without trailing '/'. */
  private readonly dirs = new Set<string>();

  /** `file` is the archive, open for reading; only its central directory is read here. */
  constructor(path: string, file: Deno.FsFile, size: number) {
    this.path = path;
    this.readCentralDirectory(file, size);
  }

  private readCentralDirectory(file: Deno.FsFile, size: number): void {
    // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
    const tailStart = Math.max(0, size - 65557);
    const tail = readAt(file, tailStart, size - tailStart);
    const tv = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tv.getUint32(i, true) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error(`not a zip file: ${this.path}`);
    let count = tv.getUint16(eocd + 10, true);
    let cdSize = tv.getUint32(eocd + 12, true);
    let cdOffset = tv.getUint32(eocd + 16, true);
    // where the directory really ends: just before the end record, or before the zip64 end record
    let cdEnd = tailStart + eocd;
    // Zip64 (more than 65535 members or 4 GiB): a locator just before the end record points at the
    // zip64 end record, which holds the real count, size and offset.
    // (the locator may lie before the tail read, when the end record carries a long comment)
    const locatorAt = tailStart + eocd - 20;
    const locator = locatorAt < 0
      ? null
      : eocd >= 20
      ? tail.subarray(eocd - 20, eocd)
      : readAt(file, locatorAt, 20);
    if (
      (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && locator !== null &&
      locator.length === 20 &&
      new DataView(locator.buffer, locator.byteOffset, 20).getUint32(0, true) === 0x07064b50
    ) {
      const recordAt = tailStart + eocd - 20 - 56; // the zip64 end record is 56 bytes without extensions
      const rec = readAt(file, recordAt, 56);
      const rv = new DataView(rec.buffer, rec.byteOffset, rec.byteLength);
      if (rec.length !== 56 || rv.getUint32(0, true) !== 0x06064b50) {
        throw new Error(`bad zip64 end of central directory: ${this.path}`);
      }
      count = Number(rv.getBigUint64(32, true));
      cdSize = Number(rv.getBigUint64(40, true));
      cdOffset = Number(rv.getBigUint64(48, true));
      cdEnd = recordAt;
    }
    // Data before the archive (a self-extracting stub, "cruft"): the offsets it records are relative to
    // the archive's start, which is where the directory ends less its size and recorded offset (as
    // zipimport's arc_offset).
    const shift = cdEnd - cdSize - cdOffset;
    if (shift < 0) throw new Error(`bad zip central directory: ${this.path}`);
    cdOffset += shift;
    // the directory usually sits just before the end record, inside the tail already read
    const d = cdOffset >= tailStart && cdOffset + cdSize <= size
      ? tail.subarray(cdOffset - tailStart, cdOffset - tailStart + cdSize)
      : readAt(file, cdOffset, cdSize);
    if (d.length !== cdSize) throw new Error(`bad zip central directory: ${this.path}`);
    const view = new DataView(d.buffer, d.byteOffset, d.byteLength);
    const decoder = new TextDecoder();
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > d.length || view.getUint32(p, true) !== 0x02014b50) {
        throw new Error(`bad zip central directory: ${this.path}`);
      }
      const method = view.getUint16(p + 10, true);
      const stamp = view.getUint16(p + 14, true) * 65536 + view.getUint16(p + 12, true);
      const crc = view.getUint32(p + 16, true);
      const compressedSize = view.getUint32(p + 20, true);
      const size = view.getUint32(p + 24, true);
      const nameLen = view.getUint16(p + 28, true);
      const extraLen = view.getUint16(p + 30, true);
      const commentLen = view.getUint16(p + 32, true);
      let offset = view.getUint32(p + 42, true);
      if (offset === 0xffffffff || size === 0xffffffff || compressedSize === 0xffffffff) {
        offset = zip64Offset(view, p, nameLen, extraLen, offset, size, compressedSize);
      }
      offset += shift;
      const name = decodeName(d.subarray(p + 46, p + 46 + nameLen), decoder);
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

  /**
   * A member's modification time as zipimport reads it (_parse_dostime: the DOS fields as local time,
   * through mktime) and its uncompressed size; null when absent.
   */
  stampAndSize(member: string): { mtime: number; size: number } | null {
    const m = this.members.get(member);
    if (m === undefined) return null;
    const d = m.stamp >>> 16, t = m.stamp & 0xffff;
    const local = new Date(
      (d >> 9) + 1980,
      ((d >> 5) & 0xf) - 1,
      d & 0x1f,
      t >> 11,
      (t >> 5) & 0x3f,
      (t & 0x1f) * 2,
    );
    return { mtime: Math.floor(local.getTime() / 1000), size: m.size };
  }

  /** The bytes of a member, or null when absent; throws when the archive cannot be read or is damaged. */
  read(member: string): Uint8Array | null {
    const m = this.members.get(member);
    if (m === undefined) return null;
    const file = Deno.openSync(this.path, { read: true });
    let raw: Uint8Array;
    try {
      const header = readAt(file, m.offset, 30);
      const hv = new DataView(header.buffer, header.byteOffset, header.byteLength);
      if (header.length !== 30 || hv.getUint32(0, true) !== 0x04034b50) {
        throw new Error(`bad zip member header: ${member}`);
      }
      const start = m.offset + 30 + hv.getUint16(26, true) + hv.getUint16(28, true);
      raw = readAt(file, start, m.compressedSize);
      if (raw.length !== m.compressedSize) throw new Error(`truncated zip member: ${member}`);
    } finally {
      file.close();
    }
    if (m.method === 0) return raw;
    if (m.method === 8) return new Uint8Array(nodeZlib().inflateRawSync(raw));
    throw new Error(`unsupported zip compression method ${m.method}: ${member}`);
  }
}

interface OpenedArchive {
  archive: ZipArchive | null;
  /** The file's mtime and size when its directory was read (-1: no such file). */
  mtime: number;
  size: number;
  /** The generation in which they were last compared with the file's. */
  checked: number;
}
const archives = new Map<string, OpenedArchive>();
let generation = 0;

/**
 * A new module search: each archive's mtime and size are compared with the file's again (one stat per
 * archive and search), so a zip file rewritten in place is read anew, as zipimport's cache is refreshed.
 */
export function newArchiveGeneration(): void {
  generation++;
}

/** Forget every archive read (importlib.invalidate_caches). */
export function clearArchives(): void {
  archives.clear();
}

/** The archive at `path` (its directory read once per change of the file), or null when it is not a zip. */
export function openArchive(path: string): ZipArchive | null {
  const known = archives.get(path);
  if (known !== undefined && known.checked === generation) return known.archive;
  let mtime = -1, size = -1;
  try {
    const st = Deno.statSync(path);
    if (st.isFile) {
      mtime = st.mtime?.getTime() ?? 0;
      size = st.size;
    }
  } catch { /* no such file */ }
  if (known !== undefined && known.mtime === mtime && known.size === size) {
    known.checked = generation;
    return known.archive;
  }
  let a: ZipArchive | null = null;
  if (mtime >= 0) {
    try {
      const file = Deno.openSync(path, { read: true });
      try {
        a = new ZipArchive(path, file, size);
      } finally {
        file.close();
      }
    } catch { /* not an archive */ }
  }
  archives.set(path, { archive: a, mtime, size, checked: generation });
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
