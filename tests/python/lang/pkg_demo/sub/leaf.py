print("pkg_demo.sub.leaf runs, __name__ =", __name__)
from . import SUB_CONST
from .. import helpers as h
from ..sub import SUB_CONST as again
def describe():
    return [SUB_CONST, h.helper_fn(), again]
