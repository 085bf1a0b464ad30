// The tokenizer's tokenize mode (COMMENT/NL kept) against its parser mode (both skipped).
import assert from "node:assert";
import { Tokenizer } from "../../../interpreter/parser/tokenizer.ts";
import { T, TOKEN_NAMES } from "../../../interpreter/parser/tokens.ts";

function kinds(src: string, extra: boolean): string[] {
  const t = new Tokenizer(src, "<test>", extra);
  const out: string[] = [];
  for (;;) {
    const k = t.next();
    out.push(TOKEN_NAMES[k.type]);
    if (k.type === T.ENDMARKER) return out;
  }
}

Deno.test("parser mode skips comments and blank lines", () => {
  assert.deepStrictEqual(kinds("# c\n\nx = 1  # d\n", false), [
    "NAME",
    "EQUAL",
    "NUMBER",
    "NEWLINE",
    "ENDMARKER",
  ]);
});

Deno.test("tokenize mode yields COMMENT and NL", () => {
  assert.deepStrictEqual(kinds("# c\n\nx = (1,\n 2)  # d\n", true), [
    "COMMENT",
    "NL",
    "NL",
    "NAME",
    "EQUAL",
    "LPAR",
    "NUMBER",
    "COMMA",
    "NL",
    "NUMBER",
    "RPAR",
    "COMMENT",
    "NEWLINE",
    "ENDMARKER",
  ]);
  assert.deepStrictEqual(kinds("# last", true), ["COMMENT", "NL", "ENDMARKER"]);
});

Deno.test("tokenize mode ends a format spec with an FSTRING_MIDDLE", () => {
  assert.deepStrictEqual(kinds("f'{x:}'", true), [
    "FSTRING_START",
    "LBRACE",
    "NAME",
    "COLON",
    "FSTRING_MIDDLE",
    "RBRACE",
    "FSTRING_END",
    "NEWLINE",
    "ENDMARKER",
  ]);
  assert.deepStrictEqual(kinds("f'{x:}'", false), [
    "FSTRING_START",
    "LBRACE",
    "NAME",
    "COLON",
    "RBRACE",
    "FSTRING_END",
    "NEWLINE",
    "ENDMARKER",
  ]);
});
