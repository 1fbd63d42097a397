# encode/decode round trips through several codecs
texts = ['plain', 'café', 'naïve résumé', '€100', '日本語', '😀 emoji', '', 'mixed ascii and ü']
for t in texts:
    row = [t]
    for enc in ('utf-8', 'utf-16', 'utf-16-le', 'utf-32-be', 'latin-1', 'ascii'):
        try:
            b = t.encode(enc)
            row.append((enc, len(b), b.decode(enc) == t))
        except UnicodeEncodeError as e:
            row.append((enc, 'ERR', e.start, e.end))
    print(row)
print('é'.encode('utf-16'), 'é'.encode('utf-16-be'), 'A'.encode('utf-32-le'), 'é'.encode('cp1252'), 'é'.encode('utf_8'), 'é'.encode('UTF8'))
print(b'\xff\xfeA\x00'.decode('utf-16'), b'\xe9'.decode('cp1252'), b'\x80'.decode('cp1252'), b'abc'.decode('ascii'))
print('x'.encode('utf-8').decode('latin-1'), 'é'.encode('utf-8').decode('latin-1'), 'Ã©'.encode('latin-1').decode('utf-8'))
