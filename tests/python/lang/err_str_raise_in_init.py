class Vector:
    def __init__(self, *coords):
        if not coords:
            raise TypeError("Vector needs at least one coordinate")
        self.coords = coords
print(Vector(1, 2).coords)
Vector()
