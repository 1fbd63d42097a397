print('single', "double", '''triple single''', """triple double""")
print("tab\there", 'quote\'s', "dq\"s", "back\\slash", "nl\\n literal")
print("\x41\x62 \u00e9 \u20ac \U0001F600 \N{GREEK SMALL LETTER ALPHA} \101 \0".encode("utf-8"))
print(r"raw \n \t \\ string", R"upper raw \d")
print("implicit" " concatenation" ' works')
s = ("multi "
     "line "
     "concat")
print(s)
print("""line1
line2
  indented""")
print("""\
no leading newline""")
print("line continuation \
joined")
print(len("\n"), len(r"\n"), len("\\"), len("é"), len("\U0001F600"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\x00\x7f"))
print(repr("é"), ascii("é€"), repr("\u200b"))
print("a" "b" == "ab", "abc"[1], "abc"[-1])
print(str(), str(123), str(1.5), str([1, "a"]), str(None))
print("%s" % "percent", "{}".format("format"))
u = "caf\u00e9"
print(u, u.upper(), len(u))
print(r'\'', len(r'\''))
print('\a\b\f\v\r'.encode())
