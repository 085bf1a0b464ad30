// The assembler: the code generator's instruction list (with labels and pseudo-instructions) becomes a
// CodeObject. It walks the control-flow graph once to find reachable code, the stack depth at every
// instruction and the exception handler in force there (the SETUP_* / POP_BLOCK nesting); then lowers
// pseudo-instructions, lays out jumps with EXTENDED_ARG, and encodes the line and exception tables.
import type { ConstantValue } from "../parser/ast.ts";
import {
  type CodeConstant,
  CodeObject,
  encodeExceptionTable,
  encodeLineTable,
  type ExceptionTableEntry,
  NO_LOCATION,
  type SourceLocation,
} from "./code.ts";
import { OP, opInfo, stackEffect } from "./opcodes.ts";

export class Label {
  /** Instruction index the label is bound to, or -1 while unbound. */
  index = -1;
}

export interface Instr {
  op: number;
  arg: number;
  target: Label | null;
  loc: SourceLocation;
}

export interface UnitMetadata {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  flags: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  consts: CodeConstant[];
  names: string[];
  localsplusnames: string[];
  localspluskinds: number[];
}

interface Handler {
  target: Label;
  depth: number;
  lasti: boolean;
  /** the except stack below this handler */
  below: Handler | null;
}

/** Raised for a malformed instruction stream: a compiler bug, reported as SystemError upstream. */
export class AssemblerError extends Error {}

const INVERTED: Record<number, number> = {
  [OP.POP_JUMP_IF_FALSE]: OP.POP_JUMP_IF_TRUE,
  [OP.POP_JUMP_IF_TRUE]: OP.POP_JUMP_IF_FALSE,
  [OP.POP_JUMP_IF_NONE]: OP.POP_JUMP_IF_NOT_NONE,
  [OP.POP_JUMP_IF_NOT_NONE]: OP.POP_JUMP_IF_NONE,
};

/** Conditional jumps only go forward in CPython's bytecode: `if c goto back` → `if !c goto skip; goto back`. */
function expandBackwardConditionals(instrs: Instr[]): Instr[] {
  let any = false;
  for (let i = 0; i < instrs.length; i++) {
    const t = instrs[i].target;
    if (t !== null && INVERTED[instrs[i].op] !== undefined && t.index <= i) {
      any = true;
      break;
    }
  }
  if (!any) return instrs;
  const out: Instr[] = [];
  const newIndex = new Int32Array(instrs.length + 1);
  const labels = new Set<Label>();
  const skips: [Instr, Label][] = [];
  for (let i = 0; i < instrs.length; i++) {
    newIndex[i] = out.length;
    const ins = instrs[i];
    if (ins.target !== null) labels.add(ins.target);
    if (ins.target !== null && INVERTED[ins.op] !== undefined && ins.target.index <= i) {
      const skip = new Label();
      const cond: Instr = { op: INVERTED[ins.op], arg: 0, target: skip, loc: ins.loc };
      out.push(cond);
      out.push({ op: OP.JUMP, arg: 0, target: ins.target, loc: ins.loc });
      skips.push([cond, skip]);
      skip.index = out.length; // provisional: the index right after the inserted JUMP
      continue;
    }
    out.push(ins);
  }
  newIndex[instrs.length] = out.length;
  const skipSet = new Set(skips.map(([, l]) => l));
  for (const l of labels) if (!skipSet.has(l) && l.index >= 0) l.index = newIndex[l.index];
  return out;
}

export function assemble(originalInstrs: Instr[], meta: UnitMetadata): CodeObject {
  const instrs = expandBackwardConditionals(originalInstrs);
  const n = instrs.length;
  const depthAt = new Int32Array(n).fill(-1);
  const handlerAt: (Handler | null)[] = new Array(n).fill(null);
  const handlerKnown = new Uint8Array(n);
  let maxDepth = 0;

  // ---- CFG walk: reachability, stack depth, handler stack ----
  const work: number[] = [];
  const visit = (i: number, depth: number, handler: Handler | null) => {
    if (i >= n) return;
    if (depthAt[i] === -1) {
      depthAt[i] = depth;
      handlerAt[i] = handler;
      handlerKnown[i] = 1;
      work.push(i);
    } else if (depthAt[i] !== depth) {
      throw new AssemblerError(
        `inconsistent stack depth at instruction ${i} (${opInfo(instrs[i].op).name}): ${
          depthAt[i]
        } vs ${depth}`,
      );
    }
  };
  if (n > 0) visit(0, 0, null);
  while (work.length > 0) {
    const i = work.pop()!;
    let depth = depthAt[i];
    let handler = handlerAt[i];
    // run straight-line code until a terminator or an already-visited successor
    for (let j = i; j < n; j++) {
      const ins = instrs[j];
      if (j !== i) {
        if (depthAt[j] !== -1) {
          if (depthAt[j] !== depth) {
            throw new AssemblerError(
              `inconsistent stack depth at ${j} (${opInfo(ins.op).name}): ${depthAt[j]} vs ${depth}`,
            );
          }
          break;
        }
        depthAt[j] = depth;
        handlerAt[j] = handler;
        handlerKnown[j] = 1;
      }
      const info = opInfo(ins.op);
      if (info.setup) {
        const targetDepth = depth + stackEffect(ins.op, ins.arg, true);
        if (targetDepth > maxDepth) maxDepth = targetDepth;
        const lasti = ins.op === OP.SETUP_CLEANUP || ins.op === OP.SETUP_WITH;
        const h: Handler = {
          target: ins.target!,
          depth: targetDepth - 1 - (lasti ? 1 : 0),
          lasti,
          below: handler,
        };
        visit(labelIndex(ins.target!), targetDepth, handler);
        handler = h;
        continue;
      }
      if (ins.op === OP.POP_BLOCK) {
        if (handler === null) throw new AssemblerError(`POP_BLOCK without a handler at ${j}`);
        handler = handler.below;
        continue;
      }
      if (ins.target !== null) {
        const jd = depth + stackEffect(ins.op, ins.arg, true);
        if (jd > maxDepth) maxDepth = jd;
        visit(labelIndex(ins.target), jd, handler);
      }
      depth += stackEffect(ins.op, ins.arg, false);
      if (depth < 0) throw new AssemblerError(`stack underflow at ${j} (${info.name})`);
      if (depth > maxDepth) maxDepth = depth;
      if (info.terminates) break;
    }
  }

  // ---- lower: keep reachable real instructions ----
  interface Out {
    op: number;
    arg: number;
    target: number; // index into `kept`, -1 when not a jump
    loc: SourceLocation;
    handler: Handler | null;
    size: number;
    offset: number;
  }
  const newIndex = new Int32Array(n + 1).fill(-1);
  const kept: Out[] = [];
  const lastReal = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    newIndex[i] = kept.length;
    if (depthAt[i] === -1) continue;
    const ins = instrs[i];
    const info = opInfo(ins.op);
    if (info.setup || ins.op === OP.POP_BLOCK || ins.op === OP.ANNOTATIONS_PLACEHOLDER) continue;
    let op = ins.op;
    if (op === OP.LOAD_CLOSURE) op = OP.LOAD_FAST;
    kept.push({ op, arg: ins.arg, target: -1, loc: ins.loc, handler: handlerAt[i], size: 1, offset: 0 });
    lastReal[i] = kept.length - 1;
  }
  newIndex[n] = kept.length;
  // resolve jump targets to the first kept instruction at or after the label
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (depthAt[i] === -1) continue;
    const ins = instrs[i];
    const info = opInfo(ins.op);
    if (info.setup || ins.op === OP.POP_BLOCK || ins.op === OP.ANNOTATIONS_PLACEHOLDER) continue;
    if (ins.target !== null) kept[k].target = newIndex[labelIndex(ins.target)];
    k++;
  }
  // a jump to the very next instruction is a no-op for unconditional JUMPs
  for (let i = 0; i < kept.length; i++) {
    const o = kept[i];
    if ((o.op === OP.JUMP || o.op === OP.JUMP_NO_INTERRUPT) && o.target === i + 1) {
      o.op = OP.NOP;
      o.target = -1;
    }
  }

  const compacted = peephole(kept, (h) => newIndex[labelIndex(h.target)]);
  if (compacted !== null) {
    const { out, remap } = compacted;
    for (let i = 0; i <= n; i++) newIndex[i] = remap[newIndex[i]];
    kept.length = 0;
    kept.push(...out);
  }
  propagateLineNumbers(kept, (h) => newIndex[labelIndex(h.target)]);
  // an inlined comprehension's restores store maybe-nothing: lowered only after the superinstructions,
  // which they take no part in (as in CPython, where the pseudo-op lives until then)
  for (const o of kept) if (o.op === OP.STORE_FAST_MAYBE_NULL) o.op = OP.STORE_FAST;

  // ---- layout with EXTENDED_ARG ----
  const argOf = (o: Out): number => o.arg;
  for (let iter = 0; iter < 10; iter++) {
    let offset = 0;
    for (const o of kept) {
      o.offset = offset;
      offset += o.size;
    }
    let changed = false;
    for (const o of kept) {
      if (o.target >= 0) {
        const targetOffset = o.target < kept.length ? kept[o.target].offset : offset;
        const after = o.offset + o.size;
        let op = o.op;
        if (op === OP.JUMP) op = targetOffset >= after ? OP.JUMP_FORWARD : OP.JUMP_BACKWARD;
        else if (op === OP.JUMP_NO_INTERRUPT) {
          op = targetOffset >= after ? OP.JUMP_FORWARD : OP.JUMP_BACKWARD_NO_INTERRUPT;
        }
        const back = op === OP.JUMP_BACKWARD || op === OP.JUMP_BACKWARD_NO_INTERRUPT;
        o.arg = back ? after - targetOffset : targetOffset - after;
        if (o.arg < 0) throw new AssemblerError(`${opInfo(op).name} cannot jump backward`);
        if (o.op === OP.JUMP || o.op === OP.JUMP_NO_INTERRUPT) o.op = op;
        // the jump's direction may flip once sizes change, so keep the pseudo meaning in `o.op` only after
      }
      const need = sizeFor(argOf(o));
      if (need !== o.size) {
        o.size = need;
        changed = true;
      }
    }
    if (!changed) break;
  }
  let total = 0;
  for (const o of kept) {
    o.offset = total;
    total += o.size;
  }

  // ---- emit code, locations, exception table ----
  const code = new Uint8Array(total * 2);
  const locs: SourceLocation[] = new Array(total);
  let p = 0;
  for (const o of kept) {
    const arg = o.arg;
    for (let s = o.size - 1; s >= 1; s--) {
      code[p * 2] = OP.EXTENDED_ARG;
      code[p * 2 + 1] = (arg >>> (8 * s)) & 0xff;
      locs[p] = o.loc;
      p++;
    }
    code[p * 2] = o.op;
    code[p * 2 + 1] = arg & 0xff;
    locs[p] = o.loc;
    p++;
  }
  const entries: ExceptionTableEntry[] = [];
  let cur: ExceptionTableEntry | null = null;
  for (const o of kept) {
    const h = o.handler;
    if (h === null) {
      cur = null;
      continue;
    }
    const targetIdx = newIndex[labelIndex(h.target)];
    const target = targetIdx < kept.length ? kept[targetIdx].offset : total;
    if (
      cur !== null && cur.target === target && cur.depth === h.depth && cur.lasti === h.lasti &&
      cur.end === o.offset
    ) {
      cur.end = o.offset + o.size;
    } else {
      cur = { start: o.offset, end: o.offset + o.size, target, depth: h.depth, lasti: h.lasti };
      entries.push(cur);
    }
  }

  return new CodeObject(
    meta.argcount,
    meta.posonlyargcount,
    meta.kwonlyargcount,
    Math.max(maxDepth, 1),
    meta.flags,
    code,
    meta.consts,
    meta.names,
    meta.localsplusnames,
    Uint8Array.from(meta.localspluskinds),
    meta.filename,
    meta.name,
    meta.qualname,
    meta.firstlineno,
    encodeLineTable(locs.map((l) => l ?? NO_LOCATION), meta.firstlineno),
    encodeExceptionTable(entries),
  );
}

function labelIndex(l: Label): number {
  if (l.index < 0) throw new AssemblerError("jump to an unbound label");
  return l.index;
}

function sizeFor(arg: number): number {
  if (arg < 0x100) return 1;
  if (arg < 0x10000) return 2;
  if (arg < 0x1000000) return 3;
  return 4;
}

export type { ConstantValue };

/**
 * CPython's propagate_line_numbers (flowgraph.c): in a basic block, an instruction without a location takes
 * the one before it; a block whose only predecessor falls through or jumps to it takes that predecessor's
 * last location on its first instruction. So the frame of an exception leaving through a handler's
 * RERAISE reports the handler's line (f_lineno, tracebacks), and `dis` shows CPython's line numbers.
 */
function propagateLineNumbers<T extends PeepholeInstr>(
  kept: T[],
  handlerTarget: (h: Handler) => number,
): void {
  const len = kept.length;
  if (len === 0) return;
  const preds = new Int32Array(len + 1);
  const blockStart = new Uint8Array(len + 1);
  blockStart[0] = 1;
  preds[0] = 1;
  const handlers = new Set<Handler>();
  for (let i = 0; i < len; i++) {
    const o = kept[i];
    if (o.target >= 0) {
      preds[o.target]++;
      blockStart[o.target] = 1;
    }
    if (o.handler !== null) handlers.add(o.handler);
    if (o.target >= 0 || opInfo(o.op).terminates) blockStart[i + 1] = 1;
  }
  for (const h of handlers) {
    const t = handlerTarget(h);
    preds[t]++;
    blockStart[t] = 1;
  }
  for (let i = 1; i < len; i++) {
    const prev = kept[i - 1];
    if (!(prev.target >= 0 && isUnconditionalJump(prev.op)) && !opInfo(prev.op).terminates) preds[i]++;
  }
  let prevLoc: SourceLocation = NO_LOCATION;
  for (let i = 0; i < len; i++) {
    const o = kept[i];
    if (blockStart[i]) prevLoc = NO_LOCATION;
    if (o.loc.lineno < 0) o.loc = prevLoc;
    else prevLoc = o.loc;
    if (i + 1 < len && blockStart[i + 1]) {
      const next = kept[i + 1];
      const fallsThrough = !(o.target >= 0 && isUnconditionalJump(o.op)) && !opInfo(o.op).terminates;
      if (fallsThrough && preds[i + 1] === 1 && next.loc.lineno < 0) next.loc = prevLoc;
    }
    if (o.target >= 0 && o.target < len && preds[o.target] === 1 && kept[o.target].loc.lineno < 0) {
      kept[o.target].loc = prevLoc;
    }
  }
}

function isUnconditionalJump(op: number): boolean {
  return op === OP.JUMP || op === OP.JUMP_NO_INTERRUPT || op === OP.JUMP_FORWARD || op === OP.JUMP_BACKWARD ||
    op === OP.JUMP_BACKWARD_NO_INTERRUPT;
}

interface PeepholeInstr {
  op: number;
  arg: number;
  target: number;
  loc: SourceLocation;
  handler: Handler | null;
}

/**
 * CPython's last flow-graph passes over pairs of instructions in one basic block (flowgraph.c's
 * optimize_basic_block, insert_superinstructions, remove_redundant_nops): a TO_BOOL after an
 * instruction that already gives a bool goes, COMPARE_OP absorbs it (oparg | 16), two local loads or
 * stores on one line become one superinstruction, and NOPs that mark no line of their own go. Fewer
 * instructions for the eval loop to dispatch, and `dis` shows what CPython 3.14 shows. Returns the kept
 * instructions and the old→new index map, or null when nothing changed.
 */
function peephole<T extends PeepholeInstr>(
  kept: T[],
  handlerTarget: (h: Handler) => number,
): { out: T[]; remap: Int32Array } | null {
  const len = kept.length;
  // instructions that start a basic block: jump and handler targets (nothing may be folded into them)
  const isTarget = new Uint8Array(len + 1);
  for (const o of kept) {
    if (o.target >= 0) isTarget[o.target] = 1;
    if (o.handler !== null) isTarget[handlerTarget(o.handler)] = 1;
  }
  const removed = new Uint8Array(len);
  let any = false;
  const sameLine = (a: T, b: T) => a.loc.lineno < 0 || b.loc.lineno < 0 || a.loc.lineno === b.loc.lineno;
  for (let i = 0; i + 1 < len; i++) {
    const a = kept[i], b = kept[i + 1];
    if (isTarget[i + 1] || a.handler !== b.handler || a.target >= 0) continue;
    switch (a.op) {
      case OP.COMPARE_OP:
        if (b.op === OP.TO_BOOL && sameLine(a, b)) {
          b.op = OP.COMPARE_OP;
          b.arg = a.arg | 16;
          removed[i] = 1;
        }
        break;
      case OP.CONTAINS_OP:
      case OP.IS_OP:
        if ((b.op === OP.TO_BOOL || b.op === OP.UNARY_NOT) && sameLine(a, b)) {
          b.arg = b.op === OP.UNARY_NOT ? a.arg ^ 1 : a.arg;
          b.op = a.op;
          removed[i] = 1;
        }
        break;
      case OP.TO_BOOL:
        if (b.op === OP.TO_BOOL) removed[i] = 1;
        break;
      case OP.LOAD_FAST:
        if (b.op === OP.LOAD_FAST && a.arg < 16 && b.arg < 16 && sameLine(a, b)) {
          a.op = OP.LOAD_FAST_LOAD_FAST;
          a.arg = (a.arg << 4) | b.arg;
          removed[i + 1] = 1;
          i++;
        }
        break;
      case OP.STORE_FAST:
        if ((b.op === OP.LOAD_FAST || b.op === OP.STORE_FAST) && a.arg < 16 && b.arg < 16 && sameLine(a, b)) {
          a.op = b.op === OP.LOAD_FAST ? OP.STORE_FAST_LOAD_FAST : OP.STORE_FAST_STORE_FAST;
          a.arg = (a.arg << 4) | b.arg;
          removed[i + 1] = 1;
          i++;
        }
        break;
    }
    if (removed[i] || removed[i + 1]) any = true;
  }
  // NOPs that carry no line of their own (no location, or the line of a neighbour)
  for (let i = 0; i < len; i++) {
    const o = kept[i];
    if (o.op !== OP.NOP || removed[i]) continue;
    let prev = i - 1;
    while (prev >= 0 && removed[prev]) prev--;
    const line = o.loc.lineno;
    const next = i + 1 < len ? kept[i + 1] : null;
    if (
      line < 0 || (prev >= 0 && !isTarget[i] && kept[prev].loc.lineno === line) ||
      (next !== null && next.loc.lineno === line)
    ) {
      removed[i] = 1;
      any = true;
    }
  }
  if (!any) return null;
  const remap = new Int32Array(len + 1);
  const out: T[] = [];
  for (let i = 0; i < len; i++) {
    remap[i] = out.length;
    if (!removed[i]) out.push(kept[i]);
  }
  remap[len] = out.length;
  for (const o of out) if (o.target >= 0) o.target = remap[o.target];
  return { out, remap };
}
