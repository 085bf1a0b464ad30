// Printing uncaught exceptions exactly as CPython 3.14's traceback module does: chained exceptions,
// "[Previous line repeated N more times]", the source line with caret anchors (~~~^^^), notes,
// SyntaxError's own block, and exception groups drawn as nested boxes.
import {
  call,
  callMethod,
  getAttr,
  getAttrOrUndefined,
  None,
  PyType,
  typeOf,
  type W,
} from "../objects/model.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { PyTraceback } from "../objects/traceback.ts";
import { PyStr } from "../objects/str.ts";
import { PyTuple } from "../objects/tuple.ts";
import { iterateToArray, repr, str } from "../objects/operations.ts";
import { suggestionSuffix } from "./suggestions.ts";
import { parse } from "../parser/parser.ts";
import { byteToCharColumn } from "../parser/errors.ts";
import { readBytes } from "../importing/sources.ts";
import { importModule } from "../importing/importer.ts";

/** Source lines by file name (linecache). Sources registered for `<string>`-like names come from here too. */
const sourceCache = new Map<string, string[] | null>();
export function registerSource(filename: string, source: string): void {
  sourceCache.set(filename, source.split(/\r\n|\r|\n/));
}
export function getLine(filename: string, lineno: number): string | null {
  let lines = sourceCache.get(filename);
  if (lines === undefined) {
    lines = null;
    if (!filename.startsWith("<")) {
      try {
        const bytes = readBytes(filename);
        if (bytes !== null) lines = new TextDecoder().decode(bytes).split(/\r\n|\r|\n/);
      } catch { /* no source available */ }
    }
    sourceCache.set(filename, lines);
  }
  if (lines === null || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1];
}

interface FrameSummary {
  filename: string;
  lineno: number;
  name: string;
  endLineno: number;
  colno: number;
  endColno: number;
}

/** sys.tracebacklimit as the C printer reads it: the innermost N entries; 0 or less prints none. */
function tracebackLimit(): number {
  let v: W | undefined;
  try {
    v = getAttrOrUndefined(importModule("sys"), "tracebacklimit");
  } catch {
    return Infinity;
  }
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return v > 0n ? Infinity : 0;
  return Infinity;
}

function extractTb(tb: W): FrameSummary[] {
  const out: FrameSummary[] = [];
  let t = tb;
  let guard = 0;
  while (t instanceof PyTraceback && guard++ < 100000) {
    const code = t.frame.code;
    const pos = code.positions()[t.lasti] ??
      { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };
    out.push({
      filename: code.co.co_filename,
      lineno: pos.lineno >= 0 ? pos.lineno : t.lineno,
      name: code.co.co_name,
      endLineno: pos.end_lineno,
      colno: pos.col_offset,
      endColno: pos.end_col_offset,
    });
    t = t.next;
  }
  return out;
}

interface Anchors {
  leftLine: number;
  leftCol: number;
  rightLine: number;
  rightCol: number;
}

type AnyNode = { _type: string; [k: string]: unknown };

/** traceback._extract_caret_anchors_from_line_segment */
function caretAnchors(segment: string): Anchors | null {
  let tree: AnyNode;
  try {
    tree = parse(`(\n${segment}\n)`, "<anchors>", "exec") as unknown as AnyNode;
  } catch {
    return null;
  }
  const body = tree.body as AnyNode[];
  if (body.length !== 1 || body[0]._type !== "Expr") return null;
  const lines = segment.split("\n");
  const norm = (lineno: number, off: number) => byteToCharColumn(lines[lineno] ?? "", off);
  const nextValid = (lineno: number, col: number): [number, number] => {
    while (lineno < lines.length && col >= lines[lineno].length) {
      col = 0;
      lineno++;
    }
    if (lineno >= lines.length) throw new Error("no valid char");
    return [lineno, col];
  };
  const increment = (l: number, c: number) => nextValid(l, c + 1);
  const nextline = (l: number) => nextValid(l + 1, 0);
  const incrementUntil = (l: number, c: number, stop: (ch: string) => boolean): [number, number] => {
    for (;;) {
      const ch = lines[l][c];
      if (ch === "\\" || ch === "#") [l, c] = nextline(l);
      else if (!stop(ch)) [l, c] = increment(l, c);
      else break;
    }
    return [l, c];
  };
  const setup = (e: AnyNode, forceValid = true): [number, number] => {
    const l = (e.end_lineno as number) - 2;
    const c = norm(l, e.end_col_offset as number);
    return forceValid ? nextValid(l, c) : [l, c];
  };
  const expr = body[0].value as AnyNode;
  try {
    if (expr._type === "BinOp") {
      let [l, c] = setup(expr.left as AnyNode);
      [l, c] = incrementUntil(l, c, (x) => !/\s/.test(x) && x !== ")");
      let right = c + 1;
      const r = expr.right as AnyNode;
      if (
        right < lines[l].length &&
        ((r.lineno as number) - 2 > l || right < norm((r.lineno as number) - 2, r.col_offset as number)) &&
        !/\s/.test(lines[l][right]) && !"\\#".includes(lines[l][right])
      ) right++;
      return { leftLine: l, leftCol: c, rightLine: l, rightCol: right };
    }
    if (expr._type === "Subscript" || expr._type === "Call") {
      const inner = (expr._type === "Subscript" ? expr.value : expr.func) as AnyNode;
      let [l, c] = setup(inner);
      [l, c] = incrementUntil(l, c, (x) => x === (expr._type === "Subscript" ? "[" : "("));
      const [rl, rc] = setup(expr, false);
      return { leftLine: l, leftCol: c, rightLine: rl, rightCol: rc };
    }
  } catch {
    return null;
  }
  return null;
}

function shouldShowCarets(start: number, end: number, allLines: string[], anchors: Anchors | null): boolean {
  try {
    const tree = parse(allLines.join("\n"), "<carets>", "exec") as unknown as AnyNode;
    const body = tree.body as AnyNode[];
    if (body.length === 0) return false;
    const st = body[0];
    let value: AnyNode | null = null;
    if (st._type === "Return" && (st.value as AnyNode | null)?._type === "Call") {
      if (((st.value as AnyNode).func as AnyNode)._type === "Name") value = st.value as AnyNode;
    } else if (st._type === "Assign" && (st.value as AnyNode)._type === "Call") {
      const targets = st.targets as AnyNode[];
      if (targets.length === 1 && targets[0]._type === "Name") value = st.value as AnyNode;
    }
    if (
      value !== null && value.lineno === 1 && value.end_lineno === allLines.length &&
      value.col_offset === start && value.end_col_offset === end
    ) return false;
  } catch { /* not parseable alone: fall through */ }
  if (anchors !== null) return true;
  if (allLines[0].slice(0, start).trim() || allLines[allLines.length - 1].slice(end).trim()) return true;
  return false;
}

function dedent(lines: string[]): string[] {
  let common: string | null = null;
  for (const l of lines) {
    if (l.trim() === "") continue;
    const ind = l.match(/^[ \t]*/)![0];
    if (common === null || !ind.startsWith(common)) {
      if (common === null) common = ind;
      else {
        let i = 0;
        while (i < common.length && i < ind.length && common[i] === ind[i]) i++;
        common = common.slice(0, i);
      }
    }
  }
  const n = common?.length ?? 0;
  return lines.map((l) => (l.trim() === "" ? "" : l.slice(n)));
}

function formatFrame(fs: FrameSummary): string {
  let row = `  File "${fs.filename}", line ${fs.lineno}, in ${fs.name}\n`;
  const first = getLine(fs.filename, fs.lineno);
  if (first === null || first.trim() === "") return row;
  if (fs.colno < 0 || fs.endColno < 0 || fs.endLineno < fs.lineno) {
    return row + "    " + first.trim() + "\n";
  }
  const original: string[] = [];
  for (let l = fs.lineno; l <= fs.endLineno; l++) {
    original.push((getLine(fs.filename, l) ?? "").replace(/\s+$/, ""));
  }
  const allLines = dedent(original);
  const firstLine = original[0], lastLine = original[original.length - 1];
  let start = byteToCharColumn(firstLine, fs.colno);
  let end = byteToCharColumn(lastLine, fs.endColno);
  const dedentChars = firstLine.length - allLines[0].length;
  start = Math.max(0, start - dedentChars);
  end = Math.max(0, end - dedentChars);
  let segment = allLines.join("\n");
  segment = segment.slice(start, segment.length - (allLines[allLines.length - 1].length - end));
  const anchors = caretAnchors(segment);
  const showCarets = shouldShowCarets(start, end, allLines, anchors);
  const sig = new Set<number>([0, allLines.length - 1]);
  let leftEnd = 0, rightStart = 0;
  let primary = "^", secondary = "^";
  if (anchors !== null) {
    leftEnd = anchors.leftCol + (anchors.leftLine === 0 ? start : 0);
    rightStart = anchors.rightCol + (anchors.rightLine === 0 ? start : 0);
    primary = "~";
    secondary = "^";
    for (let i = anchors.leftLine - 1; i <= anchors.leftLine + 1; i++) sig.add(i);
    for (let i = anchors.rightLine - 1; i <= anchors.rightLine + 1; i++) sig.add(i);
  }
  sig.delete(-1);
  sig.delete(allLines.length);
  const result: string[] = [];
  const outputLine = (lineno: number) => {
    const line = allLines[lineno];
    result.push(line);
    if (!showCarets) return;
    const spaces = line.length - line.trimStart().length;
    const n = lineno === allLines.length - 1 ? end : line.length;
    let carets = "";
    for (let col = 0; col < n; col++) {
      if (col < spaces || (lineno === 0 && col < start)) carets += " ";
      else if (
        anchors !== null &&
        (lineno > anchors.leftLine || (lineno === anchors.leftLine && col >= leftEnd)) &&
        (lineno < anchors.rightLine || (lineno === anchors.rightLine && col < rightStart))
      ) carets += secondary;
      else carets += primary;
    }
    result.push(carets);
  };
  const sorted = [...sig].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i++) {
    const lineno = sorted[i];
    if (i > 0) {
      const diff = lineno - sorted[i - 1];
      if (diff === 2) outputLine(lineno - 1);
      else if (diff > 2) result.push(`...<${diff - 1} lines>...`);
    }
    outputLine(lineno);
  }
  const block = dedent(result);
  for (const l of block) row += "    " + l + "\n";
  return row;
}

const RECURSIVE_CUTOFF = 3;

function formatStack(frames: FrameSummary[]): string {
  let out = "";
  let last: FrameSummary | null = null;
  let count = 0;
  for (const fs of frames) {
    if (
      last === null || last.filename !== fs.filename || last.lineno !== fs.lineno || last.name !== fs.name
    ) {
      if (count > RECURSIVE_CUTOFF) {
        const n = count - RECURSIVE_CUTOFF;
        out += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
      }
      last = fs;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out += formatFrame(fs);
  }
  if (count > RECURSIVE_CUTOFF) {
    const n = count - RECURSIVE_CUTOFF;
    out += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
  }
  return out;
}

function safeStr(e: W): string {
  try {
    return str(e);
  } catch {
    return "<exception str() failed>";
  }
}

function typeName(t: PyType): string {
  const mod = getAttrOrUndefined(t, "__module__");
  const m = mod instanceof PyStr ? mod.value : t.module;
  const q = t.qualname;
  return m === "builtins" || m === "__main__" ? q : `${m}.${q}`;
}

/** The lines after the frames: "Type: message", notes, or SyntaxError's block. */
function formatExceptionOnly(e: W): string[] {
  const t = typeOf(e);
  const stype = typeName(t);
  const out: string[] = [];
  const exc = e as PyBaseException;
  if (e instanceof PyBaseException && t.isSubtypeOf(syntaxErrorType())) {
    const filename = exc.getAttr("filename");
    const lineno = exc.getAttr("lineno");
    if (typeof lineno === "number") {
      const fname = filename instanceof PyStr ? filename.value : "<string>";
      out.push(`  File "${fname}", line ${lineno}`);
    }
    let text = exc.getAttr("text");
    let offset = exc.getAttr("offset");
    let endOffset = exc.getAttr("end_offset");
    let msg = exc.getAttr("msg");
    let caretLine = lineno, caretEndLine = exc.getAttr("end_lineno");
    if (text instanceof PyStr) {
      const typo = keywordTypo(exc, msg);
      if (typo !== null) [msg, text, offset, endOffset, caretLine, caretEndLine] = typo;
    }
    if (text instanceof PyStr) {
      // TracebackException._format_syntax_error
      const rtext = text.value.replace(/\n$/, "");
      const ltext = rtext.replace(/^[ \n\f]+/, "");
      const spaces = rtext.length - ltext.length;
      out.push("    " + ltext);
      if (typeof offset === "number") {
        let start = offset;
        let end = caretLine === caretEndLine
          ? (typeof endOffset === "number" && endOffset !== 0 ? endOffset : start)
          : rtext.length + 1;
        if (text.value !== "" && start > text.value.length) start = rtext.length + 1;
        if (text.value !== "" && end > text.value.length) end = rtext.length + 1;
        if (start >= end || end < 0) end = start + 1;
        const colno = start - 1 - spaces;
        const endColno = end - 1 - spaces;
        if (colno >= 0) {
          let space = "";
          for (const c of ltext.slice(0, colno)) space += /\s/.test(c) ? c : " ";
          out.push("    " + space + "^".repeat(Math.max(0, endColno - colno)));
        }
      }
    }
    // `self.msg or "<no detail available>"`
    const m = msg === undefined || msg === None || msg === 0 || (msg instanceof PyStr && msg.value === "")
      ? "<no detail available>"
      : msg instanceof PyStr
      ? msg.value
      : safeStr(msg);
    out.push(`${stype}: ${m}`);
  } else {
    const s = safeStr(e) + (e instanceof PyBaseException ? suggestionSuffix(exc) : "");
    out.push(s === "" ? stype : `${stype}: ${s}`);
  }
  if (e instanceof PyBaseException) {
    const notes = exc.getAttr("__notes__");
    if (notes !== undefined) {
      let items: W[] = [];
      try {
        items = iterateToArray(notes);
      } catch {
        out.push(`<__notes__ repr() failed>`);
      }
      for (const n of items) {
        if (n instanceof PyStr) out.push(...n.value.split("\n"));
        else {
          try {
            out.push(repr(n));
          } catch {
            out.push("<note str() failed>");
          }
        }
      }
    }
  }
  return out;
}

/**
 * traceback's _find_keyword_typos: an "invalid syntax" error whose line reads right with one name
 * replaced by a keyword says "Did you mean 'kw'?". It tries candidates by compiling, so it runs
 * traceback.py's own code; its results (msg, text, offset, end_offset, lineno, end_lineno) or null.
 */
function keywordTypo(exc: PyBaseException, msg: W | undefined): W[] | null {
  if (!(msg instanceof PyStr)) return null;
  if (msg.value !== "invalid syntax" && !msg.value.includes("Perhaps you forgot a comma")) return null;
  const meta = exc.getAttr("_metadata");
  if (meta === undefined || meta === None) return null;
  try {
    const te = call(getAttr(importModule("traceback"), "TracebackException"), [typeOf(exc), exc, None]);
    callMethod(te, "_find_keyword_typos", []);
    const newMsg = getAttr(te, "msg");
    if (newMsg === msg) return null;
    return ["msg", "text", "offset", "end_offset", "lineno", "end_lineno"].map((n) => getAttr(te, n));
  } catch {
    return null;
  }
}

let syntaxErrorTypeRef: PyType | null = null;
export function setSyntaxErrorType(t: PyType): void {
  syntaxErrorTypeRef = t;
}
function syntaxErrorType(): PyType {
  return syntaxErrorTypeRef!;
}
let groupTypeRef: PyType | null = null;
export function setGroupType(t: PyType): void {
  groupTypeRef = t;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** traceback.TracebackException.format for `exc`, chained exceptions first. */
export function formatException(exc: W): string {
  const lines: string[] = [];
  emit(exc, lines, new Set(), 0, "");
  return lines.join("");
}

function emit(exc: W, out: string[], seen: Set<W>, depth: number, margin: string): void {
  seen.add(exc);
  if (exc instanceof PyBaseException) {
    const cause = exc.cause;
    const context = exc.context;
    if (cause instanceof PyBaseException && !seen.has(cause)) {
      emit(cause, out, seen, depth, margin);
      out.push(
        margin + "\n" + margin + "The above exception was the direct cause of the following exception:\n" +
          margin + "\n",
      );
    } else if (!exc.suppressContext && context instanceof PyBaseException && !seen.has(context)) {
      emit(context, out, seen, depth, margin);
      out.push(
        margin + "\n" + margin + "During handling of the above exception, another exception occurred:\n" +
          margin + "\n",
      );
    }
  }
  const isGroup = groupTypeRef !== null && typeOf(exc).isSubtypeOf(groupTypeRef);
  const tb = exc instanceof PyBaseException ? exc.traceback : None;
  if (!isGroup) {
    const limit = tracebackLimit();
    if (tb !== None && limit > 0) {
      out.push(margin + "Traceback (most recent call last):\n");
      let entries = extractTb(tb);
      if (entries.length > limit) entries = entries.slice(entries.length - limit);
      for (const l of formatStack(entries).split("\n")) if (l !== "") out.push(margin + l + "\n");
    }
    for (const l of formatExceptionOnly(exc)) out.push(margin + l + "\n");
    return;
  }
  // exception group: header, then each sub-exception in a box (traceback.py's _ExceptionPrintContext)
  const indent = "  ".repeat(depth + 1);
  const bar = indent + "| ";
  let firstLine = true;
  const push = (l: string) => {
    out.push((firstLine && depth === 0 ? indent + "+ " : bar) + l + "\n");
    firstLine = false;
  };
  if (tb !== None) {
    push("Exception Group Traceback (most recent call last):");
    for (const l of formatStack(extractTb(tb)).split("\n")) if (l !== "") push(l);
  }
  for (const l of formatExceptionOnly(exc)) push(l);
  const subs = getAttrOrUndefined(exc, "exceptions");
  const items = subs instanceof PyTuple ? subs.items : [];
  const n = items.length;
  const shown = Math.min(n, MAX_GROUP_WIDTH);
  for (let i = 0; i < shown; i++) {
    out.push(`${indent}${i === 0 ? "+-+" : "  +"}---------------- ${i + 1} ----------------\n`);
    if (depth + 1 > MAX_GROUP_DEPTH) {
      out.push(`${indent}  | ... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else emit(items[i], out, new Set(seen), depth + 1, indent + "  | ");
  }
  if (n > MAX_GROUP_WIDTH) {
    out.push(`${indent}  +---------------- ... ----------------\n`);
    out.push(`${indent}  | and ${n - MAX_GROUP_WIDTH} more exception${n - MAX_GROUP_WIDTH > 1 ? "s" : ""}\n`);
  }
  out.push(`${indent}  +------------------------------------\n`);
}
