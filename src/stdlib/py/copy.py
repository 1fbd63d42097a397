"""Generic (shallow and deep) copying operations (a subset of CPython's
copy module: without the pickle __reduce_ex__ protocol, plain instances
are copied by making a new object with cls.__new__ and copying its
__dict__ and __slots__)."""

import types as _types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass
error = Error


# Values that are their own copies.
_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), _types.BuiltinFunctionType,
           _types.FunctionType, property)


def _new_like(x, copier):
    cls = type(x)
    try:
        if isinstance(x, (tuple, frozenset)):
            # Immutable builtin bases take their contents at creation
            # (namedtuples say how through __getnewargs__).
            getnewargs = getattr(x, '__getnewargs__', None)
            args = getnewargs() if getnewargs is not None else (type(x).__base__(x),)
            return cls.__new__(cls, *copier(args))
        y = cls.__new__(cls)
    except TypeError:
        raise Error("un(shallow)copyable object of type %s" % cls)
    return y


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _copy_state(x, y, copier):
    state = getattr(x, '__dict__', None)
    if state:
        y.__dict__.update({k: copier(v) for k, v in state.items()})
    for name in _slot_names(type(x)):
        try:
            value = getattr(x, name)
        except AttributeError:
            continue
        setattr(y, name, copier(value))


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, BaseException):
        y = cls(*x.args)
        _copy_state(x, y, _identity)
        return y
    y = _new_like(x, _identity)
    if isinstance(x, (list, dict, set)):
        # Subclasses of the builtin containers carry their contents too.
        _fill(x, y, _identity)
    _copy_state(x, y, _identity)
    return y


def _identity(v):
    return v


def _fill(x, y, copier):
    if isinstance(x, list):
        list.extend(y, [copier(v) for v in x])
    elif isinstance(x, dict):
        for k, v in dict.items(x):
            dict.__setitem__(y, copier(k), copier(v))
    elif isinstance(x, set):
        set.update(y, [copier(v) for v in x])


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # A tuple whose items are all their own copies is its own copy.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            def sub(v):
                return deepcopy(v, memo)
            if isinstance(x, BaseException):
                y = cls(*deepcopy(x.args, memo))
            else:
                y = _new_like(x, sub)
            memo[d] = y
            if isinstance(x, (list, dict, set)):
                _fill(x, y, sub)
            _copy_state(x, y, sub)
    # Keep the original alive (as CPython does) so its id is not reused.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
