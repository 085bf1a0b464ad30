// Public surface of the object space. Importing this module initialises every builtin type.
export * from "./model.ts";
export * from "./str.ts";
export * from "./int.ts";
export * from "./float.ts";
export * from "./tuple.ts";
export * from "./slice.ts";
export * from "./list.ts";
export * from "./range.ts";
export * from "./dict.ts";
export * from "./dictview.ts";
export * from "./set.ts";
export * from "./complex.ts";
export * from "./bool.ts";
export * from "./formatting.ts";
export * from "./object.ts";
export * from "./type.ts";
export * from "./exceptions.ts";
export * from "./operations.ts";
import { exceptionTupleHooks } from "./exceptions.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import { iterateToArray } from "./operations.ts";

exceptionTupleHooks.make = newTuple;
exceptionTupleHooks.items = (w) => (w instanceof PyTuple ? w.items.slice() : iterateToArray(w));
