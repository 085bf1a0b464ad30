# logging (levels, handlers to a stream, formatters, loggers hierarchy, propagation, LoggerAdapter,
# exceptions in records) and argparse (positionals, options, types, choices, subcommands, mutually
# exclusive groups, help text, errors to stderr with exit code 2 captured).
import argparse
import io
import logging

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
root = logging.getLogger("app")
root.addHandler(handler)
root.setLevel(logging.INFO)
root.debug("hidden")
root.info("hello %s", "world")
child = logging.getLogger("app.db")
child.warning("disk %d%% full", 93)
child.propagate = False
child.error("not propagated")
adapter = logging.LoggerAdapter(root, {"user": "ann"})
adapter.info("adapted")
try:
    1 / 0
except ZeroDivisionError:
    root.exception("boom")
out = stream.getvalue().splitlines()
print(out[:4], out[4], out[-1])
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), root.isEnabledFor(logging.DEBUG))
logging.getLogger("app").setLevel(logging.DEBUG)
print(root.getEffectiveLevel(), child.parent.name, logging.getLogger().name)

parser = argparse.ArgumentParser(prog="tool", description="A tool.")
parser.add_argument("src")
parser.add_argument("-n", "--count", type=int, default=1)
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--tag", action="append")
group = parser.add_mutually_exclusive_group()
group.add_argument("--yes", action="store_true")
group.add_argument("--no", action="store_true")
sub = parser.add_subparsers(dest="cmd")
run = sub.add_parser("run")
run.add_argument("target", nargs="+")
print(parser.parse_args(["a.txt", "-n", "3", "-vv", "--tag", "x", "--tag", "y", "--yes", "run", "t1", "t2"]))
print(parser.format_usage().strip())
for bad in (["a", "-n", "x"], ["a", "--mode", "medium"], ["a", "--yes", "--no"], []):
    err = io.StringIO()
    p = argparse.ArgumentParser(prog="tool")
    p.add_argument("src")
    p.add_argument("-n", type=int)
    p.add_argument("--mode", choices=["fast"])
    g = p.add_mutually_exclusive_group()
    g.add_argument("--yes", action="store_true")
    g.add_argument("--no", action="store_true")
    import contextlib
    with contextlib.redirect_stderr(err):
        try:
            p.parse_args(bad)
        except SystemExit as e:
            print("exit", e.code, err.getvalue().strip().splitlines()[-1])
