# -*- coding: latin-1 -*-
# The bytes of this file are latin-1: éèê ÿàÇ ½ ©.
s = 'été à la plage'
b = b'bytes stay ascii'
été = s
naïve = 'µ'
