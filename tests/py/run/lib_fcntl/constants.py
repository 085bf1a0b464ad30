# oracle: python3
# fcntl's constants have the Linux values, and the module's functions have their documented shapes
import fcntl

names = ["LOCK_SH", "LOCK_EX", "LOCK_NB", "LOCK_UN", "F_DUPFD", "F_DUPFD_CLOEXEC", "F_GETFD", "F_SETFD",
         "F_GETFL", "F_SETFL", "F_GETLK", "F_SETLK", "F_SETLKW", "F_RDLCK", "F_WRLCK", "F_UNLCK",
         "FD_CLOEXEC", "F_GETOWN", "F_SETOWN", "F_GETSIG", "F_SETSIG", "F_SETLEASE", "F_GETLEASE",
         "F_NOTIFY", "F_GETPIPE_SZ", "F_SETPIPE_SZ", "F_OFD_GETLK", "F_OFD_SETLK", "F_OFD_SETLKW",
         "F_ADD_SEALS", "F_GET_SEALS", "F_SEAL_SEAL", "F_SEAL_SHRINK", "F_SEAL_GROW", "F_SEAL_WRITE",
         "DN_ACCESS", "DN_MODIFY", "DN_CREATE", "DN_DELETE", "DN_RENAME", "DN_ATTRIB", "DN_MULTISHOT",
         "FASYNC", "F_EXLCK", "F_SHLCK", "F_GETLK64", "F_SETLK64", "F_SETLKW64",
         "LOCK_MAND", "LOCK_READ", "LOCK_WRITE", "LOCK_RW"]
for n in names:
    print(n, getattr(fcntl, n))
print(fcntl.__doc__.splitlines()[0])
for f in ("fcntl", "ioctl", "flock", "lockf"):
    print(f, callable(getattr(fcntl, f)))
