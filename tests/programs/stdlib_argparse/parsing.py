# argparse: how command lines are parsed (values, nargs, defaults,
# abbreviations, combined short flags, '--', parse_known_args).
import argparse
import os
import sys

os.environ["COLUMNS"] = "80"

sys.stderr = sys.stdout  # error messages become part of the compared output


def attempt(parser, args):
    try:
        print(args, '->', parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)


p = argparse.ArgumentParser(prog='prog')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-n', '--number', type=int, default=1)
p.add_argument('-f', '--flag', action='store_true')
p.add_argument('-x', action='store_true')
p.add_argument('-o', '--output')
p.add_argument('--ratio', type=float)
p.add_argument('--tag', action='append', default=[])
p.add_argument('--extend', action='extend', nargs='+')
p.add_argument('--const', action='append_const', const='C', dest='consts')
p.add_argument('-v', action='count')
for args in (
    ['a'], ['a', 'b'], ['a', '-n', '7'], ['-n7', 'a'], ['--number=8', 'a'],
    ['--num', '9', 'a'], ['-fx', 'a'], ['-xfv', 'a'], ['-vvv', 'a'],
    ['-ofile', 'a'], ['-o=file', 'a'], ['--output', '-', 'a'],
    ['--tag', 't1', 'a', '--tag', 't2'], ['--extend', '1', '2', '--extend', '3', '--', 'a'],
    ['--const', '--const', 'a'], ['--ratio', '2.5', 'a'], ['--', '-a'],
    ['a', 'b', 'c'], ['-n', 'x', 'a'], ['--ratio', 'nan', 'a'], ['-n'], [],
    ['a', '--fl'], ['a', '--nu', '3'], ['-fo', 'out', 'a'], ['-fz', 'a'],
):
    attempt(p, args)

# negative numbers
q = argparse.ArgumentParser(prog='neg')
q.add_argument('x', type=int)
q.add_argument('-y', type=int, default=0)
for args in (['-5'], ['3', '-y', '-2'], ['-y', '-1', '-3']):
    attempt(q, args)
q2 = argparse.ArgumentParser(prog='neg2')
q2.add_argument('-1', dest='one', action='store_true')
q2.add_argument('x', nargs='?')
for args in (['-1'], ['-2']):
    attempt(q2, args)

# nargs
r = argparse.ArgumentParser(prog='nargs')
r.add_argument('first', nargs=2)
r.add_argument('rest', nargs='*')
r.add_argument('--three', nargs=3, type=int)
r.add_argument('--plus', nargs='+')
r.add_argument('--maybe', nargs='?', const='yes', default='no')
for args in (['a', 'b'], ['a', 'b', 'c', 'd'], ['a'], ['--three', '1', '2', '3', 'a', 'b'],
             ['--three', '1', '2', 'a'], ['--plus', 'a', 'b'], ['a', 'b', '--plus'],
             ['a', 'b', '--maybe'], ['--maybe', 'x', 'a', 'b'], ['a', '--maybe', 'b']):
    attempt(r, args)

# parse_known_args and set_defaults
s = argparse.ArgumentParser(prog='known')
s.add_argument('--a', default='1')
s.set_defaults(func='handler', a='2')
print(s.parse_known_args(['--a', '3', '--b', '4', 'pos']))
print(s.parse_known_args([]))
print(s.get_default('a'), s.get_default('func'), s.get_default('zzz'))

# string defaults go through type; non-string defaults do not
t = argparse.ArgumentParser(prog='defaults')
t.add_argument('--n', type=int, default='5')
t.add_argument('--m', type=int, default=5.5)
t.add_argument('--s', default=argparse.SUPPRESS)
print(t.parse_args([]), 's' in t.parse_args([]), t.parse_args(['--s', 'x']))

# choices with type
u = argparse.ArgumentParser(prog='choices')
u.add_argument('level', type=int, choices=range(1, 4))
u.add_argument('--color', choices=('red', 'green'))
for args in (['2'], ['5'], ['1', '--color', 'blue'], ['1', '--color', 'red']):
    attempt(u, args)

# existing namespace, custom type function, ArgumentTypeError
def even(text):
    value = int(text)
    if value % 2:
        raise argparse.ArgumentTypeError('%r is not even' % text)
    return value


v = argparse.ArgumentParser(prog='custom')
v.add_argument('n', type=even)
ns = argparse.Namespace(extra=True)
print(v.parse_args(['4'], namespace=ns), ns.n)
attempt(v, ['3'])
attempt(v, ['q'])

# prefix chars and allow_abbrev
w = argparse.ArgumentParser(prog='plus', prefix_chars='+-', allow_abbrev=False)
w.add_argument('+x', action='store_true')
w.add_argument('--long')
attempt(w, ['+x', '--long', 'v'])
attempt(w, ['--lo', 'v'])

# exit_on_error=False raises ArgumentError
z = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
z.add_argument('--n', type=int)
try:
    z.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e, '|', e.argument_name, '|', e.message)

# BooleanOptionalAction
b = argparse.ArgumentParser(prog='bool')
b.add_argument('--feature', action=argparse.BooleanOptionalAction, default=True, help='use it')
print(b.parse_args([]), b.parse_args(['--no-feature']), b.parse_args(['--feature']))
b.print_help()
