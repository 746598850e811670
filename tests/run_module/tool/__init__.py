# A package run with -m runs its __main__ submodule.
