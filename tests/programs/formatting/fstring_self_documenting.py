# Self-documenting f-string expressions with '=': spacing preserved, default repr, with conversions and specs.
x = 10
name = "Ada"
vals = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x= }|{x =}|{ x=}")
print(f"{name=}", f"{name=!s}", f"{name=!r}", f"{name=!a}")
print(f"{x=:5}|{x=:<5}|{x=:#x}|{x = :08.3f}")
print(f"{x * 2 + 1=}", f"{vals[0]=}", f"{len(vals)=}", f"{name.lower()=}")
print(f"{3.0=}", f"{1/3=:.3f}", f"{'quote'=}", f"{None=}", f"{[x for x in 'ab']=}")
pi = 3.14159
print(f"{pi=:.2f} and {pi=!s:>10}")
d = {"k": [1, 2]}
print(f"{d['k'][-1]=}", f"{d=}")


class Obj:
    def __repr__(self):
        return "Obj<repr>"

    def __str__(self):
        return "Obj<str>"

    def __format__(self, spec):
        return f"Obj<format {spec!r}>"


o = Obj()
print(f"{o=}", f"{o=!s}", f"{o=:spec}", f"{o}", f"{o!r}")
print(f"{x=}{x=}", f"{ x = }", f"{x==10=}", f"{(x, name)=}")
w = 6
print(f"{x=:>{w}}|", f"{x=!r:^{w}}|")
