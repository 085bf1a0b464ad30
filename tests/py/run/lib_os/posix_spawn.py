# oracle: python3
# os.posix_spawn/posix_spawnp with file actions and the os.spawn* family (CPython builds those from fork;
# pypyts from posix_spawn, with the same results: P_WAIT gives the exit code or -signal, P_NOWAIT the pid,
# and a program that cannot run gives 127).
import os
import tempfile

env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "X": "from env"}


def wait(pid):
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


print(wait(os.posix_spawn("/bin/sh", ["sh", "-c", "exit 3"], env)))

r, w = os.pipe()
pid = os.posix_spawnp("sh", ["sh", "-c", "echo $X; echo err >&2"], env,
                      file_actions=[(os.POSIX_SPAWN_DUP2, w, 1), (os.POSIX_SPAWN_DUP2, w, 2),
                                    (os.POSIX_SPAWN_CLOSE, r)])
os.close(w)
print(wait(pid), sorted(os.read(r, 100).split()))
os.close(r)

with tempfile.TemporaryDirectory() as d:
    src, dst = os.path.join(d, "in.txt"), os.path.join(d, "out.txt")
    with open(src, "w") as f:
        f.write("copied through file actions\n")
    pid = os.posix_spawn("/bin/sh", ["sh", "-c", "cat"], env, file_actions=[
        (os.POSIX_SPAWN_OPEN, 0, src, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, dst, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
    ])
    print(wait(pid), open(dst).read(), oct(os.stat(dst).st_mode & 0o777))

pid = os.posix_spawn("/bin/sh", ["sh", "-c", "kill -TERM $$"], env, setsigdef=[15], setsigmask=[])
print(wait(pid))
pid = os.posix_spawn("/bin/sh", ["sh", "-c", "test $(ps -o pgid= $$) -eq $$ && exit 4"], env, setpgroup=0)
print(wait(pid))

for kw in [dict(file_actions=[(99,)]), dict(file_actions=[()]), dict(file_actions=[(os.POSIX_SPAWN_CLOSE,)]),
           dict(file_actions=[(os.POSIX_SPAWN_DUP2, 1)]), dict(file_actions=[(os.POSIX_SPAWN_OPEN, 1, "x")]),
           dict(file_actions=["x"]), dict(setsigmask=[0]), dict(setsigdef=[1000]), dict(scheduler=(1,))]:
    try:
        os.posix_spawn("/bin/true", ["true"], env, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in [("/nonexistent/prog", ["x"], env), ("/bin/true", [], env), ("/bin/true", "x", env),
             ("/bin/true", [""], env)]:
    try:
        os.posix_spawn(*args)
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e.errno if isinstance(e, OSError) else e, getattr(e, "filename", None))

print(os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit 7"]))
print(os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", "kill -9 $$"))
print(os.spawnvp(os.P_WAIT, "no-such-program-here", ["x"]))
print(os.spawnv(os.P_WAIT, "/no/such/file", ["x"]))
print(wait(os.spawnlp(os.P_NOWAIT, "sh", "sh", "-c", "exit 5")))
print(os.spawnve(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit $CODE"], {"CODE": "9"}))
print(os.spawnlpe(os.P_WAIT, "sh", "sh", "-c", "exit $CODE", {"CODE": "11", "PATH": env["PATH"]}))
for bad in [("x",), [""], []]:
    try:
        os.spawnv(os.P_WAIT, "/bin/true", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO, os.POSIX_SPAWN_OPEN, os.POSIX_SPAWN_CLOSE, os.POSIX_SPAWN_DUP2)
