# isidentifier and keyword module
import keyword
for s in ['abc', '_', '__init__', '1abc', 'a-b', 'a b', '', 'é', 'naïve', 'π', 'a1', 'if', 'True', 'None', 'match', 'class_', '\u00b2', 'x\u0301', '$x', '中文']:
    print(repr(s), s.isidentifier(), keyword.iskeyword(s))
print(len(keyword.kwlist) > 30, 'lambda' in keyword.kwlist, keyword.iskeyword('print'), sorted(keyword.kwlist)[:5])
