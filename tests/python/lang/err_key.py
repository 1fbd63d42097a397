config = {"host": "localhost"}
def get_port(c):
    return c["port"]
print(config["host"])
get_port(config)
