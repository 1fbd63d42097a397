try:
    raise SystemExit(7)
except SystemExit as e:
    print("caught", e.code)
print("now for real")
raise SystemExit(5)
