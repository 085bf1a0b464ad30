# oracle: python3
# resource.getrlimit/setrlimit/prlimit: round trips of the soft limit under the hard one, the sequence
# forms setrlimit accepts, and its errors (printed relative to the machine's own limits)
import resource

INF = resource.RLIM_INFINITY
print("RLIM_INFINITY", INF, resource.error is OSError)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, type(hard).__name__, soft > 0, hard == INF or soft <= hard)

lower = min(soft, 200)
print(resource.setrlimit(resource.RLIMIT_NOFILE, (lower, hard)))
print("lowered", resource.getrlimit(resource.RLIMIT_NOFILE) == (lower, hard))
resource.setrlimit(resource.RLIMIT_NOFILE, [soft, hard])
print("restored from a list", resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
resource.setrlimit(resource.RLIMIT_NOFILE, iter([lower, hard]))
print("from an iterator", resource.getrlimit(resource.RLIMIT_NOFILE)[0] == lower)
print("prlimit reads", resource.prlimit(0, resource.RLIMIT_NOFILE) == (lower, hard))
print("prlimit sets, returns the old", resource.prlimit(0, resource.RLIMIT_NOFILE, (soft, hard)) == (lower, hard))
print("now", resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))

# core size: always lowerable to 0 and back (as far as the hard limit allows)
csoft, chard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (0, chard))
print("core 0", resource.getrlimit(resource.RLIMIT_CORE)[0])
resource.setrlimit(resource.RLIMIT_CORE, (csoft, chard))
print("core back", resource.getrlimit(resource.RLIMIT_CORE) == (csoft, chard))

def attempt(f, *args):
    try:
        print(f(*args))
    except (ValueError, TypeError, OSError) as e:
        print(f.__name__, type(e).__name__, e)

attempt(resource.setrlimit, resource.RLIMIT_NOFILE, (1,))
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, (1, 2, 3))
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, 5)
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, ("a", "b"))
attempt(resource.setrlimit, resource.RLIMIT_CORE, (10, 5))
attempt(resource.getrlimit, -1)
attempt(resource.getrlimit, 99)
attempt(resource.setrlimit, 99, (1, 1))
attempt(resource.prlimit, 0, 99)
attempt(resource.getrlimit, "x")
attempt(resource.getrlimit)
