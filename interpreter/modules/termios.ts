// termios: POSIX terminal control (tcgetattr/tcsetattr and friends, the window size), after CPython's
// Modules/termios.c, through libc on a struct termios read and written by offset. Failures raise
// termios.error(errno, strerror), as PyErr_SetFromErrno(TermiosError) does.
import { None, type PyType, typeOf, type W } from "../objects/model.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { newBytes, PyBytes } from "../objects/bytes.ts";
import { indexOf, isIntLike } from "../objects/int.ts";
import { newList, PyList } from "../objects/list.ts";
import { newStr } from "../objects/str.ts";
import { isIndex, newTuple, PyTuple } from "../objects/tuple.ts";
import { getItem, len } from "../objects/operations.ts";
import { errorWithMessage, newError, raiseTypeError } from "../vm/errors.ts";
import { nativeException, type NativeModuleDef } from "./define.ts";
import { errno, libc, strerror } from "./posix/libc.ts";
import { fdArg, func } from "./posix/args.ts";
import { fileDescriptor } from "./select.ts";

/** Linux x86-64 values of the constants termios.c exports. */
const TERMIOS_CONSTANTS: Record<string, number> = {
  B0: 0,
  B50: 1,
  B75: 2,
  B110: 3,
  B134: 4,
  B150: 5,
  B200: 6,
  B300: 7,
  B600: 8,
  B1200: 9,
  B1800: 10,
  B2400: 11,
  B4800: 12,
  B9600: 13,
  B19200: 14,
  B38400: 15,
  B57600: 4097,
  B115200: 4098,
  B230400: 4099,
  B460800: 4100,
  B500000: 4101,
  B576000: 4102,
  B921600: 4103,
  B1000000: 4104,
  B1152000: 4105,
  B1500000: 4106,
  B2000000: 4107,
  B2500000: 4108,
  B3000000: 4109,
  B3500000: 4110,
  B4000000: 4111,
  CBAUDEX: 4096,
  TCSANOW: 0,
  TCSADRAIN: 1,
  TCSAFLUSH: 2,
  TCIFLUSH: 0,
  TCOFLUSH: 1,
  TCIOFLUSH: 2,
  TCOOFF: 0,
  TCOON: 1,
  TCIOFF: 2,
  TCION: 3,
  IGNBRK: 1,
  BRKINT: 2,
  IGNPAR: 4,
  PARMRK: 8,
  INPCK: 16,
  ISTRIP: 32,
  INLCR: 64,
  IGNCR: 128,
  ICRNL: 256,
  IUCLC: 512,
  IXON: 1024,
  IXANY: 2048,
  IXOFF: 4096,
  IMAXBEL: 8192,
  IUTF8: 16384,
  OPOST: 1,
  OLCUC: 2,
  ONLCR: 4,
  OCRNL: 8,
  ONOCR: 16,
  ONLRET: 32,
  OFILL: 64,
  OFDEL: 128,
  NLDLY: 256,
  CRDLY: 1536,
  TABDLY: 6144,
  BSDLY: 8192,
  VTDLY: 16384,
  FFDLY: 32768,
  NL0: 0,
  NL1: 256,
  CR0: 0,
  CR1: 512,
  CR2: 1024,
  CR3: 1536,
  TAB0: 0,
  TAB1: 2048,
  TAB2: 4096,
  TAB3: 6144,
  XTABS: 6144,
  BS0: 0,
  BS1: 8192,
  VT0: 0,
  VT1: 16384,
  FF0: 0,
  FF1: 32768,
  CSIZE: 48,
  CSTOPB: 64,
  CREAD: 128,
  PARENB: 256,
  PARODD: 512,
  HUPCL: 1024,
  CLOCAL: 2048,
  CIBAUD: 269418496,
  CRTSCTS: 2147483648,
  CS5: 0,
  CS6: 16,
  CS7: 32,
  CS8: 48,
  ISIG: 1,
  ICANON: 2,
  XCASE: 4,
  ECHO: 8,
  ECHOE: 16,
  ECHOK: 32,
  ECHONL: 64,
  ECHOCTL: 512,
  ECHOPRT: 1024,
  ECHOKE: 2048,
  FLUSHO: 4096,
  NOFLSH: 128,
  TOSTOP: 256,
  PENDIN: 16384,
  IEXTEN: 32768,
  EXTPROC: 65536,
  VINTR: 0,
  VQUIT: 1,
  VERASE: 2,
  VKILL: 3,
  VEOF: 4,
  VTIME: 5,
  VMIN: 6,
  VSWTC: 7,
  VSWTCH: 7,
  VSTART: 8,
  VSTOP: 9,
  VSUSP: 10,
  VEOL: 11,
  VREPRINT: 12,
  VDISCARD: 13,
  VWERASE: 14,
  VLNEXT: 15,
  VEOL2: 16,
  CBAUD: 4111,
  CDSUSP: 25,
  CEOF: 4,
  CEOL: 0,
  CEOT: 4,
  CERASE: 127,
  CFLUSH: 15,
  CINTR: 3,
  CKILL: 21,
  CLNEXT: 22,
  CQUIT: 28,
  CRPRNT: 18,
  CSTART: 17,
  CSTOP: 19,
  CSUSP: 26,
  CWERASE: 23,
  EXTA: 14,
  EXTB: 15,
  FIOASYNC: 21586,
  FIOCLEX: 21585,
  FIONBIO: 21537,
  FIONCLEX: 21584,
  FIONREAD: 21531,
  IOCSIZE_MASK: 1073676288,
  IOCSIZE_SHIFT: 16,
  NCC: 8,
  NCCS: 32,
  N_MOUSE: 2,
  N_PPP: 3,
  N_SLIP: 1,
  N_STRIP: 4,
  N_TTY: 0,
  TCFLSH: 21515,
  TCGETA: 21509,
  TCGETS: 21505,
  TCSBRK: 21513,
  TCSBRKP: 21541,
  TCSETA: 21510,
  TCSETAF: 21512,
  TCSETAW: 21511,
  TCSETS: 21506,
  TCSETSF: 21508,
  TCSETSW: 21507,
  TCXONC: 21514,
  TIOCCONS: 21533,
  TIOCEXCL: 21516,
  TIOCGETD: 21540,
  TIOCGICOUNT: 21597,
  TIOCGLCKTRMIOS: 21590,
  TIOCGPGRP: 21519,
  TIOCGSERIAL: 21534,
  TIOCGSOFTCAR: 21529,
  TIOCGWINSZ: 21523,
  TIOCINQ: 21531,
  TIOCLINUX: 21532,
  TIOCMBIC: 21527,
  TIOCMBIS: 21526,
  TIOCMGET: 21525,
  TIOCMIWAIT: 21596,
  TIOCMSET: 21528,
  TIOCM_CAR: 64,
  TIOCM_CD: 64,
  TIOCM_CTS: 32,
  TIOCM_DSR: 256,
  TIOCM_DTR: 2,
  TIOCM_LE: 1,
  TIOCM_RI: 128,
  TIOCM_RNG: 128,
  TIOCM_RTS: 4,
  TIOCM_SR: 16,
  TIOCM_ST: 8,
  TIOCNOTTY: 21538,
  TIOCNXCL: 21517,
  TIOCOUTQ: 21521,
  TIOCPKT: 21536,
  TIOCPKT_DATA: 0,
  TIOCPKT_DOSTOP: 32,
  TIOCPKT_FLUSHREAD: 1,
  TIOCPKT_FLUSHWRITE: 2,
  TIOCPKT_NOSTOP: 16,
  TIOCPKT_START: 8,
  TIOCPKT_STOP: 4,
  TIOCSCTTY: 21518,
  TIOCSERCONFIG: 21587,
  TIOCSERGETLSR: 21593,
  TIOCSERGETMULTI: 21594,
  TIOCSERGSTRUCT: 21592,
  TIOCSERGWILD: 21588,
  TIOCSERSETMULTI: 21595,
  TIOCSERSWILD: 21589,
  TIOCSER_TEMT: 1,
  TIOCSETD: 21539,
  TIOCSLCKTRMIOS: 21591,
  TIOCSPGRP: 21520,
  TIOCSSERIAL: 21535,
  TIOCSSOFTCAR: 21530,
  TIOCSTI: 21522,
  TIOCSWINSZ: 21524,
  _POSIX_VDISABLE: 0,
};
const { ICANON, VMIN, VTIME, NCCS, TIOCGWINSZ, TIOCSWINSZ } = TERMIOS_CONSTANTS;

// struct termios (glibc): c_iflag, c_oflag, c_cflag, c_lflag (u32 each), c_line, c_cc[NCCS], then the
// two speeds; the buffer is larger than the struct so a C library with more hidden fields still fits.
const TERMIOS_SIZE = 128;
const CC_OFFSET = 17;

export const termiosError: PyType = nativeException("termios", "error", exceptionTypes.Exception);

function raiseTermios(): never {
  const e = errno();
  throw newError(termiosError, [e, newStr(strerror(e))]);
}

/** PyLong_AsLong: ints and __index__ objects, else TypeError. */
function cLong(w: W): number {
  if (!isIndex(w)) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  const v = indexOf(w);
  if (typeof v === "bigint") {
    if (v !== BigInt.asIntN(64, v)) {
      throw errorWithMessage("OverflowError", "Python int too large to convert to C long");
    }
    return Number(BigInt.asIntN(32, v));
  }
  return v;
}

function getAttributes(fd: number): Uint8Array {
  const mode = new Uint8Array(TERMIOS_SIZE);
  if (libc().tcgetattr(fd, mode) === -1) raiseTermios();
  return mode;
}

function tcgetattr(a: W[]): W {
  const mode = getAttributes(fileDescriptor(a[0]));
  const v = new DataView(mode.buffer);
  const lflag = v.getUint32(12, true);
  const cc: W[] = [];
  for (let i = 0; i < NCCS; i++) cc.push(newBytes(mode.slice(CC_OFFSET + i, CC_OFFSET + i + 1)));
  // VMIN and VTIME are counts, not characters, in noncanonical mode
  if ((lflag & ICANON) === 0) {
    cc[VMIN] = mode[CC_OFFSET + VMIN];
    cc[VTIME] = mode[CC_OFFSET + VTIME];
  }
  return newList([
    v.getUint32(0, true),
    v.getUint32(4, true),
    v.getUint32(8, true),
    lflag,
    libc().cfgetispeed(mode),
    libc().cfgetospeed(mode),
    newList(cc),
  ]);
}

function tcsetattr(a: W[]): W {
  const fd = fileDescriptor(a[0]);
  const when = fdArg(a[1]);
  const term = a[2];
  if (!(term instanceof PyList) || term.items.length !== 7) {
    raiseTypeError("tcsetattr, arg 3: must be 7 element list");
  }
  // start from the current mode, in case there are any hidden fields
  const mode = getAttributes(fd);
  const v = new DataView(mode.buffer);
  const items = term.items;
  for (let i = 0; i < 4; i++) v.setUint32(i * 4, cLong(items[i]) >>> 0, true);
  const ispeed = cLong(items[4]) >>> 0;
  const ospeed = cLong(items[5]) >>> 0;
  const cc = items[6];
  if (!(cc instanceof PyList) || cc.items.length !== NCCS) {
    raiseTypeError(`tcsetattr: attributes[6] must be ${NCCS} element list`);
  }
  for (let i = 0; i < NCCS; i++) {
    const c = cc.items[i];
    if (c instanceof PyBytes && c.value.length === 1) mode[CC_OFFSET + i] = c.value[0];
    else if (isIntLike(c)) mode[CC_OFFSET + i] = cLong(c) & 0xff;
    else raiseTypeError("tcsetattr: elements of attributes must be characters or integers");
  }
  if (libc().cfsetispeed(mode, ispeed) === -1) raiseTermios();
  if (libc().cfsetospeed(mode, ospeed) === -1) raiseTermios();
  if (libc().tcsetattr(fd, when, mode) === -1) raiseTermios();
  return None;
}

function tcgetwinsize(a: W[]): W {
  const ws = new Uint8Array(8);
  if (libc().ioctl(fileDescriptor(a[0]), BigInt(TIOCGWINSZ), ws) === -1) raiseTermios();
  const v = new DataView(ws.buffer);
  return newTuple([v.getUint16(0, true), v.getUint16(2, true)]);
}

function tcsetwinsize(a: W[]): W {
  const fd = fileDescriptor(a[0]);
  const size = a[1];
  let n = -1;
  if (size instanceof PyTuple || size instanceof PyList || typeOf(size).lookup("__getitem__") !== undefined) {
    try {
      n = len(size);
    } catch {
      n = -1;
    }
  }
  if (n !== 2) raiseTypeError("tcsetwinsize, arg 2: must be a two-item sequence");
  const rows = cLong(getItem(size, 0));
  const cols = cLong(getItem(size, 1));
  // keep the pixel sizes: read the old winsize first
  const ws = new Uint8Array(8);
  if (libc().ioctl(fd, BigInt(TIOCGWINSZ), ws) === -1) raiseTermios();
  if (rows < 0 || rows > 0xffff || cols < 0 || cols > 0xffff) {
    throw errorWithMessage("OverflowError", "winsize value(s) out of range.");
  }
  const v = new DataView(ws.buffer);
  v.setUint16(0, rows, true);
  v.setUint16(2, cols, true);
  if (libc().ioctl(fd, BigInt(TIOCSWINSZ), ws) === -1) raiseTermios();
  return None;
}

/** The tc* calls that take (fd, int) or (fd) and only report failure. */
function simpleCall(
  name: string,
  sig: string,
  call: (fd: number, arg: number) => number,
): ReturnType<typeof func> {
  return func(name, sig, (a) => {
    const fd = fileDescriptor(a[0]);
    const arg = a[1] === undefined ? 0 : fdArg(a[1]);
    if (call(fd, arg) === -1) raiseTermios();
    return None;
  }, "termios");
}

export const termiosModule: NativeModuleDef = {
  name: "termios",
  doc: "This module provides an interface to the Posix calls for tty I/O control.\n" +
    "For a complete description of these calls, see the Posix or Unix manual\n" +
    "pages. It is only available for those Unix versions that support Posix\n" +
    "termios style tty I/O control.\n\n" +
    "All functions in this module take a file descriptor fd as their first\n" +
    "argument. This can be an integer file descriptor, such as returned by\n" +
    "sys.stdin.fileno(), or a file object, such as sys.stdin itself.",
  functions: [
    func("tcgetattr", "fd, /", tcgetattr, "termios"),
    func("tcsetattr", "fd, when, attributes, /", tcsetattr, "termios"),
    simpleCall("tcsendbreak", "fd, duration, /", (fd, d) => libc().tcsendbreak(fd, d)),
    simpleCall("tcdrain", "fd, /", (fd) => libc().tcdrain(fd)),
    simpleCall("tcflush", "fd, queue, /", (fd, q) => libc().tcflush(fd, q)),
    simpleCall("tcflow", "fd, action, /", (fd, act) => libc().tcflow(fd, act)),
    func("tcgetwinsize", "fd, /", tcgetwinsize, "termios"),
    func("tcsetwinsize", "fd, winsize, /", tcsetwinsize, "termios"),
  ],
  values: () => ({ error: termiosError, ...TERMIOS_CONSTANTS }),
};
