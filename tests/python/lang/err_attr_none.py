def find(d, k):
    return d.get(k)
user = find({}, "user")
print("user is", user)
print(user.name)
