// _io.StringIO: an in-memory text stream (CPython's Modules/_io/stringio.c). The text is one JS string
// (V8 ropes make appends cheap) and the position a UTF-16 index; positions seen by Python are code
// points, converted only when the text has held a non-BMP character.
import {
  callBound,
  defineGetSets,
  defineMethods,
  False,
  None,
  type PyType,
  stopIterationHook,
  True,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { nativeType } from "../define.ts";
import { newStr, PyStr } from "../../objects/str.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { newList } from "../../objects/list.ts";
import { exceptionTypes } from "../../objects/exceptions.ts";
import { newError, raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { bindArgs, intArg, seekPosArg, sizeArg, tpName } from "./common.ts";
import { PyIOBase, textIOBaseType } from "./iobase.ts";
import { NewlineDecoderState } from "./newline_decoder.ts";
import { instanceDictOf, updateInstanceDict } from "./state_dict.ts";

export class PyStringIO extends PyIOBase {
  declare buf: string;
  /** UTF-16 index into buf. */
  declare pos: number;
  /** buf has never held a surrogate: UTF-16 indexes are code-point indexes. */
  declare bmp: boolean;
  declare ok: boolean;
  declare closedFlag: boolean;
  declare readnl: string | null;
  declare readuniversal: boolean;
  declare readtranslate: boolean;
  declare writenl: string | null;
  declare decoder: NewlineDecoderState | null;
  constructor(cls: PyType) {
    super(cls);
    this.buf = "";
    this.pos = 0;
    this.bmp = true;
    this.ok = false;
    this.closedFlag = false;
    this.readnl = "\n";
    this.readuniversal = false;
    this.readtranslate = false;
    this.writenl = "\n";
    this.decoder = null;
  }

  check(): void {
    if (!this.ok) raiseValueError("I/O operation on uninitialized object");
    if (this.closedFlag) raiseValueError("I/O operation on closed file");
  }

  /** UTF-16 index after advancing `n` code points from `from` (clamped to the end). */
  advance(from: number, n: number): number {
    if (this.bmp) return Math.min(from + n, this.buf.length);
    const s = this.buf;
    let i = from;
    while (n > 0 && i < s.length) {
      const c = s.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00
        ? 2
        : 1;
      n--;
    }
    return i + (i >= s.length ? n : 0);
  }
  /** UTF-16 index of code point `cp` (past the end: counted from the end, for padding writes). */
  unitIndex(cp: number): number {
    if (this.bmp) return cp;
    const u = this.advance(0, cp);
    return u < this.buf.length ? u : this.buf.length + (cp - this.cpIndex(this.buf.length));
  }
  /** Code points in buf[0:unit]. */
  cpIndex(unit: number): number {
    if (this.bmp) return unit;
    const s = this.buf;
    let n = 0;
    const end = Math.min(unit, s.length);
    for (let i = 0; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      n++;
    }
    return n + (unit > s.length ? unit - s.length : 0);
  }

  writeStr(w: PyStr): number {
    let s = w.value;
    if (this.decoder !== null) s = this.decoder.process(s, true);
    if (this.writenl !== null && this.writenl !== "\n") s = s.replaceAll("\n", this.writenl);
    if (s.length === 0) return w.length;
    if (!w.allBmp) this.bmp = false;
    const buf = this.buf;
    const pos = this.pos;
    if (pos === buf.length) {
      this.buf = buf + s;
    } else if (pos > buf.length) {
      this.buf = buf + "\0".repeat(pos - buf.length) + s;
    } else {
      const end = this.bmp ? pos + s.length : this.advance(pos, newStr(s).length);
      this.buf = buf.slice(0, pos) + s + buf.slice(end);
    }
    this.pos = pos > buf.length ? this.buf.length : pos + s.length;
    return w.length;
  }

  read(n: number): string {
    const buf = this.buf;
    const start = this.pos;
    if (start >= buf.length) return "";
    const end = n < 0 ? buf.length : this.advance(start, n);
    this.pos = end;
    return start === 0 && end === buf.length ? buf : buf.slice(start, end);
  }

  readline(limit: number): string {
    const buf = this.buf;
    const start = this.pos;
    if (start >= buf.length) return "";
    let end: number;
    if (this.readtranslate || this.readnl === "\n") {
      const i = buf.indexOf("\n", start);
      end = i < 0 ? buf.length : i + 1;
    } else if (this.readuniversal) {
      end = buf.length;
      for (let i = start; i < buf.length; i++) {
        const c = buf.charCodeAt(i);
        if (c === 10) {
          end = i + 1;
          break;
        }
        if (c === 13) {
          end = i + 1 < buf.length && buf.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
          break;
        }
      }
    } else {
      const nl = this.readnl!;
      const i = buf.indexOf(nl, start);
      end = i < 0 ? buf.length : i + nl.length;
    }
    if (limit >= 0) end = Math.min(end, this.advance(start, limit));
    this.pos = end;
    return buf.slice(start, end);
  }
}

export const stringIOType: PyType = nativeType("_io", "StringIO", textIOBaseType, {
  factory: (cls) => new PyStringIO(cls),
});

function sio(w: W): PyStringIO {
  if (!(w instanceof PyStringIO)) raiseTypeError(`descriptor requires a '_io.StringIO' object`);
  return w;
}
function checked(w: W): PyStringIO {
  const s = sio(w);
  if (!s.ok || s.closedFlag) s.check();
  return s;
}

function setup(s: PyStringIO, newlineW: W | undefined): void {
  let newline: string | null = "\n";
  if (newlineW !== undefined) {
    if (newlineW === None) newline = null;
    else if (newlineW instanceof PyStr) newline = newlineW.value;
    else raiseTypeError(`newline must be str or None, not ${typeOf(newlineW).name}`);
  }
  if (newline !== null && newline !== "" && newline !== "\n" && newline !== "\r" && newline !== "\r\n") {
    raiseValueError(`illegal newline value: ${reprStr(newline)}`);
  }
  s.ok = false;
  s.buf = "";
  s.pos = 0;
  s.bmp = true;
  s.closedFlag = false;
  s.readnl = newline;
  s.readuniversal = newline === null || newline === "";
  s.readtranslate = newline === null;
  s.writenl = newline !== null && newline.startsWith("\r") ? newline : null;
  s.decoder = s.readuniversal ? new NewlineDecoderState(s.readtranslate) : null;
  s.ok = true;
}

function stringIOInit(s: PyStringIO, init: W | undefined, newline: W | undefined): void {
  if (init !== undefined && init !== None && !(init instanceof PyStr)) {
    raiseTypeError(`initial_value must be str or None, not ${typeOf(init).name}`);
  }
  setup(s, newline);
  if (init instanceof PyStr && init.length > 0) {
    s.writeStr(init);
    s.pos = 0;
  }
}

function reprStr(s: string): string {
  return `'${s.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/'/g, "\\'")}'`;
}

defineMethods(stringIOType, [
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const [init, newline] = bindArgs("StringIO", ["initial_value", "newline"], a, k);
      stringIOInit(sio(a[0]), init, newline);
      return None;
    },
  },
  {
    name: "write",
    arity: [1, 1],
    impl: (a) => {
      const s = sio(a[0]);
      if (!s.ok) s.check();
      const w = a[1];
      if (!(w instanceof PyStr)) raiseTypeError(`string argument expected, got '${typeOf(w).name}'`);
      if (s.closedFlag) s.check();
      return s.writeStr(w);
    },
  },
  {
    name: "read",
    arity: [0, 1],
    impl: (a) => newStr(checked(a[0]).read(sizeArg(a[1]))),
  },
  {
    name: "readline",
    arity: [0, 1],
    impl: (a) => newStr(checked(a[0]).readline(sizeArg(a[1]))),
  },
  {
    name: "readlines",
    arity: [0, 1],
    impl: (a) => {
      // inherited from _IOBase in CPython: its closed check words the message with a full stop
      const s = sio(a[0]);
      if (s.closedFlag) raiseValueError("I/O operation on closed file.");
      s.check();
      const hint = sizeArg(a[1]);
      const out: W[] = [];
      let total = 0;
      for (;;) {
        const line = s.readline(-1);
        if (line.length === 0) break;
        const w = newStr(line);
        out.push(w);
        total += w.length;
        if (hint > 0 && total >= hint) break;
      }
      return newList(out);
    },
  },
  {
    name: "__next__",
    arity: [0, 0],
    impl: (a) => {
      const s = checked(a[0]);
      let line: W;
      if (s.cls === stringIOType) line = newStr(s.readline(-1));
      else {
        const rl = s.cls.lookup("readline");
        line = rl === stringIOType.dict.get("readline") ? newStr(s.readline(-1)) : callReadline(s);
      }
      if (!(line instanceof PyStr)) {
        throw newError(exceptionTypes.OSError, [
          newStr(`readline() should have returned a str object, not '${typeOf(line).name}'`),
        ]);
      }
      if (line.length === 0) stopIterationHook.raise();
      return line;
    },
  },
  { name: "getvalue", arity: [0, 0], impl: (a) => newStr(checked(a[0]).buf) },
  {
    name: "tell",
    arity: [0, 0],
    impl: (a) => {
      const s = checked(a[0]);
      return s.cpIndex(s.pos);
    },
  },
  {
    name: "seek",
    arity: [1, 2],
    impl: (a) => {
      const s = checked(a[0]);
      const arg = seekPosArg(a[1]);
      const pos = arg.pos;
      const whence = a[2] === undefined ? 0 : intArg(a[2]);
      if (whence !== 0 && whence !== 1 && whence !== 2) {
        raiseValueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
      }
      if (pos < 0 && whence === 0) raiseValueError(`Negative seek position ${arg.exact}`);
      if (whence !== 0 && pos !== 0) {
        throw newError(exceptionTypes.OSError, [newStr("Can't do nonzero cur-relative seeks")]);
      }
      if (whence === 1) return s.cpIndex(s.pos);
      if (whence === 2) {
        s.pos = s.buf.length;
        return s.cpIndex(s.pos);
      }
      s.pos = s.unitIndex(pos);
      return arg.exact;
    },
  },
  {
    name: "truncate",
    arity: [0, 1],
    impl: (a) => {
      const s = checked(a[0]);
      let size: number;
      if (a[1] === undefined || a[1] === None) size = s.cpIndex(s.pos);
      else {
        size = sizeArg(a[1]);
        if (size < 0) raiseValueError(`Negative size value ${size}`);
      }
      const unit = s.advance(0, size);
      if (unit < s.buf.length) s.buf = s.buf.slice(0, unit);
      return size;
    },
  },
  {
    name: "close",
    arity: [0, 0],
    impl: (a) => {
      const s = sio(a[0]);
      // StringIO.close does not go through _IOBase.close (so _IOBase.flush still works, as in CPython)
      s.closedFlag = true;
      s.buf = "";
      return None;
    },
  },
  { name: "readable", arity: [0, 0], impl: (a) => (checked(a[0]), True) },
  { name: "writable", arity: [0, 0], impl: (a) => (checked(a[0]), True) },
  { name: "seekable", arity: [0, 0], impl: (a) => (checked(a[0]), True) },
  {
    name: "__getstate__",
    arity: [0, 0],
    impl: (a) => {
      const s = checked(a[0]);
      return newTuple([
        newStr(s.buf),
        s.readnl === null ? None : newStr(s.readnl),
        s.cpIndex(s.pos),
        instanceDictOf(s),
      ]);
    },
  },
  {
    name: "__setstate__",
    arity: [1, 1],
    impl: (a) => {
      const s = sio(a[0]);
      if (s.closedFlag) s.check();
      const st = a[1];
      if (!(st instanceof PyTuple) || st.items.length < 4) {
        raiseTypeError(
          `${tpName(s)}.__setstate__ argument should be 4-tuple, got ${typeOf(st).name}`,
        );
      }
      const [value, newline, pos, dict] = st.items;
      stringIOInit(s, value, newline);
      if (!(value instanceof PyStr)) return None;
      // the saved value is already translated: store it as is
      s.buf = value.value;
      s.bmp = value.allBmp;
      if (typeof pos !== "number") {
        raiseTypeError(`third item of state must be an integer, got ${typeOf(pos).name}`);
      }
      if (pos < 0) raiseValueError("position value cannot be negative");
      s.pos = s.unitIndex(pos);
      if (dict !== None) updateInstanceDict(s, dict);
      return None;
    },
  },
]);

function callReadline(s: PyStringIO): W {
  const fn = s.cls.lookup("readline")!;
  return callBound(fn, s, []);
}

defineGetSets(stringIOType, [
  {
    name: "closed",
    get: (w) => {
      const s = sio(w);
      if (!s.ok) raiseValueError("I/O operation on uninitialized object");
      return s.closedFlag ? True : False;
    },
  },
  { name: "line_buffering", get: (w) => (checked(w), False) },
  {
    name: "newlines",
    get: (w) => {
      const s = checked(w);
      return s.decoder === null ? None : s.decoder.newlines();
    },
  },
]);
