from pkg_rel import beta
print(beta.NAME, beta.SEEN)
from pkg_rel.alpha import call_beta
print(call_beta())
import pkg_rel.alpha
print(pkg_rel.alpha.NAME, pkg_rel.beta.NAME)
try:
    import pkg_rel.bad_relative
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec("from . import something")
except ImportError as e:
    print(type(e).__name__, e)
