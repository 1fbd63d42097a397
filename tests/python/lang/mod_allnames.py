__all__ = ["public_a", "Exported"]
public_a = "a"
public_b = "b"
_hidden = "h"
class Exported:
    pass
