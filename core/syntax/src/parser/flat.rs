//! The flat syntax tree: every node and non-trivia token of the lossless
//! tree in one vector, in preorder.
//!
//! Lowering to the AST reads each node once or twice and then drops the
//! tree, so it needs none of what the rowan green tree is for (sharing,
//! cheap edits, parent pointers). Building and freeing a green node per
//! node and a reference-counted token per token was over a quarter of a
//! parse + compile; this tree is two vectors' worth of allocation. It holds
//! the same nodes and tokens as the green tree built from the same events
//! (only the trivia, which lowering skips, is left out), so lowering gives
//! the same AST either way.

use super::sink::TreeSink;
use crate::SyntaxKind;
use rowan::{GreenNodeData, NodeOrToken};

/// One node or token: its kind, its byte range in the source and, for a
/// node, where its subtree ends.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    pub(crate) kind: SyntaxKind,
    pub(crate) start: u32,
    pub(crate) end: u32,
    /// For a node, the index just past its last descendant; 0 for a token
    /// (no node can end at index 0: the root itself is there).
    pub(crate) last: u32,
}

impl Entry {
    /// True for a token, false for a node.
    #[inline]
    pub(crate) fn is_token(&self) -> bool {
        self.last == 0
    }
}

/// A lossless syntax tree of `src` as a preorder vector; entry 0 is the root.
pub(crate) struct FlatTree<'s> {
    src: &'s str,
    entries: Vec<Entry>,
}

impl<'s> FlatTree<'s> {
    /// The tree of the green node `green`, which starts at byte `offset`
    /// of `src` (the language server lowers trees it already holds).
    pub(crate) fn from_green(src: &'s str, green: &GreenNodeData, offset: u32) -> FlatTree<'s> {
        let mut builder = FlatBuilder::new(src, 0);
        builder.offset = offset;
        builder.add_green(green);
        builder.finish()
    }

    /// The source text the ranges index.
    #[inline]
    pub(crate) fn src(&self) -> &'s str {
        self.src
    }

    /// The entry at `index`.
    #[inline]
    pub(crate) fn entry(&self, index: u32) -> &Entry {
        &self.entries[index as usize]
    }
}

/// Builds a [`FlatTree`] from start-node, token and finish-node calls.
pub(crate) struct FlatBuilder<'s> {
    src: &'s str,
    entries: Vec<Entry>,
    /// Indices of the open nodes, innermost last.
    open: Vec<u32>,
    /// Where the next token starts.
    offset: u32,
}

impl<'s> FlatBuilder<'s> {
    /// An empty builder for a tree of `src`, sized for `capacity` entries.
    pub(crate) fn new(src: &'s str, capacity: usize) -> Self {
        FlatBuilder {
            src,
            entries: Vec::with_capacity(capacity),
            open: Vec::with_capacity(64),
            offset: 0,
        }
    }

    /// Adds the green subtree `node` (recursive: tree depth is bounded by
    /// the parser's nesting limit, and lowering recurses as deep).
    fn add_green(&mut self, node: &GreenNodeData) {
        self.start_node(SyntaxKind::from_raw(node.kind().0));
        for child in node.children() {
            match child {
                NodeOrToken::Node(n) => self.add_green(n),
                NodeOrToken::Token(t) => {
                    self.token(SyntaxKind::from_raw(t.kind().0), t.text(), self.offset);
                }
            }
        }
        self.finish_node();
    }

    /// How many nodes are open.
    #[inline]
    pub(crate) fn depth(&self) -> usize {
        self.open.len()
    }

    /// Opens a node that starts at byte `start`.
    #[inline]
    pub(crate) fn start_node_at(&mut self, kind: SyntaxKind, start: u32) {
        self.offset = start;
        self.start_node(kind);
    }

    /// Adds the (non-trivia) token `start..end`.
    #[inline]
    pub(crate) fn token_at(&mut self, kind: SyntaxKind, start: u32, end: u32) {
        self.entries.push(Entry {
            kind,
            start,
            end,
            last: 0,
        });
        self.offset = end;
    }

    /// Closes the innermost open node, which ends at byte `end`.
    #[inline]
    pub(crate) fn finish_node_at(&mut self, end: u32) {
        self.offset = end;
        self.finish_node();
    }

    /// The finished tree.
    pub(crate) fn finish(self) -> FlatTree<'s> {
        assert!(
            self.open.is_empty() && !self.entries.is_empty(),
            "unbalanced tree"
        );
        FlatTree {
            src: self.src,
            entries: self.entries,
        }
    }
}

impl TreeSink for FlatBuilder<'_> {
    #[inline]
    fn start_node(&mut self, kind: SyntaxKind) {
        self.open.push(self.entries.len() as u32);
        self.entries.push(Entry {
            kind,
            start: self.offset,
            end: self.offset,
            last: u32::MAX,
        });
    }

    #[inline]
    fn token(&mut self, kind: SyntaxKind, text: &str, start: u32) {
        let end = start + text.len() as u32;
        self.offset = end;
        // Lowering never reads trivia; leaving it out makes the tree
        // smaller and every child walk shorter.
        if !kind.is_trivia() {
            self.token_at(kind, start, end);
        }
    }

    #[inline]
    fn finish_node(&mut self) {
        let index = self.open.pop().expect("finish_node without start_node");
        let last = self.entries.len() as u32;
        let entry = &mut self.entries[index as usize];
        entry.end = self.offset;
        entry.last = last;
    }
}
