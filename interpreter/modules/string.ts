// The _string module: the format-string parsers string.Formatter is built on. formatter_parser walks a
// format string as CPython's MarkupIterator does (unicode_format.h), yielding (literal, field_name,
// format_spec, conversion); formatter_field_name_split splits "0.attr[key]" as FieldNameIterator does.
// Both report malformed input lazily, when the iterator reaches it.
import {
  defineNativeIterator,
  newBool,
  None,
  PyNativeIterator,
  type PyType,
  STOP_ITEM,
  typeOf,
  type W,
} from "../objects/model.ts";
import { raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newTuple } from "../objects/tuple.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";

const formatterIteratorType: PyType = nativeType("builtins", "formatteriterator");
const fieldNameIteratorType: PyType = nativeType("builtins", "fieldnameiterator");

/** get_integer: the value of an all-digit name, -1 otherwise. */
function integerOf(s: string): number {
  if (s === "" || !/^[0-9]+$/.test(s)) return -1;
  const v = BigInt(s);
  if (v > 9223372036854775807n) raiseValueError("Too many decimal digits in format string");
  return Number(v);
}

class PyFormatterIterator extends PyNativeIterator {
  pos = 0;
  constructor(readonly fmt: string) {
    super();
    this.cls = formatterIteratorType;
  }
  nextItem(): W {
    const fmt = this.fmt, n = fmt.length;
    if (this.pos >= n) return STOP_ITEM;
    const start = this.pos;
    let c = "";
    let markup = false;
    while (this.pos < n) {
      c = fmt[this.pos++];
      if (c === "{" || c === "}") {
        markup = true;
        break;
      }
    }
    const atEnd = this.pos >= n;
    let len = this.pos - start;
    if (c === "}" && (atEnd || fmt[this.pos] !== c)) {
      raiseValueError("Single '}' encountered in format string");
    }
    if (atEnd && c === "{") raiseValueError("Single '{' encountered in format string");
    if (!atEnd) {
      if (fmt[this.pos] === c) {
        this.pos++;
        markup = false;
      } else len--;
    }
    const literal = newStr(fmt.slice(start, start + len));
    if (!markup) return newTuple([literal, None, None, None]);
    return this.parseField(literal);
  }
  /** parse_field: name up to '!', ':' or '}' ('[' skips to ']'), then conversion and spec. */
  parseField(literal: W): W {
    const fmt = this.fmt, n = fmt.length;
    const nameStart = this.pos;
    let c = "";
    while (this.pos < n) {
      c = fmt[this.pos++];
      if (c === "{") raiseValueError("unexpected '{' in field name");
      if (c === "[") {
        while (this.pos < n && fmt[this.pos] !== "]") this.pos++;
        continue;
      }
      if (c === "}" || c === ":" || c === "!") break;
    }
    const name = newStr(fmt.slice(nameStart, this.pos - 1));
    let conversion: W = None;
    if (c === "!" || c === ":") {
      if (c === "!") {
        if (this.pos >= n) raiseValueError("end of string while looking for conversion specifier");
        const conv = String.fromCodePoint(fmt.codePointAt(this.pos)!);
        this.pos += conv.length;
        conversion = newStr(conv);
        if (this.pos < n) {
          const c2 = fmt[this.pos++];
          if (c2 === "}") return newTuple([literal, name, newStr(""), conversion]);
          if (c2 !== ":") raiseValueError("expected ':' after conversion specifier");
        }
      }
      const specStart = this.pos;
      let count = 1;
      while (this.pos < n) {
        const c3 = fmt[this.pos++];
        if (c3 === "{") count++;
        else if (c3 === "}" && --count === 0) {
          return newTuple([literal, name, newStr(fmt.slice(specStart, this.pos - 1)), conversion]);
        }
      }
      raiseValueError("unmatched '{' in format spec");
    }
    if (c !== "}") raiseValueError("expected '}' before end of string");
    return newTuple([literal, name, newStr(""), None]);
  }
}
formatterIteratorType.factory = () => raiseTypeError("cannot create 'formatteriterator' instances");
defineNativeIterator(formatterIteratorType);

class PyFieldNameIterator extends PyNativeIterator {
  constructor(readonly name: string, public pos: number) {
    super();
    this.cls = fieldNameIteratorType;
  }
  nextItem(): W {
    const s = this.name, n = s.length;
    if (this.pos >= n) return STOP_ITEM;
    const c = s[this.pos++];
    let part: string;
    let isAttr: boolean;
    if (c === ".") {
      isAttr = true;
      const start = this.pos;
      while (this.pos < n && s[this.pos] !== "[" && s[this.pos] !== ".") this.pos++;
      part = s.slice(start, this.pos);
    } else if (c === "[") {
      isAttr = false;
      const start = this.pos;
      while (this.pos < n && s[this.pos] !== "]") this.pos++;
      if (this.pos >= n) raiseValueError("Missing ']' in format string");
      part = s.slice(start, this.pos++);
    } else {
      return raiseValueError("Only '.' or '[' may follow ']' in format field specifier");
    }
    if (part === "") raiseValueError("Empty attribute in format string");
    const idx = isAttr ? -1 : integerOf(part);
    return newTuple([newBool(isAttr), idx !== -1 ? idx : newStr(part)]);
  }
}
fieldNameIteratorType.factory = () => raiseTypeError("cannot create 'fieldnameiterator' instances");
defineNativeIterator(fieldNameIteratorType);

function strArg(w: W): string {
  if (w instanceof PyStr) return w.value;
  return raiseTypeError(`expected str, got ${typeOf(w).name}`);
}

export const stringModule: NativeModuleDef = {
  name: "_string",
  doc: "string helper module",
  functions: [
    {
      name: "formatter_parser",
      arity: [1, 1],
      impl: (a) => new PyFormatterIterator(strArg(a[0])),
    },
    {
      name: "formatter_field_name_split",
      arity: [1, 1],
      impl: (a) => {
        const s = strArg(a[0]);
        let i = 0;
        while (i < s.length && s[i] !== "." && s[i] !== "[") i++;
        const first = s.slice(0, i);
        const idx = integerOf(first);
        return newTuple([idx !== -1 ? idx : newStr(first), new PyFieldNameIterator(s, i)]);
      },
    },
  ],
};
