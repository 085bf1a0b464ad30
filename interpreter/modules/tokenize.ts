// The `_tokenize` module: TokenizerIter(readline, *, extra_tokens, encoding=None), the iterator the
// tokenize module builds its TokenInfo tuples from. It runs the front end's tokenizer in its tokenize
// mode (COMMENT and NL tokens kept) and turns each token into CPython's (type, string, (srow, scol),
// (erow, ecol), line) with columns in characters; with extra_tokens=True operators are OP, NEWLINE is
// "\n" and the tokens after the last line sit at (last+1, 0) with an empty line, as Python-tokenize.c.
import type { NativeModuleDef } from "./define.ts";
import { nativeType } from "./define.ts";
import {
  call,
  defineMethods,
  defineNativeIterator,
  type Kwargs,
  None,
  PyNativeIterator,
  type PyType,
  STOP_ITEM,
  typeOf,
  type W,
} from "../objects/model.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newTuple } from "../objects/tuple.ts";
import { bytesLike, decodeBytes } from "../objects/bytes.ts";
import { isTrue } from "../objects/operations.ts";
import { PyError, raiseTypeError } from "../vm/errors.ts";
import { exceptionTypes, type PyBaseException } from "../objects/exceptions.ts";
import { Tokenizer } from "../parser/tokenizer.ts";
import { T, type Token } from "../parser/tokens.ts";
import { CompileError } from "../parser/errors.ts";
import { syntaxErrorFrom } from "./compile_builtin.ts";

export const tokenizerIterType: PyType = nativeType("_tokenize", "TokenizerIter");

class PyTokenizerIter extends PyNativeIterator {
  private tokenizer: Tokenizer | null = null;
  private source = "";
  /** UTF-16 index where each line starts, and each physical line with its line ending */
  private lineStarts: number[] = [];
  private physLines: string[] = [];
  private finished = false;

  constructor(
    cls: PyType,
    private readonly readline: W,
    private readonly extraTokens: boolean,
    private readonly encoding: string | null,
  ) {
    super();
    this.cls = cls;
  }

  /** Read every line first (the source must be whole for our tokenizer). */
  private start(): Tokenizer {
    const parts: string[] = [];
    for (;;) {
      let line: W;
      try {
        line = call(this.readline, []);
      } catch (e) {
        if (e instanceof PyError && e.matches(exceptionTypes.StopIteration)) break;
        throw e;
      }
      let text: string;
      if (this.encoding !== null) {
        const b = bytesLike(line);
        if (b === undefined) raiseTypeError("readline() returned a non-bytes object");
        text = decodeBytes(b, this.encoding, "strict");
      } else {
        if (!(line instanceof PyStr)) raiseTypeError("readline() returned a non-string object");
        text = line.value;
      }
      if (text === "") break;
      parts.push(text);
    }
    this.source = parts.join("");
    const re = /\r\n|\r|\n/g;
    let last = 0;
    this.lineStarts = [0];
    for (let m = re.exec(this.source); m !== null; m = re.exec(this.source)) {
      last = m.index + m[0].length;
      this.physLines.push(this.source.slice(this.lineStarts[this.lineStarts.length - 1], last));
      this.lineStarts.push(last);
    }
    this.physLines.push(this.source.slice(last));
    // extra_tokens=False is the bare C tokenizer: no COMMENT or NL tokens, and the parser's errors
    this.tokenizer = new Tokenizer(this.source, "<string>", this.extraTokens);
    return this.tokenizer;
  }

  /** Column in code points of UTF-16 index `index` on line `lineno`. */
  private column(lineno: number, index: number): number {
    const ls = this.lineStarts[lineno - 1] ?? this.source.length;
    let n = 0;
    for (let i = ls; i < index; i++) {
      const c = this.source.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) i++;
      n++;
    }
    return n;
  }

  nextItem(): W {
    if (this.finished) return STOP_ITEM;
    const tok = this.tokenizer ?? this.start();
    let t: Token;
    try {
      t = tok.next();
    } catch (e) {
      this.finished = true;
      if (e instanceof CompileError) throw this.stateError(e) ?? syntaxErrorFrom(e);
      throw e;
    }
    if (t.type === T.ENDMARKER) this.finished = true;
    return this.tuple(t);
  }

  /**
   * Indentation errors are tokenizer states (E_DEDENT, E_TABSPACE, E_TOODEEP) that _tokenize reports as
   * _tokenizer_error does: at the end of the line (offset len+1) with no end position.
   */
  private stateError(e: CompileError): PyError | undefined {
    if (e.kind !== "IndentationError" && e.kind !== "TabError") return undefined;
    const text = (this.physLines[e.lineno - 1] ?? e.text ?? "").replace(/\r?\n$|\r$/, "");
    const details = newTuple([newStr(e.filename), e.lineno, [...text].length + 1, newStr(text), None, None]);
    return new PyError(call(exceptionTypes[e.kind], [newStr(e.msg), details]) as PyBaseException);
  }

  private tuple(t: Token): W {
    let type = t.type;
    let str = t.string;
    let lineno = t.lineno;
    let endLineno = t.end_lineno;
    const atEof = t.start >= this.source.length;
    const trailing = type === T.ENDMARKER || (type === T.DEDENT && atEof);
    let col: number;
    let endCol: number;
    let line: string;
    if (trailing) {
      col = endCol = 0;
      line = "";
      if (this.extraTokens) {
        // CPython numbers them after the last line the tokenizer read
        lineno = endLineno = this.lineStarts.length +
          (this.physLines[this.physLines.length - 1] === "" ? 0 : 1);
      }
    } else {
      col = this.column(lineno, t.start);
      endCol = this.column(endLineno, t.end);
      line = this.physLines.slice(lineno - 1, endLineno).join("");
    }
    if (type === T.FSTRING_MIDDLE || type === T.TSTRING_MIDDLE) {
      // CPython ends these at start + the (unescaped) text's length, so `{{` counts one column
      const nl = str.lastIndexOf("\n");
      endCol = [...(nl < 0 ? str : str.slice(nl + 1))].length + (nl < 0 ? col : 0);
    }
    if (type === T.NEWLINE && !this.extraTokens) {
      // the C token leaves the line ending out: an empty string ending where it starts
      str = "";
      endCol = col;
    } else if (type === T.NEWLINE || type === T.NL) {
      // the line ending itself: "\n" (or "\r\n"), empty for the implicit newline at the end
      const nl = this.source.startsWith("\r\n", t.start) ? "\r\n" : t.start < this.source.length ? "\n" : "";
      str = nl;
      endCol = col + Math.max(1, nl.length);
    }
    if (this.extraTokens) {
      if (type > T.DEDENT && type < T.OP) type = T.OP;
    } else if (type === T.INDENT || type === T.DEDENT || type === T.ENDMARKER) {
      // the C tokenizer gives these no text and no columns; at the end they sit on the last line read
      str = "";
      col = endCol = -1;
      if (trailing) {
        const n = this.physLines.length;
        lineno = endLineno = this.physLines[n - 1] === "" ? n - 1 : n;
      }
    }
    return newTuple([
      type,
      newStr(str),
      newTuple([lineno, col]),
      newTuple([endLineno, endCol]),
      newStr(line),
    ]);
  }
}

defineNativeIterator(tokenizerIterType);
defineMethods(tokenizerIterType, [
  {
    name: "__new__",
    kind: "static",
    arity: [1, 2],
    kw: ["**"],
    impl: (a: W[], kw: Kwargs | null) => {
      const cls = a[0] as PyType;
      if (a.length < 2) raiseTypeError("TokenizerIter expected 1 argument, got 0");
      let extra: W | undefined;
      let encoding: string | null = null;
      if (kw !== null) {
        for (let i = 0; i < kw.names.length; i++) {
          const k = kw.names[i];
          if (k === "extra_tokens") extra = kw.values[i];
          else if (k === "encoding") {
            const v = kw.values[i];
            if (!(v instanceof PyStr)) {
              raiseTypeError(`TokenizerIter() argument 'encoding' must be str, not ${typeOf(v).name}`);
            }
            encoding = v.value;
          } else raiseTypeError(`TokenizerIter() got an unexpected keyword argument '${k}'`);
        }
      }
      if (extra === undefined) {
        raiseTypeError("tokenizeriter() missing required argument 'extra_tokens' (pos 2)");
      }
      return new PyTokenizerIter(cls, a[1], isTrue(extra), encoding);
    },
  },
]);

export const tokenizeModuleDef: NativeModuleDef = {
  name: "_tokenize",
  types: [tokenizerIterType],
};
