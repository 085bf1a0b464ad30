# time.strptime goes through the pure-Python _strptime module, as in CPython
import time

for text, fmt in [
    ("2024-03-05 10:11:12", "%Y-%m-%d %H:%M:%S"),
    ("Tue Mar  5 10:11:12 2024", "%a %b %d %H:%M:%S %Y"),
    ("05/03/24", "%d/%m/%y"),
    ("69", "%y"),
    ("68", "%y"),
    ("12 PM", "%I %p"),
    ("12 AM", "%I %p"),
    ("2024 60", "%Y %j"),
    ("2024 10 1", "%Y %U %w"),
    ("2021-W01-1", "%G-W%V-%u"),
    ("March 2020", "%B %Y"),
    ("10%", "%S%%"),
]:
    st = time.strptime(text, fmt)
    print(repr(text), fmt, tuple(st))
print(time.strptime("Tue Mar  5 10:11:12 2024"))
print(type(time.strptime("1 2000", "%d %Y")).__name__)
st = time.strptime("2024-01-01 +0130", "%Y-%m-%d %z")
print(st.tm_gmtoff, st.tm_zone)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: time.strptime("x", "%Y"))
show(lambda: time.strptime("2024-13-01", "%Y-%m-%d"))
show(lambda: time.strptime("2024-01-01 extra", "%Y-%m-%d"))
show(lambda: time.strptime("2024", "%Q"))
show(lambda: time.strptime(2024, "%Y"))
show(lambda: time.strptime("2024", 5))
show(lambda: time.strptime())
