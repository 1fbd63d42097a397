# str.encode: codecs, error handlers and UnicodeEncodeError details
s = 'aé€😀b'
for enc in ['utf-8', 'UTF8', 'ascii', 'latin-1', 'Latin1', 'iso-8859-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'us-ascii', ' utf_8 ']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, 'UnicodeEncodeError', e, e.encoding, e.start, e.end, e.reason, e.args)
print(s.encode(), s.encode(errors='ignore'), s.encode(encoding='ascii', errors='replace'), 'abc'.encode('ascii', 'bogus'))
for bad in [lambda: s.encode('ascii', 'bogus'), lambda: s.encode('nope'), lambda: s.encode(1), lambda: s.encode('utf-8', 2), lambda: s.encode(foo=1), lambda: 'x€y€€z'.encode('latin-1')]:
    try:
        bad()
    except (LookupError, TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
try:
    'é'.encode('ascii')
except ValueError as e:
    print(isinstance(e, UnicodeError), repr(e))
