def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(7), is_even(7))
def outer():
    def a(n):
        return n if n <= 0 else b(n - 1)
    def b(n):
        return a(n - 2)
    return a(10)
print(outer())
