# match, case and _ are soft keywords: they stay usable as names.
match = 1
case = 2
_ = 3
match += case
match, case = case, match
print(match, case, _)


def match(case=None, *_, **match_):
    return case


class case:
    match = "attr"

    def _(self):
        return self.match


match(case=1)
match(1)(2) if False else None
match[0] if False else None
match.attr if False else None
match * 2 if False else None
match - 1 if False else None
match
case
_

obj = case()
obj.match, obj._()

# A real match statement whose subject and patterns use the soft names.
match = {"case": 1}
match match:
    case {"case": case}:
        pass
    case _:
        pass

match (match):
    case match if match:
        pass

match -1:
    case -1:
        pass

match [match, case]:
    case [match, case]:
        pass

for match in range(2):
    pass
for case in range(2):
    pass
[match for match in range(3)]
lambda match, case, _: match
import re as match
from re import match as case
type = type
print(type(match))
