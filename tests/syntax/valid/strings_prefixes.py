# Every string prefix, in every case.
plain = 'single' + "double"
raw = r'raw\n' + R"RAW\t" + r"\"" + r'\''
uni = u'unicode' + U"UNICODE"
byt = b'bytes' + B"BYTES"
raw_bytes = (
    rb'a\x' + rB'b\d' + Rb'c\w' + RB'd\s'
    + br'e\1' + bR'f\2' + Br'g\3' + BR'h\4'
)
fmt = f'{plain}' + F"{uni}"
raw_fmt = (
    rf'{raw}\n' + rF'{raw}\t' + Rf'{raw}\d' + RF'{raw}\w'
    + fr'{raw}\s' + fR'{raw}\1' + Fr'{raw}\2' + FR'{raw}\3'
)
empty = '' + "" + '''''' + """""" + b'' + rb"" if False else None
adjacent = 'a' "b" '''c''' """d""" r'e' u"f"
adjacent_bytes = b'a' B"b" rb'c' BR"""d"""
adjacent_mixed_f = 'x' f'{1}' "y" F"{2}" r'z'
quotes_inside = "it's" + 'say "hi"' + '''both ' and "''' + """both " and '"""
backslash_quotes = 'it\'s' + "say \"hi\"" + '\\' + "\\\\"
paren_concat = (
    'first line '
    "second line "
    f'third {plain!r} '
    r'fourth\n'
)
