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
pub(crate) fn build_flat<'s>(src: &'s str, lexed: &Lexed, events: Vec<Event>) -> FlatTree<'s> {
    let mut builder = FlatBuilder::new(src, lexed.len() + events.len() / 2);
    replay(src, lexed, events, &mut builder);
    builder.finish()
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
                // Collect the chain of forward parents, outermost last.
                parents.push(kind);
                let mut idx = i;
                let mut fp = forward_parent;
                while let Some(delta) = fp {
                    idx += delta as usize;
                    fp = match std::mem::replace(&mut events[idx], Event::Tombstone) {
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
