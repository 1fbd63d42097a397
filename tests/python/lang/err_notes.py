def process(item):
    try:
        return int(item)
    except ValueError as e:
        e.add_note(f"while processing item {item!r}")
        e.add_note("second note")
        raise
process("12")
process("x")
