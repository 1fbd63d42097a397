# partition/rpartition, expandtabs column logic, zfill signs
for s in ['a=b=c', '=', 'abc', '', '==', 'x=']:
    print(repr(s), s.partition('='), s.rpartition('='), s.partition('=='), s.rpartition('abc'))
for s in ['\tx', 'a\tb\tc', 'abcdefgh\ti', 'ab\n\tc', '\t\t', 'a\r\tb', 'é\tz']:
    print(repr(s.expandtabs()), repr(s.expandtabs(3)), repr(s.expandtabs(1)))
for s in ['', '1', '-1', '+1', '--1', '1-', '-', ' 1', '١']:
    print(repr(s), repr(s.zfill(4)))
