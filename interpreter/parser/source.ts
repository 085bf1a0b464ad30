// Source decoding (PEP 263 and PEP 3120): a UTF-8 BOM, or a `coding:` declaration on line 1 or 2,
// picks the codec; the default is UTF-8. Errors are CPython's SyntaxErrors.
import { CompileError } from "./errors.ts";

const CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

const ALIASES: Record<string, string> = {
  "utf-8": "utf-8",
  "utf8": "utf-8",
  "utf_8": "utf-8",
  "u8": "utf-8",
  "latin-1": "iso-8859-1",
  "latin1": "iso-8859-1",
  "latin_1": "iso-8859-1",
  "iso-8859-1": "iso-8859-1",
  "iso8859-1": "iso-8859-1",
  "iso-latin-1": "iso-8859-1",
  "l1": "iso-8859-1",
  "ascii": "ascii",
  "us-ascii": "ascii",
  "cp1252": "windows-1252",
  "windows-1252": "windows-1252",
  "iso-8859-15": "iso-8859-15",
  "iso8859-15": "iso-8859-15",
  "latin9": "iso-8859-15",
  "l9": "iso-8859-15",
  "cp437": "ibm437",
  "euc-jp": "euc-jp",
  "shift_jis": "shift_jis",
  "gbk": "gbk",
  "big5": "big5",
  "koi8-r": "koi8-r",
};

/**
 * Codecs beyond the table above, from the running interpreter's codec registry (modules/codecs.ts installs
 * it): the text, or null when no codec has that name. A codec that fails to decode throws its error.
 */
export const sourceCodecs: { decode: ((name: string, bytes: Uint8Array) => string | null) | null } = {
  decode: null,
};

/** CPython's get_normal_name: "utf-8" for utf-8 and utf-8-*, "iso-8859-1" for the latin-1 spellings. */
function normalName(name: string): string {
  const n = name.slice(0, 12).toLowerCase().replace(/_/g, "-");
  if (n === "utf-8" || n.startsWith("utf-8-")) return "utf-8";
  if (/^(latin-1|iso-8859-1|iso-latin-1)(-|$)/.test(n)) return "iso-8859-1";
  return name;
}

/** Normalise a codec name the way CPython's tokenizer does (utf-8-* and latin-1-* prefixes). */
function codecFor(name: string): string | null {
  const n = name.toLowerCase().replace(/_/g, "-");
  if (n === "utf-8" || n.startsWith("utf-8-")) return "utf-8";
  if (/^(latin-1|iso-8859-1|iso-latin-1)(-|$)/.test(n)) return "iso-8859-1";
  return ALIASES[n] ?? ALIASES[name.toLowerCase()] ?? null;
}

function firstLines(bytes: Uint8Array): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length && lines.length < 2; i++) {
    if (bytes[i] === 10) {
      lines.push(String.fromCharCode(...bytes.subarray(start, Math.min(i, start + 300))));
      start = i + 1;
    }
  }
  if (lines.length < 2 && start < bytes.length) {
    lines.push(String.fromCharCode(...bytes.subarray(start, Math.min(bytes.length, start + 300))));
  }
  return lines;
}

export function decodeSource(bytes: Uint8Array, filename: string): string {
  let bom = false;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bom = true;
    bytes = bytes.subarray(3);
  }
  let codec = "utf-8";
  const lines = firstLines(bytes);
  for (let i = 0; i < lines.length; i++) {
    const m = CODING_RE.exec(lines[i]);
    if (m) {
      // with a BOM only utf-8 itself may be declared (not an alias such as utf8), as CPython's tokenizer checks
      const normal = normalName(m[1]);
      if (bom && normal !== "utf-8") {
        throw new CompileError(
          "SyntaxError",
          `encoding problem: ${normal} with BOM`,
          filename,
          i + 1,
          0,
          null,
        );
      }
      const c = codecFor(m[1]);
      if (c === null) return registryDecode(m[1], bytes, filename);
      codec = c;
      break;
    }
    // a coding line is honoured on line 2 only if line 1 is blank or a comment
    if (i === 0 && !/^[ \t\f]*(#.*)?\r?$/.test(lines[0])) break;
  }
  if (codec === "ascii") {
    // (WHATWG's "ascii" is windows-1252: check the range here)
    const bad = bytes.findIndex((b) => b >= 0x80);
    if (bad >= 0) {
      throw new CompileError(
        "SyntaxError",
        `'ascii' codec can't decode byte 0x${
          bytes[bad].toString(16)
        } in position ${bad}: ordinal not in range(128)`,
        filename,
        0,
        -1,
        null,
      );
    }
  }
  // (WHATWG's "iso-8859-1" is windows-1252 too: Latin-1 maps each byte to the code point of its value)
  if (codec === "iso-8859-1") {
    let out = "";
    for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
    return out;
  }
  try {
    return new TextDecoder(codec, { fatal: true }).decode(bytes);
  } catch {
    if (codec !== "utf-8") {
      throw new CompileError(
        "SyntaxError",
        `(unicode error) '${codec}' codec can't decode the source`,
        filename,
        0,
        -1,
        null,
      );
    }
    // CPython's tokenizer reports the first byte that starts no valid UTF-8 sequence, with its line
    const pos = firstInvalidUtf8(bytes);
    let lineStart = 0;
    let line = 1;
    for (let i = 0; i < pos; i++) {
      if (bytes[i] === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    let lineEnd = bytes.indexOf(10, pos);
    if (lineEnd < 0) lineEnd = bytes.length;
    const lax = new TextDecoder("utf-8");
    const col = lax.decode(bytes.subarray(lineStart, pos)).length;
    throw new CompileError(
      "SyntaxError",
      `Non-UTF-8 code starting with '\\x${bytes[pos].toString(16).padStart(2, "0")}' on line ${line}, ` +
        "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
      filename,
      line,
      col + 1,
      lax.decode(bytes.subarray(lineStart, lineEnd)),
    );
  }
}

/** Source in an encoding only the codec registry knows (utf-7, cp037, mac-roman, ...): decoded by it. */
function registryDecode(name: string, bytes: Uint8Array, filename: string): string {
  let text: string | null = null;
  try {
    text = sourceCodecs.decode === null ? null : sourceCodecs.decode(name, bytes);
  } catch (e) {
    // the codec's own error, as CPython's "(unicode error) ..." SyntaxError
    const detail = (e as { message?: string }).message ?? String(e);
    throw new CompileError("SyntaxError", `(unicode error) ${detail}`, filename, 0, -1, null);
  }
  // (no position: CPython's tokenizer reports line 0, as for a codec that fails)
  if (text === null) {
    throw new CompileError("SyntaxError", `unknown encoding: ${name}`, filename, 0, -1, null);
  }
  return text;
}

/** Index of the first byte that does not start a well-formed UTF-8 sequence (bytes.length if none). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let n = 0;
    let lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += n + 1;
  }
  return bytes.length;
}
