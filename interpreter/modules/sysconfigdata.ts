// _sysconfigdata__linux_x86_64-linux-gnu: the build-time configuration sysconfig reads (CPython generates
// this module when it is built). pypyts is not built by configure/make, so these are the values that
// describe it: CPython 3.14's layout and suffixes, no debug build, no free threading, a C compiler named
// `cc` for tools that ask.
import { type W } from "../objects/model.ts";
import { newStr } from "../objects/str.ts";
import { newDict } from "../objects/dict.ts";
import type { NativeModuleDef } from "./define.ts";

const MULTIARCH = "x86_64-linux-gnu";

function buildTimeVars(): W {
  const prefix = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
  const vars: Record<string, string | number> = {
    ABIFLAGS: "",
    AR: "ar",
    ARFLAGS: "rcs",
    BINDIR: `${prefix}/bin`,
    BINLIBDEST: `${prefix}/lib/python3.14`,
    BLDSHARED: "cc -shared",
    CC: "cc",
    CCSHARED: "-fPIC",
    CFLAGS: "-O2 -Wall",
    CONFIG_ARGS: "",
    CONFINCLUDEPY: `${prefix}/include/python3.14`,
    CXX: "c++",
    EXE: "",
    EXT_SUFFIX: `.cpython-314-${MULTIARCH}.so`,
    HOST_GNU_TYPE: "x86_64-pc-linux-gnu",
    INCLUDEPY: `${prefix}/include/python3.14`,
    LDFLAGS: "",
    LDLIBRARY: "libpython3.14.so",
    LDSHARED: "cc -shared",
    LIBDIR: `${prefix}/lib`,
    LIBDEST: `${prefix}/lib/python3.14`,
    LIBRARY: "libpython3.14.a",
    MACHDEP: "linux",
    MULTIARCH,
    OPT: "-DNDEBUG -O2",
    Py_DEBUG: 0,
    Py_ENABLE_SHARED: 0,
    Py_GIL_DISABLED: 0,
    Py_TRACE_REFS: 0,
    SHLIB_SUFFIX: ".so",
    SIZEOF_DOUBLE: 8,
    SIZEOF_FLOAT: 4,
    SIZEOF_INT: 4,
    SIZEOF_LONG: 8,
    SIZEOF_LONG_LONG: 8,
    SIZEOF_SIZE_T: 8,
    SIZEOF_VOID_P: 8,
    SIZEOF_WCHAR_T: 4,
    SOABI: `cpython-314-${MULTIARCH}`,
    TZPATH: "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo",
    VERSION: "3.14",
    WITH_DOC_STRINGS: 1,
    WITH_PYMALLOC: 0,
    exec_prefix: prefix,
    prefix,
    py_version_nodot: "314",
  };
  const d = newDict();
  for (const [k, v] of Object.entries(vars)) d.setItem(newStr(k), typeof v === "number" ? v : newStr(v));
  return d;
}

export const sysconfigdataModule: NativeModuleDef = {
  name: `_sysconfigdata__linux_${MULTIARCH}`,
  values: () => ({ build_time_vars: buildTimeVars() }),
};
