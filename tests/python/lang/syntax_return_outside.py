print("start")
return 5
