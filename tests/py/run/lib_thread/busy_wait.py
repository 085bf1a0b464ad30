# oracle: python3
# Busy-waiting threads: preemption (sys.getswitchinterval) lets the other side make progress.
import sys
import threading

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)

flag = False
def setter():
    global flag
    n = 0
    for _ in range(10000):
        n += 1
    flag = True

t = threading.Thread(target=setter)
t.start()
spins = 0
while not flag:
    spins += 1
t.join()
print("main saw flag", flag)

go = False
done = []
def spinner(i):
    while not go:
        pass
    done.append(i)
ts = [threading.Thread(target=spinner, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
x = 0
for i in range(20000):
    x += i
go = True
for t in ts:
    t.join()
print(sorted(done), x)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError", e)
