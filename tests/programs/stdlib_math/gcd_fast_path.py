# math.gcd of machine-size ints (a fast path) agrees with the big-int one
# at the edges: zero, signs, -2**63, mixed sizes, bools.
import math

print(math.gcd(), math.gcd(0), math.gcd(-12, 18), math.gcd(0, -5))
print(math.gcd(2**62, 2**61), math.gcd(-2**63, 0), math.gcd(-2**63, -2**63))
print(math.gcd(3, 2**70), math.gcd(12, 18, 27), math.gcd(True, 4), math.gcd(7, 7))
print(sum(math.gcd(a, b) for a in range(-30, 30) for b in range(0, 90, 7)))
try:
    math.gcd(1.5)
except TypeError as e:
    print(e)
