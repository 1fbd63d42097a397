def cleanup():
    raise RuntimeError("cleanup failed")
def work():
    try:
        {}["missing"]
    except KeyError:
        cleanup()
work()
