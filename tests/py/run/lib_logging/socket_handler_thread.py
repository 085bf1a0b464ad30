# oracle: python3
# logging.handlers.SocketHandler to a socketserver.ThreadingTCPServer running in a thread: the handler
# thread waits in recv() between records while the main thread waits on a semaphore for each one. The
# reading thread must switch out while its socket is empty, so the main thread can send the next record.
import logging, logging.handlers, pickle, socketserver, struct, threading

received = []
handled = threading.Semaphore(0)


class RecordHandler(socketserver.StreamRequestHandler):
    def handle(self):
        conn = self.connection
        while True:
            chunk = conn.recv(4)
            if len(chunk) < 4:
                break
            slen = struct.unpack(">L", chunk)[0]
            chunk = conn.recv(slen)
            while len(chunk) < slen:
                chunk += conn.recv(slen - len(chunk))
            record = logging.makeLogRecord(pickle.loads(chunk))
            received.append((record.name, record.levelname, record.getMessage()))
            handled.release()


server = socketserver.ThreadingTCPServer(("localhost", 0), RecordHandler)
server.daemon_threads = True
serving = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
serving.start()

handler = logging.handlers.SocketHandler("localhost", server.server_address[1])
log = logging.getLogger("tcp")
log.propagate = False
log.setLevel(logging.DEBUG)
log.addHandler(handler)
for i, level in enumerate([logging.ERROR, logging.DEBUG, logging.INFO]):
    log.log(level, "message %d of %s", i, "three")
    print("handled", i, handled.acquire(timeout=10))
handler.close()
server.shutdown()
server.server_close()
serving.join(10)
for r in received:
    print(r)
print("server thread ended:", not serving.is_alive())
