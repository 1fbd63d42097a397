# AttributeError/NameError/ImportError attributes
try:
    (5).nonexistent
except AttributeError as e:
    print(e, e.name, e.obj)
class C:
    pass
try:
    C().missing_attr
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
try:
    undefined_variable_xyz
except NameError as e:
    print(e, e.name)
try:
    import not_a_real_module_abc
except ModuleNotFoundError as e:
    print(e, e.name, e.path)
try:
    from math import not_a_function
except ImportError as e:
    print(type(e).__name__, e.name)
e = ImportError('msg', name='modname', path='/some/path')
print(e, e.name, e.path, e.msg)
e = AttributeError('custom', name='n', obj=5)
print(e, e.name, e.obj)
e = NameError('nm', name='x')
print(e, e.name)
