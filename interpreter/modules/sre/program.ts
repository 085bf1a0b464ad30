// A compiled pattern's code words plus what the matcher derives from them to skip work: per
// single-character item, a table of which of the characters 0..255 it accepts (so `\w+` or `[^"]*`
// costs a load per character instead of walking the set's items), and "first sets": which characters
// can begin a match of the code from some point on. sreSearch uses the first set of the whole pattern
// to skip start positions where no match can begin (CPython only does this when the compiler's INFO
// block records a literal prefix or a charset); a REPEAT_ONE backtracking through its count uses the
// first set of its tail to skip counts where the tail cannot match (CPython does this only for a tail
// starting with a literal). Both only avoid attempts that would fail, so the order of the attempts
// that remain, and the result, are CPython's. Lookaround bodies of one character are marked
// (loneItem) so the matcher tests them in place rather than in a child context.
//
// Everything is computed lazily, on first use: the standard library compiles many patterns at import
// time that are never run.
import { AT, OP } from "./constants.ts";
import { matchOne } from "./engine.ts";

/** The characters that can begin a match (of some code from some point on). */
export class FirstSet {
  /** 1 for the characters 0..255 that can begin a match. */
  readonly table = new Uint8Array(256);
  /** The single-character items (by the index of their opcode) that can begin a match; for the
   * characters above 255, plain LITERALs are looked up in `literals` (an alternation of hundreds of
   * CJK words must not cost hundreds of tests per position) and the others are asked one by one. */
  readonly items: number[] = [];
  readonly literals = new Set<number>();
  readonly wideItems: number[] = [];
  /** Whether a match can begin at the end of the subject (the code reaches `$` or `\Z` first). */
  atEnd = false;

  /** Whether a match can begin at `ptr` of `text` (which ends at `end`). */
  canStart(code: Uint32Array, text: Int32Array | Uint8Array, ptr: number, end: number): boolean {
    if (ptr >= end) return this.atEnd;
    const ch = text[ptr];
    if (ch < 256) return this.table[ch] !== 0;
    if (this.literals.has(ch)) return true;
    const items = this.wideItems;
    for (let k = 0; k < items.length; k++) if (matchOne(code, items[k], ch)) return true;
    return false;
  }
}

/** Code words of the single-character item at `pc`, or 0 for any other opcode. */
function itemLength(code: Uint32Array, pc: number): number {
  switch (code[pc]) {
    case OP.ANY:
    case OP.ANY_ALL:
      return 1;
    case OP.LITERAL:
    case OP.NOT_LITERAL:
    case OP.LITERAL_IGNORE:
    case OP.NOT_LITERAL_IGNORE:
    case OP.LITERAL_UNI_IGNORE:
    case OP.NOT_LITERAL_UNI_IGNORE:
    case OP.LITERAL_LOC_IGNORE:
    case OP.NOT_LITERAL_LOC_IGNORE:
    case OP.CATEGORY:
      return 2;
    case OP.IN:
    case OP.IN_IGNORE:
    case OP.IN_UNI_IGNORE:
    case OP.IN_LOC_IGNORE:
      return 1 + code[pc + 1];
  }
  return 0;
}

/** Analysis gives up on patterns larger than this (the walk follows every branch to the end). */
const STEP_LIMIT = 400;
/** A first set with at least this many of the 256 characters is not worth testing. */
const DENSE = 240;

/** Code walk state: the set being built and the steps left. */
interface Walk {
  set: FirstSet;
  steps: number;
}

/** Sentinels of the walk: every path consumed a character (or cannot match), or some path may match
 * without consuming one where the caller cannot tell (the set is useless). */
const CONSUMES = 0, NULLABLE = 1;

export class Program {
  readonly code: Uint32Array;
  /** By opcode index: the accepted characters 0..255 of a single-character item. */
  private readonly tables: (Uint8Array | undefined)[] = [];
  /** By the index of a REPEAT_ONE/MIN_REPEAT_ONE's skip word: its tail's first set (null: none). */
  private readonly tails: (FirstSet | null | undefined)[] = [];
  private firstSet: FirstSet | null | undefined = undefined;
  /** By the index of a lookaround's body: the opcode index of its only item, or -1 (see loneItem). */
  private readonly lone: (number | undefined)[] = [];

  constructor(code: Uint32Array) {
    this.code = code;
  }

  /** The table of the single-character item whose opcode is at `pc`. */
  table(pc: number): Uint8Array {
    return this.tables[pc] ?? this.makeTable(pc);
  }

  private makeTable(pc: number): Uint8Array {
    const t = new Uint8Array(256);
    for (let ch = 0; ch < 256; ch++) if (matchOne(this.code, pc, ch)) t[ch] = 1;
    this.tables[pc] = t;
    return t;
  }

  /** When the code at `pc` is one single-character item and SUCCESS (a lookaround body like `(?<=a)`
   * or `(?!\d)`), the item's opcode index, else -1. */
  loneItem(pc: number): number {
    let r = this.lone[pc];
    if (r === undefined) {
      const n = itemLength(this.code, pc);
      r = this.lone[pc] = n > 0 && this.code[pc + n] === OP.SUCCESS ? pc : -1;
    }
    return r;
  }

  /** The first set of the whole pattern (the code after `start`, its INFO block), or null. */
  first(start: number): FirstSet | null {
    if (this.firstSet === undefined) this.firstSet = this.analyse(start);
    return this.firstSet;
  }

  /** The first set of the tail of the REPEAT_ONE or MIN_REPEAT_ONE whose skip word is at `pc`. */
  tail(pc: number): FirstSet | null {
    let t = this.tails[pc];
    if (t === undefined) t = this.tails[pc] = this.analyse(pc + this.code[pc]);
    return t;
  }

  private analyse(pc: number): FirstSet | null {
    const walk: Walk = { set: new FirstSet(), steps: STEP_LIMIT };
    if (this.walk(pc, walk) !== CONSUMES || walk.steps < 0) return null;
    const set = walk.set, code = this.code;
    let n = 0;
    for (const pc of set.items) {
      const t = this.table(pc);
      for (let ch = 0; ch < 256; ch++) set.table[ch] |= t[ch];
      if (code[pc] !== OP.LITERAL) set.wideItems.push(pc);
      else if (code[pc + 1] >= 256) set.literals.add(code[pc + 1]);
    }
    for (let ch = 0; ch < 256; ch++) n += set.table[ch];
    return n >= DENSE ? null : set;
  }

  /**
   * Walk the code from `pc` to the first character each path consumes, adding those items to the set.
   * Zero-width items that only restrict where a match can be (lookarounds, `\b`, `^`, marks) are
   * stepped over; `$`/`\Z` end the path (a match may begin at the end or, for `$`, at a newline).
   */
  private walk(pc: number, w: Walk): number {
    const code = this.code;
    for (;;) {
      if (--w.steps < 0) return NULLABLE;
      // a single-character item (itemLength's opcodes) is where this path's first character comes from
      if (itemLength(code, pc) !== 0) {
        w.set.items.push(pc);
        return CONSUMES;
      }
      const op = code[pc];
      switch (op) {
        case OP.MARK:
          pc += 2;
          continue;
        case OP.AT: {
          const at = code[pc + 1];
          if (at === AT.END || at === AT.END_LINE) {
            w.set.table[10] = 1;
            w.set.atEnd = true;
            return CONSUMES;
          }
          if (at === AT.END_STRING) {
            w.set.atEnd = true;
            return CONSUMES;
          }
          pc += 2;
          continue;
        }
        case OP.FAILURE:
          // this path never matches
          return CONSUMES;
        case OP.JUMP:
          // the end of a BRANCH alternative: continue after the branch
          pc += 1 + code[pc + 1];
          continue;
        case OP.BRANCH: {
          // <BRANCH> <skip> alternative <JUMP> ... <0>: every alternative, each to its end
          for (let alt = pc + 1; code[alt] !== 0; alt += code[alt]) {
            if (this.walk(alt + 1, w) !== CONSUMES) return NULLABLE;
          }
          return CONSUMES;
        }
        case OP.REPEAT_ONE:
        case OP.MIN_REPEAT_ONE:
        case OP.POSSESSIVE_REPEAT_ONE: {
          // <op> <skip> <min> <max> item <SUCCESS> tail
          if (code[pc + 3] !== 0) {
            w.set.items.push(pc + 4);
            if (code[pc + 2] !== 0) return CONSUMES;
          }
          pc += 1 + code[pc + 1];
          continue;
        }
        case OP.REPEAT:
        case OP.POSSESSIVE_REPEAT:
        case OP.ATOMIC_GROUP: {
          // <op> <skip> <min> <max> body <MAX_UNTIL|MIN_UNTIL|SUCCESS> tail; <ATOMIC_GROUP> <skip> body
          // <SUCCESS> tail. A body that consumes a character on every path ends the walk when it must
          // run at least once; otherwise the tail can begin the match too.
          const atomic = op === OP.ATOMIC_GROUP;
          const tail = atomic ? pc + 1 + code[pc + 1] : pc + 2 + code[pc + 1];
          if (atomic || code[pc + 3] !== 0) {
            const body = this.walk(atomic ? pc + 2 : pc + 4, w);
            if (body === CONSUMES && (atomic || code[pc + 2] !== 0)) return CONSUMES;
          }
          pc = tail;
          continue;
        }
        case OP.ASSERT:
        case OP.ASSERT_NOT:
          // <ASSERT> <skip> <back> pattern <SUCCESS>: zero-width
          pc += 1 + code[pc + 1];
          continue;
        default:
          // SUCCESS, MAX_UNTIL, MIN_UNTIL: the path may end here without consuming; GROUPREF*,
          // GROUPREF_EXISTS: not analysed
          return NULLABLE;
      }
    }
  }
}
