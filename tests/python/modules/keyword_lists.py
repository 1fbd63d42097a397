# keyword: kwlist / softkwlist / iskeyword / issoftkeyword
import keyword
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print(keyword.softkwlist)
for w in ['if', 'match', 'case', '_', 'print', 'None', 'async', 'True', 'type', '']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(sorted(keyword.__all__))
print(all(w.isidentifier() for w in keyword.kwlist))
