# raise SystemExit with a list: printed to stderr via str(), exit 1
print('about to exit')
raise SystemExit(['a', 1])
