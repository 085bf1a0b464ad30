// Text and binary file objects for open() and sys.stdin/stdout/stderr. The full `_io` module (buffered
// classes, StringIO/BytesIO, encodings) is the standard-library issue's; these cover reading and writing
// files and the standard streams with CPython's behaviour for the common methods (universal newlines on
// read, line buffering on a terminal, flush at exit).
import {
  builtinType,
  defineGetSets,
  defineMethods,
  False,
  None,
  PyInstance,
  type PyType,
  True,
  typeOf,
  type W,
} from "../objects/model.ts";
import { newError, PyError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { exceptionTypes, newException } from "../objects/exceptions.ts";
import { stopIterationHook } from "../objects/model.ts";
import { bytesLike, newBytes } from "../objects/bytes.ts";
import { iterateToArray } from "../objects/operations.ts";
import { newList } from "../objects/list.ts";

export const textIOType: PyType = builtinType("TextIOWrapper", undefined, { flags: 0 });
textIOType.module = "_io";
export const bufferedType: PyType = builtinType("BufferedReader", undefined, { flags: 0 });
bufferedType.module = "_io";

const encoder = new TextEncoder();

type Sink = { writeSync(p: Uint8Array): number; close?(): void };
type Source = { readSync(p: Uint8Array): number | null; close?(): void };

function writeAll(sink: Sink, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) {
    const n = sink.writeSync(data.subarray(off));
    if (n <= 0) break;
    off += n;
  }
}

const openFiles = new Set<PyFile>();

/** One class for both text and binary files; `text` picks str or bytes at the Python boundary. */
export class PyFile extends PyInstance {
  name: W;
  mode: string;
  text: boolean;
  readable: boolean;
  writable: boolean;
  closed = false;
  sink: Sink | null;
  source: Source | null;
  fd: number;
  tty: boolean;
  /** Pending output, flushed by flush()/close()/exit, or at each newline on a terminal. */
  out: string[] = [];
  outBytes: Uint8Array[] = [];
  outSize = 0;
  /** Decoded input not yet consumed (text) / raw input (binary). */
  inText = "";
  inBytes: Uint8Array = new Uint8Array(0);
  eof = false;
  lineBuffering: boolean;
  closeHook: (() => void) | null = null;
  constructor(opts: {
    name: W;
    mode: string;
    text: boolean;
    sink?: Sink | null;
    source?: Source | null;
    fd: number;
    tty?: boolean;
    cls?: PyType;
  }) {
    super(opts.cls ?? (opts.text ? textIOType : bufferedType));
    this.name = opts.name;
    this.mode = opts.mode;
    this.text = opts.text;
    this.sink = opts.sink ?? null;
    this.source = opts.source ?? null;
    this.readable = this.source !== null;
    this.writable = this.sink !== null;
    this.fd = opts.fd;
    this.tty = opts.tty ?? false;
    this.lineBuffering = this.tty;
    openFiles.add(this);
  }

  checkOpen(): void {
    if (this.closed) raiseValueError("I/O operation on closed file.");
  }

  writeText(s: string): void {
    this.checkOpen();
    if (!this.writable) throw newError(exceptionTypes.OSError, [newStr("not writable")]);
    this.out.push(s);
    this.outSize += s.length;
    if (this.outSize > 1 << 16 || (this.lineBuffering && s.includes("\n"))) this.flush();
  }
  writeBytes(b: Uint8Array): void {
    this.checkOpen();
    if (!this.writable) throw newError(exceptionTypes.OSError, [newStr("not writable")]);
    this.outBytes.push(b.slice());
    this.outSize += b.length;
    if (this.outSize > 1 << 16) this.flush();
  }
  flush(): void {
    if (this.sink === null) return;
    if (this.out.length > 0) {
      const s = this.out.join("");
      this.out = [];
      writeAll(this.sink, encoder.encode(s));
    }
    if (this.outBytes.length > 0) {
      for (const b of this.outBytes) writeAll(this.sink, b);
      this.outBytes = [];
    }
    this.outSize = 0;
  }

  private fill(): boolean {
    if (this.eof || this.source === null) return false;
    const buf = new Uint8Array(65536);
    const n = this.source.readSync(buf);
    if (n === null || n === 0) {
      this.eof = true;
      if (this.text && this.pendingCR) {
        this.inText += "\n";
        this.pendingCR = false;
      }
      return false;
    }
    const chunk = buf.subarray(0, n);
    if (this.text) this.inText += this.decodeChunk(chunk);
    else {
      const merged = new Uint8Array(this.inBytes.length + n);
      merged.set(this.inBytes);
      merged.set(chunk, this.inBytes.length);
      this.inBytes = merged;
    }
    return true;
  }
  private pendingCR = false;
  private streamDecoder = new TextDecoder("utf-8", { fatal: false });
  private decodeChunk(chunk: Uint8Array): string {
    let s = this.streamDecoder.decode(chunk, { stream: true });
    if (this.pendingCR) {
      s = "\r" + s;
      this.pendingCR = false;
    }
    if (s.endsWith("\r")) {
      this.pendingCR = true;
      s = s.slice(0, -1);
    }
    return s.replace(/\r\n?/g, "\n");
  }

  readAll(): W {
    this.checkOpen();
    if (!this.readable) throw newError(exceptionTypes.OSError, [newStr("not readable")]);
    while (this.fill());
    if (this.text) {
      const s = this.inText;
      this.inText = "";
      return newStr(s);
    }
    const b = this.inBytes;
    this.inBytes = new Uint8Array(0);
    return newBytes(b);
  }
  readN(n: number): W {
    this.checkOpen();
    if (this.text) {
      while (this.inText.length < n && this.fill());
      const s = this.inText.slice(0, n);
      this.inText = this.inText.slice(s.length);
      return newStr(s);
    }
    while (this.inBytes.length < n && this.fill());
    const b = this.inBytes.slice(0, n);
    this.inBytes = this.inBytes.slice(b.length);
    return newBytes(b);
  }
  /** One line including its "\n" ("" at end of file). */
  readLine(): string {
    this.checkOpen();
    for (;;) {
      const i = this.inText.indexOf("\n");
      if (i >= 0) {
        const line = this.inText.slice(0, i + 1);
        this.inText = this.inText.slice(i + 1);
        return line;
      }
      if (!this.fill()) {
        const rest = this.inText;
        this.inText = "";
        return rest;
      }
    }
  }
  readLineBytes(): Uint8Array {
    this.checkOpen();
    for (;;) {
      const i = this.inBytes.indexOf(10);
      if (i >= 0) {
        const line = this.inBytes.slice(0, i + 1);
        this.inBytes = this.inBytes.slice(i + 1);
        return line;
      }
      if (!this.fill()) {
        const rest = this.inBytes;
        this.inBytes = new Uint8Array(0);
        return rest;
      }
    }
  }
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    openFiles.delete(this);
    if (this.fd > 2) {
      try {
        this.sink?.close?.();
      } catch { /* already closed */ }
      try {
        if (this.source !== this.sink) this.source?.close?.();
      } catch { /* already closed */ }
    }
  }
}

/** Flush every open file (interpreter exit). */
export function flushAll(): void {
  for (const f of openFiles) {
    try {
      f.flush();
    } catch { /* a closed pipe at exit is not an error worth reporting */ }
  }
}

function file(w: W): PyFile {
  if (!(w instanceof PyFile)) raiseTypeError("descriptor requires a file object");
  return w;
}

function readLineW(f: PyFile): W {
  return f.text ? newStr(f.readLine()) : newBytes(f.readLineBytes());
}

const methods = [
  {
    name: "write",
    arity: [1, 1] as [number, number],
    impl: (a: W[]) => {
      const f = file(a[0]);
      if (f.text) {
        if (!(a[1] instanceof PyStr)) {
          raiseTypeError(`write() argument must be str, not ${typeOf(a[1]).name}`);
        }
        f.writeText(a[1].value);
        return a[1].length;
      }
      const b = bytesLike(a[1]);
      if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(a[1]).name}'`);
      f.writeBytes(b);
      return b.length;
    },
  },
  {
    name: "writelines",
    arity: [1, 1] as [number, number],
    impl: (a: W[]) => {
      const f = file(a[0]);
      for (const line of iterateToArray(a[1])) {
        if (f.text) {
          if (!(line instanceof PyStr)) {
            raiseTypeError(`write() argument must be str, not ${typeOf(line).name}`);
          }
          f.writeText(line.value);
        } else {
          const b = bytesLike(line);
          if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(line).name}'`);
          f.writeBytes(b);
        }
      }
      return None;
    },
  },
  {
    name: "read",
    arity: [0, 1] as [number, number],
    impl: (a: W[]) => {
      const f = file(a[0]);
      const n = a[1] === undefined || a[1] === None ? -1 : a[1] as number;
      return n < 0 ? f.readAll() : f.readN(n);
    },
  },
  { name: "readline", arity: [0, 1] as [number, number], impl: (a: W[]) => readLineW(file(a[0])) },
  {
    name: "readlines",
    arity: [0, 1] as [number, number],
    impl: (a: W[]) => {
      const f = file(a[0]);
      const out: W[] = [];
      for (;;) {
        const line = readLineW(f);
        if (
          (line instanceof PyStr && line.length === 0) ||
          (!(line instanceof PyStr) && bytesLike(line)?.length === 0)
        ) break;
        out.push(line);
      }
      return newList(out);
    },
  },
  {
    name: "flush",
    arity: [0, 0] as [number, number],
    impl: (a: W[]) => {
      const f = file(a[0]);
      f.checkOpen();
      f.flush();
      return None;
    },
  },
  {
    name: "close",
    arity: [0, 0] as [number, number],
    impl: (a: W[]) => {
      file(a[0]).close();
      return None;
    },
  },
  { name: "fileno", arity: [0, 0] as [number, number], impl: (a: W[]) => file(a[0]).fd },
  { name: "isatty", arity: [0, 0] as [number, number], impl: (a: W[]) => (file(a[0]).tty ? True : False) },
  {
    name: "readable",
    arity: [0, 0] as [number, number],
    impl: (a: W[]) => (file(a[0]).readable ? True : False),
  },
  {
    name: "writable",
    arity: [0, 0] as [number, number],
    impl: (a: W[]) => (file(a[0]).writable ? True : False),
  },
  { name: "seekable", arity: [0, 0] as [number, number], impl: () => False },
  { name: "__enter__", arity: [0, 0] as [number, number], impl: (a: W[]) => (file(a[0]).checkOpen(), a[0]) },
  {
    name: "__exit__",
    arity: [0, 3] as [number, number],
    impl: (a: W[]) => {
      file(a[0]).close();
      return None;
    },
  },
  { name: "__iter__", arity: [0, 0] as [number, number], impl: (a: W[]) => (file(a[0]).checkOpen(), a[0]) },
  {
    name: "__next__",
    arity: [0, 0] as [number, number],
    impl: (a: W[]) => {
      const line = readLineW(file(a[0]));
      if (line instanceof PyStr ? line.length === 0 : bytesLike(line)?.length === 0) {
        stopIterationHook.raise();
      }
      return line;
    },
  },
  {
    name: "__repr__",
    arity: [0, 0] as [number, number],
    impl: (a: W[]) => {
      const f = file(a[0]);
      const nm = f.name instanceof PyStr ? `'${f.name.value}'` : String(f.name);
      return newStr(
        f.text
          ? `<_io.TextIOWrapper name=${nm} mode='${f.mode}' encoding='utf-8'>`
          : `<_io.BufferedReader name=${nm}>`,
      );
    },
  },
];
defineMethods(textIOType, methods);
defineMethods(bufferedType, methods);
for (const t of [textIOType, bufferedType]) {
  defineGetSets(t, [
    { name: "closed", get: (f) => (file(f).closed ? True : False) },
    { name: "name", get: (f) => file(f).name },
    { name: "mode", get: (f) => newStr(file(f).mode) },
    { name: "encoding", get: () => newStr("utf-8") },
    { name: "errors", get: () => newStr("strict") },
    { name: "line_buffering", get: (f) => (file(f).lineBuffering ? True : False) },
  ]);
}

function osError(e: unknown, path: string): never {
  const name = e instanceof Error ? e.name : "";
  const map: Record<string, [number, string]> = {
    NotFound: [2, "No such file or directory"],
    PermissionDenied: [13, "Permission denied"],
    AlreadyExists: [17, "File exists"],
    IsADirectory: [21, "Is a directory"],
    NotADirectory: [20, "Not a directory"],
  };
  const [errno, msg] = map[name] ?? [5, e instanceof Error ? e.message : String(e)];
  const exc = newException(exceptionTypes.OSError, [errno, newStr(msg), newStr(path)]);
  exc.setAttr("errno", errno);
  exc.setAttr("strerror", newStr(msg));
  exc.setAttr("filename", newStr(path));
  throw new PyError(exc);
}
let nextFd = 3;

/** open(file, mode) for paths: text (utf-8, universal newlines) or binary. */
export function openFile(path: string, mode: string, nameW: W): PyFile {
  const valid = /^(?:[rwxa]\+?b?|[rwxa]b\+|[rwxa]t\+?|[rwxa]\+t|b[rwxa]\+?|t[rwxa]\+?)$/;
  if (!valid.test(mode)) raiseValueError(`invalid mode: '${mode}'`);
  const binary = mode.includes("b");
  const plus = mode.includes("+");
  const kind = mode.replace(/[bt+]/g, "");
  let fsFile: Deno.FsFile;
  try {
    fsFile = Deno.openSync(path, {
      read: kind === "r" || plus,
      write: kind !== "r" || plus,
      append: kind === "a",
      create: kind !== "r",
      truncate: kind === "w",
      createNew: kind === "x",
    });
    const st = fsFile.statSync();
    if (st.isDirectory) {
      fsFile.close();
      throw Object.assign(new Error("Is a directory"), { name: "IsADirectory" });
    }
  } catch (e) {
    osError(e, path);
  }
  const readable = kind === "r" || plus;
  const writable = kind !== "r" || plus;
  const f = new PyFile({
    name: nameW,
    mode,
    text: !binary,
    sink: writable ? fsFile : null,
    source: readable ? fsFile : null,
    fd: nextFd++,
  });
  return f;
}
