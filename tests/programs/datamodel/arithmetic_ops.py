# Binary arithmetic special methods: __add__ __sub__ __mul__ __truediv__ __floordiv__ __mod__ __pow__ __matmul__ __divmod__.
class V:
    def __init__(self, *c):
        self.c = c

    def __repr__(self):
        return "V" + repr(self.c)

    def _op(self, other, f):
        if isinstance(other, V):
            return V(*[f(a, b) for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return V(*[f(a, other) for a in self.c])
        return NotImplemented

    def __add__(self, o): return self._op(o, lambda a, b: a + b)
    def __sub__(self, o): return self._op(o, lambda a, b: a - b)
    def __mul__(self, o): return self._op(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._op(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._op(o, lambda a, b: a // b)
    def __mod__(self, o): return self._op(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None):
        if mod is None:
            return self._op(o, lambda a, b: a ** b)
        return self._op(o, lambda a, b: pow(a, b, mod))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __divmod__(self, o): return (self // o, self % o)
    def __lshift__(self, o): return self._op(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._op(o, lambda a, b: a >> b)
    def __and__(self, o): return self._op(o, lambda a, b: a & b)
    def __or__(self, o): return self._op(o, lambda a, b: a | b)
    def __xor__(self, o): return self._op(o, lambda a, b: a ^ b)


a = V(7, 8, 9)
b = V(2, 3, 4)
print(a + b, a - b, a * b)
print(a / b)
print(a // b, a % b)
print(a ** 2, pow(a, 2, 5))
print(a @ b)
print(divmod(a, b))
print(a << 1, a >> 1, a & b, a | b, a ^ b)
print(a + 1.5, a * 0)
for expr in ("a + 'x'", "a @ 5", "a - None", "a < b"):
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print("x" + a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(pow(a, b, 3, 4))
except TypeError as e:
    print(type(e).__name__, e)
