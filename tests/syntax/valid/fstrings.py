# f-strings: conversions, format specs, nesting, '=', quotes, braces.
name, width, precision, value = "world", 10, 3, 3.14159
items = {"key": [1, 2, 3]}

basic = f"hello {name}"
conversions = f"{name!r} {name!s} {name!a}"
spec = f"{value:.2f} {value:>10} {value:<{width}} {value:^{width}.{precision}}"
nested_spec = f"{value:{'>' if width else '<'}{width}.{precision}f}"
self_doc = f"{name=} {value = } {value=:.1f} {name=!r} {name = !s:>20}"
self_doc_expr = f"{width + precision=} {items['key'][0]=}"
quotes = f"{items['key']}" + f'{items["key"]}' + f'''{items['key']!r} {"x"}''' + f"""{'y'} {"z"}"""
braces = f"{{literal}} {{{name}}} }}{{"
dict_in = f"{ {'a': 1}['a'] }" + f"{ {1, 2} }"
lambda_in = f"{(lambda x: x * 2)(3)}"
walrus_in = f"{(n := 10)} {n}"
call_in = f"{len(name)} {name.upper()} {', '.join(['a', 'b'])}"
conditional = f"{'yes' if value else 'no'}"
arith = f"{1 + 2 * 3} {-value} {not value} {value ** 2:.3e}"
spaces = f"{ name } {  value  :  >10}"
format_only = f"{value:}" + f"{value!r:}"
colon_in_spec = f"{value:%H:%M}" if False else None
date_like = f"{12:02d}:{5:02d}"
multiline = f"""
    name: {name}
    items: {
        items
    }
"""
concat = f"a{1}" "b" f"c{2}" rf"\d{3}" fR"{4}\n"
raw_f = rf"\n{name}\t" + Rf"{name}\\" + fr"\{{{name}}}"
generator_arg = f"{sum(x for x in range(10))}"
tuple_expr = f"{1, 2}"
starred_in_list = f"{[*items]}"
comparison = f"{value != 0} {value!r}"
nested = f"{f'{name}'}" + f"""{f'{f"{1}"!r}'}"""
format_spec_with_nested_fstring = f"{value:{f'{width}'}}"
