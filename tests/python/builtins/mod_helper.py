# helper module for builtins_import.py
VALUE = 'helper value'
def double(x):
    return x * 2
