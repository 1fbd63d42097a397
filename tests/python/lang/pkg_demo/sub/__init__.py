print("pkg_demo.sub runs")
from .. import PKG_CONST
from ..helpers import helper_fn
SUB_CONST = "sub sees " + PKG_CONST
