//! Typed views of the lossless tree, for editor features.
//!
//! Every node kind of [`SyntaxKind`] has a wrapper struct (declared in
//! `nodes.rs`) that is a [`SyntaxNode`] known to be of that kind; the enums
//! [`Stmt`], [`Expr`] and [`Pattern`] group the statement, expression and
//! pattern kinds. Accessors return `Option` and never panic: the parser
//! recovers from errors, so any child may be missing from a real tree.
//!
//! ```
//! use pvm_syntax::cst::{CstNode, SourceFile, Stmt};
//! let parse = pvm_syntax::parse("def f(x): pass\n");
//! let file = SourceFile::cast(parse.syntax()).unwrap();
//! let Some(Stmt::FunctionDef(f)) = file.statements().next() else { panic!() };
//! assert_eq!(f.name_text().as_deref(), Some("f"));
//! ```

mod defs;
mod expr;
mod nodes;
mod pattern;
mod stmt;
#[cfg(test)]
mod tests;

pub use nodes::*;

use crate::{SyntaxElement, SyntaxKind, SyntaxNode, SyntaxToken};

/// A typed view of a [`SyntaxNode`] of one kind (or one of a set of kinds).
pub trait CstNode: Sized {
    /// True if a node of `kind` can be viewed as `Self`.
    fn can_cast(kind: SyntaxKind) -> bool;
    /// Views `node` as `Self`, if its kind allows it.
    fn cast(node: SyntaxNode) -> Option<Self>;
    /// The underlying untyped node.
    fn syntax(&self) -> &SyntaxNode;
}

/// The child nodes of `parent` that cast to `N`, in source order.
pub fn children<N: CstNode>(parent: &SyntaxNode) -> impl Iterator<Item = N> {
    parent.children().filter_map(N::cast)
}

/// The first child node of `parent` that casts to `N`.
pub fn child<N: CstNode>(parent: &SyntaxNode) -> Option<N> {
    children(parent).next()
}

/// The `n`-th (from 0) child node of `parent` that casts to `N`.
pub fn nth_child<N: CstNode>(parent: &SyntaxNode, n: usize) -> Option<N> {
    children(parent).nth(n)
}

/// The first direct child token of `parent` of the given kind.
pub fn token(parent: &SyntaxNode, kind: SyntaxKind) -> Option<SyntaxToken> {
    tokens(parent, kind).next()
}

/// The direct child tokens of `parent` of the given kind, in source order.
pub fn tokens(parent: &SyntaxNode, kind: SyntaxKind) -> impl Iterator<Item = SyntaxToken> {
    parent
        .children_with_tokens()
        .filter_map(SyntaxElement::into_token)
        .filter(move |t| t.kind() == kind)
}

/// The first child node castable to `N` that comes after the first direct
/// child token of kind `after` (e.g. the iterable after `in`).
pub fn child_after<N: CstNode>(parent: &SyntaxNode, after: SyntaxKind) -> Option<N> {
    parent
        .children_with_tokens()
        .skip_while(|e| !is_token(e, after))
        .skip(1)
        .filter_map(SyntaxElement::into_node)
        .find_map(N::cast)
}

/// The first child node castable to `N` that comes before the first direct
/// child token of kind `before` (or anywhere if there is none).
pub fn child_before<N: CstNode>(parent: &SyntaxNode, before: SyntaxKind) -> Option<N> {
    parent
        .children_with_tokens()
        .take_while(|e| !is_token(e, before))
        .filter_map(SyntaxElement::into_node)
        .find_map(N::cast)
}

/// The first direct child token of kind `kind` that comes after the first
/// direct child token of kind `after` (e.g. the name after `as`).
pub fn token_after(
    parent: &SyntaxNode,
    after: SyntaxKind,
    kind: SyntaxKind,
) -> Option<SyntaxToken> {
    parent
        .children_with_tokens()
        .skip_while(|e| !is_token(e, after))
        .skip(1)
        .filter_map(SyntaxElement::into_token)
        .find(|t| t.kind() == kind)
}

/// The first direct child token of kind `kind` that comes before the first
/// direct child token of kind `before` (or anywhere if there is none).
pub fn token_before(
    parent: &SyntaxNode,
    before: SyntaxKind,
    kind: SyntaxKind,
) -> Option<SyntaxToken> {
    parent
        .children_with_tokens()
        .take_while(|e| !is_token(e, before))
        .filter_map(SyntaxElement::into_token)
        .find(|t| t.kind() == kind)
}

fn is_token(element: &SyntaxElement, kind: SyntaxKind) -> bool {
    element.as_token().is_some_and(|t| t.kind() == kind)
}

/// Declares one wrapper struct per node kind, its `CstNode` impl, and the
/// list of kinds covered.
macro_rules! cst_nodes {
    ($($(#[$attr:meta])* $name:ident = $kind:ident;)*) => {
        $(
            $(#[$attr])*
            #[derive(Debug, Clone, PartialEq, Eq, Hash)]
            pub struct $name(SyntaxNode);

            impl CstNode for $name {
                fn can_cast(kind: SyntaxKind) -> bool {
                    kind == SyntaxKind::$kind
                }
                fn cast(node: SyntaxNode) -> Option<Self> {
                    Self::can_cast(node.kind()).then(|| $name(node))
                }
                fn syntax(&self) -> &SyntaxNode {
                    &self.0
                }
            }

            impl std::fmt::Display for $name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    std::fmt::Display::fmt(&self.0, f)
                }
            }
        )*

        /// Every node kind that has a wrapper struct.
        pub const NODE_KINDS: &[SyntaxKind] = &[$(SyntaxKind::$kind),*];

        /// True if `node` casts to the wrapper struct of its kind.
        #[cfg(test)]
        pub(crate) fn casts_to_wrapper(node: &SyntaxNode) -> bool {
            match node.kind() {
                $(SyntaxKind::$kind => $name::cast(node.clone()).is_some(),)*
                _ => false,
            }
        }
    };
}

/// Declares an enum over wrapper structs (variant named after its struct),
/// with `CstNode`, `From` and `Display`.
macro_rules! cst_enum {
    ($(#[$attr:meta])* $enum:ident { $($variant:ident),* $(,)? }) => {
        $(#[$attr])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $enum {
            $(
                #[allow(missing_docs)]
                $variant($variant),
            )*
        }

        impl CstNode for $enum {
            fn can_cast(kind: SyntaxKind) -> bool {
                false $(|| $variant::can_cast(kind))*
            }
            fn cast(node: SyntaxNode) -> Option<Self> {
                $(if $variant::can_cast(node.kind()) {
                    return $variant::cast(node).map($enum::$variant);
                })*
                None
            }
            fn syntax(&self) -> &SyntaxNode {
                match self {
                    $($enum::$variant(it) => it.syntax(),)*
                }
            }
        }

        $(
            impl From<$variant> for $enum {
                fn from(it: $variant) -> $enum {
                    $enum::$variant(it)
                }
            }
        )*

        impl std::fmt::Display for $enum {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Display::fmt(self.syntax(), f)
            }
        }
    };
}

use {cst_enum, cst_nodes};

/// The text of an optional token, owned.
fn text_of(token: Option<SyntaxToken>) -> Option<String> {
    token.map(|t| t.text().to_string())
}
