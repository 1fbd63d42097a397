# str predicates and case mappings over whole Unicode blocks (CPython 3.11 = Unicode 14.0)
preds = ['isalnum', 'isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'islower', 'isupper', 'istitle', 'isprintable', 'isidentifier']
blocks = [(0, 0x800), (0x900, 0xe00), (0x1000, 0x1100), (0x1c80, 0x2200), (0x2460, 0x2800), (0x3000, 0x3100), (0xa640, 0xa800), (0xff00, 0xfff0), (0x10400, 0x10500), (0x1d400, 0x1d800), (0x1e900, 0x1e960), (0x1f100, 0x1f110), (0x20000, 0x20010), (0x2fa1e, 0x2fa20), (0xe0000, 0xe0080)]
for name in preds:
    total = 0
    check = 0
    for lo, hi in blocks:
        for cp in range(lo, hi):
            if getattr(chr(cp), name)():
                total += 1
                check = (check * 31 + cp) % 1000000007
    print(name, total, check)
for name in ['upper', 'lower', 'title', 'casefold', 'swapcase', 'capitalize']:
    total = 0
    check = 0
    for lo, hi in blocks:
        for cp in range(lo, hi):
            c = chr(cp)
            r = getattr(c, name)()
            if r != c:
                total += 1
                for ch in r:
                    check = (check * 31 + ord(ch)) % 1000000007
    print(name, total, check)
words = ['ΟΔΟΣ', 'ΣΑΣ.', 'aΣ', 'Σa', 'ΑΣ\u0301', 'ǳ', 'ǲ', 'ǆemal', 'ﬃ', 'ᾳ', 'ᾲ', 'ŉ', 'İi', 'ß', 'ẞ', 'ꭰ', 'Ꭰ', 'ſ', 'K']
for w in words:
    print(w, w.lower(), w.upper(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), w.istitle(), w.islower(), w.isupper())
