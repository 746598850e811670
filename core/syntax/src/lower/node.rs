//! A borrowed view of the flat tree for lowering.
//!
//! A [`Node`] or [`Tok`] is the tree plus an entry index: copying one is
//! free, iterating children steps over subtrees by their end index, and a
//! token's text is a slice of the source. The methods mirror the rowan
//! ones lowering was first written against, so the lowering code reads
//! the same.

use crate::parser::flat::{Entry, FlatTree};
use crate::SyntaxKind;
use rowan::{NodeOrToken, TextRange};

/// A node of the tree.
#[derive(Clone, Copy)]
pub(crate) struct Node<'a> {
    tree: &'a FlatTree<'a>,
    index: u32,
}

/// A token of the tree.
#[derive(Clone, Copy)]
pub(crate) struct Tok<'a> {
    tree: &'a FlatTree<'a>,
    index: u32,
}

/// A child node or token.
pub(crate) type Element<'a> = NodeOrToken<Node<'a>, Tok<'a>>;

fn range_of(entry: &Entry) -> TextRange {
    TextRange::new(entry.start.into(), entry.end.into())
}

impl<'a> Node<'a> {
    /// The root node of `tree`.
    pub(crate) fn root(tree: &'a FlatTree<'a>) -> Node<'a> {
        Node { tree, index: 0 }
    }

    fn entry(&self) -> &'a Entry {
        self.tree.entry(self.index)
    }

    /// The node's kind.
    #[inline]
    pub(crate) fn kind(&self) -> SyntaxKind {
        self.entry().kind
    }

    /// The node's range in the text it was parsed from.
    #[inline]
    pub(crate) fn text_range(&self) -> TextRange {
        range_of(self.entry())
    }

    /// The child nodes and tokens, in order.
    pub(crate) fn children_with_tokens(&self) -> impl Iterator<Item = Element<'a>> + 'a {
        let tree = self.tree;
        let end = self.entry().last;
        let mut index = self.index + 1;
        std::iter::from_fn(move || {
            if index >= end {
                return None;
            }
            let at = index;
            let entry = tree.entry(at);
            Some(if entry.is_token() {
                index += 1;
                NodeOrToken::Token(Tok { tree, index: at })
            } else {
                index = entry.last;
                NodeOrToken::Node(Node { tree, index: at })
            })
        })
    }

    /// The child nodes, in order.
    pub(crate) fn children(&self) -> impl Iterator<Item = Node<'a>> + 'a {
        self.children_with_tokens()
            .filter_map(NodeOrToken::into_node)
    }

    /// The last token of the subtree (in text order) that `keep` accepts.
    pub(crate) fn last_token_where(&self, keep: &impl Fn(SyntaxKind) -> bool) -> Option<Tok<'a>> {
        // Preorder lists a subtree's tokens in text order.
        (self.index + 1..self.entry().last)
            .rev()
            .find(|&i| {
                let entry = self.tree.entry(i);
                entry.is_token() && keep(entry.kind)
            })
            .map(|index| Tok {
                tree: self.tree,
                index,
            })
    }
}

impl<'a> Tok<'a> {
    fn entry(&self) -> &'a Entry {
        self.tree.entry(self.index)
    }

    /// The token's kind.
    #[inline]
    pub(crate) fn kind(&self) -> SyntaxKind {
        self.entry().kind
    }

    /// The token's text.
    #[inline]
    pub(crate) fn text(&self) -> &'a str {
        let entry = self.entry();
        &self.tree.src()[entry.start as usize..entry.end as usize]
    }

    /// The token's range in the text it was parsed from.
    #[inline]
    pub(crate) fn text_range(&self) -> TextRange {
        range_of(self.entry())
    }
}
