# str.format templates with non-ASCII text, fills and conversion characters.

print("héllo {0} wörld {1:ü^9}|{name!r:*>8}|{{ü}}|€{2[0]}".format("ä", "ß", ["∑"], name="日本"))
print("{0:{1}{2}}|{:}".format if False else "{0:{1}{2}}|".format("x", "é", "^7"))
print("{:→<6}{:←>6}".format(1, 2.5))
for tmpl in ["{!ä}", "{0!}", "{ü", "ü}", "{0!r", "{0:{}", "{[0}", "{0.}"]:
    try:
        print(tmpl.format("v"))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(tmpl, type(e).__name__, e)
print("{0.real}{0.imag:+}j {1[k]} {1[ü]}".format(3 + 4j, {"k": "K", "ü": "Ü"}))
print("%s %r %d%% %x" % ("ü", "ö", 5, 255), "%(ü)s" % {"ü": 1})
