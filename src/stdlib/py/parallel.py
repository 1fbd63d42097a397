"""Parallel contexts: Python callbacks on every core of one process.

Work runs in parallel contexts on a pool of worker threads, each context
with its own heap. Contexts read every object the main thread made, and
raise UnprotectedError when they try to change one that is not protected.
See the README and DESIGN.md for the model.
"""

import _parallel

__all__ = [
    "ParallelError", "UnprotectedError", "AssignmentError",
    "submit_work", "run", "run_once", "map",
    "call_from_main_thread", "call_from_main_thread_and_wait",
    "submit_timer", "event", "submit_wait",
    "protect", "unprotect", "protected", "read_lock", "write_lock", "dict", "list",
    "cpu_count", "is_parallel_thread", "active_contexts", "stats",
]


class ParallelError(Exception):
    """Base class of the errors of the parallel module."""


class UnprotectedError(ParallelError):
    """A parallel context tried to mutate an object it does not own and
    that is not protected."""


class AssignmentError(ParallelError):
    """A value cannot be stored where it was going (for example an object
    that cannot leave its parallel context)."""


_parallel._register_exceptions(UnprotectedError, AssignmentError)

submit_work = _parallel.submit_work
run = _parallel.run
run_once = _parallel.run_once
map = _parallel.map
cpu_count = _parallel.cpu_count
is_parallel_thread = _parallel.is_parallel_thread
active_contexts = _parallel.active_contexts
stats = _parallel.stats

_NO_ARGS = object()


def _main_thread_caller(func, args, kwds, wait):
    if args is _NO_ARGS and kwds is None:
        # Decorator form: calling the result queues the call.
        def wrapper(*args, **kwds):
            return _parallel.call_from_main_thread(func, args, kwds, wait)
        wrapper.__name__ = getattr(func, "__name__", "wrapper")
        wrapper.__qualname__ = getattr(func, "__qualname__", "wrapper")
        wrapper.__doc__ = getattr(func, "__doc__", None)
        wrapper.__wrapped__ = func
        return wrapper
    if args is _NO_ARGS:
        args = None
    return _parallel.call_from_main_thread(func, args, kwds, wait)


def call_from_main_thread(func, args=_NO_ARGS, kwds=None):
    """Run func on the main thread (inside run()). As a decorator, calls of
    the decorated function are queued; as call_from_main_thread(f, args,
    kwds), this call is."""
    return _main_thread_caller(func, args, kwds, False)


def call_from_main_thread_and_wait(func, args=_NO_ARGS, kwds=None):
    """Like call_from_main_thread, but the calling context waits for the
    main thread's result (or exception)."""
    return _main_thread_caller(func, args, kwds, True)


def _seconds(delay):
    total = getattr(delay, "total_seconds", None)
    if total is not None:
        return total()
    return delay


class Timer:
    """A timer made by submit_timer()."""

    def __init__(self, timer_id):
        self._id = timer_id

    def cancel(self):
        """Stop the timer: it fires no more (a firing under way completes)."""
        _parallel.timer_cancel(self._id)

    @property
    def count(self):
        """How many times the timer has fired."""
        return _parallel.timer_count(self._id)

    @property
    def data(self):
        """A copy of the last result (int, float, str, bytes or bytearray)."""
        return _parallel.timer_data(self._id)

    def __repr__(self):
        return f"<parallel.Timer count={self.count}>"

    def __del__(self):
        _parallel.timer_forget(self._id)


def submit_timer(delay, func, args=None, kwds=None, callback=None,
                 errback=None, repeat=False):
    """Run func(*args, **kwds) in a parallel context after delay seconds (a
    number, or an object with total_seconds()); with repeat=True, every
    delay seconds until the timer is cancelled."""
    return Timer(_parallel.submit_timer(_seconds(delay), func, args, kwds,
                                        callback, errback, repeat))


class Event:
    """An event: submit_wait() work starts when it is set."""

    def __init__(self):
        self._id = _parallel.event_new()

    def set(self):
        _parallel.event_set(self._id)

    def clear(self):
        _parallel.event_clear(self._id)

    def is_set(self):
        return _parallel.event_is_set(self._id)

    def __repr__(self):
        state = "set" if self.is_set() else "unset"
        return f"<parallel.Event {state}>"

    def __del__(self):
        _parallel.event_forget(self._id)


def event():
    """A new event object (set(), clear(), is_set())."""
    return Event()


def submit_wait(obj, func, args=None, kwds=None, callback=None, errback=None,
                timeout=None):
    """Run func in a parallel context once obj (an event) is set; after
    timeout seconds, errback receives TimeoutError instead."""
    if not isinstance(obj, Event):
        raise TypeError(f"submit_wait() needs an event, not '{type(obj).__name__}'")
    if timeout is not None:
        timeout = _seconds(timeout)
    _parallel.submit_wait(obj._id, func, args, kwds, callback, errback, timeout)


protect = _parallel.protect
unprotect = _parallel.unprotect
protected = _parallel.protected


class _Locked:
    """A block holding the read or write lock of a protected object."""

    def __init__(self, obj, write):
        self._obj = obj
        self._write = write

    def __enter__(self):
        _parallel.lock(self._obj, self._write)
        return self._obj

    def __exit__(self, *exc_info):
        _parallel.unlock(self._obj, self._write)
        return False


def read_lock(obj):
    """`with read_lock(obj):` several reads of a protected object that no
    writer may interleave with (readers never block each other)."""
    return _Locked(obj, False)


def write_lock(obj):
    """`with write_lock(obj):` several steps on a protected object that no
    other reader or writer may interleave with."""
    return _Locked(obj, True)


_builtin_dict = dict
_builtin_list = list


def dict(*args, **kwds):
    """A new protected dict (same arguments as dict())."""
    return protect(_builtin_dict(*args, **kwds))


def list(iterable=()):
    """A new protected list (same argument as list())."""
    return protect(_builtin_list(iterable))
