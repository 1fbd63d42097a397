import pkg_demo
print(pkg_demo.PKG_CONST, pkg_demo.exported_helper(), pkg_demo.helpers.helper_fn())
import pkg_demo.sub.leaf
print(pkg_demo.sub.leaf.describe())
import pkg_demo.sub.leaf as leaf
print(leaf.__name__, leaf is pkg_demo.sub.leaf)
from pkg_demo.sub import leaf as leaf2, SUB_CONST
print(leaf2 is leaf, SUB_CONST)
from pkg_demo import sub
print(sub.__name__, sub.helper_fn())
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg_demo")))
print(pkg_demo.__name__, pkg_demo.__package__, leaf.__package__)
