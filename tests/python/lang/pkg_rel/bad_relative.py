from ..nothing_above import x
