//! A borrowed view of the green tree for lowering.
//!
//! rowan's red `SyntaxNode`s allocate (and later free) a cursor for every
//! node or token they visit; lowering visits each node a few times and
//! never needs parents or siblings, so it walks the green tree directly:
//! a [`Node`] is a green node plus its absolute offset, and iterating its
//! children only adds up text lengths. The methods mirror the rowan ones
//! lowering used, so the lowering code reads the same.

use crate::SyntaxKind;
use rowan::{GreenNodeData, GreenTokenData, NodeOrToken, TextRange, TextSize};

/// A node of the tree: its green data and where it starts.
#[derive(Clone, Copy)]
pub(crate) struct Node<'a> {
    green: &'a GreenNodeData,
    offset: TextSize,
}

/// A token of the tree: its green data and where it starts.
#[derive(Clone, Copy)]
pub(crate) struct Tok<'a> {
    green: &'a GreenTokenData,
    offset: TextSize,
}

/// A child node or token.
pub(crate) type Element<'a> = NodeOrToken<Node<'a>, Tok<'a>>;

fn kind_of(raw: rowan::SyntaxKind) -> SyntaxKind {
    SyntaxKind::from_raw(raw.0)
}

impl<'a> Node<'a> {
    /// The node `green` starting at `offset`.
    pub(crate) fn new(green: &'a GreenNodeData, offset: TextSize) -> Node<'a> {
        Node { green, offset }
    }

    /// The node's kind.
    #[inline]
    pub(crate) fn kind(&self) -> SyntaxKind {
        kind_of(self.green.kind())
    }

    /// The node's range in the text it was parsed from.
    #[inline]
    pub(crate) fn text_range(&self) -> TextRange {
        TextRange::at(self.offset, self.green.text_len())
    }

    /// The child nodes and tokens, in order.
    pub(crate) fn children_with_tokens(&self) -> impl Iterator<Item = Element<'a>> + 'a {
        let mut offset = self.offset;
        self.green.children().map(move |child| {
            let at = offset;
            match child {
                NodeOrToken::Node(n) => {
                    offset += n.text_len();
                    NodeOrToken::Node(Node::new(n, at))
                }
                NodeOrToken::Token(t) => {
                    offset += t.text_len();
                    NodeOrToken::Token(Tok {
                        green: t,
                        offset: at,
                    })
                }
            }
        })
    }

    /// The child nodes, in order.
    pub(crate) fn children(&self) -> impl Iterator<Item = Node<'a>> + 'a {
        self.children_with_tokens()
            .filter_map(NodeOrToken::into_node)
    }

    /// The last token of the subtree (in text order) that `keep` accepts.
    pub(crate) fn last_token_where(&self, keep: &impl Fn(SyntaxKind) -> bool) -> Option<Tok<'a>> {
        let mut end = self.offset + self.green.text_len();
        for child in self.green.children().rev() {
            match child {
                NodeOrToken::Node(n) => {
                    let start = end - n.text_len();
                    if let Some(t) = Node::new(n, start).last_token_where(keep) {
                        return Some(t);
                    }
                    end = start;
                }
                NodeOrToken::Token(t) => {
                    let start = end - t.text_len();
                    if keep(kind_of(t.kind())) {
                        return Some(Tok {
                            green: t,
                            offset: start,
                        });
                    }
                    end = start;
                }
            }
        }
        None
    }
}

impl<'a> Tok<'a> {
    /// The token's kind.
    #[inline]
    pub(crate) fn kind(&self) -> SyntaxKind {
        kind_of(self.green.kind())
    }

    /// The token's text.
    #[inline]
    pub(crate) fn text(&self) -> &'a str {
        self.green.text()
    }

    /// The token's range in the text it was parsed from.
    #[inline]
    pub(crate) fn text_range(&self) -> TextRange {
        TextRange::at(self.offset, self.green.text_len())
    }
}
