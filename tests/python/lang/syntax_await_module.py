# await at module level
print("never printed")
await something()
