inner = ExceptionGroup("inner", [KeyError("k"), OSError("disk")])
raise ExceptionGroup("outer", [ValueError("v"), inner])
