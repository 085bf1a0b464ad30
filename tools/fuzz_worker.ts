// Worker for tools/fuzz_frontend.ts: compiles one source per message and reports how it ended.
import { compileSource } from "../interpreter/compiler/compile.ts";
import { CompileError } from "../interpreter/parser/errors.ts";

const worker = self as unknown as Worker;
worker.onmessage = (ev: MessageEvent<string>) => {
  let result: { outcome: string; detail: string };
  try {
    compileSource(ev.data, "<fuzz>", "exec");
    result = { outcome: "compiled", detail: "" };
  } catch (e) {
    // a CompileError is the expected way for bad input to end; so is a clean RecursionError-like
    // refusal of absurdly deep nesting, which CPython also raises ("too many nested parentheses")
    if (e instanceof CompileError) result = { outcome: "syntax-error", detail: e.msg };
    else {result = {
        outcome: "crash",
        detail: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e),
      };}
  }
  worker.postMessage(result);
};
