import assert from "node:assert/strict";
import { Tokenizer } from "../../../interpreter/parser/tokenizer.ts";
import { T, TOKEN_NAMES } from "../../../interpreter/parser/tokens.ts";
import { CompileError } from "../../../interpreter/parser/errors.ts";
import { listStdlibSources } from "../../../tools/stdlib.ts";

function toks(src: string): string[] {
  const tk = new Tokenizer(src, "<t>");
  const out: string[] = [];
  for (;;) {
    const t = tk.next();
    out.push(
      `${TOKEN_NAMES[t.type]} ${
        JSON.stringify(t.string)
      } ${t.lineno},${t.col_offset}-${t.end_lineno},${t.end_col_offset}`,
    );
    if (t.type === T.ENDMARKER) return out;
  }
}

function err(src: string): CompileError {
  try {
    toks(src);
  } catch (e) {
    if (e instanceof CompileError) return e;
    throw e;
  }
  throw new Error("no error");
}

Deno.test("indentation, operators and positions", () => {
  assert.deepEqual(toks("if x:\n    y += 1\n"), [
    'NAME "if" 1,0-1,2',
    'NAME "x" 1,3-1,4',
    'COLON ":" 1,4-1,5',
    'NEWLINE "\\n" 1,5-1,6',
    'INDENT "    " 2,0-2,4',
    'NAME "y" 2,4-2,5',
    'PLUSEQUAL "+=" 2,6-2,8',
    'NUMBER "1" 2,9-2,10',
    'NEWLINE "\\n" 2,10-2,11',
    'DEDENT "" 3,0-3,0',
    'ENDMARKER "" 3,0-3,0',
  ]);
});

Deno.test("columns are UTF-8 byte offsets", () => {
  const t = toks("é = '€'\n");
  assert.equal(t[0], 'NAME "é" 1,0-1,2');
  assert.equal(t[1], 'EQUAL "=" 1,3-1,4');
  assert.equal(t[2], `STRING "'€'" 1,5-1,10`);
});

Deno.test("implicit joining inside brackets and backslash continuation", () => {
  const t = toks("x = (1,\n  2)\ny = 1 + \\\n  2\n");
  assert.equal(t.filter((s) => s.startsWith("NEWLINE")).length, 2);
  assert.ok(!t.some((s) => s.startsWith("INDENT")));
});

Deno.test("f-strings are split into parts with nested fields and format specs", () => {
  const kinds = toks('f"a{x!r:>{w}}b{{"\n').map((s) => s.split(" ")[0]);
  assert.deepEqual(kinds, [
    "FSTRING_START",
    "FSTRING_MIDDLE",
    "LBRACE",
    "NAME",
    "EXCLAMATION",
    "NAME",
    "COLON",
    "FSTRING_MIDDLE",
    "LBRACE",
    "NAME",
    "RBRACE",
    "RBRACE",
    "FSTRING_MIDDLE",
    "FSTRING_END",
    "NEWLINE",
    "ENDMARKER",
  ]);
});

Deno.test("tokenizer errors carry CPython's messages", () => {
  assert.equal(err("x = 'abc\n").msg, "unterminated string literal (detected at line 1)");
  assert.equal(err('x = """abc\n\n').msg, "unterminated triple-quoted string literal (detected at line 2)");
  assert.equal(err("x = (1,\n2\n").msg, "'(' was never closed");
  assert.equal(err("x = 1)\n").msg, "unmatched ')'");
  assert.equal(err("x = (1]\n").msg, "closing parenthesis ']' does not match opening parenthesis '('");
  assert.equal(err("x = 1 € 2\n").msg, "invalid character '€' (U+20AC)");
  assert.equal(
    err("x = 012\n").msg.split(";")[0],
    "leading zeros in decimal integer literals are not permitted",
  );
  const ind = err("if x:\n        a\n    b\n");
  assert.equal(ind.kind, "IndentationError");
  assert.equal(ind.msg, "unindent does not match any outer indentation level");
  assert.equal(err("if x:\n\ta\n        b\n").kind, "TabError");
});

Deno.test("every stdlib file tokenizes", () => {
  let count = 0;
  for (const f of listStdlibSources()) {
    const tk = new Tokenizer(f.source, f.path);
    while (tk.next().type !== T.ENDMARKER) count++;
  }
  assert.ok(count > 1_000_000, `only ${count} tokens`);
});
