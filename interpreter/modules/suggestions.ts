// _suggestions: CPython 3.14's C helper of traceback's "Did you mean" (Modules/_suggestions.c). traceback.py
// uses it when it imports; the distance computation is vm/suggestions.ts's, which the interpreter's own
// error printing shares.
import { listType, None, typeOf, type W } from "../objects/model.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { PyList } from "../objects/list.ts";
import { raiseTypeError } from "../vm/errors.ts";
import { closest } from "../vm/suggestions.ts";
import type { NativeModuleDef } from "./define.ts";

export const suggestionsModule: NativeModuleDef = {
  name: "_suggestions",
  functions: [
    {
      name: "_generate_suggestions",
      arity: [2, 2],
      doc: "_generate_suggestions($module, candidates, item, /)\n--\n\n" +
        "Returns the candidate item with large edit distance ratio.",
      impl: (a): W => {
        const [candidates, item] = a;
        if (!(candidates instanceof PyList) || candidates.cls !== listType) {
          raiseTypeError("candidates must be a list");
        }
        const names: string[] = [];
        for (const c of candidates.items) {
          if (!(c instanceof PyStr)) raiseTypeError("all elements in 'candidates' must be strings");
          names.push(c.value);
        }
        if (!(item instanceof PyStr)) {
          raiseTypeError(`_generate_suggestions() argument 2 must be str, not ${typeOf(item).name}`);
        }
        const best = closest(names, item.value);
        return best === null ? None : newStr(best);
      },
    },
  ],
};
