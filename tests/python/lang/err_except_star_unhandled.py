try:
    raise ExceptionGroup("batch", [ValueError("handled"), TypeError("unhandled")])
except* ValueError as g:
    print("handled", len(g.exceptions))
