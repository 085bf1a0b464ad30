# oracle: python3
# An uncaught KeyboardInterrupt ends the interpreter by SIGINT (CPython's exit_sigint), after the traceback
# and the atexit handlers, so the parent sees -2; one caught, or turned into SystemExit, exits normally.
from _child import last, run_all

results = run_all([
    ["-c", "import atexit; atexit.register(print, 'atexit ran'); print('out', flush=True); raise KeyboardInterrupt"],
    ["-c", "raise KeyboardInterrupt('with text')"],
    ["-c", "try:\n raise KeyboardInterrupt\nexcept KeyboardInterrupt:\n print('caught')"],
    ["-c", "import sys\ntry:\n raise KeyboardInterrupt\nexcept KeyboardInterrupt:\n sys.exit(3)"],
])
for code, out, err in results:
    print(code, repr(out), last(err))
