//! The raw facts about a name (CPython's `DEF_*` bits, same values) and the
//! scope the analysis gives it (CPython's `LOCAL` ... `CELL`, same values).

use std::ops::{BitOr, BitOrAssign};

/// What pass 1 saw a name do in one scope: a set of CPython's `DEF_*` bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SymbolFlags(u16);

impl SymbolFlags {
    /// `DEF_GLOBAL`: named in a `global` statement (or bound by a walrus at module level).
    pub const GLOBAL: SymbolFlags = SymbolFlags(1);
    /// `DEF_LOCAL`: assigned to in this scope.
    pub const LOCAL: SymbolFlags = SymbolFlags(2);
    /// `DEF_PARAM`: a parameter.
    pub const PARAM: SymbolFlags = SymbolFlags(4);
    /// `DEF_NONLOCAL`: named in a `nonlocal` statement (or bound by a walrus in a comprehension).
    pub const NONLOCAL: SymbolFlags = SymbolFlags(8);
    /// `USE`: read.
    pub const USE: SymbolFlags = SymbolFlags(16);
    /// `DEF_FREE`: unused by CPython 3.11, kept for the numbering.
    pub const FREE: SymbolFlags = SymbolFlags(32);
    /// `DEF_FREE_CLASS`: bound in a class and free in one of its methods.
    pub const FREE_CLASS: SymbolFlags = SymbolFlags(64);
    /// `DEF_IMPORT`: bound by an import.
    pub const IMPORT: SymbolFlags = SymbolFlags(128);
    /// `DEF_ANNOT`: annotated (`x: int`).
    pub const ANNOT: SymbolFlags = SymbolFlags(256);
    /// `DEF_COMP_ITER`: a comprehension's iteration variable.
    pub const COMP_ITER: SymbolFlags = SymbolFlags(512);
    /// `DEF_BOUND`: any binding (local, parameter or import).
    pub const BOUND: SymbolFlags = SymbolFlags(2 | 4 | 128);

    /// No flag.
    pub const fn empty() -> SymbolFlags {
        SymbolFlags(0)
    }

    /// The flags from CPython's numbering.
    pub const fn from_bits(bits: u16) -> SymbolFlags {
        SymbolFlags(bits)
    }

    /// CPython's numbering of these flags.
    pub const fn bits(self) -> u16 {
        self.0
    }

    /// Whether any flag of `other` is set.
    pub const fn intersects(self, other: SymbolFlags) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether every flag of `other` is set.
    pub const fn contains(self, other: SymbolFlags) -> bool {
        self.0 & other.0 == other.0
    }
}

impl BitOr for SymbolFlags {
    type Output = SymbolFlags;
    fn bitor(self, rhs: SymbolFlags) -> SymbolFlags {
        SymbolFlags(self.0 | rhs.0)
    }
}

impl BitOrAssign for SymbolFlags {
    fn bitor_assign(&mut self, rhs: SymbolFlags) {
        self.0 |= rhs.0;
    }
}

/// Where a name lives at run time, as CPython's analysis decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SymbolScope {
    /// `LOCAL`: a local of this scope (fast local in functions, namespace entry elsewhere).
    Local = 1,
    /// `GLOBAL_EXPLICIT`: declared `global` here.
    GlobalExplicit = 2,
    /// `GLOBAL_IMPLICIT`: not bound in any enclosing function: global or builtin.
    GlobalImplicit = 3,
    /// `FREE`: bound in an enclosing function scope.
    Free = 4,
    /// `CELL`: local here and free in a nested scope.
    Cell = 5,
}

impl SymbolScope {
    /// CPython's number for this scope (`symbols[name] >> SCOPE_OFF`).
    pub fn number(self) -> u32 {
        self as u32
    }
}
