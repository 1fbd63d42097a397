import sys
def fail():
    sys.exit("fatal: something went wrong")
print("start")
fail()
