import string

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t = string.Template('$who likes ${what}; $$ is a dollar')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann'}, what='tea'))
show(lambda: t.substitute(who='tim'))
print(t.safe_substitute(who='tim'))
show(lambda: string.Template('bad $ here').substitute())
show(lambda: string.Template('${bad').substitute(bad=1))
print(string.Template('$a$b').safe_substitute(a=1))
print(t.get_identifiers(), t.is_valid(), string.Template('$').is_valid())

class Pct(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(Pct('%x and %{y} and %%').substitute(x=1, y=2))

print(string.capwords(' hello   world  foo '), string.capwords('a-b-c', '-'))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
