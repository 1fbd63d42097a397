class HttpError(Exception):
    def __init__(self, status):
        self.status = status
    def __str__(self):
        return f"HTTP {self.status}"
raise HttpError(404)
