// `pypyts dis FILE`: compile a file and print its disassembly. The compiler is not in this build yet, so
// the command says so instead of printing anything that could be mistaken for bytecode.
export function disCommand(file: string): Promise<number> {
  console.error(`pypyts: cannot disassemble ${file}: the bytecode compiler is not built yet`);
  return Promise.resolve(2);
}
