//! Builds rowan green nodes directly, with a per-thread token cache.
//!
//! rowan's own `GreenNodeBuilder` hashes every token and every small node
//! into a cache that starts empty for each file; that was over half of the
//! parse time. Here tokens whose text is fixed by their kind (operators,
//! keywords) come from an array indexed by kind, and names, whitespace and
//! short numbers from a small open-addressing table that lives as long as
//! the thread, so the common tokens of the next file are already built.
//! Nodes are built without deduplication: hashing them cost more than it
//! saved.

use super::sink::TreeSink;
use crate::fxhash::FxHasher;
use crate::SyntaxKind::{self, *};
use rowan::{GreenNode, GreenToken, NodeOrToken};
use std::cell::Cell;
use std::hash::Hasher;

type GreenElement = NodeOrToken<GreenNode, GreenToken>;

/// Slots in the interning table (a power of two). At half full the table
/// is emptied, so it never holds more than this many tokens alive.
const TABLE_SLOTS: usize = 1 << 14;

/// Tokens longer than this are built fresh: long names, numbers and
/// whitespace rarely repeat, and hashing them would cost more than it saves.
const MAX_INTERNED_LEN: usize = 24;

/// The tokens reused across parses on one thread.
#[derive(Default)]
struct TokenCache {
    /// One token per fixed-text kind (`LPAR..=YIELD_KW`), by kind.
    fixed: Vec<Option<GreenToken>>,
    /// Open addressing over `(kind, text)` with linear probing; each slot
    /// keeps the hash so that probing past other tokens reads no text.
    table: Vec<(u64, Option<GreenToken>)>,
    used: usize,
}

thread_local! {
    /// Empty while a builder on this thread has the cache (nested parses
    /// then build their tokens fresh).
    static CACHE: Cell<Option<Box<TokenCache>>> = Cell::new(Some(Box::new(TokenCache {
        fixed: vec![None; (YIELD_KW as usize) - (LPAR as usize) + 1],
        table: vec![(0, None); TABLE_SLOTS],
        used: 0,
    })));
}

impl TokenCache {
    #[inline]
    fn token(&mut self, kind: SyntaxKind, text: &str) -> GreenToken {
        if (LPAR..=YIELD_KW).contains(&kind) {
            if let Some(slot) = self.fixed.get_mut(kind as usize - LPAR as usize) {
                // The lexer gives these kinds to one spelling only.
                match slot {
                    Some(tok) if tok.text().len() == text.len() => {
                        debug_assert_eq!(tok.text(), text);
                        return tok.clone();
                    }
                    Some(_) => {}
                    None => return slot.insert(GreenToken::new(kind.into(), text)).clone(),
                }
            }
            return GreenToken::new(kind.into(), text);
        }
        let interned = matches!(
            kind,
            NAME | WHITESPACE | NEWLINE | NL | INDENT | DEDENT | NUMBER | EOF
        );
        if !interned || text.len() > MAX_INTERNED_LEN || self.table.is_empty() {
            return GreenToken::new(kind.into(), text);
        }
        let mut h = FxHasher::default();
        h.write(text.as_bytes());
        h.write_u32(kind as u32);
        let hash = h.finish();
        let mask = self.table.len() - 1;
        let mut i = hash as usize & mask;
        while let (slot_hash, Some(tok)) = &self.table[i] {
            if *slot_hash == hash && tok.kind() == kind.into() && tok.text() == text {
                return tok.clone();
            }
            i = (i + 1) & mask;
        }
        if self.used >= self.table.len() / 2 {
            self.table.iter_mut().for_each(|slot| *slot = (0, None));
            self.used = 0;
            return GreenToken::new(kind.into(), text);
        }
        self.used += 1;
        let tok = GreenToken::new(kind.into(), text);
        self.table[i] = (hash, Some(tok.clone()));
        tok
    }
}

/// Assembles a green tree bottom-up: `start_node`, `token`, `finish_node`.
pub(crate) struct TreeBuilder {
    /// Open nodes: kind and index of their first child in `children`.
    parents: Vec<(SyntaxKind, usize)>,
    children: Vec<GreenElement>,
    /// This thread's token cache, taken for the builder's lifetime.
    cache: Box<TokenCache>,
}

impl TreeBuilder {
    /// An empty builder.
    pub(crate) fn new() -> Self {
        TreeBuilder {
            parents: Vec::with_capacity(64),
            children: Vec::with_capacity(256),
            cache: CACHE.with(Cell::take).unwrap_or_default(),
        }
    }

    /// The finished root (the one node left).
    pub(crate) fn finish(mut self) -> GreenNode {
        assert!(
            self.parents.is_empty() && self.children.len() == 1,
            "unbalanced tree"
        );
        match self.children.pop() {
            Some(NodeOrToken::Node(node)) => node,
            _ => unreachable!("the root is a node"),
        }
    }
}

impl TreeSink for TreeBuilder {
    #[inline]
    fn start_node(&mut self, kind: SyntaxKind) {
        self.parents.push((kind, self.children.len()));
    }

    #[inline]
    fn token(&mut self, kind: SyntaxKind, text: &str, _start: u32) {
        let token = self.cache.token(kind, text);
        self.children.push(NodeOrToken::Token(token));
    }

    #[inline]
    fn finish_node(&mut self) {
        let (kind, first) = self.parents.pop().expect("finish_node without start_node");
        let node = GreenNode::new(kind.into(), self.children.drain(first..));
        self.children.push(NodeOrToken::Node(node));
    }
}

impl Drop for TreeBuilder {
    /// Gives the cache back to the thread (a nested builder's empty one is
    /// dropped instead).
    fn drop(&mut self) {
        if !self.cache.table.is_empty() {
            let cache = std::mem::take(&mut self.cache);
            CACHE.with(|slot| slot.set(Some(cache)));
        }
    }
}
