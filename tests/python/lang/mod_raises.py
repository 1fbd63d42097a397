print("mod_raises starts")
raise ValueError("module init failed")
