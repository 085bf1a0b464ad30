// Reads the .py files of CPython 3.14's standard library straight out of pyodide's python_stdlib.zip
// (no extraction): a minimal ZIP central-directory reader with inflate from node:zlib.
import { inflateRawSync } from "node:zlib";

export const STDLIB_ZIP = new URL("../node_modules/pyodide/python_stdlib.zip", import.meta.url).pathname;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export function readZipDirectory(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip archive (no end-of-central-directory record)");
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const dec = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error("corrupt zip central directory");
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    const name = dec.decode(zip.subarray(p + 46, p + 46 + nameLen));
    entries.push({ name, method, compressedSize, size, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export function readZipEntry(zip: Uint8Array, e: ZipEntry): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const p = e.localHeaderOffset;
  if (view.getUint32(p, true) !== 0x04034b50) throw new Error(`corrupt zip local header for ${e.name}`);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const data = zip.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data;
  if (e.method === 8) return new Uint8Array(inflateRawSync(data));
  throw new Error(`unsupported zip compression method ${e.method} for ${e.name}`);
}

/** Every .py file of the stdlib archive as {path, bytes, source}, sorted by path. */
export function listStdlibSources(): { path: string; bytes: Uint8Array; source: string }[] {
  const zip = Deno.readFileSync(STDLIB_ZIP);
  const dec = new TextDecoder();
  return readZipDirectory(zip)
    .filter((e) => e.name.endsWith(".py"))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((e) => {
      const bytes = readZipEntry(zip, e);
      return { path: e.name, bytes, source: dec.decode(bytes) };
    });
}
