// `pypyts dis FILE`: compile a file and print the disassembly of every code object in it.
import { compileSource } from "../interpreter/compiler/compile.ts";
import { disassemble } from "../interpreter/compiler/dis.ts";
import { CompileError } from "../interpreter/parser/errors.ts";
import { decodeSource } from "../interpreter/parser/source.ts";

export async function disCommand(file: string): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await Deno.readFile(file);
  } catch (e) {
    const reason = e instanceof Deno.errors.NotFound
      ? "[Errno 2] No such file or directory"
      : e instanceof Deno.errors.IsADirectory
      ? "[Errno 21] Is a directory"
      : `[Errno 13] ${e instanceof Error ? e.message : String(e)}`;
    console.error(`pypyts: can't open file '${file}': ${reason}`);
    return 2;
  }
  try {
    const code = compileSource(decodeSource(bytes, file), file, "exec");
    await writeAll(disassemble(code, { recursive: true }));
    return 0;
  } catch (e) {
    if (e instanceof CompileError) {
      console.error(e.format());
      return 1;
    }
    throw e;
  }
}

async function writeAll(text: string): Promise<void> {
  const data = new TextEncoder().encode(text);
  let off = 0;
  while (off < data.length) off += await Deno.stdout.write(data.subarray(off));
}
