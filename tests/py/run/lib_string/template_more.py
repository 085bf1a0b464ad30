import string, re

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Braces(string.Template):
    braceidpattern = r'[a-z]+(?:\.[a-z]+)*'
t = Braces('$name and ${obj.attr} and $$')
print(t.substitute(name='n', **{'obj.attr': 'dotted'}))
class Upper(string.Template):
    flags = 0
    idpattern = r'[A-Z_]+'
show(lambda: Upper('$ABC $abc').safe_substitute(ABC=1, abc=2))
class Custom(string.Template):
    pattern = r'''
    \{\{(?:
      (?P<escaped>\{\{) |
      (?P<named>[_a-z][_a-z0-9]*)\}\} |
      (?P<braced>[_a-z][_a-z0-9]*)\}\} |
      (?P<invalid>)
    )
    '''
print(Custom('{{greeting}}, {{name}}!').substitute(greeting='Hello', name='World'))
show(lambda: string.Template('$a $b').substitute({'a': 1}, b=2))
show(lambda: string.Template('${a').safe_substitute(a=1))
show(lambda: string.Template('line1\nline2 $').substitute())
show(lambda: string.Template('$1').substitute())
print(string.Template('$x$x${x}').substitute(x='ab'), string.Template('$ x').safe_substitute())
print(string.Template('$a $b $a ${c}').get_identifiers(), string.Template('$$ $1').is_valid())
print(string.Template.delimiter, string.Template.idpattern, string.Template.flags == re.IGNORECASE)
print(string.Template('$ÿ').safe_substitute(), string.Template('$café').safe_substitute(caf='X'))
