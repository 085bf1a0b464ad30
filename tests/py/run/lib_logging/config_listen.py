# oracle: python3
# logging.config.listen: a server thread polls its socket with select() in a loop (1 s timeout) while the
# main thread waits for it to start, connects, sends a JSON configuration and waits for it to be applied.
# The waits in the main thread must let the polling thread run, and a send to a connected socket must not
# hand control to a thread that then blocks reading from it.
import io, json, logging, logging.config, socket, struct, sys

config = {
    "version": 1,
    "formatters": {"plain": {"format": "%(name)s %(levelname)s %(message)s"}},
    "handlers": {"out": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stdout"}},
    "loggers": {"app": {"level": "INFO", "handlers": ["out"], "propagate": False}},
}

t = logging.config.listen(0)
t.start()
t.ready.wait()
print("listening on a port:", t.port > 0)
t.ready.clear()
text = json.dumps(config).encode()
sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
sock.settimeout(5.0)
sock.connect(("localhost", t.port))
sent = 0
data = struct.pack(">L", len(text)) + text
while sent < len(data):
    sent += sock.send(data[sent:])
sock.close()
print("applied:", t.ready.wait(10.0))
logging.config.stopListening()
t.join(10.0)
print("listener ended:", not t.is_alive())
log = logging.getLogger("app")
log.debug("not shown")
log.info("configured over the socket")
log.getChild("db").warning("child propagates to app's handler")
