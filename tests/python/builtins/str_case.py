# case methods: capitalize casefold lower upper swapcase title
for s in ['hello world', 'HELLO', 'hELLo wORLD', '', '123abc', "they're bill's friends", 'ß', 'straße', 'ǅungla', 'Ωμέγα', 'ﬁre', 'İstanbul', 'a1b2 c3', '  lead', "o'neil mc-donald"]:
    print(repr(s), repr(s.capitalize()), repr(s.casefold()), repr(s.lower()), repr(s.upper()), repr(s.swapcase()), repr(s.title()))
print('ß'.upper(), len('ß'.upper()), 'ß'.casefold() == 'ss', 'ﬀ'.upper())
print('ΣΑΣ'.lower(), 'ΑΣ ΣΑ'.lower())
