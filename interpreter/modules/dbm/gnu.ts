// dbm.gnu: CPython's is `from _gdbm import *`, a C module pypyts does not have; importing it raises the
// ModuleNotFoundError for _gdbm, and dbm.open() moves on to the next backend.
import { cModuleFacade } from "./mod.ts";

export const gnuModule = cModuleFacade("dbm.gnu", "_gdbm");
