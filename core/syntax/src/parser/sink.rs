//! Replays parser events into a rowan green tree, re-inserting trivia.

use super::green::TreeBuilder;
use super::Event;
use crate::lexer::Lexed;
use crate::SyntaxKind;
use rowan::GreenNode;

/// Builds the lossless green tree from the tokens and the parser's events.
pub(crate) fn build_tree(src: &str, lexed: &Lexed, mut events: Vec<Event>) -> GreenNode {
    let mut builder = TreeBuilder::new();
    let mut token = 0usize;
    let mut depth = 0usize;
    let mut parents: Vec<SyntaxKind> = Vec::new();
    let n_tokens = lexed.len();
    let push_token = |builder: &mut TreeBuilder, i: usize| {
        builder.token(lexed.kind(i), lexed.text(src, i));
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
                        push_token(&mut builder, token);
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
                        push_token(&mut builder, token);
                        token += 1;
                    }
                }
                builder.finish_node();
            }
            Event::Token => {
                while token < n_tokens && lexed.kind(token).is_trivia() {
                    push_token(&mut builder, token);
                    token += 1;
                }
                if token < n_tokens {
                    push_token(&mut builder, token);
                    token += 1;
                }
            }
            Event::Tombstone => {}
        }
    }
    builder.finish()
}
