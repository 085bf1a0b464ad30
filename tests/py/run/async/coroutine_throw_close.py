class Wait:
    def __await__(self):
        yield "waiting"
        return 1
async def job():
    try:
        await Wait()
    except ValueError as e:
        return f"handled {e}"
c = job()
print(c.send(None))
try:
    c.throw(ValueError("cancel"))
except StopIteration as e:
    print(e.value)
c2 = job(); c2.send(None); c2.close()
print(c2.cr_frame)
