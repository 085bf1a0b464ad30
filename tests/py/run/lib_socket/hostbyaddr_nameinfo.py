# oracle: python3
# socket.gethostbyaddr / getnameinfo / getfqdn on the loopback address (http.server and smtpd call getfqdn)
import socket
print(socket.gethostbyaddr("127.0.0.1"))
print(socket.gethostbyaddr("localhost")[0], socket.gethostbyaddr("localhost")[2][0] in ("127.0.0.1", "::1"))
print(socket.getfqdn("127.0.0.1"))
print(socket.getnameinfo(("127.0.0.1", 80), 0))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(("::1", 443), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
for bad in (("127.0.0.1", 80, 0), ("127.0.0.1",), ["127.0.0.1", 80]):
    try:
        socket.getnameinfo(bad, 0)
    except Exception as e:
        print(type(e).__name__, e)
try:
    socket.gethostbyaddr(3)
except TypeError as e:
    print("TypeError", e)
