// The `_sre` module: CPython's regular expression engine. `re/_compiler.py` (Python, from the stdlib)
// turns a pattern into code words and calls `_sre.compile`; the engine lives in engine.ts.
import { newBool, type W } from "../../objects/model.ts";
import { newStr } from "../../objects/str.ts";
import { asInt } from "../../objects/int.ts";
import { raiseOverflowError, raiseTypeError } from "../../vm/errors.ts";
import type { NativeModuleDef } from "../define.ts";
import { CODESIZE, MAGIC, MAXGROUPS, MAXREPEAT } from "./constants.ts";
import { lowerAscii, lowerUnicode, upperUnicode } from "./engine.ts";
import { compilePattern } from "./pattern.ts";
import { lastCompile } from "./compile_cache.ts";
import { makeTemplate } from "./match.ts";

/** A C `int` argument (the character of the case helpers). */
function cInt(w: W): number {
  const v = asInt(w);
  if (v === undefined) {
    raiseTypeError(
      `'${(w as { cls: { name: string } }).cls.name}' object cannot be interpreted as an integer`,
    );
  }
  if (typeof v === "bigint" || v > 0x7fffffff || v < -0x80000000) {
    raiseOverflowError(`Python int too large to convert to C int`);
  }
  return v;
}
/** The unsigned view of a C int, as the C helpers see `(unsigned int)character`. */
function asUnsigned(ch: number): number {
  return ch >>> 0;
}

export const sreModule: NativeModuleDef = {
  name: "_sre",
  functions: [
    {
      name: "compile",
      arity: [0, 6],
      kw: ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"],
      impl: (a) => {
        lastCompile.args = a.slice(); // for the compile cache (compile_cache.ts) to store after a miss
        return compilePattern(a);
      },
    },
    {
      name: "template",
      arity: [2, 2],
      impl: (a) => makeTemplate(a[1]),
      doc: "template(pattern, template, /)",
    },
    { name: "getcodesize", arity: [0, 0], impl: () => CODESIZE },
    {
      name: "ascii_iscased",
      arity: [1, 1],
      impl: (a) => {
        const ch = asUnsigned(cInt(a[0]));
        return newBool(ch < 128 && ((ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122)));
      },
    },
    {
      name: "unicode_iscased",
      arity: [1, 1],
      impl: (a) => {
        const ch = asUnsigned(cInt(a[0]));
        return newBool(ch !== lowerUnicode(ch) || ch !== upperUnicode(ch));
      },
    },
    { name: "ascii_tolower", arity: [1, 1], impl: (a) => lowerAscii(asUnsigned(cInt(a[0]))) | 0 },
    { name: "unicode_tolower", arity: [1, 1], impl: (a) => lowerUnicode(asUnsigned(cInt(a[0]))) | 0 },
  ],
  values: () => ({
    MAGIC,
    CODESIZE,
    MAXREPEAT,
    MAXGROUPS,
    copyright: newStr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "),
  }),
};
