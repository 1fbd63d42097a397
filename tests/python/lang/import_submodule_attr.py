# Importing a submodule binds it as an attribute of its package.
import pkg_demo.sub.leaf
print(pkg_demo.sub.leaf.__name__, pkg_demo.sub.__name__)
import pkg_rel.alpha
print(pkg_rel.alpha.NAME, hasattr(pkg_rel, "beta"))
print(pkg_rel.alpha.call_beta(), pkg_rel.beta.NAME)
from pkg_demo import helpers
print(helpers is pkg_demo.helpers)
