# oracle: python3
# logging.handlers.DatagramHandler to a UDP socket read by a thread with recvfrom(): the reader waits for
# each datagram while the main thread waits for it to be ready and then logs; the reader must switch out
# while nothing has arrived, so the main thread (below it) can send.
import logging, logging.handlers, pickle, socket, struct, threading

sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sock.bind(("localhost", 0))
port = sock.getsockname()[1]
ready = threading.Event()
got = []


def reader():
    ready.set()
    for _ in range(3):
        data, addr = sock.recvfrom(8192)
        slen = struct.unpack(">L", data[:4])[0]
        record = logging.makeLogRecord(pickle.loads(data[4:4 + slen]))
        got.append((addr[0], record.levelname, record.getMessage()))


t = threading.Thread(target=reader)
t.start()
print("reader ready:", ready.wait(10))
handler = logging.handlers.DatagramHandler("localhost", port)
log = logging.getLogger("udp")
log.propagate = False
log.setLevel(logging.INFO)
log.addHandler(handler)
log.info("first")
log.warning("second %s", 2)
log.debug("dropped by level")
log.error("third")
t.join(10)
print("reader done:", not t.is_alive())
for g in got:
    print(g)
handler.close()
sock.close()
