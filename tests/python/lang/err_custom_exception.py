class ParseError(Exception):
    def __init__(self, line, reason):
        super().__init__(line, reason)
        self.line = line
        self.reason = reason
def parse(lines):
    for i, l in enumerate(lines, 1):
        if not l:
            raise ParseError(i, "empty line")
parse(["a", "b"])
parse(["a", "", "c"])
