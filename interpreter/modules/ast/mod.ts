// The `_ast` module (every node class of the 3.14 AST and the PyCF_* flags) and compile()'s AST paths:
// `compile(src, fn, mode, PyCF_ONLY_AST)` returns the tree as `_ast` objects, `compile(tree, fn, mode)`
// converts it back, validates it like CPython and compiles it.
import type { NativeModuleDef } from "../define.ts";
import type { W } from "../../objects/model.ts";
import { PyStr } from "../../objects/str.ts";
import { bytesLike } from "../../objects/bytes.ts";
import { codeFor } from "../../objects/codeobject.ts";
import { raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { parse, type ParseMode } from "../../parser/parser.ts";
import { decodeSource } from "../../parser/source.ts";
import { CompileError } from "../../parser/errors.ts";
import { compileAst, compileDefaults } from "../../compiler/compile.ts";
import type { CompileWarning } from "../../parser/errors.ts";
import { preprocessAst } from "../../compiler/ast_preprocess.ts";
import { CO_FUTURE_BARRY_AS_BDFL } from "../../compiler/code.ts";
import { syntaxErrorFrom } from "../compile_builtin.ts";
import { astState, astStateIfCreated, PyCF } from "./nodes.ts";
import { toPython } from "./to_python.ts";
import { fromPython, isAstObject } from "./from_python.ts";
import { validateMod } from "./validate.ts";
import { checkFeatureVersion } from "./feature_version.ts";

export const astModuleDef: NativeModuleDef = {
  name: "_ast",
  values: () => {
    const out: Record<string, W> = {
      PyCF_ONLY_AST: PyCF.ONLY_AST,
      PyCF_TYPE_COMMENTS: PyCF.TYPE_COMMENTS,
      PyCF_ALLOW_TOP_LEVEL_AWAIT: PyCF.ALLOW_TOP_LEVEL_AWAIT,
      PyCF_OPTIMIZED_AST: PyCF.OPTIMIZED_AST,
    };
    for (const [name, t] of astState().classes) out[name] = t;
    return out;
  },
};

const MODES = ["exec", "eval", "single", "func_type"];

/**
 * The AST cases of builtin compile(source, filename, mode, flags, dont_inherit, optimize,
 * _feature_version): undefined when neither the source is an AST object nor PyCF_ONLY_AST is asked for.
 */
export function compileWithAst(a: W[], warnings?: CompileWarning[]): W | undefined {
  const [source, filename, mode] = a;
  const flags = typeof a[3] === "number" ? a[3] : 0;
  const st = astStateIfCreated();
  const isAst = st !== null && isAstObject(source, st);
  const m = mode instanceof PyStr ? mode.value : "";
  if (m === "func_type" && !(flags & PyCF.ONLY_AST)) {
    raiseValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  }
  if (!isAst && !(flags & PyCF.ONLY_AST)) return undefined;
  if (!MODES.includes(m)) raiseValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
  const fname = filename instanceof PyStr ? filename.value : String(filename);
  const optimize = typeof a[5] === "number" ? a[5] : -1;
  // PyCF_OPTIMIZED_AST: the tree handed back is optimized at this -O level (-1: the interpreter's)
  const optimizedAst = (flags & PyCF.OPTIMIZED_AST) === PyCF.OPTIMIZED_AST;
  const level = optimize < 0 ? compileDefaults.optimize : optimize;
  try {
    if (isAst) {
      const mod = fromPython(source, m);
      validateMod(mod);
      // (a copy, as CPython 3.14.0 returns, optimized only when asked)
      if (flags & PyCF.ONLY_AST) return toPython(optimizedAst ? preprocessAst(mod, level) : mod);
      return codeFor(
        compileAst(mod, fname, "", { optimize: optimize < 0 ? undefined : optimize, flags, warnings }),
      );
    }
    let text: string;
    if (source instanceof PyStr) text = source.value;
    else {
      const b = bytesLike(source);
      if (b === undefined) raiseTypeError("compile() arg 1 must be a string, bytes or AST object");
      text = decodeSource(b, fname);
    }
    const featureVersion = typeof a[6] === "number" && a[6] >= 0 ? a[6] : undefined;
    const tree = parse(text, fname, m as ParseMode, {
      typeComments: (flags & PyCF.TYPE_COMMENTS) !== 0,
      featureVersion,
      barryAsFlufl: (flags & CO_FUTURE_BARRY_AS_BDFL) !== 0,
      allowIncompleteInput: (flags & 0x4000) !== 0, // PyCF_ALLOW_INCOMPLETE_INPUT
      dontImplyDedent: (flags & 0x200) !== 0, // PyCF_DONT_IMPLY_DEDENT
    });
    if (featureVersion !== undefined) checkFeatureVersion(tree, featureVersion, fname, text);
    return toPython(optimizedAst ? preprocessAst(tree, level) : tree);
  } catch (e) {
    if (e instanceof CompileError) throw syntaxErrorFrom(e);
    throw e;
  }
}
