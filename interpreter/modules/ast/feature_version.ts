// ast.parse(feature_version=(3, N)): the grammar's version checks (CPython's CHECK_VERSION), made on the
// parsed tree. CPython checks in grammar actions, which run when a rule completes, so inner constructs
// are reported before the statement holding them, and the error sits just after the construct.
import type { Mod } from "../../parser/ast.ts";
import { byteToCharColumn, CompileError } from "../../parser/errors.ts";

// deno-lint-ignore no-explicit-any
type N = any;

/** [minor version, message, node whose end marks the error] for a node, or null. */
function requirement(n: N): [number, string, N] | null {
  switch (n._type) {
    case "AsyncFunctionDef":
      return [5, "Async functions are", n];
    case "Await":
      return [5, "Await expressions are", n];
    case "AsyncFor":
      return [5, "Async for loops are", n];
    case "AsyncWith":
      return [5, "Async with statements are", n];
    case "AnnAssign":
      return [6, "Variable annotation syntax is", n];
    case "comprehension":
      return n.is_async
        ? [6, "Async comprehensions are", n.ifs.length > 0 ? n.ifs[n.ifs.length - 1] : n.iter]
        : null;
    case "NamedExpr":
      return [8, "Assignment expressions are", n];
    case "arguments":
      return n.posonlyargs.length > 0
        ? [8, "Positional-only parameters are", n.posonlyargs[n.posonlyargs.length - 1]]
        : null;
    case "Match":
      return [10, "Pattern matching is", n];
    case "TryStar":
      return [11, "Exception groups are", n];
    case "TypeAlias":
      return [12, "Type statement is", n];
    case "TypeVar":
    case "ParamSpec":
    case "TypeVarTuple":
      return n.default_value ? [13, "Type parameter defaults are", n] : null;
    case "TemplateStr":
      return [14, "t-strings are", n];
  }
  return null;
}

export function checkFeatureVersion(mod: Mod, minor: number, filename: string, source: string): void {
  const lines = source.split(/\r\n|\r|\n/);
  const fail = (version: number, what: string, at: N): never => {
    const line = typeof at.end_lineno === "number" ? at.end_lineno : 1;
    const text = lines[line - 1] ?? "";
    let col = typeof at.end_col_offset === "number" ? byteToCharColumn(text, at.end_col_offset) : 0;
    if (at._type === "TemplateStr") col -= 1;
    else if (version === 8 && at._type === "arg") {
      // positional-only parameters end at the `/` after the last of them
      const slash = text.indexOf("/", col);
      if (slash >= 0) col = slash + 1;
    }
    throw new CompileError(
      "SyntaxError",
      `${what} only supported in Python 3.${version} and greater`,
      filename,
      line,
      col + 1,
      text,
      line,
      // the error spans the token after the construct; after a block that is a DEDENT (no end column)
      Array.isArray(at.body) || Array.isArray(at.cases) ? -1 : col + 2,
    );
  };
  const visit = (n: N): void => {
    if (n === null || typeof n !== "object") return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    if (typeof n._type !== "string") return;
    // a definition's type parameter list is a rule of its own, completed before the signature and body
    const tps = n._type === "FunctionDef" || n._type === "AsyncFunctionDef" || n._type === "ClassDef"
      ? n.type_params
      : null;
    if (tps !== null && tps.length > 0) {
      visit(tps);
      if (minor < 12) fail(12, "Type parameter lists are", tps[tps.length - 1]);
    }
    for (const k of Object.keys(n)) if (k !== "_type" && (tps === null || k !== "type_params")) visit(n[k]);
    const req = requirement(n);
    if (req !== null && minor < req[0]) fail(req[0], req[1], req[2]);
    // PEP 758: `except A, B:` (a tuple the source does not parenthesize)
    if (minor < 14 && n._type === "ExceptHandler" && n.type?._type === "Tuple") {
      const text = lines[n.type.lineno - 1] ?? "";
      if (text[byteToCharColumn(text, n.type.col_offset)] !== "(") {
        fail(14, "except expressions without parentheses are", n);
      }
    }
  };
  visit(mod);
}
