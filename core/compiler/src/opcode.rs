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

/// `HAVE_ARGUMENT`: real opcodes from this number on take an argument.
pub const HAVE_ARGUMENT: u16 = 90;

/// Defines [`Opcode`] and its tables from one list of rows:
/// `NAME = number, caches, arg kind, |oparg, jump| stack effect;`.
macro_rules! opcodes {
    ($($name:ident = $num:literal, $caches:literal, $kind:ident, |$a:pat_param, $j:pat_param| $effect:expr;)*) => {
        /// A CPython 3.11 opcode (or one of the compiler's pseudo-instructions).
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u16)]
        pub enum Opcode {
            $(
                #[doc = concat!("`", stringify!($name), "`")]
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

            /// How many inline `CACHE` code units follow the instruction.
            pub fn caches(self) -> u32 {
                match self {
                    $(Opcode::$name => $caches,)*
                }
            }

            /// What the argument means.
            pub fn arg_kind(self) -> ArgKind {
                match self {
                    $(Opcode::$name => ArgKind::$kind,)*
                }
            }

            /// The net stack effect (CPython's `stack_effect`): when
            /// `jump` is true, the effect on the path that jumps (for
            /// `SETUP_*`, the path to the handler).
            #[allow(unused_variables, clippy::redundant_locals)]
            pub fn stack_effect(self, oparg: u32, jump: bool) -> i32 {
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
    CACHE = 0, 0, None, |_, _| 0;
    POP_TOP = 1, 0, None, |_, _| -1;
    PUSH_NULL = 2, 0, None, |_, _| 1;
    NOP = 9, 0, None, |_, _| 0;
    UNARY_POSITIVE = 10, 0, None, |_, _| 0;
    UNARY_NEGATIVE = 11, 0, None, |_, _| 0;
    UNARY_NOT = 12, 0, None, |_, _| 0;
    UNARY_INVERT = 15, 0, None, |_, _| 0;
    BINARY_SUBSCR = 25, 4, None, |_, _| -1;
    GET_LEN = 30, 0, None, |_, _| 1;
    MATCH_MAPPING = 31, 0, None, |_, _| 1;
    MATCH_SEQUENCE = 32, 0, None, |_, _| 1;
    MATCH_KEYS = 33, 0, None, |_, _| 1;
    PUSH_EXC_INFO = 35, 0, None, |_, _| 1;
    CHECK_EXC_MATCH = 36, 0, None, |_, _| 0;
    CHECK_EG_MATCH = 37, 0, None, |_, _| 0;
    WITH_EXCEPT_START = 49, 0, None, |_, _| 1;
    GET_AITER = 50, 0, None, |_, _| 0;
    GET_ANEXT = 51, 0, None, |_, _| 1;
    BEFORE_ASYNC_WITH = 52, 0, None, |_, _| 1;
    BEFORE_WITH = 53, 0, None, |_, _| 1;
    END_ASYNC_FOR = 54, 0, None, |_, _| -2;
    STORE_SUBSCR = 60, 1, None, |_, _| -3;
    DELETE_SUBSCR = 61, 0, None, |_, _| -2;
    GET_ITER = 68, 0, None, |_, _| 0;
    GET_YIELD_FROM_ITER = 69, 0, None, |_, _| 0;
    PRINT_EXPR = 70, 0, None, |_, _| -1;
    LOAD_BUILD_CLASS = 71, 0, None, |_, _| 1;
    LOAD_ASSERTION_ERROR = 74, 0, None, |_, _| 1;
    RETURN_GENERATOR = 75, 0, None, |_, _| 0;
    LIST_TO_TUPLE = 82, 0, None, |_, _| 0;
    RETURN_VALUE = 83, 0, None, |_, _| -1;
    IMPORT_STAR = 84, 0, None, |_, _| -1;
    SETUP_ANNOTATIONS = 85, 0, None, |_, _| 0;
    YIELD_VALUE = 86, 0, None, |_, _| 0;
    ASYNC_GEN_WRAP = 87, 0, None, |_, _| 0;
    PREP_RERAISE_STAR = 88, 0, None, |_, _| -1;
    POP_EXCEPT = 89, 0, None, |_, _| -1;
    STORE_NAME = 90, 0, Name, |_, _| -1;
    DELETE_NAME = 91, 0, Name, |_, _| 0;
    UNPACK_SEQUENCE = 92, 1, Plain, |n, _| n - 1;
    FOR_ITER = 93, 0, JumpForward, |_, j| if j { -1 } else { 1 };
    UNPACK_EX = 94, 0, Plain, |n, _| (n & 0xFF) + (n >> 8);
    STORE_ATTR = 95, 4, Name, |_, _| -2;
    DELETE_ATTR = 96, 0, Name, |_, _| -1;
    STORE_GLOBAL = 97, 0, Name, |_, _| -1;
    DELETE_GLOBAL = 98, 0, Name, |_, _| 0;
    SWAP = 99, 0, Plain, |_, _| 0;
    LOAD_CONST = 100, 0, Const, |_, _| 1;
    LOAD_NAME = 101, 0, Name, |_, _| 1;
    BUILD_TUPLE = 102, 0, Plain, |n, _| 1 - n;
    BUILD_LIST = 103, 0, Plain, |n, _| 1 - n;
    BUILD_SET = 104, 0, Plain, |n, _| 1 - n;
    BUILD_MAP = 105, 0, Plain, |n, _| 1 - 2 * n;
    LOAD_ATTR = 106, 4, Name, |_, _| 0;
    COMPARE_OP = 107, 2, Compare, |_, _| -1;
    IMPORT_NAME = 108, 0, Name, |_, _| -1;
    IMPORT_FROM = 109, 0, Name, |_, _| 1;
    JUMP_FORWARD = 110, 0, JumpForward, |_, _| 0;
    JUMP_IF_FALSE_OR_POP = 111, 0, JumpForward, |_, j| if j { 0 } else { -1 };
    JUMP_IF_TRUE_OR_POP = 112, 0, JumpForward, |_, j| if j { 0 } else { -1 };
    POP_JUMP_FORWARD_IF_FALSE = 114, 0, JumpForward, |_, _| -1;
    POP_JUMP_FORWARD_IF_TRUE = 115, 0, JumpForward, |_, _| -1;
    LOAD_GLOBAL = 116, 5, Name, |n, _| (n & 1) + 1;
    IS_OP = 117, 0, Plain, |_, _| -1;
    CONTAINS_OP = 118, 0, Plain, |_, _| -1;
    RERAISE = 119, 0, Plain, |_, _| -1;
    COPY = 120, 0, Plain, |_, _| 1;
    BINARY_OP = 122, 1, Plain, |_, _| -1;
    SEND = 123, 0, JumpForward, |_, j| if j { -1 } else { 0 };
    LOAD_FAST = 124, 0, Local, |_, _| 1;
    STORE_FAST = 125, 0, Local, |_, _| -1;
    DELETE_FAST = 126, 0, Local, |_, _| 0;
    POP_JUMP_FORWARD_IF_NOT_NONE = 128, 0, JumpForward, |_, _| -1;
    POP_JUMP_FORWARD_IF_NONE = 129, 0, JumpForward, |_, _| -1;
    RAISE_VARARGS = 130, 0, Plain, |n, _| -n;
    GET_AWAITABLE = 131, 0, Plain, |_, _| 0;
    MAKE_FUNCTION = 132, 0, Plain, |n, _| -((n & 0xF).count_ones() as i32);
    BUILD_SLICE = 133, 0, Plain, |n, _| if n == 3 { -2 } else { -1 };
    JUMP_BACKWARD_NO_INTERRUPT = 134, 0, JumpBackward, |_, _| 0;
    MAKE_CELL = 135, 0, Free, |_, _| 0;
    LOAD_CLOSURE = 136, 0, Free, |_, _| 1;
    LOAD_DEREF = 137, 0, Free, |_, _| 1;
    STORE_DEREF = 138, 0, Free, |_, _| -1;
    DELETE_DEREF = 139, 0, Free, |_, _| 0;
    JUMP_BACKWARD = 140, 0, JumpBackward, |_, _| 0;
    CALL_FUNCTION_EX = 142, 0, Plain, |n, _| -2 - (n & 1);
    EXTENDED_ARG = 144, 0, Plain, |_, _| 0;
    LIST_APPEND = 145, 0, Plain, |_, _| -1;
    SET_ADD = 146, 0, Plain, |_, _| -1;
    MAP_ADD = 147, 0, Plain, |_, _| -2;
    LOAD_CLASSDEREF = 148, 0, Free, |_, _| 1;
    COPY_FREE_VARS = 149, 0, Plain, |_, _| 0;
    RESUME = 151, 0, Plain, |_, _| 0;
    MATCH_CLASS = 152, 0, Plain, |_, _| -2;
    FORMAT_VALUE = 155, 0, Plain, |n, _| if n & 0x4 != 0 { -1 } else { 0 };
    BUILD_CONST_KEY_MAP = 156, 0, Plain, |n, _| -n;
    BUILD_STRING = 157, 0, Plain, |n, _| 1 - n;
    LOAD_METHOD = 160, 10, Name, |_, _| 1;
    LIST_EXTEND = 162, 0, Plain, |_, _| -1;
    SET_UPDATE = 163, 0, Plain, |_, _| -1;
    DICT_MERGE = 164, 0, Plain, |_, _| -1;
    DICT_UPDATE = 165, 0, Plain, |_, _| -1;
    PRECALL = 166, 1, Plain, |n, _| -n;
    CALL = 171, 4, Plain, |_, _| -1;
    KW_NAMES = 172, 0, Const, |_, _| 0;
    POP_JUMP_BACKWARD_IF_NOT_NONE = 173, 0, JumpBackward, |_, _| -1;
    POP_JUMP_BACKWARD_IF_NONE = 174, 0, JumpBackward, |_, _| -1;
    POP_JUMP_BACKWARD_IF_FALSE = 175, 0, JumpBackward, |_, _| -1;
    POP_JUMP_BACKWARD_IF_TRUE = 176, 0, JumpBackward, |_, _| -1;
    SETUP_FINALLY = 256, 0, PseudoJump, |_, j| i32::from(j);
    SETUP_CLEANUP = 257, 0, PseudoJump, |_, j| if j { 2 } else { 0 };
    SETUP_WITH = 258, 0, PseudoJump, |_, j| i32::from(j);
    POP_BLOCK = 259, 0, Pseudo, |_, _| 0;
    JUMP = 260, 0, PseudoJump, |_, _| 0;
    JUMP_NO_INTERRUPT = 261, 0, PseudoJump, |_, _| 0;
    POP_JUMP_IF_FALSE = 262, 0, PseudoJump, |_, _| -1;
    POP_JUMP_IF_TRUE = 263, 0, PseudoJump, |_, _| -1;
    POP_JUMP_IF_NONE = 264, 0, PseudoJump, |_, _| -1;
    POP_JUMP_IF_NOT_NONE = 265, 0, PseudoJump, |_, _| -1;
}

impl Opcode {
    /// CPython's opcode number (pseudo-instructions from 256).
    pub fn number(self) -> u16 {
        self as u16
    }

    /// Whether this is one of the compiler's pseudo-instructions.
    pub fn is_pseudo(self) -> bool {
        self.number() >= 256
    }

    /// Whether the instruction carries an argument (`HAS_ARG`).
    pub fn has_arg(self) -> bool {
        if self.is_pseudo() {
            self.arg_kind() == ArgKind::PseudoJump
        } else {
            self.number() >= HAVE_ARGUMENT
        }
    }

    /// Whether the instruction jumps to a label (real or pseudo), not
    /// counting the `SETUP_*` handler pushes.
    pub fn is_jump(self) -> bool {
        match self.arg_kind() {
            ArgKind::JumpForward | ArgKind::JumpBackward => true,
            ArgKind::PseudoJump => !self.is_block_push(),
            _ => false,
        }
    }

    /// Whether this is `SETUP_FINALLY`, `SETUP_CLEANUP` or `SETUP_WITH`.
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
    pub fn size(self, arg: u32) -> u32 {
        let arg = if self.has_arg() { arg } else { 0 };
        extended_args(arg) + 1 + self.caches()
    }
}

/// How many `EXTENDED_ARG` prefixes an argument needs.
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
