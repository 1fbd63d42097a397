result = {"count": 3}
count = result["count"]
print(count())
