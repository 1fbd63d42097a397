def task(n):
    if n == 1:
        raise ValueError(f"task {n} failed")
    if n == 2:
        raise TypeError(f"task {n} bad type")
errors = []
for i in range(3):
    try:
        task(i)
    except Exception as e:
        errors.append(e)
raise ExceptionGroup("tasks failed", errors)
