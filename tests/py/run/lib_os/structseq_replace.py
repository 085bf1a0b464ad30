import copy, os

ts = os.terminal_size((80, 24))
print(copy.replace(ts, columns=100), ts.__replace__(lines=5), ts.__replace__())
for call in [lambda: copy.replace(ts, width=3), lambda: ts.__replace__(1), lambda: copy.replace(os.stat_result(range(10)), st_mode=1)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(os.terminal_size.n_fields, os.terminal_size.n_sequence_fields, os.terminal_size.n_unnamed_fields)
print(os.terminal_size.__match_args__, os.terminal_size.__doc__)
print(ts.__reduce__())
print(os.terminal_size([1, 2]) == (1, 2), hash(os.terminal_size((1, 2))) == hash((1, 2)))
print(tuple(os.stat_result(range(10), {"st_atime_ns": 5})), os.stat_result(range(10), {"st_atime_ns": 5}).st_atime_ns)
