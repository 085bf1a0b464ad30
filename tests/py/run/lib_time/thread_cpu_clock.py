# oracle: python3
# time.pthread_getcpuclockid: the calling thread's own CPU-time clock (not the CLOCK_THREAD_CPUTIME_ID
# constant), readable with clock_gettime and advancing with the thread's work.
import threading, time

clk = time.pthread_getcpuclockid(threading.get_ident())
print(type(clk) is int, clk != time.CLOCK_THREAD_CPUTIME_ID)
t1 = time.clock_gettime(clk)
n = 0
while time.clock_gettime(clk) - t1 < 0.01:
    n += 1
t2 = time.clock_gettime(clk)
print("advances:", t1 < t2)
print("close to thread_time:", abs(time.clock_gettime(clk) - time.thread_time()) < 0.5)
