// Compile-time errors and warnings, shared by the tokenizer, parser, symbol table and compiler.
// They carry exactly what CPython's SyntaxError carries (msg, filename, lineno, offset, text,
// end_lineno, end_offset), so the interpreter can turn them into real SyntaxError objects later.

export type SyntaxErrorKind =
  | "SyntaxError"
  | "IndentationError"
  | "TabError"
  | "_IncompleteInputError"
  // source too deeply nested for the parser / compiler (CPython raises these, not SyntaxError)
  | "MemoryError"
  | "RecursionError"
  // a name that NFKC-normalises to True/False/None (_PyPegen_new_identifier)
  | "ValueError";

export class CompileError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string,
    /** 1-based line. */
    readonly lineno: number,
    /** 1-based column in characters (code points), as CPython reports it; 0 when unknown. */
    readonly offset: number,
    /** The source line (without its newline), or null when unknown. */
    readonly text: string | null,
    readonly end_lineno: number = lineno,
    readonly end_offset: number = offset,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
  }
  /** SyntaxError._metadata from the parser: (line, column of the last parsed statement, source). */
  metadata: [number, number, string | null] | null = null;

  /** CPython's display: `  File "f", line N` / source line / caret line / `Kind: msg`. */
  format(): string {
    if (this.lineno <= 0) return `${this.kind}: ${this.msg}`;
    const out = [`  File "${this.filename}", line ${this.lineno}`];
    if (this.text !== null) {
      const line = this.text.replace(/\n$/, "");
      const stripped = line.replace(/^[ \t\f]+/, "");
      const indent = line.length - stripped.length;
      out.push("    " + stripped.replace(/\s+$/, ""));
      if (this.offset >= 1) {
        const start = Math.max(0, this.offset - 1 - indent);
        let width = 1;
        if (this.end_lineno === this.lineno && this.end_offset > this.offset) {
          width = this.end_offset - this.offset;
        }
        out.push("    " + " ".repeat(start) + "^".repeat(width));
      }
    }
    out.push(`${this.kind}: ${this.msg}`);
    return out.join("\n");
  }
}

export interface CompileWarning {
  category: "SyntaxWarning" | "DeprecationWarning";
  message: string;
  filename: string;
  lineno: number;
  /** The SyntaxError raised instead when the warning filters make this warning an error (default: the
   * message at the line). */
  asError?: CompileError;
}

/** Convert a 0-based UTF-8 byte column within `line` to a 0-based code-point column. */
export function byteToCharColumn(line: string, byteCol: number): number {
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < line.length && bytes < byteCol; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
    chars++;
  }
  // columns past the end of the line (e.g. "expected ':'" after the last token) stay past it
  return chars + Math.max(0, byteCol - bytes);
}

/** UTF-8 byte length of a JS string (lone surrogates count 3, as CPython's surrogatepass). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}
