# argparse: error messages (stderr usage + "prog: error: ...", exit 2),
# definition errors raised by add_argument, and an uncaught final error.
import argparse
import io
import os
import sys

os.environ['COLUMNS'] = '80'


def attempt(parser, args):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        parser.parse_args(args)
        print(args, 'parsed')
    except SystemExit as e:
        print(args, 'exit', e.code)
        print(sys.stderr.getvalue(), end='')
    finally:
        sys.stderr = saved


p = argparse.ArgumentParser(prog='err')
p.add_argument('x')
p.add_argument('y', nargs='+', type=int)
p.add_argument('-n', type=int)
p.add_argument('--level', choices=['lo', 'hi'])
p.add_argument('--pair', nargs=2)
p.add_argument('--req', required=True)
p.add_argument('--flag', action='store_true')
p.add_argument('--opt', nargs='?')
m = p.add_mutually_exclusive_group()
m.add_argument('--left', action='store_true')
m.add_argument('--right', action='store_true')
for args in ([], ['a'], ['a', '1'], ['--req', 'r'], ['--req', 'r', 'a', 'b'],
             ['--req', 'r', 'a', '1', '-n', 'x'], ['--req', 'r', 'a', '1', '--level', 'mid'],
             ['--req', 'r', 'a', '1', '--pair', 'p'], ['--req', 'r', 'a', '1', '--flag=yes'],
             ['--req', 'r', 'a', '1', '--left', '--right'], ['--req', 'r', 'a', '1', 'extra', '--zz'],
             ['--req'], ['--req', 'r', 'a', '1', '-n'], ['--req', 'r', 'a', '1', '--opt', 'a', 'b'],
             ['--req', 'r', 'a', '1', '--le', 'lo'], ['--req', 'r', 'a', '1', '-nz']):
    attempt(p, args)

amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--verbose', action='store_true')
amb.add_argument('--version-file')
attempt(amb, ['--ver'])
attempt(amb, ['--verb', 'x'])

for make in (
    lambda q: q.add_argument('--x', nargs=0),
    lambda q: q.add_argument('--x', const=1),
    lambda q: q.add_argument('x', required=True),
    lambda q: q.add_argument('x', dest='y'),
    lambda q: q.add_argument('-h'),
    lambda q: q.add_argument('--x', action='bogus'),
    lambda q: q.add_argument('--x', type='int'),
    lambda q: q.add_argument('--x', nargs=2, metavar=('A', 'B', 'C')),
    lambda q: q.add_argument('x', 'y'),
    lambda q: q.add_argument('--', dest=None),
    lambda q: q.add_mutually_exclusive_group().add_argument('--x', required=True),
    lambda q: argparse.ArgumentParser(conflict_handler='nope'),
):
    try:
        make(argparse.ArgumentParser(prog='def'))
        print('no error')
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)

# conflict_handler='resolve' replaces an option
c = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
c.add_argument('-v', '--verbose', action='store_true', help='old')
c.add_argument('-v', action='count', help='new')
c.print_help()

# parser.error and parser.exit directly
try:
    p.exit(3, 'bye\n')
except SystemExit as e:
    print('exit', e.code)

print('now failing for real', flush=True)
p.parse_args(['--req', 'r', 'a', '1', '-n', 'ten'])
