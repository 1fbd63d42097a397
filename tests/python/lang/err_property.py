class Temperature:
    def __init__(self, c):
        self.c = c
    @property
    def kelvin(self):
        return self.c + self.offset
print(Temperature(1).c)
print(Temperature(1).kelvin)
