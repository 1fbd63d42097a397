x = 10 ** 400
print(len(str(x)))
print(float(x))
