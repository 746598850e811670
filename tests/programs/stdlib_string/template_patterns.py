# Template subclasses with their own idpattern, braceidpattern, flags or pattern (through re).
import re
from string import Template

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

print(Template.pattern.flags & re.VERBOSE != 0, Template.flags)
print(Template("$a").pattern is Template.pattern)

class Dotted(Template):
    idpattern = r"[a-z][_a-z0-9.]*"
attempt(Dotted("$user.name is ${user.id}").substitute, {"user.name": "ann", "user.id": 7})

class Braced(Template):
    braceidpattern = r"[^}]+"
attempt(Braced("$simple and ${any thing here}").substitute, {"simple": 1, "any thing here": 2})

class CaseSensitive(Template):
    flags = 0
    idpattern = r"[a-z]+"
attempt(CaseSensitive("$abc $ABC").safe_substitute, abc=1, ABC=2)
print(CaseSensitive("$abc $ABC").get_identifiers(), CaseSensitive("$abc $ABC").is_valid())

class Custom(Template):
    pattern = r"""
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>)(?!) |
      (?P<invalid>)
    )
    """
attempt(Custom("[[name]] costs [[[[5 and [[bad").safe_substitute, name="tea")
attempt(Custom("[[name]] and [[").substitute, name="tea")

class NoGroups(Template):
    pattern = r"\$(?P<other>x)|\$(?P<named>[a-z]+)|\$(?P<escaped>\$)|\$(?P<braced>)(?P<invalid>)"
attempt(NoGroups("$x").substitute, x=1)
attempt(NoGroups("$x").safe_substitute, x=1)
attempt(NoGroups("$x").is_valid)
attempt(NoGroups("$x").get_identifiers)
attempt(NoGroups("$abc").substitute, abc=1)
