s = """never closed
print(1)
