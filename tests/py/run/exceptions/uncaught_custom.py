class MyError(Exception):
    pass
def go(n):
    if n == 0:
        raise MyError("bottom reached")
    go(n - 1)
go(5)
