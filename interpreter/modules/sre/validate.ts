// _validate from Modules/_sre/sre.c: checks a code list before it becomes a Pattern, so the engine never
// runs malformed code (a bad jump could loop forever). The compiler's code is position independent and
// its jumps only go forward without crossing; each check below mirrors the C function's.
import { MAXGROUPS, MAXREPEAT, OP } from "./constants.ts";

const CATEGORY_COUNT = 18;
const AT_COUNT = 12;

class Invalid {}
const INVALID = new Invalid();

function fail(): never {
  throw INVALID;
}

/** A cursor over code[i..end) with the GET_OP/GET_ARG/GET_SKIP reads of the C validator. */
class Reader {
  constructor(readonly code: Uint32Array, public i: number, readonly end: number) {}
  op(): number {
    if (this.i >= this.end) fail();
    return this.code[this.i++];
  }
  arg(): number {
    if (this.i >= this.end) fail();
    return this.code[this.i++];
  }
  skip(adj = 0): number {
    if (this.i >= this.end) fail();
    const skip = this.code[this.i];
    if (skip < adj || skip - adj > this.end - this.i) fail();
    this.i++;
    return skip;
  }
}

function validateCharset(code: Uint32Array, start: number, end: number): void {
  const r = new Reader(code, start, end);
  while (r.i < end) {
    switch (r.op()) {
      case OP.NEGATE:
        break;
      case OP.LITERAL:
        r.arg();
        break;
      case OP.RANGE:
      case OP.RANGE_UNI_IGNORE:
        r.arg();
        r.arg();
        break;
      case OP.CHARSET:
        if (8 > end - r.i) fail();
        r.i += 8;
        break;
      case OP.BIGCHARSET: {
        const blocks = r.arg();
        if (64 > end - r.i) fail();
        for (let k = 0; k < 256; k++) {
          if (((code[r.i + (k >> 2)] >>> ((k & 3) * 8)) & 255) >= blocks) fail();
        }
        r.i += 64;
        if (blocks * 8 > end - r.i) fail();
        r.i += blocks * 8;
        break;
      }
      case OP.CATEGORY:
        if (r.arg() >= CATEGORY_COUNT) fail();
        break;
      default:
        fail();
    }
  }
}

/** Returns 0, or 1 when the last operator is a JUMP (the end of a branch alternative). */
function validateInner(code: Uint32Array, start: number, end: number, groups: number): number {
  if (start > end) fail();
  const r = new Reader(code, start, end);
  while (r.i < end) {
    const op = r.op();
    switch (op) {
      case OP.MARK:
        if (r.arg() >= 2 * groups) fail();
        break;
      case OP.LITERAL:
      case OP.NOT_LITERAL:
      case OP.LITERAL_IGNORE:
      case OP.NOT_LITERAL_IGNORE:
      case OP.LITERAL_UNI_IGNORE:
      case OP.NOT_LITERAL_UNI_IGNORE:
      case OP.LITERAL_LOC_IGNORE:
      case OP.NOT_LITERAL_LOC_IGNORE:
        r.arg();
        break;
      case OP.SUCCESS:
      case OP.FAILURE:
      case OP.ANY:
      case OP.ANY_ALL:
        break;
      case OP.AT:
        if (r.arg() >= AT_COUNT) fail();
        break;
      case OP.IN:
      case OP.IN_IGNORE:
      case OP.IN_UNI_IGNORE:
      case OP.IN_LOC_IGNORE: {
        const skip = r.skip();
        if (skip < 2) fail();
        validateCharset(code, r.i, r.i + skip - 2);
        if (code[r.i + skip - 2] !== OP.FAILURE) fail();
        r.i += skip - 1;
        break;
      }
      case OP.INFO: {
        // <INFO> <1=skip> <2=flags> <3=min> <4=max> [prefix or charset]
        const skip = r.skip();
        const next = r.i + skip - 1;
        const flags = r.arg();
        r.arg();
        r.arg();
        if ((flags & ~7) !== 0 || ((flags & 1) && (flags & 4)) || ((flags & 2) && !(flags & 1))) fail();
        if (flags & 1) {
          const prefixLen = r.arg();
          r.arg();
          if (prefixLen > next - r.i) fail();
          r.i += prefixLen;
          if (prefixLen > next - r.i) fail();
          for (let k = 0; k < prefixLen; k++) if (code[r.i + k] >= prefixLen) fail();
          r.i += prefixLen;
        }
        if (flags & 4) {
          validateCharset(code, r.i, next - 1);
          if (code[next - 1] !== OP.FAILURE) fail();
          r.i = next;
        } else if (r.i !== next) fail();
        break;
      }
      case OP.BRANCH: {
        let target = -1;
        for (;;) {
          const skip = r.skip();
          if (skip === 0) break;
          if (skip < 3) fail();
          validateInner(code, r.i, r.i + skip - 3, groups);
          r.i += skip - 3;
          if (r.op() !== OP.JUMP) fail();
          const jump = r.skip();
          if (target < 0) target = r.i + jump - 1;
          else if (r.i + jump - 1 !== target) fail();
        }
        if (r.i !== target) fail();
        break;
      }
      case OP.REPEAT_ONE:
      case OP.MIN_REPEAT_ONE:
      case OP.POSSESSIVE_REPEAT_ONE:
      case OP.REPEAT:
      case OP.POSSESSIVE_REPEAT: {
        const single = op !== OP.REPEAT && op !== OP.POSSESSIVE_REPEAT;
        const skip = r.skip();
        const min = r.arg(), max = r.arg();
        if (min > max || max > MAXREPEAT) fail();
        const body = single ? 4 : 3;
        if (skip < body) fail();
        validateInner(code, r.i, r.i + skip - body, groups);
        r.i += skip - body;
        const last = r.op();
        if (single || op === OP.POSSESSIVE_REPEAT) {
          if (last !== OP.SUCCESS) fail();
        } else if (last !== OP.MAX_UNTIL && last !== OP.MIN_UNTIL) fail();
        break;
      }
      case OP.ATOMIC_GROUP: {
        const skip = r.skip();
        if (skip < 2) fail();
        validateInner(code, r.i, r.i + skip - 2, groups);
        r.i += skip - 2;
        if (r.op() !== OP.SUCCESS) fail();
        break;
      }
      case OP.GROUPREF:
      case OP.GROUPREF_IGNORE:
      case OP.GROUPREF_UNI_IGNORE:
      case OP.GROUPREF_LOC_IGNORE:
        if (r.arg() >= groups) fail();
        break;
      case OP.GROUPREF_EXISTS: {
        // <GROUPREF_EXISTS> <group> <skip> then [<JUMP> <skip> else]; the skip counts from <group>
        if (r.arg() >= groups) fail();
        const skip = r.skip(1);
        r.i--;
        let rc = validateInner(code, r.i + 1, r.i + skip - 1, groups);
        if (rc === 1) {
          r.i += skip - 2;
          const skipNo = r.skip();
          rc = validateInner(code, r.i, r.i + skipNo - 1, groups);
          if (rc) fail();
          r.i += skipNo - 1;
        } else {
          if (rc) fail();
          r.i += skip - 1;
        }
        break;
      }
      case OP.ASSERT:
      case OP.ASSERT_NOT: {
        const skip = r.skip();
        r.arg();
        r.i--;
        if (skip < 2) fail();
        validateInner(code, r.i + 1, r.i + skip - 2, groups);
        r.i += skip - 2;
        if (r.op() !== OP.SUCCESS) fail();
        break;
      }
      case OP.JUMP:
        if (r.i + 1 !== end) fail();
        return 1;
      default:
        fail();
    }
  }
  return 0;
}

/** _validate: whether `code` is well-formed for a pattern with `groups` groups. */
export function validateCode(code: Uint32Array, groups: number): boolean {
  if (groups < 0 || groups > MAXGROUPS || code.length === 0 || code[code.length - 1] !== OP.SUCCESS) {
    return false;
  }
  try {
    return validateInner(code, 0, code.length - 1, groups) === 0;
  } catch (e) {
    if (e === INVALID) return false;
    throw e;
  }
}
