# A keyed spec takes the place of the arguments: unkeyed specs after it
# find none left (CPython 3.11 PyUnicode_Format).
for fmt,arg in [('%(a)s %s',{'a':1}),('%s %(a)s',{'a':1}),('%(a)s',{'a':1}),('%s',{'a':1}),('%s %s',{'a':1}),('%(a)s %%',{'a':1}),('%d',{'a':1}),('%(a)s', (1,)),('%(a)s','x'),('%s', ({'a':1},)),('%(a)s %(b)s', {'a':1})]:
    try: print(repr(fmt % arg))
    except Exception as e: print(type(e).__name__, e)
for fmt, arg in [(b'%(a)s %s', {b'a': b'1'}), (b'%s %(a)s', {b'a': b'1'})]:
    try: print(repr(fmt % arg))
    except Exception as e: print(type(e).__name__, e)
