// _socket: BSD sockets on real file descriptors through the C library (Deno FFI), the layer socket.py
// wraps. Enough for TCP/UDP/Unix-domain clients and servers, socketpair (asyncio's self-pipe), timeouts
// and non-blocking mode (CPython's sock_call: wait with poll(2), then retry), getaddrinfo and the
// address conversion functions. Blocking calls block the one Python thread, as in CPython.
import {
  type BuiltinImpl,
  call,
  defineGetSets,
  defineMethods,
  False,
  type Kwargs,
  None,
  PyBool,
  PyInstance,
  PyMethodDescriptor,
  type PyObject,
  type PyType,
  True,
  typeOf,
  type W,
} from "../objects/model.ts";
import { newError, PyError, raiseTypeError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { newList } from "../objects/list.ts";
import { bytesLike, newBytes } from "../objects/bytes.ts";
import { newFloat, PyFloat } from "../objects/float.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { isTrue } from "../objects/operations.ts";
import { nativeException, type NativeModuleDef, nativeType } from "./define.ts";
import { errno as libcErrno, type Libc, libc, osError } from "./libc.ts";
import { parseArgs } from "./native_args.ts";
import { indexValue } from "../objects/slice.ts";
import { pollFds } from "./select.ts";
import { state } from "../vm/state.ts";
import { block, markBlocking, pollingWaiter, takeDirectCall } from "../vm/threads.ts";

/** The C library (libc.ts's table has the socket calls). */
function c(): Libc {
  const l = libc();
  if (l === null) throw newError(exceptionTypes.OSError, [newStr("sockets need the C library (Deno FFI)")]);
  return l;
}
function errno(): number {
  return libcErrno(c());
}

const AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
const SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_RAW = 3;
const SOCK_NONBLOCK = 0o4000, SOCK_CLOEXEC = 0o2000000;
const F_GETFL = 3, F_SETFL = 4, O_NONBLOCK = 0o4000;
const EINTR = 4, EAGAIN = 11, EINPROGRESS = 115, EISCONN = 106;
const POLLIN = 1, POLLOUT = 4;
const SOL_SOCKET = 1, SO_ERROR = 4, SO_TYPE = 3;

const CONSTANTS: Record<string, number> = {
  AF_UNSPEC: 0,
  AF_UNIX,
  AF_INET,
  AF_INET6,
  SOCK_STREAM,
  SOCK_DGRAM,
  SOCK_RAW,
  SOCK_SEQPACKET: 5,
  SOCK_NONBLOCK,
  SOCK_CLOEXEC,
  SOL_SOCKET,
  SOL_IP: 0,
  SOL_TCP: 6,
  SOL_UDP: 17,
  SO_DEBUG: 1,
  SO_REUSEADDR: 2,
  SO_TYPE,
  SO_ERROR,
  SO_DONTROUTE: 5,
  SO_BROADCAST: 6,
  SO_SNDBUF: 7,
  SO_RCVBUF: 8,
  SO_KEEPALIVE: 9,
  SO_OOBINLINE: 10,
  SO_LINGER: 13,
  SO_REUSEPORT: 15,
  SO_RCVLOWAT: 18,
  SO_SNDLOWAT: 19,
  SO_RCVTIMEO: 20,
  SO_SNDTIMEO: 21,
  SO_ACCEPTCONN: 30,
  SOMAXCONN: 4096,
  IPPROTO_IP: 0,
  IPPROTO_ICMP: 1,
  IPPROTO_TCP: 6,
  IPPROTO_UDP: 17,
  IPPROTO_IPV6: 41,
  IPPROTO_RAW: 255,
  IPV6_V6ONLY: 26,
  IP_TTL: 2,
  TCP_NODELAY: 1,
  TCP_MAXSEG: 2,
  TCP_KEEPIDLE: 4,
  TCP_KEEPINTVL: 5,
  TCP_KEEPCNT: 6,
  SHUT_RD: 0,
  SHUT_WR: 1,
  SHUT_RDWR: 2,
  MSG_OOB: 1,
  MSG_PEEK: 2,
  MSG_DONTROUTE: 4,
  MSG_DONTWAIT: 0x40,
  MSG_WAITALL: 0x100,
  MSG_NOSIGNAL: 0x4000,
  AI_PASSIVE: 1,
  AI_CANONNAME: 2,
  AI_NUMERICHOST: 4,
  AI_V4MAPPED: 8,
  AI_ALL: 0x10,
  AI_ADDRCONFIG: 0x20,
  AI_NUMERICSERV: 0x400,
  NI_NUMERICHOST: 1,
  NI_NUMERICSERV: 2,
  NI_NOFQDN: 4,
  NI_NAMEREQD: 8,
  NI_DGRAM: 16,
  EAI_BADFLAGS: -1,
  EAI_NONAME: -2,
  EAI_AGAIN: -3,
  EAI_FAIL: -4,
  EAI_FAMILY: -6,
  EAI_SOCKTYPE: -7,
  EAI_SERVICE: -8,
  EAI_MEMORY: -10,
  EAI_SYSTEM: -11,
  EAI_OVERFLOW: -12,
  INADDR_ANY: 0,
  INADDR_BROADCAST: 0xffffffff,
  INADDR_LOOPBACK: 0x7f000001,
  INADDR_NONE: 0xffffffff,
};

const gaierror = nativeException("socket", "gaierror", exceptionTypes.OSError);
const herror = nativeException("socket", "herror", exceptionTypes.OSError);

function lastError(): PyError {
  return osError(errno());
}
function timeoutError(): PyError {
  return newError(exceptionTypes.TimeoutError, [newStr("timed out")]);
}

let defaultTimeout: number | null = null;

// ---------------------------------------------------------------- addresses

function ipv4Bytes(host: string): Uint8Array | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (m === null) return null;
  const b = m.slice(1).map(Number);
  if (b.some((x) => x > 255)) return null;
  return new Uint8Array(b);
}

function ipv6Bytes(host: string): Uint8Array | null {
  let text = host;
  let v4: Uint8Array | null = null;
  const lastColon = text.lastIndexOf(":");
  if (text.includes(".")) {
    v4 = ipv4Bytes(text.slice(lastColon + 1));
    if (v4 === null) return null;
    text = text.slice(0, lastColon + 1) + "0:0";
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parse = (s: string) => (s === "" ? [] : s.split(":"));
  const head = parse(halves[0]), tail = halves.length === 2 ? parse(halves[1]) : [];
  const groups = halves.length === 2
    ? [...head, ...Array(8 - head.length - tail.length).fill("0"), ...tail]
    : head;
  if (groups.length !== 8 || groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return null;
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    const v = parseInt(g, 16);
    out[2 * i] = v >> 8;
    out[2 * i + 1] = v & 0xff;
  });
  if (v4 !== null) out.set(v4, 12);
  return out;
}

function ipv6Text(b: Uint8Array): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((b[i] << 8) | b[i + 1]);
  // the longest run of zero groups (at least two) becomes "::"
  let bestStart = -1, bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return hex.slice(0, bestStart).join(":") + "::" + hex.slice(bestStart + bestLen).join(":");
}

/** getnameinfo(3): [host, service] of a sockaddr; null on failure, or gaierror when `raise`. */
function nameInfo(sa: Uint8Array, flags: number, raise = false): [string, string] | null {
  const host = new Uint8Array(1025), serv = new Uint8Array(32);
  const rc = c().getnameinfo(sa, sa.length, host, host.length, serv, serv.length, flags);
  if (rc !== 0) {
    if (!raise) return null;
    const msg = Deno.UnsafePointerView.getCString(c().gai_strerror(rc)!);
    throw new PyError(call(gaierror, [rc, newStr(msg)]) as PyObject);
  }
  const text = (b: Uint8Array) => new TextDecoder().decode(b.subarray(0, Math.max(0, b.indexOf(0))));
  return [text(host), text(serv)];
}

/** A host string as bytes of the family's address, resolving names through getaddrinfo. */
function hostAddress(host: string, family: number): Uint8Array {
  if (host === "") return new Uint8Array(family === AF_INET6 ? 16 : 4);
  if (host === "<broadcast>" && family === AF_INET) return new Uint8Array([255, 255, 255, 255]);
  const literal = family === AF_INET6 ? ipv6Bytes(host) : ipv4Bytes(host);
  if (literal !== null) return literal;
  const infos = addrinfo(host, null, family, 0, 0, 0);
  if (infos.length === 0) {
    throw new PyError(call(gaierror, [-2, newStr("Name or service not known")]) as PyObject);
  }
  const sa = infos[0].addr;
  return family === AF_INET6 ? sa.subarray(8, 24) : sa.subarray(4, 8);
}

function portOf(w: W): number {
  w = intArg(w, 0);
  if (w < 0 || w > 65535) {
    throw newError(exceptionTypes.OverflowError, [newStr("bind(): port must be 0-65535.")]);
  }
  return w;
}

/** Python address → struct sockaddr bytes, for the socket's family. */
function encodeAddress(family: number, addr: W, fname: string): Uint8Array {
  if (family === AF_UNIX) {
    const path = addr instanceof PyStr ? new TextEncoder().encode(addr.value) : bytesLike(addr);
    if (path === undefined) {
      raiseTypeError(`${fname}(): AF_UNIX address must be str or bytes, not ${typeOf(addr).name}`);
    }
    const sa = new Uint8Array(2 + path.length + 1);
    new DataView(sa.buffer).setUint16(0, AF_UNIX, true);
    sa.set(path, 2);
    return path.length > 0 && path[0] === 0 ? sa.subarray(0, 2 + path.length) : sa;
  }
  if (!(addr instanceof PyTuple)) {
    raiseTypeError(
      `${fname}(): AF_INET${family === AF_INET6 ? "6" : ""} address must be tuple, not ${typeOf(addr).name}`,
    );
  }
  const [host, port] = addr.items;
  if (!(host instanceof PyStr)) raiseTypeError(`str, bytes or bytearray expected, not ${typeOf(host).name}`);
  if (family === AF_INET6) {
    const sa = new Uint8Array(28);
    const v = new DataView(sa.buffer);
    v.setUint16(0, AF_INET6, true);
    v.setUint16(2, portOf(port), false);
    sa.set(hostAddress(host.value, AF_INET6), 8);
    if (typeof addr.items[3] === "number") v.setUint32(24, addr.items[3] as number, true);
    return sa;
  }
  if (addr.items.length !== 2) {
    raiseTypeError(`AF_INET address must be a pair (host, port)`);
  }
  const sa = new Uint8Array(16);
  const v = new DataView(sa.buffer);
  v.setUint16(0, AF_INET, true);
  v.setUint16(2, portOf(port), false);
  sa.set(hostAddress(host.value, AF_INET), 4);
  return sa;
}

/** struct sockaddr bytes → Python address. */
function decodeAddress(sa: Uint8Array, len: number): W {
  if (len < 2) return None;
  const v = new DataView(sa.buffer, sa.byteOffset, sa.byteLength);
  const family = v.getUint16(0, true);
  if (family === AF_INET) {
    return newTuple([newStr(Array.from(sa.subarray(4, 8)).join(".")), v.getUint16(2, false)]);
  }
  if (family === AF_INET6) {
    return newTuple([
      newStr(ipv6Text(sa.subarray(8, 24))),
      v.getUint16(2, false),
      v.getUint32(4, false),
      v.getUint32(24, true),
    ]);
  }
  if (family === AF_UNIX) {
    const path = sa.subarray(2, len);
    if (path.length > 0 && path[0] === 0) return newBytes(path.slice());
    const end = path.indexOf(0);
    return newStr(new TextDecoder().decode(end < 0 ? path : path.subarray(0, end)));
  }
  return newTuple([family, newBytes(sa.slice(2, len))]);
}

interface AddrInfo {
  family: number;
  type: number;
  proto: number;
  canon: string;
  addr: Uint8Array;
}

function addrinfo(
  host: string | null,
  port: string | null,
  family: number,
  type: number,
  proto: number,
  flags: number,
): AddrInfo[] {
  const hints = new Uint8Array(48);
  const hv = new DataView(hints.buffer);
  hv.setInt32(0, flags, true);
  hv.setInt32(4, family, true);
  hv.setInt32(8, type, true);
  hv.setInt32(12, proto, true);
  const res = new BigUint64Array(1);
  const enc = (s: string | null) => (s === null ? null : new TextEncoder().encode(s + "\0"));
  const rc = c().getaddrinfo(enc(host), enc(port), hints, new Uint8Array(res.buffer));
  if (rc !== 0) {
    const msg = Deno.UnsafePointerView.getCString(c().gai_strerror(rc)!);
    throw new PyError(call(gaierror, [rc, newStr(msg)]) as PyObject);
  }
  const out: AddrInfo[] = [];
  const head = Deno.UnsafePointer.create(res[0]);
  let p = head;
  while (p !== null) {
    const view = new Deno.UnsafePointerView(p);
    const addrLen = view.getUint32(16);
    const addrPtr = view.getPointer(24);
    const canonPtr = view.getPointer(32);
    const addr = new Uint8Array(addrLen);
    if (addrPtr !== null) new Deno.UnsafePointerView(addrPtr).copyInto(addr);
    out.push({
      family: view.getInt32(4),
      type: view.getInt32(8),
      proto: view.getInt32(12),
      canon: canonPtr === null ? "" : Deno.UnsafePointerView.getCString(canonPtr),
      addr,
    });
    p = view.getPointer(40);
  }
  if (head !== null) c().freeaddrinfo(head);
  return out;
}

// ---------------------------------------------------------------- the socket type

export const socketType: PyType = nativeType("_socket", "socket", undefined, {
  factory: (cls) => new PySocket(cls),
});

class PySocket extends PyInstance {
  fd = -1;
  family = AF_INET;
  type = SOCK_STREAM;
  proto = 0;
  /** null: blocking; 0: non-blocking; > 0: seconds to wait. */
  timeout: number | null = null;
  constructor(cls: PyType) {
    super(cls);
  }
}

function sock(w: W): PySocket {
  if (!(w instanceof PySocket)) raiseTypeError("descriptor requires a '_socket.socket' object");
  return w;
}
function openFd(s: PySocket): number {
  if (s.fd < 0) throw osError(9, "Bad file descriptor");
  return s.fd;
}

function setNonBlocking(fd: number, on: boolean): void {
  const flags = c().fcntl(fd, F_GETFL, 0);
  if (flags < 0) throw lastError();
  if (c().fcntl(fd, F_SETFL, on ? flags | O_NONBLOCK : flags & ~O_NONBLOCK) < 0) throw lastError();
}

function applyTimeout(s: PySocket, t: number | null): void {
  s.timeout = t;
  if (s.fd >= 0) setNonBlocking(s.fd, t !== null);
}

/** Wait until the socket is ready (poll; `ms` < 0: no limit), false when it timed out. The wait is
 * interruptible: signal handlers (Ctrl-C, alarm) run while it waits, and may raise (PEP 475). */
function waitReady(s: PySocket, writing: boolean, ms: number): boolean {
  return pollFds([s.fd], [writing ? POLLOUT : POLLIN], ms)[0] !== 0;
}

/** CPython's sock_call: run `op` (a system call returning < 0 on error); with a timeout, wait for
 * readiness and retry while it would block. A blocking socket also waits in poll first, so that signals
 * are handled while it waits (the call itself then does not block, or only briefly). */
function sockCall(s: PySocket, writing: boolean, op: () => number): number {
  const deadline = s.timeout !== null && s.timeout > 0 ? performance.now() + s.timeout * 1000 : 0;
  // a descriptor made non-blocking behind the socket's back (os.set_blocking, fcntl) is not waited for:
  // the call raises BlockingIOError as in CPython
  const waits = s.timeout === null && (c().fcntl(openFd(s), F_GETFL, 0) & O_NONBLOCK) === 0;
  for (;;) {
    if (waits) {
      waitReady(s, writing, -1);
    } else if (s.timeout !== null && s.timeout > 0) {
      const left = Math.max(0, deadline - performance.now());
      if (!waitReady(s, writing, Math.ceil(left))) throw timeoutError();
    }
    const r = op();
    if (r >= 0) return r;
    const e = errno();
    if (e === EINTR) continue;
    if (e === EAGAIN && (waits || (s.timeout !== null && s.timeout > 0))) continue;
    throw osError(e);
  }
}

function intArg(w: W | undefined, dflt: number): number {
  if (w === undefined || w === None) return dflt;
  if (typeof w === "number") return w;
  return indexValue(w, `'${typeOf(w).name}' object cannot be interpreted as an integer`);
}

function timeoutArg(w: W): number | null {
  if (w === None) return null;
  const t = typeof w === "number" ? w : w instanceof PyFloat ? w.value : NaN;
  if (Number.isNaN(t)) raiseTypeError("Timeout value must be int, float or None");
  if (t < 0) throw newError(exceptionTypes.ValueError, [newStr("Timeout value out of range")]);
  return t;
}

function dataArg(w: W): Uint8Array {
  const b = bytesLike(w);
  if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(w).name}'`);
  return b;
}

function sockaddrOf(s: PySocket, which: "getsockname" | "getpeername"): W {
  const sa = new Uint8Array(128);
  const len = new Uint32Array([128]);
  if (c()[which](openFd(s), sa, new Uint8Array(len.buffer)) < 0) throw lastError();
  return decodeAddress(sa, len[0]);
}

const pollOne = new Uint8Array(8);
/** poll(2) of one descriptor for input without waiting (and without running other threads). */
function readableNow(fd: number): boolean {
  const v = new DataView(pollOne.buffer);
  v.setInt32(0, fd, true);
  v.setInt16(4, POLLIN, true);
  v.setInt16(6, 0, true);
  return libc()!.poll(pollOne, 1n, 0) !== 0;
}

/**
 * A reading call (accept, recv*) made directly by the eval loop of a thread other than the main one: while
 * the socket has nothing to read, the thread switches out with a polling waiter (vm/threads.ts), so the
 * thread that will write to it can run even when it waits further down the JS stack (the main thread
 * running the others from its own wait). `impl` then runs with the socket ready, or raises the timeout.
 */
function threadReadWait(impl: BuiltinImpl): BuiltinImpl {
  return (a, kw) => {
    if (!takeDirectCall() || !state.threads || !state.notMain || !(a[0] instanceof PySocket)) {
      return impl(a, kw);
    }
    const s = a[0];
    const t = s.timeout;
    if (s.fd < 0 || t === 0 || (t === null && (c().fcntl(s.fd, F_GETFL, 0) & O_NONBLOCK) !== 0)) {
      return impl(a, kw);
    }
    const readable = () => readableNow(s.fd);
    if (readable()) return impl(a, kw);
    const deadline = t === null ? Infinity : performance.now() + t * 1000;
    return block(
      pollingWaiter(() => readable() || performance.now() >= deadline, () => {
        if (!readable() && performance.now() >= deadline) throw timeoutError();
        return impl(a, kw);
      }),
      true,
    );
  };
}

defineMethods(socketType, [
  {
    name: "__init__",
    arity: [0, 4],
    kw: ["family", "type", "proto", "fileno"],
    impl: (a) => {
      const s = sock(a[0]);
      const fileno = a[4];
      let family = intArg(a[1], -1), type = intArg(a[2], -1);
      const proto = intArg(a[3], -1);
      if (fileno !== undefined && fileno !== None) {
        s.fd = intArg(fileno, -1);
        if (s.fd < 0) throw newError(exceptionTypes.ValueError, [newStr("negative file descriptor")]);
        const sa = new Uint8Array(128);
        const len = new Uint32Array([128]);
        if (family === -1) {
          if (c().getsockname(s.fd, sa, new Uint8Array(len.buffer)) < 0) throw lastError();
          family = new DataView(sa.buffer).getUint16(0, true);
        }
        if (type === -1) {
          const out = new Int32Array(1), olen = new Uint32Array([4]);
          if (
            c().getsockopt(
              s.fd,
              SOL_SOCKET,
              SO_TYPE,
              new Uint8Array(out.buffer),
              new Uint8Array(olen.buffer),
            ) < 0
          ) {
            throw lastError();
          }
          type = out[0];
        }
      } else {
        if (family === -1) family = AF_INET;
        if (type === -1) type = SOCK_STREAM;
        s.fd = c().socket(family, type | SOCK_CLOEXEC, proto === -1 ? 0 : proto);
        if (s.fd < 0) throw lastError();
      }
      s.family = family;
      s.type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
      s.proto = proto === -1 ? 0 : proto;
      applyTimeout(s, (type & SOCK_NONBLOCK) !== 0 ? 0 : defaultTimeout);
      return None;
    },
  },
  { name: "fileno", arity: [0, 0], impl: (a) => sock(a[0]).fd },
  {
    name: "close",
    arity: [0, 0],
    impl: (a) => {
      const s = sock(a[0]);
      if (s.fd >= 0) {
        const fd = s.fd;
        s.fd = -1;
        if (c().close(fd) < 0 && errno() !== 104) throw lastError();
      }
      return None;
    },
  },
  {
    name: "detach",
    arity: [0, 0],
    impl: (a) => {
      const s = sock(a[0]);
      const fd = s.fd;
      s.fd = -1;
      return fd;
    },
  },
  {
    name: "bind",
    arity: [1, 1],
    impl: (a) => {
      const s = sock(a[0]);
      const sa = encodeAddress(s.family, a[1], "bind");
      if (c().bind(openFd(s), sa, sa.length) < 0) throw lastError();
      return None;
    },
  },
  {
    name: "listen",
    arity: [0, 1],
    impl: (a) => {
      const s = sock(a[0]);
      if (c().listen(openFd(s), Math.max(0, intArg(a[1], 128))) < 0) throw lastError();
      return None;
    },
  },
  {
    name: "_accept",
    arity: [0, 0],
    impl: threadReadWait((a) => {
      const s = sock(a[0]);
      const sa = new Uint8Array(128);
      const len = new Uint32Array([128]);
      const fd = sockCall(
        s,
        false,
        () => c().accept4(openFd(s), sa, new Uint8Array(len.buffer), SOCK_CLOEXEC),
      );
      return newTuple([fd, decodeAddress(sa, len[0])]);
    }),
  },
  {
    name: "connect",
    arity: [1, 1],
    impl: (a) => {
      connect(sock(a[0]), a[1], true);
      return None;
    },
  },
  { name: "connect_ex", arity: [1, 1], impl: (a) => connect(sock(a[0]), a[1], false) },
  {
    name: "send",
    arity: [1, 2],
    impl: (a) => {
      const s = sock(a[0]);
      const data = dataArg(a[1]);
      return sockCall(
        s,
        true,
        () => Number(c().send(openFd(s), data, BigInt(data.length), intArg(a[2], 0) | 0x4000)),
      );
    },
  },
  {
    name: "sendall",
    arity: [1, 2],
    impl: (a) => {
      const s = sock(a[0]);
      const data = dataArg(a[1]);
      // MSG_NOSIGNAL, and MSG_DONTWAIT: a send into a full buffer returns what fitted instead of blocking
      // where signals could not be handled
      const flags = intArg(a[2], 0) | 0x4000 | 0x40;
      let off = 0;
      while (off < data.length) {
        const chunk = data.subarray(off);
        off += sockCall(
          s,
          true,
          () => Number(c().send(openFd(s), chunk, BigInt(chunk.length), flags)),
        );
      }
      return None;
    },
  },
  {
    name: "sendto",
    arity: [2, 3],
    impl: (a) => {
      const s = sock(a[0]);
      const data = dataArg(a[1]);
      const flags = a.length === 4 ? intArg(a[2], 0) : 0;
      const sa = encodeAddress(s.family, a.length === 4 ? a[3] : a[2], "sendto");
      return sockCall(
        s,
        true,
        () => Number(c().sendto(openFd(s), data, BigInt(data.length), flags, sa, sa.length)),
      );
    },
  },
  {
    name: "recv",
    arity: [1, 2],
    impl: threadReadWait((a) => {
      const s = sock(a[0]);
      const n = intArg(a[1], 0);
      if (n < 0) throw newError(exceptionTypes.ValueError, [newStr("negative buffersize in recv")]);
      const buf = new Uint8Array(n);
      const got = sockCall(s, false, () => Number(c().recv(openFd(s), buf, BigInt(n), intArg(a[2], 0))));
      return newBytes(buf.slice(0, got));
    }),
  },
  {
    name: "recv_into",
    arity: [1, 3],
    kw: ["buffer", "nbytes", "flags"],
    impl: threadReadWait((a) => {
      const s = sock(a[0]);
      const target = bytesLike(a[1]);
      if (target === undefined) {
        raiseTypeError("recv_into() argument 'buffer' must be read-write bytes-like object");
      }
      const n = intArg(a[2], 0) || target.length;
      const got = sockCall(s, false, () => Number(c().recv(openFd(s), target, BigInt(n), intArg(a[3], 0))));
      return got;
    }),
  },
  {
    name: "recvfrom",
    arity: [1, 2],
    impl: threadReadWait((a) => {
      const s = sock(a[0]);
      const n = intArg(a[1], 0);
      const buf = new Uint8Array(n);
      const sa = new Uint8Array(128);
      const len = new Uint32Array([128]);
      const got = sockCall(
        s,
        false,
        () =>
          Number(c().recvfrom(openFd(s), buf, BigInt(n), intArg(a[2], 0), sa, new Uint8Array(len.buffer))),
      );
      return newTuple([newBytes(buf.slice(0, got)), decodeAddress(sa, len[0])]);
    }),
  },
  {
    name: "shutdown",
    arity: [1, 1],
    impl: (a) => {
      const s = sock(a[0]);
      if (c().shutdown(openFd(s), intArg(a[1], 0)) < 0) throw lastError();
      return None;
    },
  },
  { name: "getsockname", arity: [0, 0], impl: (a) => sockaddrOf(sock(a[0]), "getsockname") },
  { name: "getpeername", arity: [0, 0], impl: (a) => sockaddrOf(sock(a[0]), "getpeername") },
  {
    name: "setsockopt",
    arity: [3, 4],
    impl: (a) => {
      const s = sock(a[0]);
      const level = intArg(a[1], 0), opt = intArg(a[2], 0);
      let buf: Uint8Array;
      if (a.length === 5) buf = new Uint8Array(intArg(a[4], 0));
      else if (typeof a[3] === "number" || a[3] instanceof PyBool) {
        buf = new Uint8Array(new Int32Array([typeof a[3] === "number" ? a[3] : isTrue(a[3]) ? 1 : 0]).buffer);
      } else buf = dataArg(a[3]);
      if (c().setsockopt(openFd(s), level, opt, buf, buf.length) < 0) throw lastError();
      return None;
    },
  },
  {
    name: "getsockopt",
    arity: [2, 3],
    impl: (a) => {
      const s = sock(a[0]);
      const size = a[3] === undefined ? 4 : intArg(a[3], 4);
      const buf = new Uint8Array(Math.max(size, 4));
      const len = new Uint32Array([size]);
      if (c().getsockopt(openFd(s), intArg(a[1], 0), intArg(a[2], 0), buf, new Uint8Array(len.buffer)) < 0) {
        throw lastError();
      }
      if (a[3] === undefined) return new DataView(buf.buffer).getInt32(0, true);
      return newBytes(buf.slice(0, len[0]));
    },
  },
  {
    name: "setblocking",
    arity: [1, 1],
    impl: (a) => {
      applyTimeout(sock(a[0]), isTrue(a[1]) ? null : 0);
      return None;
    },
  },
  { name: "getblocking", arity: [0, 0], impl: (a) => (sock(a[0]).timeout === 0 ? False : True) },
  {
    name: "settimeout",
    arity: [1, 1],
    impl: (a) => {
      applyTimeout(sock(a[0]), timeoutArg(a[1]));
      return None;
    },
  },
  { name: "gettimeout", arity: [0, 0], impl: (a) => timeoutW(sock(a[0]).timeout) },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const s = sock(a[0]);
      return newStr(`<socket object, fd=${s.fd}, family=${s.family}, type=${s.type}, proto=${s.proto}>`);
    },
  },
]);
for (const name of ["_accept", "recv", "recv_into", "recvfrom"]) {
  markBlocking((socketType.lookup(name) as PyMethodDescriptor).spec);
}
defineGetSets(socketType, [
  { name: "family", get: (s) => sock(s).family },
  { name: "type", get: (s) => sock(s).type },
  { name: "proto", get: (s) => sock(s).proto },
  { name: "timeout", get: (s) => timeoutW(sock(s).timeout) },
]);

function timeoutW(t: number | null): W {
  return t === null ? None : newFloat(t);
}

function connect(s: PySocket, addr: W, raise: boolean): W {
  const sa = encodeAddress(s.family, addr, "connect");
  const fd = openFd(s);
  if (c().connect(fd, sa, sa.length) === 0) return 0;
  let e = errno();
  if (e === EINPROGRESS && s.timeout !== null && s.timeout > 0) {
    if (!waitReady(s, true, Math.ceil(s.timeout * 1000))) {
      if (raise) throw timeoutError();
      return EAGAIN;
    }
    const out = new Int32Array(1), olen = new Uint32Array([4]);
    c().getsockopt(fd, SOL_SOCKET, SO_ERROR, new Uint8Array(out.buffer), new Uint8Array(olen.buffer));
    e = out[0];
    if (e === 0 || e === EISCONN) return 0;
  }
  if (raise) throw osError(e);
  return e;
}

// ---------------------------------------------------------------- module functions

function newSocketFromFd(fd: number, family: number, type: number, proto: number): PySocket {
  const s = new PySocket(socketType);
  s.fd = fd;
  s.family = family;
  s.type = type;
  s.proto = proto;
  applyTimeout(s, defaultTimeout);
  return s;
}

function inetAton(text: string): Uint8Array {
  // inet_aton accepts 1 to 4 parts, each decimal, octal or hex
  const parts = text.split(".");
  const err = () =>
    newError(exceptionTypes.OSError, [newStr("illegal IP address string passed to inet_aton")]);
  if (parts.length < 1 || parts.length > 4) throw err();
  const nums = parts.map((p) => {
    if (!/^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.test(p)) throw err();
    return p.startsWith("0x") || p.startsWith("0X")
      ? parseInt(p, 16)
      : p.startsWith("0")
      ? parseInt(p || "0", 8)
      : parseInt(p, 10);
  });
  let value = 0;
  const last = nums.pop()!;
  const lastBits = 32 - 8 * nums.length;
  if (nums.some((n) => n > 255) || last >= 2 ** lastBits) throw err();
  nums.forEach((n, i) => value += n * 2 ** (24 - 8 * i));
  value += last;
  return new Uint8Array([value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]);
}

function hostArg(w: W): string | null {
  if (w === None) return null;
  if (w instanceof PyStr) return w.value;
  const b = bytesLike(w);
  if (b !== undefined) return new TextDecoder().decode(b);
  raiseTypeError(`getaddrinfo() argument 1 must be string or None`);
}

export const socketModule: NativeModuleDef = {
  name: "_socket",
  doc: "Implementation module for socket operations.",
  functions: [
    {
      name: "socketpair",
      arity: [0, 3],
      impl: (a) => {
        const family = intArg(a[0], AF_UNIX), type = intArg(a[1], SOCK_STREAM), proto = intArg(a[2], 0);
        const fds = new Int32Array(2);
        if (c().socketpair(family, type | SOCK_CLOEXEC, proto, new Uint8Array(fds.buffer)) < 0) {
          throw lastError();
        }
        return newTuple([
          newSocketFromFd(fds[0], family, type, proto),
          newSocketFromFd(fds[1], family, type, proto),
        ]);
      },
    },
    {
      name: "getaddrinfo",
      arity: [2, 6],
      kw: ["host", "port", "family", "type", "proto", "flags"],
      impl: (a: W[], kw: Kwargs | null) => {
        const [hostW, portW, fam, typ, pro, flg] = parseArgs("getaddrinfo", a, kw, 0, {
          names: ["host", "port", "family", "type", "proto", "flags"],
          required: 2,
        });
        const host = hostArg(hostW);
        let port: string | null = null;
        if (typeof portW === "number" || typeof portW === "bigint") port = String(portW);
        else if (portW instanceof PyStr) port = portW.value;
        else if (portW !== None && portW !== undefined) {
          const b = bytesLike(portW);
          if (b === undefined) throw newError(exceptionTypes.OSError, [newStr("Int or String expected")]);
          port = new TextDecoder().decode(b);
        }
        const infos = addrinfo(host, port, intArg(fam, 0), intArg(typ, 0), intArg(pro, 0), intArg(flg, 0));
        return newList(
          infos.map((i) =>
            newTuple([i.family, i.type, i.proto, newStr(i.canon), decodeAddress(i.addr, i.addr.length)])
          ),
        );
      },
    },
    {
      name: "gethostname",
      arity: [0, 0],
      impl: () => {
        const buf = new Uint8Array(256);
        if (c().gethostname(buf, 256n) < 0) throw lastError();
        const end = buf.indexOf(0);
        return newStr(new TextDecoder().decode(buf.subarray(0, end < 0 ? 256 : end)));
      },
    },
    {
      name: "gethostbyaddr",
      arity: [1, 1],
      impl: (a) => {
        if (!(a[0] instanceof PyStr)) {
          raiseTypeError(
            `gethostbyaddr() argument 1 must be str, bytes or bytearray, not ${typeOf(a[0]).name}`,
          );
        }
        // the address (or name) resolved as setipaddr does, then its name through getnameinfo(NI_NAMEREQD)
        const infos = addrinfo(a[0].value, null, 0, SOCK_STREAM, 0, 0);
        const sa = infos[0].addr;
        const host = nameInfo(sa, 8 /* NI_NAMEREQD */);
        if (host === null) throw new PyError(call(herror, [1, newStr("Unknown host")]) as PyObject);
        const ip = infos[0].family === AF_INET6
          ? ipv6Text(sa.subarray(8, 24))
          : Array.from(sa.subarray(4, 8)).join(".");
        return newTuple([newStr(host[0]), newList([]), newList([newStr(ip)])]);
      },
    },
    {
      name: "getnameinfo",
      arity: [2, 2],
      impl: (a) => {
        const addr = a[0];
        if (!(addr instanceof PyTuple)) raiseTypeError("getnameinfo() argument 1 must be a tuple");
        const items = addr.items;
        if (items.length < 2 || items.length > 4 || !(items[0] instanceof PyStr)) {
          raiseTypeError("getnameinfo(): illegal sockaddr argument");
        }
        const port = intArg(items[1], 0);
        const flags = intArg(a[1], 0);
        const infos = addrinfo(items[0].value, String(port), 0, SOCK_DGRAM, 0, 4 /* AI_NUMERICHOST */);
        if (infos.length !== 1) {
          throw newError(exceptionTypes.OSError, [newStr("sockaddr resolved to multiple addresses")]);
        }
        if (infos[0].family === AF_INET && items.length !== 2) {
          throw newError(exceptionTypes.OSError, [newStr("IPv4 sockaddr must be 2 tuple")]);
        }
        const r = nameInfo(infos[0].addr, flags, true);
        return newTuple([newStr(r![0]), newStr(r![1])]);
      },
    },
    {
      name: "gethostbyname",
      arity: [1, 1],
      impl: (a) => {
        if (!(a[0] instanceof PyStr)) raiseTypeError("gethostbyname() argument 1 must be str");
        return newStr(Array.from(hostAddress(a[0].value, AF_INET)).join("."));
      },
    },
    {
      name: "inet_aton",
      arity: [1, 1],
      impl: (a) => {
        if (!(a[0] instanceof PyStr)) {
          raiseTypeError(`inet_aton() argument 1 must be str, not ${typeOf(a[0]).name}`);
        }
        return newBytes(inetAton(a[0].value));
      },
    },
    {
      name: "inet_ntoa",
      arity: [1, 1],
      impl: (a) => {
        const b = dataArg(a[0]);
        if (b.length !== 4) {
          throw newError(exceptionTypes.OSError, [newStr("packed IP wrong length for inet_ntoa")]);
        }
        return newStr(Array.from(b).join("."));
      },
    },
    {
      name: "inet_pton",
      arity: [2, 2],
      impl: (a) => {
        const family = intArg(a[0], 0);
        if (!(a[1] instanceof PyStr)) {
          raiseTypeError(`inet_pton() argument 2 must be str, not ${typeOf(a[1]).name}`);
        }
        const b = family === AF_INET
          ? ipv4Bytes(a[1].value)
          : family === AF_INET6
          ? ipv6Bytes(a[1].value)
          : null;
        if (family !== AF_INET && family !== AF_INET6) throw osError(97);
        if (b === null) {
          throw newError(exceptionTypes.OSError, [newStr("illegal IP address string passed to inet_pton")]);
        }
        return newBytes(b);
      },
    },
    {
      name: "inet_ntop",
      arity: [2, 2],
      impl: (a) => {
        const family = intArg(a[0], 0);
        const b = dataArg(a[1]);
        if (family === AF_INET) {
          if (b.length !== 4) {
            throw newError(exceptionTypes.ValueError, [newStr("invalid length of packed IP address string")]);
          }
          return newStr(Array.from(b).join("."));
        }
        if (family === AF_INET6) {
          if (b.length !== 16) {
            throw newError(exceptionTypes.ValueError, [newStr("invalid length of packed IP address string")]);
          }
          return newStr(ipv6Text(b));
        }
        throw newError(exceptionTypes.ValueError, [newStr(`unknown address family ${family}`)]);
      },
    },
    { name: "htons", arity: [1, 1], impl: (a) => swap16(intArg(a[0], 0)) },
    { name: "ntohs", arity: [1, 1], impl: (a) => swap16(intArg(a[0], 0)) },
    { name: "htonl", arity: [1, 1], impl: (a) => swap32(intArg(a[0], 0)) },
    { name: "ntohl", arity: [1, 1], impl: (a) => swap32(intArg(a[0], 0)) },
    { name: "getdefaulttimeout", arity: [0, 0], impl: () => timeoutW(defaultTimeout) },
    {
      name: "setdefaulttimeout",
      arity: [1, 1],
      impl: (a) => {
        defaultTimeout = timeoutArg(a[0]);
        return None;
      },
    },
    {
      name: "dup",
      arity: [1, 1],
      impl: (a) => {
        const fd = c().dup(intArg(a[0], -1));
        if (fd < 0) throw lastError();
        return fd;
      },
    },
    {
      name: "close",
      arity: [1, 1],
      impl: (a) => {
        if (c().close(intArg(a[0], -1)) < 0) throw lastError();
        return None;
      },
    },
  ],
  types: [socketType, ["SocketType", socketType], ["gaierror", gaierror], ["herror", herror]],
  values: () => ({
    ...CONSTANTS,
    error: exceptionTypes.OSError,
    timeout: exceptionTypes.TimeoutError,
    has_ipv6: True,
  }),
};

function swap16(v: number): number {
  if (v < 0 || v > 0xffff) {
    throw newError(exceptionTypes.OverflowError, [
      newStr("htons: Python int too large to convert to C 16-bit unsigned integer"),
    ]);
  }
  return ((v & 0xff) << 8) | (v >> 8);
}
function swap32(v: number): number {
  if (v < 0 || v > 0xffffffff) {
    throw newError(exceptionTypes.OverflowError, [newStr("int larger than 32 bits")]);
  }
  return (((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24)) >>> 0;
}
