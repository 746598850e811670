# Simple statements separated by semicolons.
a = 1; b = 2; c = 3
a = 1; b = 2;
import os; import sys as s; from os import path
del a; del b
pass; pass; pass
if c: a = 1; b = 2
while False: a = 1; break
for i in (): continue; pass
def f(): x = 1; return x
class C: x = 1; y = 2;
assert c; assert c, "m"; global g; g = 1
try: a = 1; b = 2
except: pass; pass
finally: pass;
with open(__file__) as fh: data = fh.read(1); fh.close()
x = 1 ;y = 2 ; z = 3;
