def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
for n in [-5, 0, 3, 10, 100]:
    print(n, classify(n))
if []:
    print("no")
elif {}:
    print("no")
elif "x":
    print("string truthy")
if 0: print("a")
else: print("b")
x = 5
if x > 1:
    if x > 3:
        print("nested >3")
    else:
        print("nested <=3")
if not None:
    print("not None")
if x == 5 and x != 4 or False:
    print("compound")
