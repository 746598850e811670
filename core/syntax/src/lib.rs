//! PVM's syntax front end: lexer, lossless parser, CST, AST lowering, and
//! CPython-compatible syntax errors.
//!
//! Architecture invariant: this crate knows nothing about bytecode, salsa
//! or LSP. The tree is a value: parsing never fails and never panics.

pub mod ast;
pub mod cst;
pub mod error;
pub mod fxhash;
pub mod lexer;
pub mod line_index;
mod lower;
mod parser;
pub mod pyrepr;
mod reparse;
pub mod source;
mod syntax_kind;
mod syntax_node;
pub mod tokenize;

pub use error::{ErrorKind, SyntaxError};
pub use line_index::LineIndex;
pub use lower::{lower, lower_parsed, lower_statements, parse_module};
pub use reparse::reparse;
pub use rowan::{TextRange, TextSize};
pub use syntax_kind::SyntaxKind;
pub use syntax_node::{Parse, PythonLanguage, SyntaxElement, SyntaxNode, SyntaxToken};

/// Parses Python source text into a lossless tree and its syntax errors.
pub fn parse(text: &str) -> Parse {
    let lexed = lexer::lex(text);
    let (events, parse_errors) = parser::parse_events(text, &lexed);
    let green = parser::build_tree(text, &lexed, events);
    Parse::new(text, green, lexed.errors, parse_errors)
}
