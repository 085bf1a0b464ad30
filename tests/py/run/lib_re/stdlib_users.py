# stdlib modules that run on re
import string, textwrap, fnmatch, shlex

print(string.Template('$who likes ${what}; $$5').substitute(who='tim', what='kung pao'))
print(string.Template('$a $b').safe_substitute(a=1))
try:
    string.Template('$a $').substitute(a=1)
except ValueError as e:
    print(type(e).__name__, e)
print(textwrap.fill('The quick brown fox jumps over the lazy dog. ' * 3, 30))
print(textwrap.dedent('    a\n      b\n    c'))
print(textwrap.shorten('Hello  world! How are you today?', width=20))
print(textwrap.wrap('a-b-c-d-e-f-g-h-i-j-k', 6))
print(fnmatch.fnmatch('foo.py', '*.py'), fnmatch.fnmatch('foo.pyc', '*.py'), fnmatch.translate('*.p[yw]'))
print(fnmatch.filter(['a.txt', 'b.py', 'c.PY'], '*.py'))
print(shlex.split('echo "hello world" \'x y\' z\\ w'), shlex.quote("it's"))
