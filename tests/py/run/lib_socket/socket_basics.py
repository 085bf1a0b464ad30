# oracle: python3
# socket: socketpair, blocking/non-blocking/timeouts, a TCP server and client, address conversion.
import socket
a, b = socket.socketpair()
a.sendall(b"hello")
print(b.recv(10))
b.send(b"x" * 3)
print(a.recv(2), a.recv(5))
a.setblocking(False)
try:
    a.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == 11)
a.settimeout(0.05)
try:
    a.recv(10)
except TimeoutError as e:
    print("timeout:", e)
print(a.gettimeout(), a.getblocking(), b.getblocking(), a.family, a.type)
a.close(); b.close()
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, port > 0)
cli = socket.create_connection((host, port))
conn, addr = srv.accept()
cli.sendall(b"ping")
print(conn.recv(4), addr[0])
conn.sendall(b"pong")
print(cli.recv(4))
with cli, conn, srv:
    pass
print(cli.fileno(), socket.inet_aton("127.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.htons(1), socket.ntohl(1))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, b"\x20\x01" + b"\x00" * 13 + b"\x01"))
print(sorted({i[4][0] for i in socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM)}))
try:
    socket.getaddrinfo("no.such.host.invalid", 80)
except socket.gaierror as e:
    print("gaierror", e.errno < 0)
print(type(socket.AF_INET).__name__, socket.SocketKind.SOCK_STREAM)
