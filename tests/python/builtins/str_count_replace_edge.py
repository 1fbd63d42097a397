# count and replace edge cases
print('aaaa'.count('aa'), 'aaaa'.count('a', 1, 3), 'abc'.count(''), ''.count('a'), 'abc'.count('', 1), 'abc'.count('', 10))
print('ababab'.count('aba'), 'ab' * 50 .count('ab') if False else ('ab' * 50).count('ab'), 'a\na\n'.count('\n'))
print('abc'.replace('', '|'), 'abc'.replace('', '|', 0), 'abc'.replace('', '|', 1), 'abc'.replace('', '|', 100))
print('aaa'.replace('aa', 'b'), 'aaaa'.replace('aa', 'a'), 'xyz'.replace('xyz', ''), 'xyz'.replace('y', 'yyy'))
print('ab'.replace('a', 'b').replace('b', 'a'), 'héllo'.replace('l', 'L', 1), ''.replace('x', 'y'), ''.replace('', ''))
print('Mississippi'.replace('ss', 'SS'), 'Mississippi'.replace('i', '', 2), 'banana'.replace('na', 'NA', 1))
print('%d' % 'abcabc'.count('c'), 'tic-tac-toe'.count('-'), 'tic-tac-toe'.split('-').__len__())
