import _cycle.a
import _cycle.b
print(_cycle.a.use(), _cycle.b.partial(), _cycle.a.A)
