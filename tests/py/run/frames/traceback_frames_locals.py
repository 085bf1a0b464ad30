def fail(v):
    local_thing = v * 2
    raise ValueError(v)
try:
    fail(21)
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals["local_thing"], tb.tb_lineno)
