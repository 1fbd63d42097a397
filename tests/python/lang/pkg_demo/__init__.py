print("pkg_demo/__init__ runs, __name__ =", __name__)
PKG_CONST = "pkg const"
from . import helpers
from .helpers import helper_fn as exported_helper
