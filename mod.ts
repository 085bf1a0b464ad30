// pypyts as a library, for TypeScript programs that embed it. Today this is the front end: parse Python
// 3.14 source into CPython-identical ASTs, compile it to code objects, disassemble, and serialise code
// objects. Running code arrives with the interpreter core.
export { parse, type ParseMode } from "./interpreter/parser/parser.ts";
export { dumpAst } from "./interpreter/parser/ast_dump.ts";
export { CompileError, type CompileWarning } from "./interpreter/parser/errors.ts";
export { decodeSource } from "./interpreter/parser/source.ts";
export { compileAst, compileSource } from "./interpreter/compiler/compile.ts";
export { CodeObject } from "./interpreter/compiler/code.ts";
export { disassemble } from "./interpreter/compiler/dis.ts";
export { deserializeCode, serializeCode } from "./interpreter/compiler/serialize.ts";
export { OP, OPCODES } from "./interpreter/compiler/opcodes.ts";
export { VERSION } from "./interpreter/version.ts";
