# with / async with on objects missing a protocol method: CPython 3.14's messages name the missing method
# and suggest the other statement when the object supports the other protocol.
class LacksEnter:
    def __exit__(self, *a): pass
class LacksExit:
    def __enter__(self): pass
class AsyncOnly:
    async def __aenter__(self): pass
    async def __aexit__(self, *a): pass
class SyncOnly:
    def __enter__(self): pass
    def __exit__(self, *a): pass
for obj in [LacksEnter(), LacksExit(), AsyncOnly(), 5]:
    try:
        with obj:
            pass
    except TypeError as e:
        print(e)
async def main():
    for obj in [SyncOnly(), 5, LacksEnter()]:
        try:
            async with obj:
                pass
        except TypeError as e:
            print(e)
try:
    main().send(None)
except StopIteration:
    pass
