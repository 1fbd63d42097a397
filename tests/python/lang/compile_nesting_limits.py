# Deeply nested source: CPython's tokenizer, parser and symtable limits
# (never a crash).
def res(src, mode='eval'):
    try:
        compile(src, 's', mode)
        return 'ok'
    except SyntaxError as e:
        return '%s %r %s %s %s %s' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    except (RecursionError, MemoryError) as e:
        return '%s %r' % (type(e).__name__, str(e))

for n in [199, 200, 201, 1000, 100000]:
    print('parens', n, res('(' * n + '1' + ')' * n))
    print('lists', n, res('[' * n + ']' * n))
print('dict', res('{1:' * 201 + '1' + '}' * 201))
print('second line', res('x = 1\n' + 'f' + '(' * 250 + ')' * 250, 'exec'))
print('in string', res('"' + '(' * 300 + '"'))
print('in comment', res('x = 1  # ' + '[' * 300, 'exec'))

for n in [98, 99, 100, 150]:
    print('indent', n, res(''.join(' ' * i + 'if 1:\n' for i in range(n)) + ' ' * n + 'pass\n', 'exec'))
print('tab indent', res(''.join('\t' * i + 'while 0:\n' for i in range(120)) + '\t' * 120 + 'pass\n', 'exec'))

kinds = {
    'neg': lambda n: '-' * n + '1',
    'not': lambda n: 'not ' * n + '1',
    'ifexp': lambda n: '1 if 1 else ' * n + '1',
    'lambda': lambda n: 'lambda: ' * n + '1',
    'pow': lambda n: '**'.join(['1'] * n),
    'plus': lambda n: '+'.join(['1'] * n),
    'attr': lambda n: 'x' + '.a' * n,
    'call': lambda n: 'f' + '()' * n,
    'sub': lambda n: 'x' + '[0]' * n,
    'negchain': lambda n: '-1' + ' - -1' * n,
    'negpow': lambda n: '-1**' * n + '1',
}
for name, mk in kinds.items():
    for n in [100, 1000, 10000, 200000]:
        print(name, n, res(mk(n)))

# Flat constructs stay fine however long.
for name, src in [('and', ' and '.join(['1'] * 50000)), ('cmp', ' < '.join(['1'] * 50000)),
                  ('tuple', ','.join(['-1'] * 50000)), ('list', '[' + ', '.join(['-x.y'] * 50000) + ']')]:
    print(name, res(src))
print('stmts', res('x = -1\n' * 20000, 'exec'))
print('elif 100', res('if x: pass\n' + 'elif x: pass\n' * 100, 'exec'))
print('elif 5000', res('if x: pass\n' + 'elif x: pass\n' * 5000, 'exec'))

# The exact compile-time limit: 3 levels per unused recursion level.
def limit(mk):
    lo, hi = 1, 4000
    while lo < hi:
        m = (lo + hi + 1) // 2
        if res(mk(m)) == 'ok':
            lo = m
        else:
            hi = m - 1
    return lo
print('plus limit', limit(kinds['plus']))
print('neg limit', limit(kinds['neg']))
def deep(n):
    return deep(n - 1) if n else limit(kinds['plus'])
print('plus limit at depth 300', deep(300))

# Running the code works as usual.
print(eval('(' * 150 + '-' * 500 + '1' + ')' * 150))
print(eval('+'.join(['1'] * 2000)))
