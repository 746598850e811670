//! CPython 3.11's instruction set, from one table: the `Opcode` enum, the
//! opnames and numbers of `Lib/opcode.py`, whether an opcode takes an
//! argument, what its argument means, its jump direction, its inline cache
//! entries (so offsets count code units exactly as CPython's do) and its
//! stack effect with and without the jump (CPython's `stack_effect`).
//!
//! The compiler's pseudo-instructions (`SETUP_FINALLY`, `JUMP`,
//! `POP_JUMP_IF_FALSE`, ...) are in the table too, numbered from 256 as in
//! later CPythons; the assembler replaces every one of them, so they never
//! reach a code object.

/// What an opcode's argument means (and where it jumps, for jumps).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArgKind {
    /// No argument (the opcode number is below `HAVE_ARGUMENT`).
    None,
    /// A plain number (counts, flags, operators).
    Plain,
    /// An index into `co_consts`.
    Const,
    /// An index into `co_names` (`LOAD_GLOBAL` shifts it left by one).
    Name,
    /// An index into the fast locals (`co_varnames`).
    Local,
    /// An index into the cells and free variables (after the locals).
    Free,
    /// An index into `dis.cmp_op`.
    Compare,
    /// A relative jump forward, in code units after the caches.
    JumpForward,
    /// A relative jump backward, in code units after the caches.
    JumpBackward,
    /// A pseudo-instruction that never reaches a code object.
    Pseudo,
    /// A pseudo jump whose direction the assembler decides.
    PseudoJump,
}

/// One past the highest opcode number (pseudo-instructions included).
const TABLE_LEN: usize = 266;

/// `HAVE_ARGUMENT`: real opcodes from this number on take an argument.
pub const HAVE_ARGUMENT: u16 = 90;

/// Defines [`Opcode`] and its tables from one list of rows:
/// `NAME = number, caches, arg kind, |oparg, jump| stack effect, "what it does";`.
macro_rules! opcodes {
    ($($name:ident = $num:literal, $caches:literal, $kind:ident, |$a:pat_param, $j:pat_param| $effect:expr, $doc:literal;)*) => {
        /// A CPython 3.11 opcode (or one of the compiler's pseudo-instructions).
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u16)]
        pub enum Opcode {
            $(
                #[doc = $doc]
                $name = $num,
            )*
        }

        impl Opcode {
            /// Every opcode of the table, in number order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];

            /// CPython's opname.
            pub fn name(self) -> &'static str {
                match self {
                    $(Opcode::$name => stringify!($name),)*
                }
            }

            /// The opcode with CPython's number `n` (pseudo ones from 256).
            pub fn from_number(n: u16) -> Option<Opcode> {
                match n {
                    $($num => Some(Opcode::$name),)*
                    _ => None,
                }
            }

            /// The opcode named `name`.
            pub fn from_name(name: &str) -> Option<Opcode> {
                match name {
                    $(stringify!($name) => Some(Opcode::$name),)*
                    _ => None,
                }
            }

            /// What the instruction does, in one line.
            pub fn doc(self) -> &'static str {
                match self {
                    $(Opcode::$name => $doc,)*
                }
            }

            /// The stack effect as written in the table (`n` is the
            /// argument, `j` whether the jump is taken).
            pub fn stack_effect_source(self) -> &'static str {
                match self {
                    $(Opcode::$name => stringify!($effect),)*
                }
            }

            /// How many inline `CACHE` code units follow the instruction.
            #[inline]
            pub fn caches(self) -> u32 {
                // A table indexed by number: the assembler asks per instruction.
                const TABLE: [u8; TABLE_LEN] = {
                    let mut t = [0u8; TABLE_LEN];
                    $(t[$num] = $caches;)*
                    t
                };
                TABLE[self as usize] as u32
            }

            /// What the argument means.
            #[inline]
            pub fn arg_kind(self) -> ArgKind {
                const TABLE: [ArgKind; TABLE_LEN] = {
                    let mut t = [ArgKind::None; TABLE_LEN];
                    $(t[$num] = ArgKind::$kind;)*
                    t
                };
                TABLE[self as usize]
            }

            /// The net stack effect (CPython's `stack_effect`): when
            /// `jump` is true, the effect on the path that jumps (for
            /// `SETUP_*`, the path to the handler).
            #[inline]
            pub fn stack_effect(self, oparg: u32, jump: bool) -> i32 {
                // Most opcodes' effect is one number whatever the argument:
                // a table answers those without the match's indirect jump,
                // which mispredicts on a real mix of instructions.
                const FIXED: [i8; TABLE_LEN] = {
                    let mut t = [i8::MIN; TABLE_LEN];
                    $(t[$num] = {
                        const fn effect(oparg: i32, jump: bool) -> i32 {
                            let $a = oparg;
                            let $j = jump;
                            $effect
                        }
                        let first = effect(0, false);
                        let mut fixed = true;
                        let mut n = 0;
                        while n <= 300 {
                            if effect(n, false) != first || effect(n, true) != first {
                                fixed = false;
                            }
                            n += 1;
                        }
                        if fixed { first as i8 } else { i8::MIN }
                    };)*
                    t
                };
                let fixed = FIXED[self as usize];
                if fixed != i8::MIN {
                    return i32::from(fixed);
                }
                self.computed_stack_effect(oparg, jump)
            }

            /// [`Opcode::stack_effect`] of an opcode whose effect depends
            /// on its argument or on the jump.
            #[allow(unused_variables, clippy::redundant_locals)]
            fn computed_stack_effect(self, oparg: u32, jump: bool) -> i32 {
                let oparg = oparg as i32;
                match self {
                    $(Opcode::$name => {
                        let $a = oparg;
                        let $j = jump;
                        $effect
                    })*
                }
            }
        }
    };
}

opcodes! {
    CACHE = 0, 0, None, |_, _| 0, "Inline cache entry (never executed; shown by `dis` only with caches).";
    POP_TOP = 1, 0, None, |_, _| -1, "Pops TOS.";
    PUSH_NULL = 2, 0, None, |_, _| 1, "Pushes NULL below a callable (the `PRECALL`/`CALL` protocol).";
    NOP = 9, 0, None, |_, _| 0, "Does nothing (kept only to carry a line number).";
    UNARY_POSITIVE = 10, 0, None, |_, _| 0, "TOS = +TOS.";
    UNARY_NEGATIVE = 11, 0, None, |_, _| 0, "TOS = -TOS.";
    UNARY_NOT = 12, 0, None, |_, _| 0, "TOS = not TOS.";
    UNARY_INVERT = 15, 0, None, |_, _| 0, "TOS = ~TOS.";
    BINARY_SUBSCR = 25, 4, None, |_, _| -1, "TOS = TOS1[TOS].";
    GET_LEN = 30, 0, None, |_, _| 1, "Pushes len(TOS) (match statements).";
    MATCH_MAPPING = 31, 0, None, |_, _| 1, "Pushes whether TOS is a mapping.";
    MATCH_SEQUENCE = 32, 0, None, |_, _| 1, "Pushes whether TOS is a sequence.";
    MATCH_KEYS = 33, 0, None, |_, _| 1, "Pushes the values of the keys TOS in the mapping TOS1 (or None).";
    PUSH_EXC_INFO = 35, 0, None, |_, _| 1, "Pushes the current exception info below the new exception.";
    CHECK_EXC_MATCH = 36, 0, None, |_, _| 0, "TOS = isinstance(TOS1, TOS) for an except clause.";
    CHECK_EG_MATCH = 37, 0, None, |_, _| 0, "Splits the exception group TOS1 by TOS (`except*`).";
    WITH_EXCEPT_START = 49, 0, None, |_, _| 1, "Calls `__exit__` with the exception.";
    GET_AITER = 50, 0, None, |_, _| 0, "TOS = `TOS.__aiter__()`.";
    GET_ANEXT = 51, 0, None, |_, _| 1, "Pushes an awaitable of `TOS.__anext__()`.";
    BEFORE_ASYNC_WITH = 52, 0, None, |_, _| 1, "Pushes `__aexit__` and the result of `__aenter__()`.";
    BEFORE_WITH = 53, 0, None, |_, _| 1, "Pushes `__exit__` and the result of `__enter__()`.";
    END_ASYNC_FOR = 54, 0, None, |_, _| -2, "Ends an `async for` on StopAsyncIteration.";
    STORE_SUBSCR = 60, 1, None, |_, _| -3, "TOS1[TOS] = TOS2.";
    DELETE_SUBSCR = 61, 0, None, |_, _| -2, "del TOS1[TOS].";
    GET_ITER = 68, 0, None, |_, _| 0, "TOS = iter(TOS).";
    GET_YIELD_FROM_ITER = 69, 0, None, |_, _| 0, "TOS = iter(TOS), unless it is a generator or coroutine.";
    PRINT_EXPR = 70, 0, None, |_, _| -1, "Prints TOS (interactive mode).";
    LOAD_BUILD_CLASS = 71, 0, None, |_, _| 1, "Pushes `builtins.__build_class__`.";
    LOAD_ASSERTION_ERROR = 74, 0, None, |_, _| 1, "Pushes `AssertionError`.";
    RETURN_GENERATOR = 75, 0, None, |_, _| 0, "Creates the generator, coroutine or async generator of the frame.";
    LIST_TO_TUPLE = 82, 0, None, |_, _| 0, "TOS = tuple(TOS).";
    RETURN_VALUE = 83, 0, None, |_, _| -1, "Returns TOS.";
    IMPORT_STAR = 84, 0, None, |_, _| -1, "`from module import *` with the module TOS.";
    SETUP_ANNOTATIONS = 85, 0, None, |_, _| 0, "Creates `__annotations__` if missing.";
    YIELD_VALUE = 86, 0, None, |_, _| 0, "Yields TOS.";
    ASYNC_GEN_WRAP = 87, 0, None, |_, _| 0, "Wraps the value an async generator yields.";
    PREP_RERAISE_STAR = 88, 0, None, |_, _| -1, "Combines the exceptions raised by `except*` clauses.";
    POP_EXCEPT = 89, 0, None, |_, _| -1, "Restores the exception info saved by `PUSH_EXC_INFO`.";
    STORE_NAME = 90, 0, Name, |_, _| -1, "name = TOS (namespace of a module or class).";
    DELETE_NAME = 91, 0, Name, |_, _| 0, "del name.";
    UNPACK_SEQUENCE = 92, 1, Plain, |n, _| n - 1, "Unpacks TOS into n values.";
    FOR_ITER = 93, 0, JumpForward, |_, j| if j { -1 } else { 1 }, "Pushes next(TOS), or pops the iterator and jumps when exhausted.";
    UNPACK_EX = 94, 0, Plain, |n, _| (n & 0xFF) + (n >> 8), "Unpacks TOS with a starred target (low byte before, high byte after).";
    STORE_ATTR = 95, 4, Name, |_, _| -2, "TOS.name = TOS1.";
    DELETE_ATTR = 96, 0, Name, |_, _| -1, "del TOS.name.";
    STORE_GLOBAL = 97, 0, Name, |_, _| -1, "global name = TOS.";
    DELETE_GLOBAL = 98, 0, Name, |_, _| 0, "del global name.";
    SWAP = 99, 0, Plain, |_, _| 0, "Swaps TOS with the n-th item.";
    LOAD_CONST = 100, 0, Const, |_, _| 1, "Pushes co_consts[n].";
    LOAD_NAME = 101, 0, Name, |_, _| 1, "Pushes a name (locals, globals, builtins).";
    BUILD_TUPLE = 102, 0, Plain, |n, _| 1 - n, "Pushes a tuple of n items.";
    BUILD_LIST = 103, 0, Plain, |n, _| 1 - n, "Pushes a list of n items.";
    BUILD_SET = 104, 0, Plain, |n, _| 1 - n, "Pushes a set of n items.";
    BUILD_MAP = 105, 0, Plain, |n, _| 1 - 2 * n, "Pushes a dict of n key/value pairs.";
    LOAD_ATTR = 106, 4, Name, |_, _| 0, "TOS = TOS.name.";
    COMPARE_OP = 107, 2, Compare, |_, _| -1, "TOS = TOS1 <op> TOS with `dis.cmp_op[n]`.";
    IMPORT_NAME = 108, 0, Name, |_, _| -1, "Imports a module (TOS1 level, TOS fromlist).";
    IMPORT_FROM = 109, 0, Name, |_, _| 1, "Pushes an attribute of the module TOS.";
    JUMP_FORWARD = 110, 0, JumpForward, |_, _| 0, "Jumps forward.";
    JUMP_IF_FALSE_OR_POP = 111, 0, JumpForward, |_, j| if j { 0 } else { -1 }, "Jumps (keeping TOS) if TOS is false, else pops it.";
    JUMP_IF_TRUE_OR_POP = 112, 0, JumpForward, |_, j| if j { 0 } else { -1 }, "Jumps (keeping TOS) if TOS is true, else pops it.";
    POP_JUMP_FORWARD_IF_FALSE = 114, 0, JumpForward, |_, _| -1, "Pops TOS; jumps forward if false.";
    POP_JUMP_FORWARD_IF_TRUE = 115, 0, JumpForward, |_, _| -1, "Pops TOS; jumps forward if true.";
    LOAD_GLOBAL = 116, 5, Name, |n, _| (n & 1) + 1, "Pushes a global (n >> 1 indexes co_names; bit 0 pushes NULL first).";
    IS_OP = 117, 0, Plain, |_, _| -1, "TOS = TOS1 is TOS (n = 1: is not).";
    CONTAINS_OP = 118, 0, Plain, |_, _| -1, "TOS = TOS1 in TOS (n = 1: not in).";
    RERAISE = 119, 0, Plain, |_, _| -1, "Re-raises TOS (n = 1: restores f_lasti from TOS1).";
    COPY = 120, 0, Plain, |_, _| 1, "Pushes a copy of the n-th item.";
    BINARY_OP = 122, 1, Plain, |_, _| -1, "TOS = TOS1 <op> TOS with the `NB_*` operator n.";
    SEND = 123, 0, JumpForward, |_, j| if j { -1 } else { 0 }, "Sends TOS into the iterator TOS1; jumps when it returns.";
    LOAD_FAST = 124, 0, Local, |_, _| 1, "Pushes a fast local.";
    STORE_FAST = 125, 0, Local, |_, _| -1, "fast local = TOS.";
    DELETE_FAST = 126, 0, Local, |_, _| 0, "del fast local.";
    POP_JUMP_FORWARD_IF_NOT_NONE = 128, 0, JumpForward, |_, _| -1, "Pops TOS; jumps forward if not None.";
    POP_JUMP_FORWARD_IF_NONE = 129, 0, JumpForward, |_, _| -1, "Pops TOS; jumps forward if None.";
    RAISE_VARARGS = 130, 0, Plain, |n, _| -n, "raise (n = 0), raise TOS (1), raise TOS1 from TOS (2).";
    GET_AWAITABLE = 131, 0, Plain, |_, _| 0, "TOS = the awaitable of TOS.";
    MAKE_FUNCTION = 132, 0, Plain, |n, _| -((n & 0xF).count_ones() as i32), "Makes a function from the code TOS (flags: defaults, kwdefaults, annotations, closure).";
    BUILD_SLICE = 133, 0, Plain, |n, _| if n == 3 { -2 } else { -1 }, "Pushes slice(TOS2, TOS1[, TOS]).";
    JUMP_BACKWARD_NO_INTERRUPT = 134, 0, JumpBackward, |_, _| 0, "Jumps backward without checking for interrupts (`yield from`, `await`).";
    MAKE_CELL = 135, 0, Free, |_, _| 0, "Turns a local into a cell.";
    LOAD_CLOSURE = 136, 0, Free, |_, _| 1, "Pushes a cell (to build a closure).";
    LOAD_DEREF = 137, 0, Free, |_, _| 1, "Pushes the content of a cell.";
    STORE_DEREF = 138, 0, Free, |_, _| -1, "cell content = TOS.";
    DELETE_DEREF = 139, 0, Free, |_, _| 0, "Empties a cell.";
    JUMP_BACKWARD = 140, 0, JumpBackward, |_, _| 0, "Jumps backward (checks for interrupts).";
    CALL_FUNCTION_EX = 142, 0, Plain, |n, _| -2 - (n & 1), "Calls TOS2 (or TOS1) with `*TOS1` (and `**TOS` if n = 1).";
    EXTENDED_ARG = 144, 0, Plain, |_, _| 0, "Prefixes the next argument with 8 more bits.";
    LIST_APPEND = 145, 0, Plain, |_, _| -1, "Appends TOS to the list n items down.";
    SET_ADD = 146, 0, Plain, |_, _| -1, "Adds TOS to the set n items down.";
    MAP_ADD = 147, 0, Plain, |_, _| -2, "Adds TOS1: TOS to the dict n items down.";
    LOAD_CLASSDEREF = 148, 0, Free, |_, _| 1, "Pushes a free variable in a class body (class namespace first).";
    COPY_FREE_VARS = 149, 0, Plain, |_, _| 0, "Copies n free variables from the closure into the frame.";
    RESUME = 151, 0, Plain, |_, _| 0, "Start of code, or return from a yield (n says which).";
    MATCH_CLASS = 152, 0, Plain, |_, _| -2, "Matches TOS2 against the class TOS1 with n positional sub-patterns.";
    FORMAT_VALUE = 155, 0, Plain, |n, _| if n & 0x4 != 0 { -1 } else { 0 }, "Formats TOS for an f-string (conversion in bits 0-1, spec on the stack if bit 2).";
    BUILD_CONST_KEY_MAP = 156, 0, Plain, |n, _| -n, "Pushes a dict of the n values with the keys tuple TOS.";
    BUILD_STRING = 157, 0, Plain, |n, _| 1 - n, "Concatenates n strings.";
    LOAD_METHOD = 160, 10, Name, |_, _| 1, "Pushes a method and self (or NULL and the attribute).";
    LIST_EXTEND = 162, 0, Plain, |_, _| -1, "Extends the list n items down with TOS.";
    SET_UPDATE = 163, 0, Plain, |_, _| -1, "Updates the set n items down with TOS.";
    DICT_MERGE = 164, 0, Plain, |_, _| -1, "Merges TOS into the dict n items down (keyword arguments: no duplicates).";
    DICT_UPDATE = 165, 0, Plain, |_, _| -1, "Updates the dict n items down with TOS.";
    PRECALL = 166, 1, Plain, |n, _| -n, "Prepares a call of n arguments.";
    CALL = 171, 4, Plain, |_, _| -1, "Calls with n arguments (`KW_NAMES` names the last ones).";
    KW_NAMES = 172, 0, Const, |_, _| 0, "Names the keyword arguments of the next `CALL` (a tuple in co_consts).";
    POP_JUMP_BACKWARD_IF_NOT_NONE = 173, 0, JumpBackward, |_, _| -1, "Pops TOS; jumps backward if not None.";
    POP_JUMP_BACKWARD_IF_NONE = 174, 0, JumpBackward, |_, _| -1, "Pops TOS; jumps backward if None.";
    POP_JUMP_BACKWARD_IF_FALSE = 175, 0, JumpBackward, |_, _| -1, "Pops TOS; jumps backward if false.";
    POP_JUMP_BACKWARD_IF_TRUE = 176, 0, JumpBackward, |_, _| -1, "Pops TOS; jumps backward if true.";
    SETUP_FINALLY = 256, 0, PseudoJump, |_, j| if j { 1 } else { 0 }, "Pseudo: protects the following code with a handler.";
    SETUP_CLEANUP = 257, 0, PseudoJump, |_, j| if j { 2 } else { 0 }, "Pseudo: like SETUP_FINALLY, the handler also gets lasti.";
    SETUP_WITH = 258, 0, PseudoJump, |_, j| if j { 1 } else { 0 }, "Pseudo: protects a `with` body.";
    POP_BLOCK = 259, 0, Pseudo, |_, _| 0, "Pseudo: ends the protected range.";
    JUMP = 260, 0, PseudoJump, |_, _| 0, "Pseudo: an unconditional jump in either direction.";
    JUMP_NO_INTERRUPT = 261, 0, PseudoJump, |_, _| 0, "Pseudo: JUMP without interrupt check.";
    POP_JUMP_IF_FALSE = 262, 0, PseudoJump, |_, _| -1, "Pseudo: POP_JUMP_*_IF_FALSE in either direction.";
    POP_JUMP_IF_TRUE = 263, 0, PseudoJump, |_, _| -1, "Pseudo: POP_JUMP_*_IF_TRUE in either direction.";
    POP_JUMP_IF_NONE = 264, 0, PseudoJump, |_, _| -1, "Pseudo: POP_JUMP_*_IF_NONE in either direction.";
    POP_JUMP_IF_NOT_NONE = 265, 0, PseudoJump, |_, _| -1, "Pseudo: POP_JUMP_*_IF_NOT_NONE in either direction.";
}

impl Opcode {
    /// CPython's opcode number (pseudo-instructions from 256).
    #[inline]
    pub fn number(self) -> u16 {
        self as u16
    }

    /// Whether this is one of the compiler's pseudo-instructions.
    #[inline]
    pub fn is_pseudo(self) -> bool {
        self.number() >= 256
    }

    /// Whether the instruction carries an argument (`HAS_ARG`).
    #[inline]
    pub fn has_arg(self) -> bool {
        if self.is_pseudo() {
            self.arg_kind() == ArgKind::PseudoJump
        } else {
            self.number() >= HAVE_ARGUMENT
        }
    }

    /// Whether the instruction jumps to a label (real or pseudo), not
    /// counting the `SETUP_*` handler pushes.
    #[inline]
    pub fn is_jump(self) -> bool {
        match self.arg_kind() {
            ArgKind::JumpForward | ArgKind::JumpBackward => true,
            ArgKind::PseudoJump => !self.is_block_push(),
            _ => false,
        }
    }

    /// Whether this is `SETUP_FINALLY`, `SETUP_CLEANUP` or `SETUP_WITH`.
    #[inline]
    pub fn is_block_push(self) -> bool {
        matches!(
            self,
            Opcode::SETUP_FINALLY | Opcode::SETUP_CLEANUP | Opcode::SETUP_WITH
        )
    }

    /// Whether this is a backward relative jump.
    pub fn is_backward_jump(self) -> bool {
        self.arg_kind() == ArgKind::JumpBackward
    }

    /// Whether control never falls through to the next instruction.
    #[inline]
    pub fn is_unconditional_exit(self) -> bool {
        matches!(
            self,
            Opcode::RETURN_VALUE | Opcode::RAISE_VARARGS | Opcode::RERAISE
        )
    }

    /// Whether control never continues with the next instruction
    /// (returns, raises and unconditional jumps).
    pub fn is_terminator(self) -> bool {
        self.is_unconditional_exit()
            || matches!(
                self,
                Opcode::JUMP
                    | Opcode::JUMP_NO_INTERRUPT
                    | Opcode::JUMP_FORWARD
                    | Opcode::JUMP_BACKWARD
                    | Opcode::JUMP_BACKWARD_NO_INTERRUPT
            )
    }

    /// The real jump a pseudo jump becomes, given its direction.
    pub fn resolve_jump(self, forward: bool) -> Opcode {
        use Opcode::*;
        match (self, forward) {
            (JUMP, true) | (JUMP_NO_INTERRUPT, true) => JUMP_FORWARD,
            (JUMP, false) => JUMP_BACKWARD,
            (JUMP_NO_INTERRUPT, false) => JUMP_BACKWARD_NO_INTERRUPT,
            (POP_JUMP_IF_FALSE, true) => POP_JUMP_FORWARD_IF_FALSE,
            (POP_JUMP_IF_FALSE, false) => POP_JUMP_BACKWARD_IF_FALSE,
            (POP_JUMP_IF_TRUE, true) => POP_JUMP_FORWARD_IF_TRUE,
            (POP_JUMP_IF_TRUE, false) => POP_JUMP_BACKWARD_IF_TRUE,
            (POP_JUMP_IF_NONE, true) => POP_JUMP_FORWARD_IF_NONE,
            (POP_JUMP_IF_NONE, false) => POP_JUMP_BACKWARD_IF_NONE,
            (POP_JUMP_IF_NOT_NONE, true) => POP_JUMP_FORWARD_IF_NOT_NONE,
            (POP_JUMP_IF_NOT_NONE, false) => POP_JUMP_BACKWARD_IF_NOT_NONE,
            (op, _) => op,
        }
    }

    /// Code units the instruction takes with argument `arg`: its
    /// `EXTENDED_ARG` prefixes, itself and its inline caches.
    #[inline]
    pub fn size(self, arg: u32) -> u32 {
        let arg = if self.has_arg() { arg } else { 0 };
        extended_args(arg) + 1 + self.caches()
    }
}

/// The Markdown tables of docs/bytecode.md: every instruction (then every
/// pseudo-instruction) with its number, argument, caches and stack effect.
pub fn markdown_tables() -> String {
    let mut real = String::from(
        "| opcode | number | argument | caches | stack effect | what it does |\n|---|---|---|---|---|---|\n",
    );
    let mut pseudo = String::from(
        "| pseudo-instruction | argument | stack effect | what it does |\n|---|---|---|---|\n",
    );
    for &op in Opcode::ALL {
        let arg = match op.arg_kind() {
            ArgKind::None => "—",
            ArgKind::Plain => "n",
            ArgKind::Const => "index into `co_consts`",
            ArgKind::Name => "index into `co_names`",
            ArgKind::Local => "index into the fast locals",
            ArgKind::Free => "index into the fast locals (cells, free variables)",
            ArgKind::Compare => "index into `dis.cmp_op`",
            ArgKind::JumpForward => "code units forward",
            ArgKind::JumpBackward => "code units backward",
            ArgKind::Pseudo => "—",
            ArgKind::PseudoJump => "target block",
        };
        let effect = effect_text(op);
        if op.is_pseudo() {
            pseudo.push_str(&format!(
                "| `{}` | {arg} | {effect} | {} |\n",
                op.name(),
                op.doc()
            ));
        } else {
            real.push_str(&format!(
                "| `{}` | {} | {arg} | {} | {effect} | {} |\n",
                op.name(),
                op.number(),
                op.caches(),
                op.doc()
            ));
        }
    }
    format!("{real}\n{pseudo}")
}

/// A stack effect for the docs: a number, or the table's formula.
fn effect_text(op: Opcode) -> String {
    let samples = [(0, false), (0, true), (3, false), (3, true), (0x102, false)];
    let first = op.stack_effect(0, false);
    if samples.iter().all(|&(a, j)| op.stack_effect(a, j) == first) {
        first.to_string()
    } else {
        format!("`{}`", op.stack_effect_source().replace('\n', " "))
    }
}

/// How many `EXTENDED_ARG` prefixes an argument needs.
#[inline]
pub fn extended_args(arg: u32) -> u32 {
    u32::from(arg > 0xFF) + u32::from(arg > 0xFFFF) + u32::from(arg > 0xFF_FFFF)
}

/// `dis.cmp_op`: the `COMPARE_OP` arguments.
pub const CMP_OP: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// `BINARY_OP` arguments (`NB_*`) and their symbols, in CPython's order.
pub const NB_OPS: [(&str, &str); 26] = [
    ("NB_ADD", "+"),
    ("NB_AND", "&"),
    ("NB_FLOOR_DIVIDE", "//"),
    ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"),
    ("NB_MULTIPLY", "*"),
    ("NB_REMAINDER", "%"),
    ("NB_OR", "|"),
    ("NB_POWER", "**"),
    ("NB_RSHIFT", ">>"),
    ("NB_SUBTRACT", "-"),
    ("NB_TRUE_DIVIDE", "/"),
    ("NB_XOR", "^"),
    ("NB_INPLACE_ADD", "+="),
    ("NB_INPLACE_AND", "&="),
    ("NB_INPLACE_FLOOR_DIVIDE", "//="),
    ("NB_INPLACE_LSHIFT", "<<="),
    ("NB_INPLACE_MATRIX_MULTIPLY", "@="),
    ("NB_INPLACE_MULTIPLY", "*="),
    ("NB_INPLACE_REMAINDER", "%="),
    ("NB_INPLACE_OR", "|="),
    ("NB_INPLACE_POWER", "**="),
    ("NB_INPLACE_RSHIFT", ">>="),
    ("NB_INPLACE_SUBTRACT", "-="),
    ("NB_INPLACE_TRUE_DIVIDE", "/="),
    ("NB_INPLACE_XOR", "^="),
];

/// The `NB_*` numbers `BINARY_OP` takes.
pub mod nb {
    /// `NB_ADD`.
    pub const ADD: u32 = 0;
    /// `NB_AND`.
    pub const AND: u32 = 1;
    /// `NB_FLOOR_DIVIDE`.
    pub const FLOOR_DIVIDE: u32 = 2;
    /// `NB_LSHIFT`.
    pub const LSHIFT: u32 = 3;
    /// `NB_MATRIX_MULTIPLY`.
    pub const MATRIX_MULTIPLY: u32 = 4;
    /// `NB_MULTIPLY`.
    pub const MULTIPLY: u32 = 5;
    /// `NB_REMAINDER`.
    pub const REMAINDER: u32 = 6;
    /// `NB_OR`.
    pub const OR: u32 = 7;
    /// `NB_POWER`.
    pub const POWER: u32 = 8;
    /// `NB_RSHIFT`.
    pub const RSHIFT: u32 = 9;
    /// `NB_SUBTRACT`.
    pub const SUBTRACT: u32 = 10;
    /// `NB_TRUE_DIVIDE`.
    pub const TRUE_DIVIDE: u32 = 11;
    /// `NB_XOR`.
    pub const XOR: u32 = 12;
    /// Added to a binary operator for its in-place form (`NB_INPLACE_ADD` is 13).
    pub const INPLACE: u32 = 13;
}

/// `MAKE_FUNCTION` flag names, bit 0 first (`dis.MAKE_FUNCTION_FLAGS`).
pub const MAKE_FUNCTION_FLAGS: [&str; 4] = ["defaults", "kwdefaults", "annotations", "closure"];

/// `FORMAT_VALUE` conversions, by the low two bits (`dis.FORMAT_VALUE_CONVERTERS`).
pub const FORMAT_VALUE_CONVERTERS: [&str; 4] = ["", "str", "repr", "ascii"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip() {
        for &op in Opcode::ALL {
            assert_eq!(Opcode::from_number(op.number()), Some(op));
            assert_eq!(Opcode::from_name(op.name()), Some(op));
        }
    }

    #[test]
    fn sizes_count_caches_and_extended_args() {
        assert_eq!(Opcode::LOAD_GLOBAL.size(3), 6);
        assert_eq!(Opcode::LOAD_FAST.size(300), 2);
        assert_eq!(Opcode::POP_TOP.size(999), 1);
        assert_eq!(Opcode::LOAD_CONST.size(1 << 24), 4);
    }

    #[test]
    fn stack_effects_follow_cpython() {
        assert_eq!(Opcode::FOR_ITER.stack_effect(0, false), 1);
        assert_eq!(Opcode::FOR_ITER.stack_effect(0, true), -1);
        assert_eq!(Opcode::MAKE_FUNCTION.stack_effect(0xF, false), -4);
        assert_eq!(Opcode::UNPACK_EX.stack_effect(0x102, false), 3);
        assert_eq!(Opcode::SETUP_CLEANUP.stack_effect(0, true), 2);
    }
}
