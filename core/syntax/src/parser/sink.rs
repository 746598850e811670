//! Replays parser events into a tree (rowan's green tree, or the flat
//! tree lowering reads), re-inserting trivia.

use super::flat::{FlatBuilder, FlatTree};
use super::green::TreeBuilder;
use super::Event;
use crate::lexer::Lexed;
use crate::SyntaxKind;
use rowan::GreenNode;

/// What the events are replayed into.
pub(crate) trait TreeSink {
    /// Opens a node; its children are what is added until `finish_node`.
    fn start_node(&mut self, kind: SyntaxKind);
    /// Adds the token `text`, which starts at byte `start` of the source.
    fn token(&mut self, kind: SyntaxKind, text: &str, start: u32);
    /// Closes the innermost open node.
    fn finish_node(&mut self);
}

/// Builds the lossless green tree from the tokens and the parser's events.
pub(crate) fn build_tree(src: &str, lexed: &Lexed, events: Vec<Event>) -> GreenNode {
    let mut builder = TreeBuilder::new();
    replay(src, lexed, events, &mut builder);
    builder.finish()
}

/// Builds the flat tree (the same nodes and tokens) from the tokens and
/// the parser's events.
pub(crate) fn build_flat<'s>(src: &'s str, lexed: &Lexed, mut events: Vec<Event>) -> FlatTree<'s> {
    // `replay` specialised to the flat tree: tokens are contiguous, so
    // where the cursor is (`starts[token]`) is where the next node starts
    // and the open one ends, and trivia need not be visited one by one
    // through the sink.
    let kinds = lexed.kinds();
    let starts = lexed.starts();
    let n_tokens = kinds.len();
    let mut builder = FlatBuilder::new(src, n_tokens + events.len() / 2);
    let mut token = 0usize;
    let mut parents: Vec<SyntaxKind> = Vec::new();
    let skip_trivia = |token: &mut usize| {
        while *token < n_tokens && kinds[*token].is_trivia() {
            *token += 1;
        }
    };
    for i in 0..events.len() {
        match std::mem::replace(&mut events[i], Event::Tombstone) {
            Event::Start {
                kind,
                forward_parent,
            } => {
                parents.push(kind);
                forward_parents(&mut events, i, forward_parent, &mut parents);
                if builder.depth() > 0 {
                    skip_trivia(&mut token);
                }
                for kind in parents.drain(..).rev() {
                    builder.start_node_at(kind, starts[token]);
                }
            }
            Event::Finish => {
                if builder.depth() == 1 {
                    // The root takes every token left (EOF among them).
                    while token < n_tokens {
                        skip_trivia(&mut token);
                        if token < n_tokens {
                            builder.token_at(kinds[token], starts[token], starts[token + 1]);
                            token += 1;
                        }
                    }
                }
                builder.finish_node_at(starts[token]);
            }
            Event::Token => {
                skip_trivia(&mut token);
                if token < n_tokens {
                    builder.token_at(kinds[token], starts[token], starts[token + 1]);
                    token += 1;
                }
            }
            Event::Tombstone => {}
        }
    }
    builder.finish()
}

/// Follows the `forward_parent` chain of the start event at `at`, taking
/// each start event it reaches (tombstoned) and pushing its kind on
/// `parents`: the outermost wrapper ends up last.
fn forward_parents(
    events: &mut [Event],
    at: usize,
    mut forward_parent: Option<u32>,
    parents: &mut Vec<SyntaxKind>,
) {
    let mut idx = at;
    while let Some(delta) = forward_parent {
        idx += delta as usize;
        forward_parent = match std::mem::replace(&mut events[idx], Event::Tombstone) {
            Event::Start {
                kind,
                forward_parent,
            } => {
                parents.push(kind);
                forward_parent
            }
            _ => None,
        };
    }
}

/// Feeds the events to `builder`, with every token (trivia included) in
/// source order.
fn replay(src: &str, lexed: &Lexed, mut events: Vec<Event>, builder: &mut impl TreeSink) {
    let mut token = 0usize;
    let mut depth = 0usize;
    let mut parents: Vec<SyntaxKind> = Vec::new();
    let n_tokens = lexed.len();
    let push_token = |builder: &mut _, i: usize| {
        TreeSink::token(
            builder,
            lexed.kind(i),
            lexed.text(src, i),
            lexed.range(i).start().into(),
        );
    };
    for i in 0..events.len() {
        match std::mem::replace(&mut events[i], Event::Tombstone) {
            Event::Start {
                kind,
                forward_parent,
            } => {
                parents.push(kind);
                forward_parents(&mut events, i, forward_parent, &mut parents);
                if depth > 0 {
                    // Trivia before a node belongs to the enclosing node.
                    while token < n_tokens && lexed.kind(token).is_trivia() {
                        push_token(builder, token);
                        token += 1;
                    }
                }
                for kind in parents.drain(..).rev() {
                    builder.start_node(kind);
                    depth += 1;
                }
            }
            Event::Finish => {
                depth -= 1;
                if depth == 0 {
                    while token < n_tokens {
                        push_token(builder, token);
                        token += 1;
                    }
                }
                builder.finish_node();
            }
            Event::Token => {
                while token < n_tokens && lexed.kind(token).is_trivia() {
                    push_token(builder, token);
                    token += 1;
                }
                if token < n_tokens {
                    push_token(builder, token);
                    token += 1;
                }
            }
            Event::Tombstone => {}
        }
    }
}
