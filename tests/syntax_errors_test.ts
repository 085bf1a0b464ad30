// The syntax-error corpus: each tests/py/syntax_errors/NAME.py must fail to compile exactly as in
// CPython 3.14 (exception type, message, line, column, end line, end column), as recorded by the oracle
// in NAME.json (`deno task oracle --only syntax` regenerates them).
import assert from "node:assert/strict";
import { compileSource } from "../interpreter/compiler/compile.ts";
import { CompileError } from "../interpreter/parser/errors.ts";
import { decodeSource } from "../interpreter/parser/source.ts";

const dir = new URL("./py/syntax_errors/", import.meta.url);

interface Expected {
  type: string;
  msg: string;
  lineno: number;
  offset: number;
  end_lineno: number;
  end_offset: number;
}

export function actualError(file: string, bytes: Uint8Array): Expected | string {
  try {
    compileSource(decodeSource(bytes, file), file, "exec");
    return "compiled without error";
  } catch (e) {
    if (!(e instanceof CompileError)) return `internal error: ${e}`;
    return {
      type: e.kind,
      msg: e.msg,
      lineno: e.lineno,
      offset: e.offset,
      end_lineno: e.end_lineno,
      end_offset: e.end_offset,
    };
  }
}

const cases = [...Deno.readDirSync(dir)].filter((e) => e.name.endsWith(".py")).map((e) => e.name).sort();

Deno.test("the syntax-error corpus has at least 60 cases", () => {
  assert.ok(cases.length >= 60, `${cases.length} cases`);
});

for (const name of cases) {
  Deno.test(`syntax error: ${name}`, () => {
    const expected: Expected = JSON.parse(
      Deno.readTextFileSync(new URL(name.replace(/\.py$/, ".json"), dir)),
    );
    const actual = actualError(name, Deno.readFileSync(new URL(name, dir)));
    assert.deepEqual(actual, expected);
  });
}
