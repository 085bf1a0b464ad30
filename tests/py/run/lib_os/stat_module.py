import stat, _stat

for mode in [0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755, 0o104755, 0o102755, 0o041777, 0o101000, 0]:
    print(oct(mode), stat.filemode(mode), stat.S_ISREG(mode), stat.S_ISDIR(mode), stat.S_ISLNK(mode),
          stat.S_ISCHR(mode), stat.S_ISBLK(mode), stat.S_ISFIFO(mode), stat.S_ISSOCK(mode),
          oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)))
print(stat.S_ISDOOR(0), stat.S_ISPORT(0), stat.S_ISWHT(0))
print(_stat.filemode(0o100755), _stat.S_IFDIR, _stat.S_IRWXU, _stat.UF_HIDDEN, _stat.SF_IMMUTABLE)
print(stat.filemode is _stat.filemode, stat.S_ISDIR is _stat.S_ISDIR)
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.S_IREAD, stat.S_IWRITE, stat.S_IEXEC)
print(stat.FILE_ATTRIBUTE_DIRECTORY, stat.FILE_ATTRIBUTE_HIDDEN)
for bad in ["x", -1, 1.5]:
    try:
        stat.S_ISDIR(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    stat.filemode()
except TypeError as e:
    print(type(e).__name__, e)
