# A number run into letters is a tokenizer error
print("never printed")
x = 10abc
