# oracle: python3
# A thread waiting in recv()/accept() on a socket with a timeout: other threads run meanwhile, the
# timeout still ends the wait with TimeoutError, and data sent before the deadline is received.
import socket, threading, time

a, b = socket.socketpair()
log = []
main_ran = threading.Event()


def waiter(sock, timeout, name):
    sock.settimeout(timeout)
    try:
        log.append((name, "got", sock.recv(100)))
    except TimeoutError as e:
        log.append((name, "timeout", str(e), "main ran meanwhile:", main_ran.is_set()))


t1 = threading.Thread(target=waiter, args=(a, 0.5, "short"))
t1.start()
time.sleep(0.05)
main_ran.set()
t1.join(10)
t2 = threading.Thread(target=waiter, args=(a, 10.0, "long"))
t2.start()
time.sleep(0.05)
b.sendall(b"payload")
t2.join(10)
srv = socket.socket()
srv.bind(("localhost", 0))
srv.listen()


def acceptor():
    srv.settimeout(0.2)
    try:
        srv.accept()
        log.append(("accept", "connected"))
    except TimeoutError as e:
        log.append(("accept", "timeout", str(e)))


t3 = threading.Thread(target=acceptor)
t3.start()
t3.join(10)
for entry in log:
    print(entry)
for s in (a, b, srv):
    s.close()
