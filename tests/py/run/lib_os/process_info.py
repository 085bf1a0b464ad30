import os, errno

for fn in [os.getpid, os.getppid, os.getuid, os.getgid]:
    print(fn.__name__, type(fn()).__name__)
u = os.uname()
print(type(u).__name__, type(u).__module__, len(u), u.sysname == u[0], u.machine == u[4])
print(u._fields if hasattr(u, "_fields") else u.__match_args__)
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.user == t[0], t.elapsed == t[4])
c = os.cpu_count()
print(c is None or (isinstance(c, int) and c >= 1))
r = os.urandom(16)
print(type(r).__name__, len(r), os.urandom(0))
try:
    os.urandom(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(os.strerror(errno.ENOENT), os.strerror(errno.EEXIST), os.strerror(errno.EISDIR))
old = os.umask(0o27)
print(oct(os.umask(old)))
print(os.name, os.sep, os.curdir, os.pardir, os.extsep, os.pathsep, repr(os.linesep), os.devnull, os.altsep)
print(os.error is OSError, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, os.O_WRONLY, os.O_RDWR)
for call in [lambda: os.getpid(1), lambda: os.getcwd("x"), lambda: os.strerror(), lambda: os.umask("x")]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(os.getpid() == os.getpid(), os.fsencode(os.getcwd()) == os.getcwdb())
print(type(os.environ).__name__, type(os.stat_result).__name__, os.stat_result.__module__, os.terminal_size.__module__)
