# _thread.interrupt_main(signum): as if the signal arrived: its Python handler runs (SIGINT's default raises
# KeyboardInterrupt), SIG_IGN/SIG_DFL do nothing, numbers outside 1..NSIG-1 are ValueError.
import _thread, signal
for bad in (-1, signal.NSIG, 1000000):
    try:
        _thread.interrupt_main(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    _thread.interrupt_main()
except KeyboardInterrupt:
    print("KeyboardInterrupt")
got = []
signal.signal(signal.SIGTERM, lambda n, f: got.append((n, f is not None)))
_thread.interrupt_main(signal.SIGTERM)
print(got)
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
print("ignored")
signal.signal(signal.SIGTERM, signal.SIG_DFL)
_thread.interrupt_main(signal.SIGTERM)
print("default: nothing")
signal.signal(signal.SIGINT, signal.default_int_handler)
