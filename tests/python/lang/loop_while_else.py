i = 0
while i < 3:
    print("i", i)
    i += 1
else:
    print("else ran", i)
i = 0
while True:
    i += 1
    if i == 2:
        continue
    if i > 4:
        break
    print("loop", i)
else:
    print("never")
print("after", i)
n = 0
while n < 10:
    n += 1
    if n == 100:
        break
else:
    print("while-else no break", n)
while False:
    print("never")
else:
    print("else of empty while")
# nested break only exits inner
for a in range(3):
    j = 0
    while True:
        j += 1
        if j >= a:
            break
    print(a, j)
