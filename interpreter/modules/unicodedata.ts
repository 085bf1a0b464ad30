// The unicodedata module (Unicode 16.0.0) and its ucd_3_2_0 view (the UCD type). The tables come from
// the data file unicodedata_db.txt (see tools/gen_unicodedata.ts for their origin), read and inflated on
// first use, not at startup. Names of Hangul syllables and of "<PREFIX>-<hex>" ideographs are computed; normalization
// (NFC/NFD/NFKC/NFKD) is done here from the decomposition and combining-class tables, so its result
// follows Unicode 16 rather than the JS engine's ICU version.
import { nodeZlib } from "../node_builtins.ts";
import {
  defineGetSets,
  defineMethods,
  False,
  PyObject,
  type PyType,
  True,
  typeOf,
  type W,
} from "../objects/model.ts";
import { errorWithMessage, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { newStr, PyStr, PyStrSub } from "../objects/str.ts";
import { bytesLike } from "../objects/bytes.ts";
import { newFloat } from "../objects/float.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";
import { nameHook } from "./codecs_errors.ts";
import { lookupHook } from "./codecs_impl.ts";
import { unicodeNameHook } from "../parser/literals.ts";

// ---------------------------------------------------------------- the tables

interface PropTable {
  starts: Int32Array;
  records: Uint16Array;
  cat: string[];
  bidi: string[];
  ccc: number[];
  eaw: string[];
  mirrored: number[];
}
interface Db {
  version: string;
  p16: PropTable;
  p32: PropTable;
  decomp: Map<number, string>;
  decomp32: Map<number, string>;
  numeric: Map<number, [number | null, number | null, string]>;
  numeric32: Map<number, [number | null, number | null, string] | null>;
  names: Map<number, string>;
  ranges: [number, number, string][];
  excluded: Set<number>;
  aliases: Map<string, number>;
  sequences: Map<string, string>;
  /** ucd_3_2_0 normalizes these with their decompositions from before Unicode 4.0's corrigendum. */
  corrections32: [number, number][];
  byName: Map<string, number> | null;
}

let db: Db | null = null;

function propTable(data: [[string, string, number, string, number][], [number, number][]]): PropTable {
  const [recs, runs] = data;
  const starts = new Int32Array(runs.length), records = new Uint16Array(runs.length);
  runs.forEach(([cp, r], i) => {
    starts[i] = cp;
    records[i] = r;
  });
  return {
    starts,
    records,
    cat: recs.map((r) => r[0]),
    bidi: recs.map((r) => r[1]),
    ccc: recs.map((r) => r[2]),
    eaw: recs.map((r) => r[3]),
    mirrored: recs.map((r) => r[4]),
  };
}

function load(): Db {
  if (db !== null) return db;
  const text = Deno.readTextFileSync(new URL("./unicodedata_db.txt", import.meta.url));
  const bin = atob(text.split("\n").filter((l) => !l.startsWith("#")).join(""));
  const packed = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) packed[i] = bin.charCodeAt(i);
  const j = JSON.parse(new TextDecoder().decode(nodeZlib().inflateSync(packed)));
  const intMap = <T>(o: Record<string, T>) => new Map(Object.entries(o).map(([k, v]) => [Number(k), v]));
  db = {
    version: j.version,
    p16: propTable(j.props),
    p32: propTable(j.props32),
    decomp: intMap<string>(j.decomp),
    decomp32: intMap<string>(j.decomp32),
    numeric: intMap(j.numeric),
    numeric32: intMap(j.numeric32),
    names: new Map(j.names as [number, string][]),
    ranges: j.ranges,
    excluded: new Set(j.excluded),
    aliases: new Map((j.aliases as [number, string][]).map(([cp, n]) => [n, cp])),
    sequences: new Map(
      (j.sequences as [string, number[]][]).map(([n, cps]) => [n, String.fromCodePoint(...cps)]),
    ),
    corrections32: j.corrections32,
    byName: null,
  };
  return db;
}

function recordOf(t: PropTable, cp: number): number {
  const s = t.starts;
  let lo = 0, hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return t.records[lo];
}

// ---------------------------------------------------------------- names

const S_BASE = 0xac00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11a7;
const L_COUNT = 19, V_COUNT = 21, T_COUNT = 28, N_COUNT = V_COUNT * T_COUNT, S_COUNT = L_COUNT * N_COUNT;
const JAMO_L = "G GG N D DD R M B BB S SS  J JJ C K T P H".split(" ");
const JAMO_V = "A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I".split(" ");
const JAMO_T = ["", ..."G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H".split(" ")];

export function charName(cp: number, old = false): string | undefined {
  const d = load();
  if (old && d.p32.cat[recordOf(d.p32, cp)] === "Cn") return undefined;
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    return "HANGUL SYLLABLE " + JAMO_L[Math.floor(s / N_COUNT)] +
      JAMO_V[Math.floor((s % N_COUNT) / T_COUNT)] +
      JAMO_T[s % T_COUNT];
  }
  const n = d.names.get(cp);
  if (n !== undefined) return n;
  for (const [start, end, prefix] of d.ranges) {
    if (cp >= start && cp <= end) return `${prefix}-${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return undefined;
}

/** The code point (or named sequence) of a name, case-insensitively, as _getcode does. */
export function codeOfName(name: string, old = false, sequences = true): string | undefined {
  const d = load();
  const up = name.toUpperCase();
  if (d.byName === null) {
    d.byName = new Map();
    for (const [cp, n] of d.names) d.byName.set(n, cp);
  }
  let cp = d.byName.get(up);
  // the algorithmic names are matched case-sensitively, as CPython's _getcode does
  if (cp === undefined && name.startsWith("HANGUL SYLLABLE ")) cp = hangulCode(name.slice(16));
  if (cp === undefined) cp = rangeCode(d, name, up);
  if (cp !== undefined) return String.fromCodePoint(cp);
  if (old) return undefined;
  const alias = d.aliases.get(up);
  if (alias !== undefined) return String.fromCodePoint(alias);
  return sequences ? d.sequences.get(up) : undefined;
}
/** "<PREFIX>-<hex>" names. CPython computes only CJK UNIFIED IDEOGRAPH names (case-sensitively, four or
 * five upper-case hex digits, leading zero allowed); the other ranges are names in its table, so they match
 * case-insensitively and only as name() spells them. */
function rangeCode(d: Db, name: string, up: string): number | undefined {
  const dash = up.lastIndexOf("-");
  if (dash <= 0) return undefined;
  const unified = name.startsWith("CJK UNIFIED IDEOGRAPH-");
  const hex = (unified ? name : up).slice(dash + 1);
  if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
  const prefix = up.slice(0, dash), v = parseInt(hex, 16);
  if (!unified && hex !== v.toString(16).toUpperCase().padStart(4, "0")) return undefined;
  if (unified !== (prefix === "CJK UNIFIED IDEOGRAPH")) return undefined;
  for (const [start, end, p] of d.ranges) {
    if (p === prefix && v >= start && v <= end) return v;
  }
  return undefined;
}
function hangulCode(rest: string): number | undefined {
  // longest-match the three jamo parts, as CPython's find_syllable does
  const part = (list: string[], s: string): [number, number] => {
    let best = -1, len = -1;
    list.forEach((j, i) => {
      if (j.length > len && s.startsWith(j)) (best = i), (len = j.length);
    });
    return [best, len];
  };
  const [l, ll] = part(JAMO_L, rest);
  if (l < 0) return undefined;
  const [v, vl] = part(JAMO_V, rest.slice(ll));
  if (v < 0) return undefined;
  const [t, tl] = part(JAMO_T, rest.slice(ll + vl));
  if (t < 0 || ll + vl + tl !== rest.length) return undefined;
  return S_BASE + (l * V_COUNT + v) * T_COUNT + t;
}

nameHook.nameOf = (c) => charName(c);
lookupHook.codeOf = (name) => {
  const r = /^[\x20-\x7e]*$/.test(name) ? codeOfName(name, false, false) : undefined;
  return r === undefined ? undefined : r.codePointAt(0);
};
unicodeNameHook.lookup = lookupHook.codeOf;

// ---------------------------------------------------------------- normalization

// CPython's 3.2.0 view decomposes with today's tables, except that code points unassigned in 3.2 stay
// as they are and the few decompositions corrected after 3.2 keep their old value; canonical ordering and
// composition use today's combining classes and composition table in both views.
interface NormMaps {
  canon: Map<number, number[]>;
  compat: Map<number, number[]>;
  compose: Map<number, number>;
  /** Today's properties (combining classes). */
  props: PropTable;
  /** The 3.2.0 properties, for the 3.2.0 view (whose unassigned code points pass through), else null. */
  oldProps: PropTable | null;
}
const normMaps: (NormMaps | null)[] = [null, null];

function parseDecomp(s: string): { compat: boolean; cps: number[] } {
  const parts = s.split(" ");
  const compat = parts[0].startsWith("<");
  return { compat, cps: (compat ? parts.slice(1) : parts).map((h) => parseInt(h, 16)) };
}
function buildMaps(old: boolean): NormMaps {
  const d = load();
  const m: NormMaps = {
    canon: new Map(),
    compat: new Map(),
    compose: new Map(),
    props: d.p16,
    oldProps: old ? d.p32 : null,
  };
  for (const [cp, s] of d.decomp) {
    const { compat, cps } = parseDecomp(s);
    m.compat.set(cp, cps);
    if (!compat) {
      m.canon.set(cp, cps);
      if (cps.length === 2 && !d.excluded.has(cp)) m.compose.set(cps[0] * 0x110000 + cps[1], cp);
    }
  }
  if (old) {
    for (const [cp, original] of d.corrections32) {
      m.canon.set(cp, [original]);
      m.compat.set(cp, [original]);
    }
  }
  return m;
}
function cccIn(m: NormMaps, cp: number): number {
  if (cp < 0x300) return 0;
  return m.props.ccc[recordOf(m.props, cp)];
}
function decomposeInto(m: NormMaps, cp: number, compat: boolean, out: number[]): void {
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    out.push(L_BASE + Math.floor(s / N_COUNT), V_BASE + Math.floor((s % N_COUNT) / T_COUNT));
    if (s % T_COUNT !== 0) out.push(T_BASE + (s % T_COUNT));
    return;
  }
  const oldProps = m.oldProps;
  if (oldProps !== null && oldProps.cat[recordOf(oldProps, cp)] === "Cn") {
    out.push(cp);
    return;
  }
  const d = (compat ? m.compat : m.canon).get(cp);
  if (d === undefined) {
    out.push(cp);
    return;
  }
  for (const c of d) decomposeInto(m, c, compat, out);
}
function composePair(m: NormMaps, a: number, b: number): number | undefined {
  if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT) {
    return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
  }
  if (
    a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT === 0 && b > T_BASE && b < T_BASE + T_COUNT
  ) {
    return a + (b - T_BASE);
  }
  return m.compose.get(a * 0x110000 + b);
}

export function normalize(form: string, s: string, old = false): string {
  const compose = form === "NFC" || form === "NFKC";
  const compat = form === "NFKC" || form === "NFKD";
  // text below U+00A0 is unchanged by every form, below U+00C0 by NFD, below U+0300 by NFC
  let quick = true;
  const limit = compat ? 0xa0 : compose ? 0x300 : 0xc0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= limit) {
      quick = false;
      break;
    }
  }
  if (quick) return s;
  const m = normMaps[old ? 1 : 0] ??= buildMaps(old);
  const ccc = (cp: number) => cccIn(m, cp);
  const d: number[] = [];
  for (const ch of s) decomposeInto(m, ch.codePointAt(0)!, compat, d);
  // canonical ordering: stable sort of each run of non-starters by combining class
  for (let i = 0; i < d.length; i++) {
    if (ccc(d[i]) === 0) continue;
    let j = i;
    while (j < d.length && ccc(d[j]) !== 0) j++;
    if (j - i > 1) {
      const run = d.slice(i, j).map((c, k) => [ccc(c), k, c]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      for (let k = 0; k < run.length; k++) d[i + k] = run[k][2];
    }
    i = j;
  }
  if (!compose) return String.fromCodePoint(...d);
  const out: number[] = [];
  let starter = -1, lastClass = -1;
  for (const c of d) {
    const cc = ccc(c);
    if (starter >= 0 && (lastClass === -1 || (lastClass !== 0 && lastClass < cc))) {
      const comp = composePair(m, out[starter], c);
      if (comp !== undefined) {
        out[starter] = comp;
        continue;
      }
    }
    if (cc === 0) {
      starter = out.length;
      lastClass = -1;
    } else lastClass = cc;
    out.push(c);
  }
  let r = "";
  for (let i = 0; i < out.length; i += 8192) r += String.fromCodePoint(...out.slice(i, i + 8192));
  return r;
}

// ---------------------------------------------------------------- the Python surface

const ucdType: PyType = nativeType("unicodedata", "UCD");
class PyUCD extends PyObject {
  constructor(readonly old: boolean) {
    super();
    this.cls = ucdType;
  }
}
ucdType.factory = () => raiseTypeError("cannot create 'unicodedata.UCD' instances");

function charArg(w: W, fname: string): number {
  if (!(w instanceof PyStr)) {
    raiseTypeError(`${fname}() argument must be a unicode character, not ${typeOf(w).name}`);
  }
  if (w.length !== 1) {
    raiseTypeError(`${fname}(): argument must be a unicode character, not a string of length ${w.length}`);
  }
  return w.value.codePointAt(0)!;
}
function formArg(w: W, fname: string): string {
  if (!(w instanceof PyStr)) raiseTypeError(`${fname}() argument 1 must be str, not ${typeOf(w).name}`);
  const f = w.value;
  if (f !== "NFC" && f !== "NFD" && f !== "NFKC" && f !== "NFKD") {
    raiseValueError("invalid normalization form");
  }
  return f;
}
function strArg(w: W, fname: string): string {
  if (!(w instanceof PyStr)) raiseTypeError(`${fname}() argument 2 must be str, not ${typeOf(w).name}`);
  return w.value;
}

function props(old: boolean): PropTable {
  const d = load();
  return old ? d.p32 : d.p16;
}
function decompositionOf(cp: number, old: boolean): string {
  const d = load();
  if (old) {
    const o = d.decomp32.get(cp);
    if (o !== undefined) return o;
  }
  return d.decomp.get(cp) ?? "";
}
function numericOf(cp: number, old: boolean): [number | null, number | null, string] | undefined {
  const d = load();
  const v = old && d.numeric32.has(cp) ? d.numeric32.get(cp) ?? undefined : d.numeric.get(cp);
  return v === undefined || v[2] !== "None" ? v : [v[0], v[1], ""];
}

type Impl = (old: boolean, a: W[]) => W;
const SURFACE: { name: string; arity: [number, number]; impl: Impl }[] = [
  {
    name: "category",
    arity: [1, 1],
    impl: (old, a) => {
      const t = props(old);
      return newStr(t.cat[recordOf(t, charArg(a[0], "category"))]);
    },
  },
  {
    name: "bidirectional",
    arity: [1, 1],
    impl: (old, a) => {
      const t = props(old);
      return newStr(t.bidi[recordOf(t, charArg(a[0], "bidirectional"))]);
    },
  },
  {
    name: "combining",
    arity: [1, 1],
    impl: (old, a) => {
      const t = props(old);
      return t.ccc[recordOf(t, charArg(a[0], "combining"))];
    },
  },
  {
    name: "east_asian_width",
    arity: [1, 1],
    impl: (old, a) => {
      const t = props(old);
      return newStr(t.eaw[recordOf(t, charArg(a[0], "east_asian_width"))]);
    },
  },
  {
    name: "mirrored",
    arity: [1, 1],
    impl: (old, a) => {
      const t = props(old);
      return t.mirrored[recordOf(t, charArg(a[0], "mirrored"))];
    },
  },
  {
    name: "decomposition",
    arity: [1, 1],
    impl: (old, a) => newStr(decompositionOf(charArg(a[0], "decomposition"), old)),
  },
  {
    name: "decimal",
    arity: [1, 2],
    impl: (old, a) => {
      const v = numericOf(charArg(a[0], "decimal"), old)?.[0];
      if (v !== undefined && v !== null) return v;
      if (a[1] !== undefined) return a[1];
      return raiseValueError("not a decimal");
    },
  },
  {
    name: "digit",
    arity: [1, 2],
    impl: (old, a) => {
      const v = numericOf(charArg(a[0], "digit"), old)?.[1];
      if (v !== undefined && v !== null) return v;
      if (a[1] !== undefined) return a[1];
      return raiseValueError("not a digit");
    },
  },
  {
    name: "numeric",
    arity: [1, 2],
    impl: (old, a) => {
      const v = numericOf(charArg(a[0], "numeric"), old)?.[2];
      if (v !== undefined && v !== "") return newFloat(Number(v));
      if (a[1] !== undefined) return a[1];
      return raiseValueError("not a numeric character");
    },
  },
  {
    name: "name",
    arity: [1, 2],
    impl: (old, a) => {
      const n = charName(charArg(a[0], "name"), old);
      if (n !== undefined) return newStr(n);
      if (a[1] !== undefined) return a[1];
      return raiseValueError("no such name");
    },
  },
  {
    name: "lookup",
    arity: [1, 1],
    impl: (old, a) => {
      let name: string;
      if (a[0] instanceof PyStr) name = a[0].value;
      else {
        const b = bytesLike(a[0]);
        if (b === undefined) {
          raiseTypeError(`a bytes-like object is required, not '${typeOf(a[0]).name}'`);
        }
        name = String.fromCharCode(...b);
      }
      if (name.length > 256) throw errorWithMessage("KeyError", "name too long");
      const r = /^[\x20-\x7e]*$/.test(name) ? codeOfName(name, old) : undefined;
      if (r === undefined) throw errorWithMessage("KeyError", `undefined character name '${name}'`);
      return newStr(r);
    },
  },
  {
    name: "normalize",
    arity: [2, 2],
    impl: (old, a) => {
      const form = formArg(a[0], "normalize");
      const s = strArg(a[1], "normalize");
      const r = normalize(form, s, old);
      // the result is always an exact str, as CPython's
      return r === s && !(a[1] instanceof PyStrSub) ? a[1] : newStr(r);
    },
  },
  {
    name: "is_normalized",
    arity: [2, 2],
    impl: (old, a) => {
      const form = formArg(a[0], "is_normalized");
      const s = strArg(a[1], "is_normalized");
      return normalize(form, s, old) === s ? True : False;
    },
  },
];

defineMethods(
  ucdType,
  SURFACE.map((f) => ({
    name: f.name,
    arity: f.arity,
    impl: (a: W[]) => f.impl((a[0] as PyUCD).old, a.slice(1)),
  })),
);
defineGetSets(ucdType, [{
  name: "unidata_version",
  get: (w: W) => newStr((w as PyUCD).old ? "3.2.0" : "16.0.0"),
}]);

export const unicodedataModule: NativeModuleDef = {
  name: "unicodedata",
  doc: "This module provides access to the Unicode Character Database which\n" +
    "defines character properties for all Unicode characters. The data in\n" +
    "this database is based on the UnicodeData.txt file version\n16.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\n" +
    "The module uses the same names and symbols as defined by the\nUnicodeData File Format 16.0.0.",
  functions: SURFACE.map((f) => ({ name: f.name, arity: f.arity, impl: (a: W[]) => f.impl(false, a) })),
  types: [ucdType],
  values: () => ({ unidata_version: newStr("16.0.0"), ucd_3_2_0: new PyUCD(true) }),
};
