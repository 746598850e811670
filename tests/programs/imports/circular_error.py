# `from a import b` in a cycle fails with CPython's partially-initialised message.
print("start")
import cyc.first
