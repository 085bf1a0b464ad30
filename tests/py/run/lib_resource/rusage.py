# oracle: python3
# resource.getrusage and its struct_rusage (a struct sequence), getpagesize, the constants
import mmap
import resource

ru = resource.getrusage(resource.RUSAGE_SELF)
print(type(ru).__name__, type(ru).__module__, len(ru), isinstance(ru, tuple))
print(type(ru.ru_utime).__name__, type(ru.ru_stime).__name__, type(ru.ru_maxrss).__name__)
print(ru.ru_maxrss > 0, ru.ru_utime >= 0, ru.ru_minflt > 0)
print(ru[0] == ru.ru_utime, ru[2] == ru.ru_maxrss, ru[-1] == ru.ru_nivcsw)
print([f for f in dir(ru) if f.startswith("ru_")])
print(resource.struct_rusage.n_fields, resource.struct_rusage.n_sequence_fields)
print(resource.struct_rusage.__doc__)
x = sum(i * i for i in range(200000))
later = resource.getrusage(resource.RUSAGE_SELF)
print("time goes on", later.ru_utime + later.ru_stime >= ru.ru_utime + ru.ru_stime)
print("children", len(resource.getrusage(resource.RUSAGE_CHILDREN)))
print("thread", len(resource.getrusage(resource.RUSAGE_THREAD)))
try:
    resource.getrusage(42)
except ValueError as e:
    print(e)
r2 = resource.struct_rusage(tuple(range(16)))
print(r2.ru_utime, r2.ru_nivcsw)
print(resource.getpagesize() == mmap.PAGESIZE, resource.getpagesize() % 1024)
for name in sorted(n for n in dir(resource) if n.startswith(("RLIMIT_", "RUSAGE_"))):
    print(name, getattr(resource, name))
