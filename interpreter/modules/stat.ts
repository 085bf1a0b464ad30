// The _stat module (CPython's Modules/_stat.c): the S_IS*() tests, S_IMODE/S_IFMT, filemode(), and the
// S_*, UF_*, SF_*, FILE_ATTRIBUTE_* constants with Linux values. stat.py imports it over its own copies.
import { False, type MethodSpec, True, type W } from "../objects/model.ts";
import { newStr } from "../objects/str.ts";
import { asInt, indexOf } from "../objects/int.ts";
import { methNoArgsOrO } from "./posix/args.ts";
import { errorWithMessage } from "../vm/errors.ts";
import type { NativeModuleDef } from "./define.ts";

const S_IFMT = 0o170000;
const FILE_TYPES: Record<string, number> = {
  S_IFDIR: 0o040000,
  S_IFCHR: 0o020000,
  S_IFBLK: 0o060000,
  S_IFREG: 0o100000,
  S_IFIFO: 0o010000,
  S_IFLNK: 0o120000,
  S_IFSOCK: 0o140000,
};

const CONSTANTS: Record<string, number> = {
  ...FILE_TYPES,
  S_IFDOOR: 0,
  S_IFPORT: 0,
  S_IFWHT: 0,
  S_ISUID: 0o4000,
  S_ISGID: 0o2000,
  S_ISVTX: 0o1000,
  S_ENFMT: 0o2000,
  S_IREAD: 0o400,
  S_IWRITE: 0o200,
  S_IEXEC: 0o100,
  S_IRWXU: 0o700,
  S_IRUSR: 0o400,
  S_IWUSR: 0o200,
  S_IXUSR: 0o100,
  S_IRWXG: 0o70,
  S_IRGRP: 0o40,
  S_IWGRP: 0o20,
  S_IXGRP: 0o10,
  S_IRWXO: 0o7,
  S_IROTH: 0o4,
  S_IWOTH: 0o2,
  S_IXOTH: 0o1,
  UF_SETTABLE: 0x0000ffff,
  UF_NODUMP: 0x00000001,
  UF_IMMUTABLE: 0x00000002,
  UF_APPEND: 0x00000004,
  UF_OPAQUE: 0x00000008,
  UF_NOUNLINK: 0x00000010,
  UF_COMPRESSED: 0x00000020,
  UF_TRACKED: 0x00000040,
  UF_DATAVAULT: 0x00000080,
  UF_HIDDEN: 0x00008000,
  SF_SETTABLE: 0xffff0000,
  SF_ARCHIVED: 0x00010000,
  SF_IMMUTABLE: 0x00020000,
  SF_APPEND: 0x00040000,
  SF_RESTRICTED: 0x00080000,
  SF_NOUNLINK: 0x00100000,
  SF_SNAPSHOT: 0x00200000,
  SF_FIRMLINK: 0x00800000,
  SF_DATALESS: 0x40000000,
  SF_SUPPORTED: 0x009f0000,
  SF_SYNTHETIC: 0xc0000000,
  ST_MODE: 0,
  ST_INO: 1,
  ST_DEV: 2,
  ST_NLINK: 3,
  ST_UID: 4,
  ST_GID: 5,
  ST_SIZE: 6,
  ST_ATIME: 7,
  ST_MTIME: 8,
  ST_CTIME: 9,
  FILE_ATTRIBUTE_ARCHIVE: 32,
  FILE_ATTRIBUTE_COMPRESSED: 2048,
  FILE_ATTRIBUTE_DEVICE: 64,
  FILE_ATTRIBUTE_DIRECTORY: 16,
  FILE_ATTRIBUTE_ENCRYPTED: 16384,
  FILE_ATTRIBUTE_HIDDEN: 2,
  FILE_ATTRIBUTE_INTEGRITY_STREAM: 32768,
  FILE_ATTRIBUTE_NORMAL: 128,
  FILE_ATTRIBUTE_NOT_CONTENT_INDEXED: 8192,
  FILE_ATTRIBUTE_NO_SCRUB_DATA: 131072,
  FILE_ATTRIBUTE_OFFLINE: 4096,
  FILE_ATTRIBUTE_READONLY: 1,
  FILE_ATTRIBUTE_REPARSE_POINT: 1024,
  FILE_ATTRIBUTE_SPARSE_FILE: 512,
  FILE_ATTRIBUTE_SYSTEM: 4,
  FILE_ATTRIBUTE_TEMPORARY: 256,
  FILE_ATTRIBUTE_VIRTUAL: 65536,
};

/** _PyLong_AsMode_t: PyLong_AsUnsignedLong, then a check that the value fits mode_t (32 bits). */
function modeArg(w: W): number {
  const v = asInt(w) ?? indexOf(w);
  if (typeof v === "bigint" ? v < 0n : v < 0) {
    throw errorWithMessage("OverflowError", "can't convert negative value to unsigned int");
  }
  if (typeof v === "bigint" && v >= 2n ** 64n) {
    throw errorWithMessage("OverflowError", "Python int too large to convert to C unsigned long");
  }
  if (typeof v === "bigint" || v > 0xffffffff) throw errorWithMessage("OverflowError", "mode out of range");
  return v;
}

/** filemode(): "-rwxr-xr-x" style text (stat.filemode). */
export function filemode(mode: number): string {
  const type = mode & S_IFMT;
  const kind = type === 0o120000
    ? "l"
    : type === 0o140000
    ? "s"
    : type === 0o100000
    ? "-"
    : type === 0o060000
    ? "b"
    : type === 0o040000
    ? "d"
    : type === 0o020000
    ? "c"
    : type === 0o010000
    ? "p"
    : "?";
  const triple = (r: number, w: number, x: number, special: number, on: string, off: string) =>
    (mode & r ? "r" : "-") + (mode & w ? "w" : "-") +
    (mode & special ? (mode & x ? on : off) : mode & x ? "x" : "-");
  return kind + triple(0o400, 0o200, 0o100, 0o4000, "s", "S") + triple(0o40, 0o20, 0o10, 0o2000, "s", "S") +
    triple(0o4, 0o2, 0o1, 0o1000, "t", "T");
}

function methO(name: string, impl: (mode: number) => W): MethodSpec {
  return methNoArgsOrO(`_stat.${name}()`, name, 1, (a) => impl(modeArg(a[0])));
}
function test(name: string, pred: (m: number) => boolean): MethodSpec {
  return methO(name, (m) => (pred(m) ? True : False));
}

export const statModule: NativeModuleDef = {
  name: "_stat",
  doc: "S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\n" +
    "S_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo (named pipe)\n" +
    "S_IFLNK: symbolic link\nS_IFSOCK: socket file\n",
  functions: [
    test("S_ISDIR", (m) => (m & S_IFMT) === 0o040000),
    test("S_ISCHR", (m) => (m & S_IFMT) === 0o020000),
    test("S_ISBLK", (m) => (m & S_IFMT) === 0o060000),
    test("S_ISREG", (m) => (m & S_IFMT) === 0o100000),
    test("S_ISFIFO", (m) => (m & S_IFMT) === 0o010000),
    test("S_ISLNK", (m) => (m & S_IFMT) === 0o120000),
    test("S_ISSOCK", (m) => (m & S_IFMT) === 0o140000),
    test("S_ISDOOR", () => false),
    test("S_ISPORT", () => false),
    test("S_ISWHT", () => false),
    methO("S_IMODE", (m) => m & 0o7777),
    methO("S_IFMT", (m) => m & S_IFMT),
    methO("filemode", (m) => newStr(filemode(m))),
  ],
  values: () => ({ ...CONSTANTS }),
};
