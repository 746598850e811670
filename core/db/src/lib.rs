//! PVM's salsa database: the syntax front end and the compiler as
//! incremental queries, shared by `pvm check` and the language server.
//!
//! Inputs are a [`SourceFile`] per document and the [`Settings`]. Queries:
//! [`parse`] (CST and syntax errors), [`ast`], [`line_index`], [`analysis`]
//! (symbol tables and compile errors), [`diagnostics`], and code objects
//! per *unit* ([`units`]): the module and every `def`/`class` nested only in
//! classes is compiled on its own, from its own text, so an edit inside one
//! function recompiles that function (and the bodies that contain it), not
//! the others.
//!
//! Architecture invariant: this crate knows nothing of LSP. Positions are
//! byte offsets and 1-based lines; the server converts them.

mod bytecode;
mod code;
mod database;
mod front;
mod input;
mod report;
mod shift;
mod syntax;
mod unit_tree;

pub use bytecode::{dis_at, DisTarget};
pub use code::{module_code, placed_code, unit_code, Unit};
pub use database::Database;
pub use front::{analysis, compile_errors};
pub use input::{Settings, SourceFile};
pub use report::{diagnostics, Diagnostic};
/// Raised (as a panic payload) in a query on a clone when the database
/// changes; reads catch it with `Cancelled::catch`.
pub use salsa::Cancelled;
pub use syntax::{ast, line_index, parse, Lowered};
pub use unit_tree::{unit_at_line, units, UnitInfo, UnitKind, MODULE_KEY};
