// dbm.ndbm: CPython's is `from _dbm import *`, a C module pypyts does not have; importing it raises the
// ModuleNotFoundError for _dbm, and dbm.open() moves on to the next backend.
import { cModuleFacade } from "./mod.ts";

export const ndbmModule = cModuleFacade("dbm.ndbm", "_dbm");
