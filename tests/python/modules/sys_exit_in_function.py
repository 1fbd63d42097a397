# sys.exit from nested call unwinds through finally blocks, exit code 4
import sys
def inner():
    try:
        sys.exit(4)
    finally:
        print('inner finally')
def outer():
    try:
        inner()
    except Exception:
        print('not caught by except Exception')
    finally:
        print('outer finally')
outer()
print('unreachable')
