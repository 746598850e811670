# Annotations evaluated (no future import).
x: int = 1
y: list
obj.attr: int = 2
seq[0]: str = 'a'
seq[1:2]: int
(paren): int = 3

def f(a: int, b: str = 'x') -> None:
    local: int = 1
    other: str
    return None

class C:
    a: int
    b: str = 'b'
    def m(self) -> 'C':
        return self
