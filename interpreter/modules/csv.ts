// _csv: the reader's state machine, the writer's quoting rules and the dialect registry behind csv.py,
// with CPython 3.14's semantics (Modules/_csv.c): QUOTE_STRINGS/QUOTE_NOTNULL, NUL as ordinary data,
// the 3.13 dialect checks and the exact error messages.
import {
  call,
  defineGetSets,
  defineMethods,
  False,
  getAttrOrUndefined,
  type Kwargs,
  None,
  PyBool,
  PyNativeIterator,
  PyObject,
  type PyType,
  STOP_ITEM,
  True,
  typeOf,
  type W,
} from "../objects/model.ts";
import { newError, PyError, raiseTypeError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newList } from "../objects/list.ts";
import { newFloat, parseFloatStr, PyFloat } from "../objects/float.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { hash, isTrue, iter, next, str } from "../objects/operations.ts";
import { defineNativeIterator } from "../objects/model.ts";
import { nativeException, type NativeModuleDef, nativeType } from "./define.ts";

const QUOTE_MINIMAL = 0,
  QUOTE_ALL = 1,
  QUOTE_NONNUMERIC = 2,
  QUOTE_NONE = 3,
  QUOTE_STRINGS = 4,
  QUOTE_NOTNULL = 5;

const csvError = nativeException("_csv", "Error", exceptionTypes.Exception);
function fail(msg: string): never {
  throw newError(csvError, [newStr(msg)]);
}

let fieldLimit = 128 * 1024;

// ---------------------------------------------------------------- Dialect

const DIALECT_KEYS = [
  "delimiter",
  "doublequote",
  "escapechar",
  "lineterminator",
  "quotechar",
  "quoting",
  "skipinitialspace",
  "strict",
] as const;
type DialectKey = typeof DIALECT_KEYS[number];

export const dialectType: PyType = nativeType("_csv", "Dialect", undefined, {
  factory: (cls) => new PyDialect(cls),
});
dialectType.dict.set(
  "__doc__",
  newStr("CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n"),
);

class PyDialect extends PyObject {
  delimiter = ",";
  doublequote = true;
  escapechar: string | null = null;
  lineterminator = "\r\n";
  quotechar: string | null = '"';
  quoting = QUOTE_MINIMAL;
  skipinitialspace = false;
  strict = false;
  constructor(cls: PyType = dialectType) {
    super();
    this.cls = cls;
  }
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function charArg(name: string, v: W | undefined, dflt: string | null, orNone: boolean): string | null {
  if (v === undefined) return dflt;
  const what = orNone ? "a unicode character or None" : "a unicode character";
  if (orNone && v === None) return null;
  if (!(v instanceof PyStr)) raiseTypeError(`"${name}" must be ${what}, not ${typeOf(v).name}`);
  const n = codePoints(v.value);
  if (n !== 1) raiseTypeError(`"${name}" must be ${what}, not a string of length ${n}`);
  return v.value;
}

/** Build a Dialect from an optional base dialect (name, Dialect, or any object with the attributes). */
function makeDialect(cls: PyType, base: W | undefined, params: Map<string, W>): PyDialect {
  if (base instanceof PyStr) base = lookupDialect(base);
  if (base instanceof PyDialect && params.size === 0 && cls === dialectType) return base;
  const v = new Map<DialectKey, W>();
  for (const k of DIALECT_KEYS) {
    let x = params.get(k);
    if (x === undefined && base !== undefined && base !== None) x = getAttrOrUndefined(base, k);
    if (x !== undefined) v.set(k, x);
  }
  const d = cls === dialectType ? new PyDialect() : new PyDialect(cls);
  d.delimiter = charArg("delimiter", v.get("delimiter"), ",", false)!;
  if (v.has("doublequote")) d.doublequote = isTrue(v.get("doublequote")!);
  d.escapechar = charArg("escapechar", v.get("escapechar"), null, true);
  const lt = v.get("lineterminator");
  if (lt !== undefined) {
    if (!(lt instanceof PyStr)) raiseTypeError(`"lineterminator" must be a string, not ${typeOf(lt).name}`);
    d.lineterminator = lt.value;
  }
  const qc = v.get("quotechar");
  d.quotechar = charArg("quotechar", qc, '"', true);
  const q = v.get("quoting");
  if (q !== undefined) {
    if (q instanceof PyBool) d.quoting = q.value ? 1 : 0;
    else if (typeof q === "number") d.quoting = q;
    else raiseTypeError(`"quoting" must be an integer, not ${typeOf(q).name}`);
  }
  if (v.has("skipinitialspace")) d.skipinitialspace = isTrue(v.get("skipinitialspace")!);
  if (v.has("strict")) d.strict = isTrue(v.get("strict")!);
  if (!(d.quoting >= QUOTE_MINIMAL && d.quoting <= QUOTE_NOTNULL)) raiseTypeError('bad "quoting" value');
  if (qc === None && q === undefined) d.quoting = QUOTE_NONE;
  if (d.quoting !== QUOTE_NONE && d.quotechar === null) {
    raiseTypeError("quotechar must be set if quoting enabled");
  }
  const valueError = (msg: string): never => {
    throw newError(exceptionTypes.ValueError, [newStr(msg)]);
  };
  const badChar = (c: string | null) => c === "\n" || c === "\r" || (c === " " && d.skipinitialspace);
  if (d.delimiter === "\n" || d.delimiter === "\r") valueError("bad delimiter value");
  if (badChar(d.quotechar)) valueError("bad quotechar value");
  if (badChar(d.escapechar)) valueError("bad escapechar value");
  if (d.delimiter === d.quotechar) valueError("bad delimiter or quotechar value");
  if (d.delimiter === d.escapechar) valueError("bad delimiter or escapechar value");
  if (d.escapechar !== null && d.escapechar === d.quotechar) valueError("bad escapechar or quotechar value");
  if (d.lineterminator.includes(d.delimiter)) valueError("bad delimiter or lineterminator value");
  if (d.quotechar !== null && d.lineterminator.includes(d.quotechar)) {
    valueError("bad quotechar or lineterminator value");
  }
  if (d.escapechar !== null && d.lineterminator.includes(d.escapechar)) {
    valueError("bad escapechar or lineterminator value");
  }
  return d;
}

/** Split call arguments into (dialect, formatting parameters), rejecting unknown keywords. */
function dialectParams(kw: Kwargs | null, fname: string): Map<string, W> {
  const m = new Map<string, W>();
  if (kw === null) return m;
  for (let i = 0; i < kw.names.length; i++) {
    const k = kw.names[i];
    if (!(DIALECT_KEYS as readonly string[]).includes(k)) {
      raiseTypeError(`${fname} got an unexpected keyword argument '${k}'`);
    }
    m.set(k, kw.values[i]);
  }
  return m;
}
function takeDialectKw(kw: Kwargs | null): [W | undefined, Kwargs | null] {
  if (kw === null) return [undefined, null];
  const i = kw.names.indexOf("dialect");
  if (i < 0) return [undefined, kw];
  return [kw.values[i], {
    names: kw.names.filter((_, j) => j !== i),
    values: kw.values.filter((_, j) => j !== i),
  }];
}

defineMethods(dialectType, [
  {
    name: "__new__",
    arity: [1, 2],
    kind: "static",
    kw: ["**"],
    impl: (a, kw) => {
      const [kwDialect, rest] = takeDialectKw(kw);
      const base = a[1] ?? kwDialect;
      return makeDialect(a[0] as PyType, base, dialectParams(rest, "this function"));
    },
  },
  {
    name: "__reduce_ex__",
    arity: [1, 1],
    impl: (a) => raiseTypeError(`cannot pickle '${typeOf(a[0]).module}.${typeOf(a[0]).name}' instances`),
  },
]);
const charOrNone = (c: string | null): W => (c === null ? None : newStr(c));
function dia(w: W): PyDialect {
  if (!(w instanceof PyDialect)) raiseTypeError("descriptor requires a '_csv.Dialect' object");
  return w;
}
defineGetSets(dialectType, [
  { name: "delimiter", get: (d) => newStr(dia(d).delimiter) },
  { name: "doublequote", get: (d) => (dia(d).doublequote ? True : False) },
  { name: "escapechar", get: (d) => charOrNone(dia(d).escapechar) },
  { name: "lineterminator", get: (d) => newStr(dia(d).lineterminator) },
  { name: "quotechar", get: (d) => charOrNone(dia(d).quotechar) },
  { name: "quoting", get: (d) => dia(d).quoting },
  { name: "skipinitialspace", get: (d) => (dia(d).skipinitialspace ? True : False) },
  { name: "strict", get: (d) => (dia(d).strict ? True : False) },
]);

const registry = new Map<string, PyDialect>();
/** An unhashable name raises TypeError as the registry dict's lookup does (dict.ts's message). */
function dictKeyHash(name: W): void {
  try {
    hash(name);
  } catch (e) {
    if (!(e instanceof PyError) || e.value.cls !== exceptionTypes.TypeError) throw e;
    raiseTypeError(`cannot use '${typeOf(name).name}' as a dict key (${str(e.value)})`);
  }
}

/** get_dialect_from_registry: any hashable key may be looked up (and is not found unless a str). */
function lookupDialect(name: W): PyDialect {
  if (!(name instanceof PyStr)) {
    dictKeyHash(name);
    fail("unknown dialect");
  }
  const d = registry.get(name.value);
  if (d === undefined) fail("unknown dialect");
  return d;
}

// ---------------------------------------------------------------- reader

const enum S {
  StartRecord,
  StartField,
  EscapedChar,
  InField,
  InQuotedField,
  EscapeInQuotedField,
  QuoteInQuotedField,
  EatCrnl,
  AfterEscapedCrnl,
}
const EOL = -1;

export const readerType: PyType = nativeType("_csv", "reader", undefined, { flags: 0 });

class PyCsvReader extends PyNativeIterator {
  declare input: W;
  declare dialect: PyDialect;
  declare lineNum: number;
  declare state: S;
  declare fields: W[];
  declare field: string[];
  declare fieldLen: number;
  declare unquoted: boolean;
  constructor(input: W, dialect: PyDialect) {
    super();
    this.cls = readerType;
    this.input = input;
    this.dialect = dialect;
    this.lineNum = 0;
    this.state = S.StartRecord;
    this.fields = [];
    this.field = [];
    this.fieldLen = 0;
    this.unquoted = true;
  }

  private saveField(): void {
    const text = this.field.join("");
    const q = this.dialect.quoting;
    let value: W;
    if (this.unquoted && this.fieldLen === 0 && (q === QUOTE_NOTNULL || q === QUOTE_STRINGS)) value = None;
    else if (this.unquoted && this.fieldLen !== 0 && (q === QUOTE_NONNUMERIC || q === QUOTE_STRINGS)) {
      value = newFloat(floatOf(text));
    } else value = newStr(text);
    this.fields.push(value);
    this.field = [];
    this.fieldLen = 0;
    this.unquoted = true;
  }
  private addChar(c: string): void {
    if (this.fieldLen >= fieldLimit) fail(`field larger than field limit (${fieldLimit})`);
    this.field.push(c);
    this.fieldLen++;
  }

  /** One character (or EOL) through CPython's parse_process_char. */
  private process(c: string | typeof EOL): void {
    const d = this.dialect;
    const nl = c === "\n" || c === "\r";
    switch (this.state) {
      case S.StartRecord:
        if (c === EOL) return;
        if (nl) {
          this.state = S.EatCrnl;
          return;
        }
        this.state = S.StartField;
      // falls through
      case S.StartField:
        if (nl || c === EOL) {
          this.saveField();
          this.state = c === EOL ? S.StartRecord : S.EatCrnl;
        } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
          this.unquoted = false;
          this.state = S.InQuotedField;
        } else if (c === d.escapechar) this.state = S.EscapedChar;
        else if (c === " " && d.skipinitialspace) { /* skip leading space */ }
        else if (c === d.delimiter) this.saveField();
        else {
          this.addChar(c);
          this.state = S.InField;
        }
        return;
      case S.EscapedChar:
        if (nl) {
          this.addChar(c as string);
          this.state = S.AfterEscapedCrnl;
          return;
        }
        this.addChar(c === EOL ? "\n" : c);
        this.state = S.InField;
        return;
      case S.AfterEscapedCrnl:
        if (c === EOL) return;
      // falls through
      case S.InField:
        if (nl || c === EOL) {
          this.saveField();
          this.state = c === EOL ? S.StartRecord : S.EatCrnl;
        } else if (c === d.escapechar) this.state = S.EscapedChar;
        else if (c === d.delimiter) {
          this.saveField();
          this.state = S.StartField;
        } else this.addChar(c);
        return;
      case S.InQuotedField:
        if (c === EOL) { /* the field goes on on the next line */ }
        else if (c === d.escapechar) this.state = S.EscapeInQuotedField;
        else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
          this.state = d.doublequote ? S.QuoteInQuotedField : S.InField;
        } else this.addChar(c);
        return;
      case S.EscapeInQuotedField:
        this.addChar(c === EOL ? "\n" : c);
        this.state = S.InQuotedField;
        return;
      case S.QuoteInQuotedField:
        if (d.quoting !== QUOTE_NONE && c === d.quotechar) {
          this.addChar(c);
          this.state = S.InQuotedField;
        } else if (c === d.delimiter) {
          this.saveField();
          this.state = S.StartField;
        } else if (nl || c === EOL) {
          this.saveField();
          this.state = c === EOL ? S.StartRecord : S.EatCrnl;
        } else if (!d.strict) {
          this.addChar(c);
          this.state = S.InField;
        } else fail(`'${d.delimiter}' expected after '${d.quotechar}'`);
        return;
      case S.EatCrnl:
        if (nl) return;
        if (c === EOL) this.state = S.StartRecord;
        else {fail(
            "new-line character seen in unquoted field - do you need to open the file with newline=''?",
          );}
        return;
    }
  }

  nextItem(): W {
    this.fields = [];
    this.field = [];
    this.fieldLen = 0;
    this.state = S.StartRecord;
    this.unquoted = true;
    do {
      const line = next(this.input);
      if (line === STOP_ITEM) {
        if (this.fieldLen !== 0 || (this.state as S) === S.InQuotedField) {
          if (this.dialect.strict) fail("unexpected end of data");
          this.saveField();
          break;
        }
        return STOP_ITEM;
      }
      if (!(line instanceof PyStr)) {
        fail(
          `iterator should return strings, not ${typeOf(line).name} (the file should be opened in text mode)`,
        );
      }
      this.lineNum++;
      for (const c of line.value) this.process(c);
      this.process(EOL);
    } while (this.state !== S.StartRecord);
    const out = this.fields;
    this.fields = [];
    return newList(out);
  }
}

function floatOf(text: string): number {
  try {
    return parseFloatStr(text);
  } catch {
    throw newError(exceptionTypes.ValueError, [newStr(`could not convert string to float: '${text}'`)]);
  }
}

defineNativeIterator(readerType);
function rd(w: W): PyCsvReader {
  if (!(w instanceof PyCsvReader)) raiseTypeError("descriptor requires a '_csv.reader' object");
  return w;
}
defineGetSets(readerType, [
  { name: "dialect", get: (r) => rd(r).dialect },
  { name: "line_num", get: (r) => rd(r).lineNum },
]);

// ---------------------------------------------------------------- writer

export const writerType: PyType = nativeType("_csv", "writer", undefined, { flags: 0 });

class PyCsvWriter extends PyObject {
  declare write: W;
  declare dialect: PyDialect;
  constructor(write: W, dialect: PyDialect) {
    super();
    this.cls = writerType;
    this.write = write;
    this.dialect = dialect;
  }

  /** One field, quoted and escaped as join_append does; `quoted` is the quoting decision so far. */
  private field(text: string, quoted: boolean): string {
    const d = this.dialect;
    let out = "";
    for (const c of text) {
      let escape = false;
      if (
        c === d.delimiter || c === d.escapechar || c === d.quotechar || c === "\n" || c === "\r" ||
        d.lineterminator.includes(c)
      ) {
        if (d.quoting === QUOTE_NONE) escape = true;
        else {
          if (c === d.quotechar) {
            if (d.doublequote) out += d.quotechar;
            else escape = true;
          } else if (c === d.escapechar) escape = true;
          if (!escape) quoted = true;
        }
        if (escape) {
          if (d.escapechar === null) fail("need to escape, but no escapechar set");
          out += d.escapechar;
        }
      }
      out += c;
    }
    return quoted ? `${d.quotechar}${out}${d.quotechar}` : out;
  }

  writerow(row: W): W {
    const d = this.dialect;
    let it: W;
    try {
      it = iter(row);
    } catch (e) {
      if (typeOf(row).lookup("__iter__") === undefined && typeOf(row).lookup("__getitem__") === undefined) {
        fail(`iterable expected, not ${typeOf(row).name}`);
      }
      throw e;
    }
    const parts: string[] = [];
    let onlyEmpty = true, lastCannotQuote = false;
    for (;;) {
      const f = next(it);
      if (f === STOP_ITEM) break;
      let quoted: boolean;
      switch (d.quoting) {
        case QUOTE_NONNUMERIC:
          quoted = !isNumber(f);
          break;
        case QUOTE_ALL:
          quoted = true;
          break;
        case QUOTE_STRINGS:
          quoted = f instanceof PyStr;
          break;
        case QUOTE_NOTNULL:
          quoted = f !== None;
          break;
        default:
          quoted = false;
      }
      const text = f === None ? "" : f instanceof PyStr ? f.value : str(f);
      // a value the dialect may not quote (QUOTE_NONE; None under QUOTE_STRINGS/QUOTE_NOTNULL)
      lastCannotQuote = d.quoting === QUOTE_NONE ||
        (f === None && (d.quoting === QUOTE_STRINGS || d.quoting === QUOTE_NOTNULL));
      if (text === "" && d.delimiter === " " && d.skipinitialspace) {
        // an empty field would read back as skipped space (join_append)
        if (lastCannotQuote) {
          fail("empty field must be quoted if delimiter is a space and skipinitialspace is true");
        }
        quoted = true;
      }
      const piece = this.field(text, quoted);
      if (piece !== "") onlyEmpty = false;
      parts.push(piece);
    }
    if (parts.length === 1 && onlyEmpty) {
      // a record of one empty field must be told from an empty record
      if (lastCannotQuote) fail("single empty field record must be quoted");
      parts[0] = `${d.quotechar}${d.quotechar}`;
    }
    return call(this.write, [newStr(parts.join(d.delimiter) + d.lineterminator)]);
  }
}

function isNumber(w: W): boolean {
  if (typeof w === "number" || typeof w === "bigint" || w instanceof PyFloat || w instanceof PyBool) {
    return true;
  }
  const t = typeOf(w);
  return t.lookup("__index__") !== undefined || t.lookup("__float__") !== undefined ||
    t.lookup("__int__") !== undefined;
}

function wr(w: W): PyCsvWriter {
  if (!(w instanceof PyCsvWriter)) raiseTypeError("descriptor requires a '_csv.writer' object");
  return w;
}
defineMethods(writerType, [
  { name: "writerow", arity: [1, 1], impl: (a) => wr(a[0]).writerow(a[1]) },
  {
    name: "writerows",
    arity: [1, 1],
    impl: (a) => {
      const w = wr(a[0]);
      const it = iter(a[1]);
      for (;;) {
        const row = next(it);
        if (row === STOP_ITEM) return None;
        w.writerow(row);
      }
    },
  },
]);
defineGetSets(writerType, [{ name: "dialect", get: (w) => wr(w).dialect }]);

// ---------------------------------------------------------------- module functions

function readerOrWriter(a: W[], kw: Kwargs | null, fname: string): [W, PyDialect] {
  if (a.length < 1) raiseTypeError(`${fname} expected at least 1 argument, got 0`);
  const [kwDialect, rest] = takeDialectKw(kw);
  const base = a[1] ?? kwDialect;
  return [a[0], makeDialect(dialectType, base, dialectParams(rest, fname + "()"))];
}

export const csvModule: NativeModuleDef = {
  name: "_csv",
  doc: "CSV parsing and writing.",
  functions: [
    {
      name: "reader",
      arity: [0, 2],
      kw: ["**"],
      impl: (a, kw) => {
        const [input, dialect] = readerOrWriter(a, kw, "reader");
        return new PyCsvReader(iter(input), dialect);
      },
    },
    {
      name: "writer",
      arity: [0, 2],
      kw: ["**"],
      impl: (a, kw) => {
        if (a.length < 1) raiseTypeError("writer expected at least 1 argument, got 0");
        const write = getAttrOrUndefined(a[0], "write");
        if (write === undefined) raiseTypeError('argument 1 must have a "write" method');
        const [, dialect] = readerOrWriter(a, kw, "writer");
        return new PyCsvWriter(write, dialect);
      },
    },
    {
      name: "register_dialect",
      arity: [1, 2],
      kw: ["**"],
      impl: (a, kw) => {
        const name = a[0];
        if (!(name instanceof PyStr)) raiseTypeError("dialect name must be a string");
        registry.set(name.value, makeDialect(dialectType, a[1], dialectParams(kw, "register_dialect()")));
        return None;
      },
    },
    {
      name: "unregister_dialect",
      arity: [1, 1],
      kw: ["name"],
      impl: (a) => {
        const name = a[0];
        if (!(name instanceof PyStr)) dictKeyHash(name);
        if (!(name instanceof PyStr) || !registry.delete(name.value)) fail("unknown dialect");
        return None;
      },
    },
    { name: "get_dialect", arity: [1, 1], kw: ["name"], impl: (a) => lookupDialect(a[0]) },
    { name: "list_dialects", arity: [0, 0], impl: () => newList([...registry.keys()].map((k) => newStr(k))) },
    {
      name: "field_size_limit",
      arity: [0, 1],
      kw: ["new_limit"],
      impl: (a) => {
        const old = fieldLimit;
        if (a[0] !== undefined) {
          if (typeof a[0] !== "number") raiseTypeError("limit must be an integer");
          fieldLimit = a[0];
        }
        return old;
      },
    },
  ],
  types: [dialectType, ["Reader", readerType], ["Writer", writerType], ["Error", csvError]],
  values: () => ({
    QUOTE_MINIMAL,
    QUOTE_ALL,
    QUOTE_NONNUMERIC,
    QUOTE_NONE,
    QUOTE_STRINGS,
    QUOTE_NOTNULL,
  }),
};
