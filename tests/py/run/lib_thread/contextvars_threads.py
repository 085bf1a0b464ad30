# oracle: python3
# Each thread starts with an empty context; copy_context().run carries values into a thread.
import contextvars
import threading
import time

var = contextvars.ContextVar("var", default="default")
var.set("main value")
seen = []

def show(tag):
    time.sleep(0.001)
    seen.append((tag, var.get()))
    var.set(tag)
    time.sleep(0.001)
    seen.append((tag + " after set", var.get()))

ts = [threading.Thread(target=show, args=(f"t{i}",)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
ctx = contextvars.copy_context()
t = threading.Thread(target=ctx.run, args=(show, "copied"))
t.start(); t.join()
print(sorted(seen))
print(var.get(), ctx[var])
