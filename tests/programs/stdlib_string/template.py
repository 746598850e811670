# string.Template: substitute, safe_substitute, errors, custom delimiters, identifiers.
from string import Template

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

t = Template("$who likes $what; ${who}s cost $$5 and ${ what}")
attempt(t.substitute, who="tim", what="kung pao")
attempt(t.safe_substitute, who="tim")
attempt(t.safe_substitute, {"who": "ann", "what": "tea"})
attempt(t.safe_substitute, {"who": "ann"}, what="coffee")
attempt(t.substitute, {"who": "x"}, who="kw wins", what=1)
attempt(t.substitute, who="tim")
print(t.template, t.is_valid(), t.get_identifiers())
for text in ["$", "abc $", "$1", "x\ny\n  $!", "line1\nline2 $$ ok $9", "${", "${}", "${a", "${a b}",
             "$_a1 $A_ $é", "$$$$", "$$$a", "${abc}def", "$abc.def", "no placeholders"]:
    t = Template(text)
    attempt(t.substitute, a="A", abc="ABC", _a1="U", A_="AU", a1="?")
    attempt(t.safe_substitute, a="A")
    print(repr(text), t.is_valid(), t.get_identifiers())

class Percent(Template):
    delimiter = "%"
p = Percent("%who owes %{amount} %% and %%x and %")
attempt(p.safe_substitute, who="joe", amount=5)
attempt(p.substitute, who="joe", amount=5)
print(p.get_identifiers(), p.is_valid())

class Multi(Template):
    delimiter = "<<"
m = Multi("<<a and <<{b} and <<<<c and <<")
attempt(m.safe_substitute, a=1, b=2, c=3)
print(m.get_identifiers())

class Word(Template):
    delimiter = "at"
w = Word("cat AT x at y atat")
attempt(w.safe_substitute, x="X", y="Y")

class Mapping:
    def __getitem__(self, key):
        if key == "missing":
            raise KeyError(key)
        return key.upper()
attempt(Template("$foo ${bar} $missing").safe_substitute, Mapping())
attempt(Template("$foo ${bar} $missing").substitute, Mapping())
attempt(Template("$x").substitute, {"x": [1, 2]})
attempt(Template("$x").substitute, 5)
attempt(Template("$x").substitute, {}, {})
attempt(Template, )
print(Template.delimiter, Template.idpattern, Template.braceidpattern)
