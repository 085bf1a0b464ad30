# oracle: python3
# SIGINT raised in-process with the default handler: KeyboardInterrupt propagates out of the program
import signal

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("caught once", flush=True)

def handler(signum, frame):
    print("custom SIGINT handler", signum, flush=True)

signal.signal(signal.SIGINT, handler)
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
print("about to be interrupted", flush=True)
signal.raise_signal(signal.SIGINT)
print("not reached")
