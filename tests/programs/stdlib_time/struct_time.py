# time.struct_time: a 9-tuple with named fields and two attribute-only fields.
import time

st = time.gmtime(1700000000)
print(st)
print(type(st), type(st).__name__, type(st).__module__, isinstance(st, tuple))
print(st.tm_year, st[0], st[-1], st[1:4], len(st), list(st))
print(st.tm_zone, st.tm_gmtoff)
print(st == tuple(st), hash(st) == hash(tuple(st)), st != (1, 2))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields,
      time.struct_time.n_unnamed_fields)
print(repr(time.struct_time.tm_mon))
print(time.struct_time.__match_args__)

for action in ["set", "del", "other"]:
    try:
        if action == "set":
            st.tm_year = 5
        elif action == "del":
            del st.tm_year
        else:
            st.x = 5
    except AttributeError as e:
        print("AttributeError", e)

s2 = time.struct_time(range(9))
print(s2, s2.tm_zone, s2.tm_gmtoff)
s3 = time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9, "Z", 60])
print(s3.tm_zone, s3.tm_gmtoff, s3.__reduce__())
s4 = time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9), {"tm_zone": "Q", "tm_gmtoff": 7})
print(s4.tm_zone, s4.tm_gmtoff)
s5 = time.struct_time(sequence=(9, 8, 7, 6, 5, 4, 3, 2, 1))
print(s5)

y, m, d, *rest = st
print(y, m, d, rest)
match st:
    case time.struct_time(tm_year=2023, tm_mon=mon):
        print("matched month", mon)
print(sorted(st)[:3], max(st), st.count(0), st.index(14))
print(st + (1,), type(st + (1,)).__name__)
print({st: 1}[tuple(st)])


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(time.struct_time, (1, 2, 3))
attempt(time.struct_time, tuple(range(12)))
attempt(time.struct_time, 5)
attempt(time.struct_time, (1,) * 9, 5)
attempt(time.struct_time)
attempt(lambda: st < 1)
attempt(lambda: st.tm_year + st)
