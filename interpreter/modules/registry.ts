// Every module written in TS, by import name. A module file exports one NativeModuleDef; add its row
// here (keep the list sorted). Modules are created on first import, not at startup.
import type { NativeModuleDef } from "./define.ts";
import { abcModule } from "./abc.ts";
import { astModuleDef } from "./ast/mod.ts";
import { binasciiModule } from "./binascii.ts";
import { collectionsModule } from "./collections/mod.ts";
import { tokenizeModuleDef } from "./tokenize.ts";
import { codecsModule } from "./codecs.ts";
import { contextvarsModule } from "./contextvars.ts";
import { errnoModule } from "./errno.ts";
import { impModule } from "./imp.ts";
import { itertoolsModule } from "./itertools.ts";
import { mathModule } from "./math.ts";
import { posixModule } from "./posix/mod.ts";
import { randomModule } from "./random.ts";
import { sreModule } from "./sre/mod.ts";
import { statModule } from "./stat.ts";
import { stringModule } from "./string.ts";
import { threadModule } from "./thread.ts";
import { timeModuleDef } from "./time.ts";
import { warningsModule } from "./warnings_native.ts";
import { weakrefModule } from "./weakref.ts";

export const NATIVE_MODULES: NativeModuleDef[] = [
  abcModule,
  astModuleDef,
  binasciiModule,
  codecsModule,
  collectionsModule,
  contextvarsModule,
  errnoModule,
  impModule,
  itertoolsModule,
  mathModule,
  posixModule,
  randomModule,
  sreModule,
  statModule,
  stringModule,
  threadModule,
  timeModuleDef,
  warningsModule,
  weakrefModule,
];
