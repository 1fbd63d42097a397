# os: files and directories, errors, os.path helpers
import os
import os.path
base = 'tmp_os_files_paths_dir'
if os.path.isdir(base):
    for n in os.listdir(base):
        os.remove(os.path.join(base, n))
    os.rmdir(base)
os.mkdir(base)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
f = os.path.join(base, 'a.txt')
with open(f, 'w') as fh:
    fh.write('hello')
print(os.path.getsize(f), os.path.isfile(f), sorted(os.listdir(base)))
g = os.path.join(base, 'b.txt')
os.rename(f, g)
print(sorted(os.listdir(base)), os.path.exists(f))
try:
    os.mkdir(base)
except FileExistsError as e:
    print('FileExistsError', e.errno, e.filename)
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno)
os.unlink(g)
os.rmdir(base)
print(os.path.exists(base))
for bad in [lambda: os.remove(base), lambda: os.listdir(base), lambda: os.remove(3)]:
    try:
        bad()
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
print(os.path.join('a', 'b', 'c'), os.path.join('a/', 'b'), os.path.join('a', '/abs', 'x'))
print(os.path.split('/usr/lib/x.py'), os.path.split('x.py'), os.path.split('/'))
print(os.path.splitext('a/b.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('noext'))
print(os.path.basename('/a/b/'), os.path.basename('/a/b'), os.path.dirname('/a/b'), os.path.dirname('b'))
print(os.path.normpath('a//b/./c/../d'), os.path.normpath(''), os.path.normpath('/../x'), os.path.isabs('/x'))
print(os.path.abspath('x') == os.path.join(os.getcwd(), 'x'), os.path.relpath('/a/b/c', '/a'))
print(os.sep, os.name, repr(os.linesep), os.curdir, os.pardir, 'PATH' in os.environ)
print(type(os.getpid()).__name__, os.getenv('SURELY_NOT_SET_VAR_XYZ'), os.getenv('SURELY_NOT_SET_VAR_XYZ', 'dflt'))
print(os.fspath('p'), os.path.commonprefix(['abc', 'abd']), os.path is os.path)
