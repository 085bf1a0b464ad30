// Every module written in TS, by import name: a row holds the name and a function returning the module's
// NativeModuleDef (see define.ts). Add a row (keep the list sorted by name, ignoring leading
// underscores) and a deferred import of the file. `import defer` loads and compiles the files at start
// but runs a file's top level (its types, tables and constants) only when its module is first imported,
// which keeps that work out of every start; modules are created on first import. A file whose top level
// changes shared state (hooks, other types) must be imported without `defer`, as the first three below.
import type { NativeModuleDef } from "./define.ts";
// Evaluated at start: their top level installs hooks the core uses before (or without) an import of the
// module (str.encode/decode through codecs, \N{...} names, which types take weak references).
import * as codecsNs from "./codecs.ts";
import * as unicodedataNs from "./unicodedata.ts";
import * as weakrefNs from "./weakref.ts";
// Evaluated on first import of their module:
import defer * as abcNs from "./abc.ts";
import defer * as arrayNs from "./array.ts";
import defer * as astNs from "./ast/mod.ts";
import defer * as atexitNs from "./atexit.ts";
import defer * as binasciiNs from "./binascii.ts";
import defer * as bisectNs from "./bisect.ts";
import defer * as bz2Ns from "./bz2.ts";
import defer * as cjkNs from "./cjk/multibytecodec.ts";
import defer * as cmathNs from "./cmath.ts";
import defer * as collectionsNs from "./collections/mod.ts";
import defer * as contextvarsNs from "./contextvars.ts";
import defer * as csvNs from "./csv.ts";
import defer * as decimalNs from "./decimal/mod.ts";
import defer * as dbmNs from "./dbm/mod.ts";
import defer * as dbmDumbNs from "./dbm/dumb.ts";
import defer * as dbmGnuNs from "./dbm/gnu.ts";
import defer * as dbmNdbmNs from "./dbm/ndbm.ts";
import defer * as dbmSqlite3Ns from "./dbm/sqlite3.ts";
import defer * as errnoNs from "./errno.ts";
import defer * as fcntlNs from "./fcntl.ts";
import defer * as functoolsNs from "./functools.ts";
import defer * as gcNs from "./gc.ts";
import defer * as grpNs from "./grp.ts";
import defer * as hashlibNs from "./hashlib.ts";
import defer * as heapqNs from "./heapq.ts";
import defer * as impNs from "./imp.ts";
import defer * as ioNs from "./io/mod.ts";
import defer * as itertoolsNs from "./itertools.ts";
import defer * as jsonNs from "./json.ts";
import defer * as localeNs from "./locale.ts";
import defer * as lsprofNs from "./lsprof.ts";
import defer * as lzmaNs from "./lzma.ts";
import defer * as marshalNs from "./marshal.ts";
import defer * as mathNs from "./math.ts";
import defer * as mmapNs from "./mmap.ts";
import defer * as opcodeNs from "./opcode.ts";
import defer * as operatorNs from "./operator.ts";
import defer * as posixNs from "./posix/mod.ts";
import defer * as posixsubprocessNs from "./posixsubprocess.ts";
import defer * as pwdNs from "./pwd.ts";
import defer * as pyexpatNs from "./pyexpat.ts";
import defer * as randomNs from "./random.ts";
import defer * as resourceNs from "./resource.ts";
import defer * as selectNs from "./select.ts";
import defer * as signalNs from "./signal.ts";
import defer * as socketNs from "./socket.ts";
import defer * as sqlite3Ns from "./sqlite3.ts";
import defer * as sreNs from "./sre/mod.ts";
import defer * as statNs from "./stat.ts";
import defer * as stringNs from "./string.ts";
import defer * as structNs from "./struct.ts";
import defer * as suggestionsNs from "./suggestions.ts";
import defer * as symtableModuleNs from "./symtable_module.ts";
import defer * as sysconfigdataNs from "./sysconfigdata.ts";
import defer * as termiosNs from "./termios.ts";
import defer * as threadNs from "./thread.ts";
import defer * as queueNs from "./queue.ts";
import defer * as timeNs from "./time.ts";
import defer * as tokenizeNs from "./tokenize.ts";
import defer * as typingNs from "./typing.ts";
import defer * as warningsNativeNs from "./warnings_native.ts";
import defer * as zlibNs from "./zlib.ts";
import defer * as zoneinfoNs from "./zoneinfo.ts";

export const NATIVE_MODULES: [name: string, def: () => NativeModuleDef][] = [
  ["_abc", () => abcNs.abcModule],
  ["array", () => arrayNs.arrayModule],
  ["_ast", () => astNs.astModuleDef],
  ["atexit", () => atexitNs.atexitModule],
  ["binascii", () => binasciiNs.binasciiModule],
  ["_bisect", () => bisectNs.bisectModule],
  ["_blake2", () => hashlibNs.blake2Module],
  ["_bz2", () => bz2Ns.bz2Module],
  ["cmath", () => cmathNs.cmathModule],
  ["_codecs", () => codecsNs.codecsModule],
  ["_codecs_cn", () => cjkNs.codecsCnModule],
  ["_codecs_hk", () => cjkNs.codecsHkModule],
  ["_codecs_iso2022", () => cjkNs.codecsIso2022Module],
  ["_codecs_jp", () => cjkNs.codecsJpModule],
  ["_codecs_kr", () => cjkNs.codecsKrModule],
  ["_codecs_tw", () => cjkNs.codecsTwModule],
  ["_collections", () => collectionsNs.collectionsModule],
  ["_contextvars", () => contextvarsNs.contextvarsModule],
  ["_csv", () => csvNs.csvModule],
  ["dbm", () => dbmNs.dbmModule],
  ["dbm.dumb", () => dbmDumbNs.dumbModule],
  ["dbm.gnu", () => dbmGnuNs.gnuModule],
  ["dbm.ndbm", () => dbmNdbmNs.ndbmModule],
  ["dbm.sqlite3", () => dbmSqlite3Ns.sqlite3Module],
  ["_decimal", () => decimalNs.decimalModule],
  ["errno", () => errnoNs.errnoModule],
  ["fcntl", () => fcntlNs.fcntlModule],
  ["_functools", () => functoolsNs.functoolsModule],
  ["gc", () => gcNs.gcModule],
  ["grp", () => grpNs.grpModule],
  ["_hashlib", () => hashlibNs.hashlibModule],
  ["_heapq", () => heapqNs.heapqModule],
  ["_imp", () => impNs.impModule],
  ["_io", () => ioNs.ioModule],
  ["itertools", () => itertoolsNs.itertoolsModule],
  ["_json", () => jsonNs.jsonModule],
  ["_locale", () => localeNs.localeModule],
  ["_lsprof", () => lsprofNs.lsprofModule],
  ["_lzma", () => lzmaNs.lzmaModule],
  ["marshal", () => marshalNs.marshalModule],
  ["math", () => mathNs.mathModule],
  ["_md5", () => hashlibNs.md5Module],
  ["mmap", () => mmapNs.mmapModule],
  ["_multibytecodec", () => cjkNs.multibytecodecModule],
  ["_opcode", () => opcodeNs.opcodeModuleDef],
  ["_operator", () => operatorNs.operatorModule],
  ["posix", () => posixNs.posixModule],
  ["_posixsubprocess", () => posixsubprocessNs.posixsubprocessModule],
  ["pwd", () => pwdNs.pwdModule],
  ["pyexpat", () => pyexpatNs.pyexpatModule],
  ["_random", () => randomNs.randomModule],
  ["resource", () => resourceNs.resourceModule],
  ["select", () => selectNs.selectModule],
  ["_sha1", () => hashlibNs.sha1Module],
  ["_sha2", () => hashlibNs.sha2Module],
  ["_sha3", () => hashlibNs.sha3Module],
  ["_signal", () => signalNs.signalModule],
  ["_socket", () => socketNs.socketModule],
  ["_sqlite3", () => sqlite3Ns.sqliteModule],
  ["_sre", () => sreNs.sreModule],
  ["_stat", () => statNs.statModule],
  ["_string", () => stringNs.stringModule],
  ["_struct", () => structNs.structModule],
  ["_suggestions", () => suggestionsNs.suggestionsModule],
  ["_symtable", () => symtableModuleNs.symtableModule],
  ["_sysconfigdata__linux_x86_64-linux-gnu", () => sysconfigdataNs.sysconfigdataModule],
  ["termios", () => termiosNs.termiosModule],
  ["_thread", () => threadNs.threadModule],
  ["_queue", () => queueNs.queueModule],
  ["time", () => timeNs.timeModuleDef],
  ["_tokenize", () => tokenizeNs.tokenizeModuleDef],
  ["_typing", () => typingNs.typingModuleDef],
  ["unicodedata", () => unicodedataNs.unicodedataModule],
  ["_warnings", () => warningsNativeNs.warningsModule],
  ["_weakref", () => weakrefNs.weakrefModule],
  ["zlib", () => zlibNs.zlibModule],
  ["_zoneinfo", () => zoneinfoNs.zoneinfoModule],
];
