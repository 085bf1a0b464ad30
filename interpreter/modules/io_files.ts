// The interpreter's doors into `_io` (interpreter/modules/io/): the standard streams sys.stdin/stdout/
// stderr as CPython's create_stdio builds them (TextIOWrapper over a Buffered* over FileIO(0/1/2)),
// builtins.open (= _io.open), print()'s direct path to our own text files, and the flush at exit.
import { False, None, setAttr, type W } from "../objects/model.ts";
import { newStr, type PyStr } from "../objects/str.ts";
import { raiseValueError } from "../vm/errors.ts";
import { flushAllAtExit, unsupported } from "./io/common.ts";
import { fileIOInit, fileIOType, PyFileIO } from "./io/fileio.ts";
import { bufferedInit, bufferedReaderType, bufferedWriterType, PyBuffered } from "./io/bufferedio.ts";
import { PyTextIO, textIOInit, textIOWrapperType } from "./io/textio.ts";
import { DEFAULT_BUFFER_SIZE } from "./io/common.ts";
import { fdFstat, fdIsatty } from "./fd_table.ts";

export { ioOpen, ioOpenFunction } from "./io/mod.ts";

/** How the command line asks for the standard streams: -u, PYTHONIOENCODING's encoding and errors. */
export interface StdStreamOptions {
  unbuffered?: boolean;
  encoding?: string | null;
  errors?: string | null;
}

function stdStream(
  fd: number,
  name: string,
  write: boolean,
  encoding: string,
  errors: string,
  lineBuffering: boolean,
  unbuffered: boolean,
): W {
  // a standard descriptor that is not open gives None, as CPython's create_stdio does
  if (typeof fdFstat(fd) === "number") return None;
  const raw = new PyFileIO(fileIOType);
  fileIOInit(raw, fd, newStr(write ? "wb" : "rb"), False, None);
  setAttr(raw, "name", newStr(name));
  // -u: the text layer writes through to the FileIO itself (stdin stays buffered), as create_stdio
  let buffer: W = raw;
  if (!(unbuffered && write)) {
    const b = new PyBuffered(write ? bufferedWriterType : bufferedReaderType);
    bufferedInit(b, raw, Math.max(raw.blksize, DEFAULT_BUFFER_SIZE), !write, write);
    buffer = b;
  }
  const text = new PyTextIO(textIOWrapperType);
  textIOInit(
    text,
    buffer,
    newStr(encoding),
    newStr(errors),
    newStr("\n"),
    lineBuffering && !unbuffered,
    unbuffered,
  );
  setAttr(text, "mode", newStr(write ? "w" : "r"));
  return text;
}

/** sys.stdin, sys.stdout, sys.stderr: stdout is line-buffered on a terminal, stderr always (CPython). */
export function makeStdStreams(opts: StdStreamOptions = {}): { stdin: W; stdout: W; stderr: W } {
  const enc = opts.encoding ?? "utf-8";
  const errors = opts.errors ?? "strict";
  const u = opts.unbuffered === true;
  return {
    stdin: stdStream(0, "<stdin>", false, enc, errors, fdIsatty(0), u),
    stdout: stdStream(1, "<stdout>", true, enc, errors, fdIsatty(1), u),
    stderr: stdStream(2, "<stderr>", true, enc, "backslashreplace", true, u),
  };
}

/** print()'s one-write path applies to exact TextIOWrappers of ours (others get CPython's per-piece writes). */
export function isOwnTextFile(file: W): boolean {
  return file instanceof PyTextIO && file.cls === textIOWrapperType && file.buffer !== null &&
    file.getAttr("write") === undefined;
}
export function writeToOwnTextFile(file: W, text: PyStr): void {
  const t = file as PyTextIO;
  if (t.isClosed()) raiseValueError("I/O operation on closed file.");
  if (!t.hasEncoder) unsupported("not writable");
  t.write(text);
}

/** Flush every stream with pending output (interpreter exit). */
export function flushAll(): void {
  flushAllAtExit();
}
