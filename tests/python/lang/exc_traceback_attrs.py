def boom():
    raise ValueError("boom")
try:
    boom()
except ValueError as e:
    tb = e.__traceback__
    count = 0
    while tb is not None:
        count += 1
        print("frame", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
    print("depth", count)
e = ValueError("fresh")
print(e.__traceback__)
e2 = e.with_traceback(None)
print(e2 is e)
