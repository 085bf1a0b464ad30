import contextvars
request_id = contextvars.ContextVar("request_id", default="none")
depth = contextvars.ContextVar("depth", default=0)
def handler(name):
    token = request_id.set(name)
    depth.set(depth.get() + 1)
    inner = contextvars.copy_context()
    out = [request_id.get(), depth.get(), inner.run(lambda: (request_id.set("inner"), request_id.get())[1]), request_id.get()]
    request_id.reset(token)
    return out
ctx1 = contextvars.copy_context()
ctx2 = contextvars.copy_context()
print(ctx1.run(handler, "a"), ctx2.run(handler, "b"), request_id.get(), depth.get())
print(ctx1[depth], ctx2[depth], depth in contextvars.copy_context(), ctx1.get(request_id))
def gen():
    for i in range(3):
        yield request_id.get()
g = gen()
print(next(g), contextvars.Context().run(next, g), next(g))
def recurse(n):
    if n == 0: return depth.get()
    ctx = contextvars.copy_context()
    return ctx.run(lambda: (depth.set(depth.get() + 1), recurse(n - 1))[1])
print(recurse(5), depth.get())
tok = depth.set(10)
print(repr(tok).startswith("<Token var=<ContextVar name='depth' default=0 at "), tok.old_value is contextvars.Token.MISSING)
depth.reset(tok); print(depth.get(), repr(tok).startswith("<Token used var="))
ctx = contextvars.copy_context()
print(sorted(v.name for v in ctx), [type(x).__name__ for x in ctx.values()])
def raises():
    request_id.set("boom")
    raise ValueError("in ctx")
c = contextvars.copy_context()
try: c.run(raises)
except ValueError as e: print(e, c[request_id], request_id.get())
print(isinstance(ctx, contextvars.Context), hash(request_id) == hash(request_id), request_id == request_id)
try: hash(ctx)
except TypeError as e: print(e)
