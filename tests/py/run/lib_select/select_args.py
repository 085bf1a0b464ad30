# select.select/poll argument checking; no descriptors (the wait itself is timed in pipes.py)
import select

print(select.select([], [], [], 0.01))
print(select.select([], [], [], 0), select.select((), (), (), None if False else 0))
print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)
print(select.error is OSError, type(select.poll()).__name__, type(select.poll()).__module__)
p = select.poll()
print(p.poll(0), p.poll(1.5))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: select.select([], [], [], -1))
show(lambda: select.select([], [], [], "x"))
show(lambda: select.select(["x"], [], []))
show(lambda: select.select([-1], [], [], 0))
show(lambda: select.select(5, [], []))
show(lambda: select.select([], []))
show(lambda: select.select([], [], [], 1, 2))
show(lambda: select.poll().unregister(3))
show(lambda: select.poll().register("x"))
show(lambda: select.poll().register(-1))
show(lambda: select.poll().poll("x"))
show(lambda: type(select.poll())())
show(lambda: select.poll(1))

class BadFileno:
    def fileno(self):
        return "nope"

show(lambda: select.select([BadFileno()], [], [], 0))
