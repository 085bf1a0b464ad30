import os

for status in [0, 1 << 8, 3 << 8, 255 << 8, 9, 15, 0x7f | (19 << 8), 0xffff, 0x80 | 6]:
    print(hex(status), os.WIFEXITED(status), os.WIFSIGNALED(status), os.WIFSTOPPED(status),
          os.WIFCONTINUED(status), os.WEXITSTATUS(status), os.WTERMSIG(status), os.WSTOPSIG(status),
          os.WCOREDUMP(status))
for status in [0, 1 << 8, 42 << 8, 9, 15]:
    print(os.waitstatus_to_exitcode(status), os.waitstatus_to_exitcode(status=status))
for bad in [0x7f | (19 << 8), "x"]:
    try:
        os.waitstatus_to_exitcode(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(os.WNOHANG, os.WEXITSTATUS(status=512))
