// Hedge tokenizer (lead's fallback). Lazy Python 3.14 tokenizer producing tokens per tokens.ts.
import { EXACT_TOKEN_TYPES, T, type Token } from "./tokens.ts";
import { byteToCharColumn, CompileError } from "./errors.ts";

/** CPython's tokenizer limit on bracket nesting (MAXLEVEL). */
const MAX_NESTING = 200;

const ID_START = /[\p{XID_Start}_]/u;
const ID_CONTINUE = /[\p{XID_Continue}]/u;

interface FStringMode {
  quote: string; // ' " ''' """
  line: number;
  col: number;
  raw: boolean;
  isT: boolean;
  /** open replacement fields, innermost last: bracket depth just after the field's `{`, and whether
   * the field has reached its format spec (then text up to `{`/`}` is literal again) */
  fields: { depth: number; inSpec: boolean }[];
}

export class Tokenizer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private lineAscii = true;
  private indents: number[] = [0];
  private altIndents: number[] = [0];
  private pending: Token[] = [];
  private atLineStart = true;
  private brackets: { ch: string; line: number; col: number }[] = [];
  private fstrings: FStringMode[] = [];
  private done = false;
  private lastSignificant = -1;
  /** tokenize mode: the empty FSTRING_MIDDLE before a format spec's `}` has been produced */
  private emptySpecEnd = false;
  readonly lines: string[];

  /**
   * `extraTokens`: the tokenize module's mode (CPython's tok_extra_tokens), which also yields COMMENT
   * tokens and NL for newlines that end no logical line. The parser's mode skips both.
   */
  /** `# type: ignore<tag>` comments seen in type-comments mode (they become Module.type_ignores) */
  readonly typeIgnores: { lineno: number; tag: string }[] = [];
  /** Where SyntaxWarnings go (the parser's list); none: they are dropped. */
  warn: ((message: string, lineno: number) => void) | null = null;
  /** The source is a module or statement (exec/single mode): CPython ends such input with a newline. */
  execInput = true;
  /** End of input right after a line continuation: an open bracket is reported first. */
  private eofAfterContinuation(sline: number, scol: number): never {
    if (this.brackets.length > 0 && this.fstrings.length === 0) {
      const b = this.brackets[this.brackets.length - 1];
      this.error(`'${b.ch}' was never closed`, b.line, b.col, -1);
    }
    this.error("unexpected EOF while parsing", sline, scol + 1, -2);
  }

  /** Whether scanning stopped inside an f-/t-string (CPython then keeps a parser error over a later tokenizer one). */
  get inFString(): boolean {
    return this.fstrings.length > 0;
  }
  /** Source offsets of the `:` tokens that start an f-/t-string format spec (the parser's lambda check). */
  readonly specColons = new Set<number>();

  constructor(
    readonly source: string,
    readonly filename: string,
    readonly extraTokens = false,
    /** PyCF_TYPE_COMMENTS: `# type: ...` comments become TYPE_COMMENT tokens */
    readonly typeComments = false,
  ) {
    this.lines = source.split(/\r\n|\r|\n/);
    this.setLine(0);
  }

  lineText(n: number): string {
    return this.lines[n - 1] ?? "";
  }

  /** exec-mode input: CPython's tokenizer reads it with a newline added at the end when it has none. */
  addsNewline = true;

  /**
   * Line n as SyntaxError.text has it: with the newline that ends it, and on the last line of exec input
   * without one, the newline CPython's tokenizer adds (eval and single input keep the line as it is).
   */
  errorText(n: number): string {
    const text = this.lines[n - 1] ?? "";
    if (n < this.lines.length) return text + "\n";
    return this.addsNewline && n === this.lines.length ? text + "\n" : text;
  }

  private byteCol(offset: number): number {
    if (this.lineAscii) return offset - this.lineStart;
    let n = 0;
    for (let i = this.lineStart; i < offset; i++) {
      const c = this.source.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff) {
        n += 4;
        i++;
      } else n += 3;
    }
    return n;
  }

  private setLine(start: number) {
    this.lineStart = start;
    let ascii = true;
    for (let i = start; i < this.source.length; i++) {
      const c = this.source.charCodeAt(i);
      if (c === 10 || c === 13) break;
      if (c >= 0x80) {
        ascii = false;
        break;
      }
    }
    this.lineAscii = ascii;
  }

  private error(
    msg: string,
    line: number,
    col: number,
    endCol = col,
    kind: CompileError["kind"] = "SyntaxError",
    atEnd = false,
  ): never {
    // columns are byte offsets; endCol -1 gives CPython's end_offset 0 and -2 gives -1
    const text = this.lineText(line);
    const c = byteToCharColumn(text, col) + 1;
    const e = endCol < 0 ? endCol + 1 : byteToCharColumn(text, endCol) + 1;
    // `atEnd`: found at the end of the input, after CPython has added exec input's final newline
    throw new CompileError(kind, msg, this.filename, line, c, atEnd ? this.errorText(line) : text, line, e);
  }

  /** The line CPython names in "(detected at line N)": the last line of the source. */
  private detectedLine(): number {
    const src = this.source;
    return src.endsWith("\n") || src.endsWith("\r") ? this.line - 1 : this.line;
  }

  private make(type: number, start: number, end: number, sline: number, scol: number): Token {
    return {
      type,
      string: this.source.slice(start, end),
      lineno: sline,
      col_offset: scol,
      end_lineno: this.line,
      end_col_offset: this.byteCol(end),
      start,
      end,
    };
  }

  next(): Token {
    if (this.pending.length > 0) return this.pending.shift()!;
    return this.scan();
  }

  private scan(): Token {
    const src = this.source;
    for (;;) {
      if (this.fstrings.length > 0) {
        const fs = this.fstrings[this.fstrings.length - 1];
        const field = fs.fields.length > 0 ? fs.fields[fs.fields.length - 1] : null;
        if (field === null || (field.inSpec && this.brackets.length === field.depth)) {
          return this.scanFStringMiddle(fs, field !== null);
        }
      }
      if (this.atLineStart && this.brackets.length === 0) {
        this.atLineStart = false;
        const t = this.handleIndent();
        if (t) return t;
      }
      // skip whitespace
      let c = src.charCodeAt(this.pos);
      while (c === 32 || c === 9 || c === 12) c = src.charCodeAt(++this.pos);
      let commentStart = -1;
      if (c === 35) { // comment
        commentStart = this.pos;
        while (this.pos < src.length && src.charCodeAt(this.pos) !== 10 && src.charCodeAt(this.pos) !== 13) {
          this.pos++;
        }
        if (this.extraTokens) {
          return this.make(T.COMMENT, commentStart, this.pos, this.line, this.byteCol(commentStart));
        }
        if (this.typeComments) {
          const tc = this.typeComment(commentStart, this.pos);
          if (tc !== null) return tc;
        }
        c = src.charCodeAt(this.pos);
      }
      const start = this.pos;
      const scol = this.byteCol(start);
      const sline = this.line;
      if (this.pos >= src.length) return this.endOfInput(commentStart);
      if (c === 10 || c === 13) {
        this.pos += c === 13 && src.charCodeAt(this.pos + 1) === 10 ? 2 : 1;
        const blank = this.lastSignificant < 0 || this.brackets.length > 0;
        // CPython's parser-mode NEWLINE starts at a comment before it (the tokenize module's does not)
        const from = commentStart >= 0 && !this.extraTokens ? commentStart : start;
        const tok = this.make(T.NEWLINE, from, start + 1, sline, this.byteCol(from));
        tok.string = "\n";
        tok.end_col_offset = scol + 1;
        this.line++;
        this.setLine(this.pos);
        if (this.brackets.length === 0) this.atLineStart = true;
        if (blank || this.brackets.length > 0) {
          if (!this.extraTokens) continue;
          tok.type = T.NL;
          return tok;
        }
        this.lastSignificant = -1;
        return tok;
      }
      if (c === 92) { // backslash continuation
        const n = src.charCodeAt(this.pos + 1);
        if (n === 10 || n === 13) {
          this.pos += n === 13 && src.charCodeAt(this.pos + 2) === 10 ? 3 : 2;
          this.line++;
          this.setLine(this.pos);
          if (this.pos >= src.length) {
            if (this.extraTokens) this.error("unexpected EOF in multi-line statement", sline, scol + 1);
            this.eofAfterContinuation(sline, scol);
          }
          continue;
        }
        if (this.pos + 1 >= src.length) {
          // exec-mode source gets a final newline (CPython's translate_newlines), eval-mode source does not
          if (this.execInput) this.eofAfterContinuation(sline, scol);
          this.error("unexpected character after line continuation character", sline, scol, -1);
        }
        this.error("unexpected character after line continuation character", sline, scol + 1, -1);
      }
      this.lastSignificant = start;
      return this.scanToken(c, start, sline, scol);
    }
  }

  /**
   * Tokenize mode, end of input inside brackets: an empty NL ends an unterminated last line, then
   * CPython's "unexpected EOF in multi-line statement" at the last line.
   */
  private eofInStatement(p: number): Token {
    const col = this.byteCol(p);
    if (col > 0 && !this.done) {
      this.done = true;
      const nl = this.make(T.NL, p, p, this.line, col);
      nl.string = "";
      return nl;
    }
    const line = col > 0 ? this.line : this.line - 1;
    throw new CompileError(
      "SyntaxError",
      "unexpected EOF in multi-line statement",
      this.filename,
      line,
      0,
      this.lineText(line),
    );
  }

  /** A `# type:` comment as a TYPE_COMMENT token; `# type: ignore...` is recorded and skipped (null). */
  private typeComment(start: number, end: number): Token | null {
    const m = /^#[ \t\f]*type:[ \t\f]*/.exec(this.source.slice(start, end));
    if (m === null) return null;
    const restStart = start + m[0].length;
    const rest = this.source.slice(restStart, end);
    if (rest.startsWith("ignore") && (rest.length === 6 || !/[\p{XID_Continue}]/u.test(rest[6]))) {
      this.typeIgnores.push({ lineno: this.line, tag: rest.slice(6) });
      return null;
    }
    return this.make(T.TYPE_COMMENT, restStart, end, this.line, this.byteCol(restStart));
  }

  private handleIndent(): Token | null {
    const src = this.source;
    let col = 0;
    let alt = 0;
    let p = this.pos;
    // a backslash continuation in the indentation: the first one fixes the level of what follows
    // (CPython's cont_line_col), and a line it leads to that is empty is a blank line
    let contCol = 0, contAlt = 0;
    for (;;) {
      const c = src.charCodeAt(p);
      if (c === 32) col++, alt++;
      else if (c === 9) col = (Math.floor(col / 8) + 1) * 8, alt++;
      else if (c === 12) col = alt = 0;
      else if (c === 92 && (src.charCodeAt(p + 1) === 10 || src.charCodeAt(p + 1) === 13)) {
        if (contCol === 0) contCol = col, contAlt = alt;
        p += src.charCodeAt(p + 1) === 13 && src.charCodeAt(p + 2) === 10 ? 3 : 2;
        this.line++;
        this.setLine(p);
        this.pos = p;
        continue;
      } else break;
      p++;
    }
    const c = src.charCodeAt(p);
    if (p >= src.length || c === 35 || c === 10 || c === 13) {
      return null; // blank or comment-only line: no indentation change
    }
    if (contCol !== 0) col = contCol, alt = contAlt;
    const cur = this.indents[this.indents.length - 1];
    const curAlt = this.altIndents[this.altIndents.length - 1];
    if (col === cur) {
      if (alt !== curAlt) {
        this.error("inconsistent use of tabs and spaces in indentation", this.line, 0, -1, "TabError");
      }
      return null;
    }
    const start = this.pos;
    if (col > cur) {
      if (alt <= curAlt) {
        this.error("inconsistent use of tabs and spaces in indentation", this.line, 0, -1, "TabError");
      }
      // CPython's MAXINDENT (100): the 100th level is E_TOODEEP
      if (this.indents.length >= 100) {
        this.error("too many levels of indentation", this.line, col, -1, "IndentationError");
      }
      this.indents.push(col);
      this.altIndents.push(alt);
      const t = this.make(T.INDENT, start, p, this.line, 0);
      return t;
    }
    const out: Token[] = [];
    while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
      this.indents.pop();
      this.altIndents.pop();
      out.push(this.make(T.DEDENT, p, p, this.line, this.byteCol(p)));
    }
    if (col !== this.indents[this.indents.length - 1]) {
      const len = new TextEncoder().encode(this.lineText(this.line)).length;
      this.error(
        "unindent does not match any outer indentation level",
        this.line,
        len,
        -2,
        "IndentationError",
      );
    }
    if (alt !== this.altIndents[this.altIndents.length - 1]) {
      this.error("inconsistent use of tabs and spaces in indentation", this.line, 0, -1, "TabError");
    }
    for (const t of out) t.string = "";
    this.pending.push(...out.slice(1));
    return out[0];
  }

  /** End of input; `commentStart`: where a comment on the last line began (-1: none). */
  private endOfInput(commentStart = -1): Token {
    const p = this.source.length;
    if (this.extraTokens && this.brackets.length > 0) return this.eofInStatement(p);
    if (this.fstrings.length > 0) {
      const fs = this.fstrings[this.fstrings.length - 1];
      // inside a replacement field's expression, the innermost open bracket is what was never closed
      const field = fs.fields.length > 0 ? fs.fields[fs.fields.length - 1] : null;
      if (field !== null && !(field.inSpec && this.brackets.length === field.depth)) {
        const b = this.brackets[this.brackets.length - 1];
        this.error(`'${b.ch}' was never closed`, b.line, b.col, -1);
      }
      this.error(
        `unterminated ${fs.quote.length === 3 ? "triple-quoted " : ""}${fs.isT ? "t" : "f"}-string literal ` +
          `(detected at line ${this.detectedLine()})`,
        fs.line,
        fs.col,
      );
    }
    if (this.brackets.length > 0) {
      const b = this.brackets[this.brackets.length - 1];
      this.error(`'${b.ch}' was never closed`, b.line, b.col, -1, "SyntaxError", true);
    }
    const col = this.byteCol(p);
    const out: Token[] = [];
    if (this.extraTokens && this.lastSignificant < 0 && col > 0 && !this.done) {
      // a last line without its newline that holds only a comment (or blanks) ends with an empty NL
      const nl = this.make(T.NL, p, p, this.line, col);
      nl.string = "";
      out.push(nl);
    }
    if (this.lastSignificant >= 0) {
      // in the parser's mode it is the newline CPython adds to exec input (one column wide) or, in eval and
      // single input, the end (the parser reports an error there at offset 0); it starts at a comment
      const from = commentStart >= 0 && !this.extraTokens ? commentStart : p;
      const nl = this.make(T.NEWLINE, from, p, this.line, this.byteCol(from));
      nl.string = "";
      if (!this.extraTokens && this.addsNewline) nl.end_col_offset = col + 1;
      out.push(nl);
      this.lastSignificant = -1;
    }
    const line = col > 0 ? this.line + 1 : this.line;
    while (this.indents.length > 1) {
      this.indents.pop();
      this.altIndents.pop();
      out.push({
        type: T.DEDENT,
        string: "",
        lineno: line,
        col_offset: 0,
        end_lineno: line,
        end_col_offset: 0,
        start: p,
        end: p,
      });
    }
    if (!this.done) {
      out.push({
        type: T.ENDMARKER,
        string: "",
        lineno: line,
        col_offset: 0,
        end_lineno: line,
        end_col_offset: 0,
        start: p,
        end: p,
      });
      this.done = true;
    } else {
      out.push({
        type: T.ENDMARKER,
        string: "",
        lineno: line,
        col_offset: 0,
        end_lineno: line,
        end_col_offset: 0,
        start: p,
        end: p,
      });
    }
    this.pending.push(...out.slice(1));
    return out[0];
  }

  private scanToken(c: number, start: number, sline: number, scol: number): Token {
    const src = this.source;
    // names and string prefixes
    if (
      (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 ||
      (c >= 128 && ID_START.test(String.fromCodePoint(src.codePointAt(this.pos)!)))
    ) {
      let p = this.pos;
      while (p < src.length) {
        const d = src.charCodeAt(p);
        if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 95 || (d >= 48 && d <= 57)) p++;
        else if (d >= 128) {
          const cp = src.codePointAt(p)!;
          if (!ID_CONTINUE.test(String.fromCodePoint(cp))) break;
          p += cp > 0xffff ? 2 : 1;
        } else break;
      }
      const q = src.charCodeAt(p);
      if ((q === 34 || q === 39) && p - start <= 5) {
        const prefix = src.slice(start, p).toLowerCase();
        if (/^(r|u|b|br|rb|f|fr|rf|t|tr|rt)$/.test(prefix)) {
          this.pos = p;
          return this.scanString(prefix, start, sline, scol);
        }
        this.checkStringPrefix(prefix, sline, scol);
      }
      this.pos = p;
      return this.make(T.NAME, start, p, sline, scol);
    }
    if (c >= 48 && c <= 57 || (c === 46 && isDigit(src.charCodeAt(this.pos + 1)))) {
      return this.scanNumber(start, sline, scol);
    }
    if (c === 34 || c === 39) return this.scanString("", start, sline, scol);
    // operators
    const three = src.substr(this.pos, 3);
    let op = "";
    if (EXACT_TOKEN_TYPES.has(three)) op = three;
    else if (EXACT_TOKEN_TYPES.has(three.slice(0, 2))) op = three.slice(0, 2);
    else if (three.startsWith("<>")) {
      // Barry's `<>` is always a NOTEQUAL token; the parser accepts it only under barry_as_FLUFL
      this.pos += 2;
      return this.make(T.NOTEQUAL, start, this.pos, sline, scol);
    } else if (EXACT_TOKEN_TYPES.has(three[0])) op = three[0];
    if (op !== "") {
      // inside an f-string replacement field, `!` and `:` and `}` are special at the field's depth
      const fs = this.fstrings.length > 0 ? this.fstrings[this.fstrings.length - 1] : null;
      const field = fs !== null && fs.fields.length > 0 ? fs.fields[fs.fields.length - 1] : null;
      if (field !== null && this.brackets.length === field.depth && op.charCodeAt(0) === 58) {
        // `:` at the field's own depth starts the format spec (so `{x:=5}` is x formatted with "=5")
        this.pos += 1;
        field.inSpec = true;
        this.specColons.add(start);
        return this.make(T.COLON, start, this.pos, sline, scol);
      }
      if (op === "(" || op === "[" || op === "{") {
        if (this.brackets.length >= MAX_NESTING) this.error("too many nested parentheses", sline, scol);
        this.brackets.push({ ch: op, line: sline, col: scol });
      } else if (op === ")" || op === "]" || op === "}") {
        const open = this.brackets.pop();
        if (!open && !this.extraTokens) this.error(`unmatched '${op}'`, sline, scol);
        const want = open === undefined ? op : open.ch === "(" ? ")" : open.ch === "[" ? "]" : "}";
        if (open !== undefined && want !== op && !this.extraTokens) {
          if (field !== null && open.ch === "{" && this.brackets.length + 1 === field.depth) {
            // the replacement field's own brace: CPython does not call it a mismatch
            this.error(`${fs!.isT ? "t" : "f"}-string: unmatched '${op}'`, sline, scol);
          }
          if (open.line !== sline) {
            this.error(
              `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}' on line ${open.line}`,
              sline,
              scol,
            );
          }
          this.error(
            `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'`,
            sline,
            scol,
          );
        }
        if (field !== null && op === "}" && this.brackets.length === field.depth - 1) fs!.fields.pop();
      }
      this.pos += op.length;
      return this.make(EXACT_TOKEN_TYPES.get(op)!, start, this.pos, sline, scol);
    }
    const cp = src.codePointAt(this.pos)!;
    const ch = String.fromCodePoint(cp);
    if (this.extraTokens && cp >= 32 && cp !== 0x7f) {
      // tokenize mode: other non-ASCII runs are names (checked only by the parser), other characters OP
      let p = this.pos + ch.length;
      if (cp >= 128) {
        while (p < src.length) {
          const d = src.codePointAt(p)!;
          if (d < 128 ? !isIdent(d) : /\s/u.test(String.fromCodePoint(d))) break;
          p += d > 0xffff ? 2 : 1;
        }
      }
      this.pos = p;
      return this.make(cp >= 128 ? T.NAME : T.OP, start, p, sline, scol);
    }
    if (cp === 36 || cp === 63 || cp === 96) {
      // `$`, `?` and a backtick are one-character OP tokens no grammar rule accepts (CPython's
      // _PyToken_OneChar): a parser error, not a tokenizer one
      this.pos += 1;
      return this.make(T.OP, start, this.pos, sline, scol);
    }
    if (cp < 32 || cp === 0x7f || cp === 0xa0) {
      this.error(
        `invalid non-printable character U+${cp.toString(16).toUpperCase().padStart(4, "0")}`,
        sline,
        scol,
      );
    }
    this.error(
      `invalid character '${ch}' (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`,
      sline,
      scol,
    );
  }

  /**
   * A number directly followed by a letter (CPython's verify_end_of_number): a keyword that can follow a
   * number in valid code (`1if x else y`, `0x1for`) is a SyntaxWarning, any other name start an error. The
   * tokenize module's mode checks nothing.
   */
  private checkEndOfNumber(p: number, kind: string, sline: number): void {
    if (this.extraTokens || !isIdent(this.source.charCodeAt(p))) return;
    const rest = this.source.slice(p, p + 4);
    if (/^(?:and|else|for|i[fns]|not|or)/.test(rest)) {
      this.warn?.(`invalid ${kind} literal`, sline);
      return;
    }
    this.error(`invalid ${kind} literal`, sline, this.byteCol(p) - this.underscoreBack(p));
  }

  /** CPython reads past a stray `_` before it complains: the caret goes one column further. */
  private underscoreBack(p: number): number {
    return this.source.charCodeAt(p) === 95 ? 0 : 1;
  }

  private scanNumber(start: number, sline: number, scol: number): Token {
    const src = this.source;
    const p0 = this.pos;
    const c1 = src.charCodeAt(p0 + 1) | 32;
    if (src.charCodeAt(p0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
      // 0x / 0o / 0b literals, with CPython's messages for bad digits
      const kind = c1 === 120 ? "hexadecimal" : c1 === 111 ? "octal" : "binary";
      const isDigitOf = c1 === 120 ? isHex : c1 === 111 ? isOct : isBin;
      let p = p0 + 2;
      let digits = 0;
      for (;;) {
        const c = src.charCodeAt(p);
        if (c === 95 && isDigitOf(src.charCodeAt(p + 1))) p++;
        else if (c === 95 && kind !== "hexadecimal" && isDigit(src.charCodeAt(p + 1))) {
          // `0b1_2`: the digit after the underscore is the bad one
          this.error(`invalid digit '${src[p + 1]}' in ${kind} literal`, sline, this.byteCol(p + 1));
        } else if (isDigitOf(c)) {
          p++;
          digits++;
        } else break;
      }
      const c = src.charCodeAt(p);
      if (kind !== "hexadecimal" && c >= 48 && c <= 57) {
        this.error(`invalid digit '${src[p]}' in ${kind} literal`, sline, this.byteCol(p));
      }
      if (digits === 0) {
        this.error(`invalid ${kind} literal`, sline, this.byteCol(p) - this.underscoreBack(p));
      }
      this.checkEndOfNumber(p, kind, sline);
      this.pos = p;
      return this.make(T.NUMBER, start, p, sline, scol);
    }
    const m =
      /^(?:(?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\.?)(?:[eE][+-]?[0-9](?:_?[0-9])*)?[jJ]?/
        .exec(src.slice(p0, numberRunEnd(src, p0)));
    if (!m) this.error("invalid decimal literal", sline, scol);
    const end = p0 + m[0].length;
    const after = src.charCodeAt(end);
    const what = /[jJ]$/.test(m[0]) ? "imaginary" : "decimal";
    if (after >= 128 && ID_CONTINUE.test(String.fromCodePoint(src.codePointAt(end)!))) {
      this.error(`invalid ${what} literal`, sline, this.byteCol(end) - 1);
    }
    this.checkEndOfNumber(end, what, sline);
    const text = m[0];
    if (!this.extraTokens && /^0[0-9_]*[1-9]/.test(text) && !/[.eEjJ]/.test(text)) {
      this.error(
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        sline,
        scol,
        scol + 1,
      );
    }
    this.pos = end;
    return this.make(T.NUMBER, start, end, sline, scol);
  }

  /**
   * Letters that would be a string prefix but for an incompatible pair (`bf''`, `ur''`) are an error
   * (CPython's maybe_raise_syntax_error_for_string_prefixes); anything else is a name before a string.
   */
  private checkStringPrefix(prefix: string, sline: number, scol: number): void {
    if (!/^[burft]+$/.test(prefix) || new Set(prefix).size !== prefix.length) return;
    const has = (c: string) => prefix.includes(c);
    const pairs = [["u", "b"], ["u", "r"], ["u", "f"], ["u", "t"], ["b", "f"], ["b", "t"], ["f", "t"]];
    for (const [a, b] of pairs) {
      if (has(a) && has(b)) {
        this.error(`'${a}' and '${b}' prefixes are incompatible`, sline, scol, scol + prefix.length);
      }
    }
  }

  private unterminatedString(sline: number, scol: number, escapedQuote: boolean): never {
    this.error(
      `unterminated string literal (detected at line ${sline})` +
        (escapedQuote ? "; perhaps you escaped the end quote?" : ""),
      sline,
      scol,
    );
  }

  /**
   * An unterminated string in a replacement field that opens with the f-string's own quote is the
   * f-string's end with the field left open (CPython's tokenizer says so instead).
   */
  private checkQuoteInField(quote: string, sline: number, scol: number): void {
    const fs = this.fstrings.length > 0 ? this.fstrings[this.fstrings.length - 1] : null;
    if (fs !== null && fs.quote === quote) {
      this.error(`${fs.isT ? "t" : "f"}-string: expecting '}'`, sline, scol);
    }
  }

  private scanString(prefix: string, start: number, sline: number, scol: number): Token {
    const src = this.source;
    const q = src[this.pos];
    const triple = src.startsWith(q + q + q, this.pos);
    const quote = triple ? q + q + q : q;
    const isF = prefix.includes("f");
    const isT = prefix.includes("t");
    if (isF || isT) {
      // (CPython's MAXFSTRINGLEVEL)
      if (this.fstrings.length + 1 >= 150) {
        this.error("too many nested f-strings or t-strings", this.line, this.byteCol(this.pos));
      }
      this.pos += quote.length;
      this.fstrings.push({ quote, raw: prefix.includes("r"), isT, fields: [], line: sline, col: scol });
      return this.make(isT ? T.TSTRING_START : T.FSTRING_START, start, this.pos, sline, scol);
    }
    let p = this.pos + quote.length;
    let escapedQuote = false;
    for (;;) {
      if (p >= src.length) {
        this.checkQuoteInField(quote, sline, scol);
        if (triple) {
          this.error(
            `unterminated triple-quoted string literal (detected at line ${this.detectedLine()})`,
            sline,
            scol,
          );
        }
        this.unterminatedString(sline, scol, escapedQuote);
      }
      const c = src.charCodeAt(p);
      if (c === 92) {
        const n = src.charCodeAt(p + 1);
        if (n === 10 || n === 13) {
          p += n === 13 && src.charCodeAt(p + 2) === 10 ? 3 : 2;
          this.line++;
          this.setLine(p);
          continue;
        }
        if (n === q.charCodeAt(0)) escapedQuote = true;
        p += 2;
        continue;
      }
      if (c === 10 || c === 13) {
        if (!triple) {
          this.checkQuoteInField(quote, sline, scol);
          this.unterminatedString(sline, scol, escapedQuote);
        }
        p += c === 13 && src.charCodeAt(p + 1) === 10 ? 2 : 1;
        this.line++;
        this.setLine(p);
        continue;
      }
      if (src.startsWith(quote, p)) {
        p += quote.length;
        break;
      }
      p++;
    }
    this.pos = p;
    return this.make(T.STRING, start, p, sline, scol);
  }

  private scanFStringMiddle(fs: FStringMode, inSpec: boolean): Token {
    const src = this.source;
    const start = this.pos;
    const sline = this.line;
    const scol = this.byteCol(start);
    let p = this.pos;
    let text = "";
    for (;;) {
      if (p >= src.length) {
        this.error(
          `unterminated ${fs.quote.length === 3 ? "triple-quoted " : ""}${
            fs.isT ? "t" : "f"
          }-string literal ` +
            `(detected at line ${this.detectedLine()})`,
          fs.line,
          fs.col,
        );
      }
      if (!inSpec && src.startsWith(fs.quote, p)) {
        if (p > start) break;
        this.pos = p + fs.quote.length;
        this.fstrings.pop();
        return this.make(fs.isT ? T.TSTRING_END : T.FSTRING_END, start, this.pos, sline, scol);
      }
      if (inSpec && src.startsWith(fs.quote, p)) {
        // (CPython's parser, at the string's end token)
        const col = this.byteCol(p);
        this.error(`${fs.isT ? "t" : "f"}-string: expecting '}', or format specs`, this.line, col, col + 1);
      }
      const c = src.charCodeAt(p);
      if (c === 123) { // {
        if (!inSpec && src.charCodeAt(p + 1) === 123) {
          text += "{";
          p += 2;
          // CPython ends the middle token after `{{` (the token text holds one brace)
          const tok = this.make(fs.isT ? T.TSTRING_MIDDLE : T.FSTRING_MIDDLE, start, p, sline, scol);
          tok.string = text;
          this.pos = p;
          return tok;
        }
        if (p > start) break;
        // open a replacement field (possibly nested inside a format spec, at most three deep)
        if (fs.fields.length >= 3) {
          const col = this.byteCol(p);
          this.error(
            `${fs.isT ? "t" : "f"}-string: expressions nested too deeply`,
            this.line,
            col - 1,
            col - 1,
          );
        }
        this.brackets.push({ ch: "{", line: sline, col: this.byteCol(p) });
        fs.fields.push({ depth: this.brackets.length, inSpec: false });
        this.emptySpecEnd = false;
        this.pos = p + 1;
        return this.make(T.LBRACE, p, p + 1, sline, scol);
      }
      if (c === 125) { // }
        if (inSpec) {
          if (p > start) break;
          if (this.extraTokens && !this.emptySpecEnd) {
            // tokenize mode: CPython ends a format spec with a (possibly empty) FSTRING_MIDDLE
            this.emptySpecEnd = true;
            return this.make(fs.isT ? T.TSTRING_MIDDLE : T.FSTRING_MIDDLE, p, p, sline, scol);
          }
          this.emptySpecEnd = false;
          this.brackets.pop();
          fs.fields.pop();
          this.pos = p + 1;
          return this.make(T.RBRACE, p, p + 1, sline, scol);
        }
        if (src.charCodeAt(p + 1) === 125) {
          text += "}";
          p += 2;
          const tok = this.make(fs.isT ? T.TSTRING_MIDDLE : T.FSTRING_MIDDLE, start, p, sline, scol);
          tok.string = text;
          this.pos = p;
          return tok;
        }
        this.error(`${fs.isT ? "t" : "f"}-string: single '}' is not allowed`, sline, this.byteCol(p));
      }
      if (c === 10 || c === 13) {
        if (fs.quote.length === 1 && inSpec) {
          const col = this.byteCol(p);
          this.error(
            `${fs.isT ? "t" : "f"}-string: newlines are not allowed in format specifiers for single quoted ` +
              `${fs.isT ? "t" : "f"}-strings`,
            this.line,
            col,
          );
        }
        if (fs.quote.length === 1) {
          this.error(
            `unterminated ${fs.isT ? "t" : "f"}-string literal (detected at line ${this.line})`,
            fs.line,
            fs.col,
          );
        }
        text += "\n";
        p += c === 13 && src.charCodeAt(p + 1) === 10 ? 2 : 1;
        this.line++;
        this.setLine(p);
        continue;
      }
      if (c === 92 && p + 1 < src.length && (src.charCodeAt(p + 1) === 10 || src.charCodeAt(p + 1) === 13)) {
        // backslash-newline inside the literal part (kept raw; decoding removes it unless the string is raw)
        const two = src.charCodeAt(p + 1) === 13 && src.charCodeAt(p + 2) === 10 ? 3 : 2;
        text += src.slice(p, p + two);
        p += two;
        this.line++;
        this.setLine(p);
        continue;
      }
      if (c === 92 && p + 1 < src.length) {
        const n = src[p + 1];
        // `\{` and `\}`: the backslash is literal text and the brace keeps its meaning (CPython warns
        // about the invalid escape when decoding)
        if (n === "{" || n === "}") {
          text += "\\";
          p++;
          continue;
        }
        // in a raw f-string an escaped character (a quote too) is kept with its backslash
        if (fs.raw) {
          text += src.slice(p, p + 2);
          p += 2;
          continue;
        }
        if (n === "N" && src[p + 2] === "{") {
          const close = src.indexOf("}", p);
          const end = src.indexOf(fs.quote, p);
          if (close < 0 || (end >= 0 && end < close)) {
            // an unclosed `\N{`: the rest up to the quote is text (decoding reports the malformed escape)
            const stop = end < 0 ? src.length : end;
            text += src.slice(p, stop);
            p = stop;
            continue;
          }
          text += src.slice(p, close + 1);
          p = close + 1;
          continue;
        }
        text += src.slice(p, p + 2);
        p += 2;
        continue;
      }
      text += src[p];
      p++;
    }
    this.pos = p;
    if (inSpec) this.emptySpecEnd = true;
    const tok = this.make(fs.isT ? T.TSTRING_MIDDLE : T.FSTRING_MIDDLE, start, p, sline, scol);
    tok.string = text;
    return tok;
  }
}

function isHex(c: number) {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
}
function isOct(c: number) {
  return c >= 48 && c <= 55;
}
function isBin(c: number) {
  return c === 48 || c === 49;
}
function isDigit(c: number) {
  return c >= 48 && c <= 57;
}
function isIdent(c: number) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57);
}

/** The end of the characters a decimal literal at `p` could span (digits, `_`, `.`, exponent, `j`): the
 * literal regex runs on that slice only, however long the literal is. */
function numberRunEnd(src: string, p: number): number {
  for (;;) {
    const c = src.charCodeAt(p);
    if ((c >= 48 && c <= 57) || c === 95 || c === 46 || c === 101 || c === 69 || c === 106 || c === 74) p++;
    else if ((c === 43 || c === 45) && (src.charCodeAt(p - 1) | 32) === 101) p++;
    else return p;
  }
}
