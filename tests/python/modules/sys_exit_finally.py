# SystemExit runs finally blocks and can be caught
import sys
try:
    try:
        sys.exit(5)
    finally:
        print('finally ran')
except SystemExit as e:
    print('caught', e.code)
try:
    raise SystemExit
finally:
    print('outer finally')
