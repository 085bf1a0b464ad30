// Every module written in TS, by import name. A module file exports one NativeModuleDef; add its row
// here (keep the list sorted). Modules are created on first import, not at startup.
import type { NativeModuleDef } from "./define.ts";
import { sysconfigdataModule } from "./sysconfigdata.ts";
import { pyexpatModule } from "./pyexpat.ts";
import { sqliteModule } from "./sqlite3.ts";
import { socketModule } from "./socket.ts";
import { marshalModule } from "./marshal.ts";
import { lsprofModule } from "./lsprof.ts";
import { symtableModule } from "./symtable_module.ts";
import { csvModule } from "./csv.ts";
import { abcModule } from "./abc.ts";
import { arrayModule } from "./array.ts";
import { astModuleDef } from "./ast/mod.ts";
import { atexitModule } from "./atexit.ts";
import { binasciiModule } from "./binascii.ts";
import { bisectModule } from "./bisect.ts";
import { bz2Module } from "./bz2.ts";
import { cmathModule } from "./cmath.ts";
import { codecsModule } from "./codecs.ts";
import { collectionsModule } from "./collections/mod.ts";
import { contextvarsModule } from "./contextvars.ts";
import { decimalModule } from "./decimal/mod.ts";
import { errnoModule } from "./errno.ts";
import { fcntlModule } from "./fcntl.ts";
import { functoolsModule } from "./functools.ts";
import { gcModule } from "./gc.ts";
import { blake2Module, hashlibModule, md5Module, sha1Module, sha2Module, sha3Module } from "./hashlib.ts";
import { grpModule } from "./grp.ts";
import { heapqModule } from "./heapq.ts";
import { impModule } from "./imp.ts";
import { ioModule } from "./io/mod.ts";
import { itertoolsModule } from "./itertools.ts";
import { jsonModule } from "./json.ts";
import { lzmaModule } from "./lzma.ts";
import { mathModule } from "./math.ts";
import { mmapModule } from "./mmap.ts";
import { operatorModule } from "./operator.ts";
import { opcodeModuleDef } from "./opcode.ts";
import { posixModule } from "./posix/mod.ts";
import { posixsubprocessModule } from "./posixsubprocess.ts";
import { pwdModule } from "./pwd.ts";
import { randomModule } from "./random.ts";
import { resourceModule } from "./resource.ts";
import { selectModule } from "./select.ts";
import { signalModule } from "./signal.ts";
import { sreModule } from "./sre/mod.ts";
import { statModule } from "./stat.ts";
import { stringModule } from "./string.ts";
import { structModule } from "./struct.ts";
import { termiosModule } from "./termios.ts";
import { threadModule } from "./thread.ts";
import { timeModuleDef } from "./time.ts";
import { tokenizeModuleDef } from "./tokenize.ts";
import { typingModuleDef } from "./typing.ts";
import { unicodedataModule } from "./unicodedata.ts";
import { warningsModule } from "./warnings_native.ts";
import { weakrefModule } from "./weakref.ts";
import { zlibModule } from "./zlib.ts";

export const NATIVE_MODULES: NativeModuleDef[] = [
  sysconfigdataModule,
  pyexpatModule,
  sqliteModule,
  socketModule,
  marshalModule,
  lsprofModule,
  symtableModule,
  csvModule,
  abcModule,
  arrayModule,
  astModuleDef,
  atexitModule,
  binasciiModule,
  bisectModule,
  bz2Module,
  blake2Module,
  cmathModule,
  codecsModule,
  collectionsModule,
  contextvarsModule,
  decimalModule,
  errnoModule,
  fcntlModule,
  functoolsModule,
  gcModule,
  grpModule,
  hashlibModule,
  heapqModule,
  impModule,
  ioModule,
  itertoolsModule,
  jsonModule,
  lzmaModule,
  mathModule,
  md5Module,
  mmapModule,
  operatorModule,
  opcodeModuleDef,
  posixModule,
  posixsubprocessModule,
  pwdModule,
  randomModule,
  resourceModule,
  sha1Module,
  sha2Module,
  sha3Module,
  selectModule,
  signalModule,
  sreModule,
  statModule,
  stringModule,
  structModule,
  termiosModule,
  threadModule,
  timeModuleDef,
  tokenizeModuleDef,
  typingModuleDef,
  unicodedataModule,
  warningsModule,
  weakrefModule,
  zlibModule,
];
