# argparse: parents, custom Action classes, registered types, REMAINDER,
# fromfile_prefix_chars, FileType, parse_intermixed_args, version and
# help actions inside parse_args, Namespace details.
import argparse
import os
import sys
import tempfile

os.environ['COLUMNS'] = '80'
sys.stderr = sys.stdout


def attempt(parser, args, method='parse_args'):
    try:
        print(args, '->', getattr(parser, method)(args))
    except SystemExit as e:
        print('exit', e.code)


# parents share arguments and defaults
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--config', default='cfg.ini')
base.set_defaults(mode='base')
grp = base.add_argument_group('shared group')
grp.add_argument('--shared', action='store_true')
child = argparse.ArgumentParser(prog='child', parents=[base], description='child parser')
child.add_argument('name')
attempt(child, ['n', '--config', 'x.ini', '--shared'])
child.print_help()


# a custom action
class Upper(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs is not None:
            raise ValueError('nargs not allowed')
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
        print('  Upper called with', repr(values), option_string)


class Store2(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, (values, option_string))


p = argparse.ArgumentParser(prog='custom')
p.add_argument('--shout', action=Upper)
p.add_argument('word', action=Upper)
p.add_argument('--pair', action=Store2, nargs=2)
attempt(p, ['hi', '--shout', 'hey', '--pair', 'a', 'b'])
try:
    p.add_argument('--bad', action=Upper, nargs=2)
except ValueError as e:
    print('ValueError:', e)
print(p._actions[1])

# registered type names
r = argparse.ArgumentParser(prog='reg')
r.register('type', 'hexint', lambda s: int(s, 16))
r.add_argument('n', type='hexint')
attempt(r, ['ff'])
attempt(r, ['zz'])

# REMAINDER
rem = argparse.ArgumentParser(prog='rem')
rem.add_argument('--verbose', action='store_true')
rem.add_argument('command')
rem.add_argument('args', nargs=argparse.REMAINDER)
attempt(rem, ['--verbose', 'ls', '-l', '--all', 'x'])
attempt(rem, ['run'])
rem.print_usage()

# fromfile_prefix_chars
ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('-x')
ff.add_argument('rest', nargs='*')
here = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    try:
        with open('args.txt', 'w') as f:
            f.write('-x\nfromfile\nextra\n')
        attempt(ff, ['a', '@args.txt', 'b'])
        attempt(ff, ['@args.txt'])
        attempt(ff, ['@missing.txt'])
    finally:
        os.chdir(here)

# FileType
ft = argparse.ArgumentParser(prog='ft')
ft.add_argument('infile', type=argparse.FileType('r'))
ns = ft.parse_args(['-'])
print(ns.infile is sys.stdin, argparse.FileType('w', encoding='utf-8'), argparse.FileType())
attempt(ft, ['/nonexistent/dir/file.txt'])

# parse_intermixed_args
mix = argparse.ArgumentParser(prog='mix')
mix.add_argument('--foo')
mix.add_argument('cmd')
mix.add_argument('rest', nargs='*', type=int)
print(mix.parse_known_args('doit 1 --foo bar 2 3'.split()))
print(mix.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
attempt(mix, 'doit 1 --foo bar 2 3 --zz'.split(), 'parse_intermixed_args')

# version and help actions end the program
v = argparse.ArgumentParser(prog='ver')
v.add_argument('-V', '--version', action='version', version='%(prog)s version 2.5')
attempt(v, ['-V'])
attempt(v, ['--help'])
attempt(v, ['-h', '--bogus'])

# Namespace
ns = argparse.Namespace(b=2, a=1)
setattr(ns, 'with-dash', 3)
print(ns, vars(ns), 'a' in ns, 'z' in ns)
print(argparse.Namespace() == argparse.Namespace(), argparse.Namespace(a=1) != argparse.Namespace(a=2))
print(argparse.Namespace(a=1) == {'a': 1})

# dest=SUPPRESS, required options, store_const on positional-like flags
q = argparse.ArgumentParser(prog='q')
q.add_argument('--x', dest=argparse.SUPPRESS, action='store_true')
q.add_argument('--must', required=True, type=int)
q.add_argument('--opt', nargs='?', const=7, type=int, default=0)
attempt(q, ['--must', '1'])
attempt(q, ['--must', '1', '--opt'])
attempt(q, ['--must', '1', '--opt', '3'])
attempt(q, ['--x'])
q.print_help()

# option strings that look like negative numbers
n = argparse.ArgumentParser(prog='negnum')
n.add_argument('-5', dest='five', action='store_true')
n.add_argument('values', nargs='*')
attempt(n, ['-5'])
attempt(n, ['-1'])
attempt(n, ['--', '-5'])

# a positional with choices and a metavar tuple in help
h = argparse.ArgumentParser(prog='mv')
h.add_argument('--point', nargs=2, metavar=('X', 'Y'), type=float, help='a point')
h.add_argument('--many', nargs='*', metavar=('FIRST', 'REST'))
h.add_argument('--some', nargs='+', metavar='S')
h.add_argument('color', choices=['red', 'blue'], help='one of %(choices)s')
h.print_help()
attempt(h, ['green'])
attempt(h, ['red', '--point', '1', 'y'])
