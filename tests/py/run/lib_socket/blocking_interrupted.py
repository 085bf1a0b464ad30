# oracle: python3 (real signals and socketpair)
# Blocking socket calls (sendall into a full buffer, recv with nothing to read, accept) let signal
# handlers run while they wait (PEP 475): an exception from the handler ends the call, a handler that
# returns lets it go on. With a timeout, sendall still times out.
import signal
import socket


def raising(*args):
    1 / 0


calls = []


def noting(*args):
    calls.append("handler")


c, s = socket.socketpair()
signal.signal(signal.SIGALRM, raising)
try:
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    c.sendall(b"x" * (8 * 1024 * 1024))
except ZeroDivisionError:
    print("sendall interrupted")

a, b = socket.socketpair()
try:
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    a.recv(10)
except ZeroDivisionError:
    print("recv interrupted")

signal.signal(signal.SIGALRM, noting)
signal.setitimer(signal.ITIMER_REAL, 0.1)
c.settimeout(0.5)
try:
    c.sendall(b"x" * (8 * 1024 * 1024))
except TimeoutError as e:
    print("TimeoutError", e, calls)

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(("127.0.0.1", 0))
srv.listen()
signal.signal(signal.SIGALRM, raising)
try:
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    srv.accept()
except ZeroDivisionError:
    print("accept interrupted")
signal.signal(signal.SIGALRM, signal.SIG_DFL)
b.send(b"hi")
print(a.recv(10))
for x in (a, b, c, s, srv):
    x.close()
