def nothing():
    pass
print(nothing())
class Empty:
    pass
print(Empty.__name__)
for i in range(2):
    pass
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
def only_doc():
    "docstring only"
print(only_doc(), only_doc.__doc__)
def ellipsis_body():
    ...
print(ellipsis_body())
print(...)
print(Ellipsis is ...)
