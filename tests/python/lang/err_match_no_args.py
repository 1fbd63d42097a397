class P:
    pass
match P():
    case P(1):
        print("no")
