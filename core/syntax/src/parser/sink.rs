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

/// Builds the flat tree (the same nodes and tokens, without trivia) from
/// the tokens and the parser's events.
pub(crate) fn build_flat<'s>(src: &'s str, lexed: &Lexed, events: Vec<Event>) -> FlatTree<'s> {
    // Tokens are contiguous, so where the cursor is (`starts[token]`) is
    // where the next node starts and the open one ends, and trivia need
    // not be visited one by one through the sink.
    let kinds = lexed.kinds();
    let starts = lexed.starts();
    let n_tokens = kinds.len();
    let mut builder = FlatBuilder::new(src, n_tokens + events.len() / 2);
    let mut token = 0usize;
    let skip_trivia = |token: &mut usize| {
        while *token < n_tokens && kinds[*token].is_trivia() {
            *token += 1;
        }
    };
    let mut steps = Steps::new(events);
    while let Some(step) = steps.next() {
        match step {
            Step::Start(nodes) => {
                if builder.depth() > 0 {
                    skip_trivia(&mut token);
                }
                for &kind in nodes {
                    builder.start_node_at(kind, starts[token]);
                }
            }
            Step::Finish => {
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
            Step::Token => {
                skip_trivia(&mut token);
                if token < n_tokens {
                    builder.token_at(kinds[token], starts[token], starts[token + 1]);
                    token += 1;
                }
            }
        }
    }
    builder.finish()
}

/// One step of the parser's events, with `precede`'s forward parents
/// resolved and tombstones dropped.
enum Step<'a> {
    /// Nodes opening here, outermost first.
    Start(&'a [SyntaxKind]),
    /// The next non-trivia token.
    Token,
    /// The innermost open node closes.
    Finish,
}

/// The steps of the parser's events, in order.
struct Steps {
    events: Vec<Event>,
    /// The next event to read.
    at: usize,
    /// The kinds of the last `Step::Start`.
    nodes: Vec<SyntaxKind>,
}

impl Steps {
    fn new(events: Vec<Event>) -> Steps {
        Steps {
            events,
            at: 0,
            nodes: Vec::new(),
        }
    }

    /// The next step, None at the end. (A lending iterator: a start's
    /// kinds are borrowed from `self`.)
    #[inline(always)]
    fn next(&mut self) -> Option<Step<'_>> {
        loop {
            let i = self.at;
            let event = std::mem::replace(self.events.get_mut(i)?, Event::Tombstone);
            self.at += 1;
            match event {
                Event::Start {
                    kind,
                    forward_parent,
                } => {
                    self.start_chain(i, kind, forward_parent);
                    return Some(Step::Start(&self.nodes));
                }
                Event::Token => return Some(Step::Token),
                Event::Finish => return Some(Step::Finish),
                Event::Tombstone => {}
            }
        }
    }

    /// Collects into `nodes`, outermost first, the node started at event
    /// `i` and the chain of wrappers started later, taking each from the
    /// list (tombstoned) as it is reached.
    fn start_chain(&mut self, i: usize, kind: SyntaxKind, mut forward_parent: Option<u32>) {
        self.nodes.clear();
        self.nodes.push(kind);
        let mut at = i;
        while let Some(delta) = forward_parent {
            at += delta as usize;
            forward_parent = match std::mem::replace(&mut self.events[at], Event::Tombstone) {
                Event::Start {
                    kind,
                    forward_parent,
                } => {
                    self.nodes.push(kind);
                    forward_parent
                }
                _ => None,
            };
        }
        self.nodes.reverse();
    }
}

/// Feeds the events to `builder`, with every token (trivia included) in
/// source order.
fn replay(src: &str, lexed: &Lexed, events: Vec<Event>, builder: &mut impl TreeSink) {
    let mut token = 0usize;
    let mut depth = 0usize;
    let n_tokens = lexed.len();
    let push_token = |builder: &mut _, i: usize| {
        TreeSink::token(
            builder,
            lexed.kind(i),
            lexed.text(src, i),
            lexed.range(i).start().into(),
        );
    };
    let mut steps = Steps::new(events);
    while let Some(step) = steps.next() {
        match step {
            Step::Start(nodes) => {
                if depth > 0 {
                    // Trivia before a node belongs to the enclosing node.
                    while token < n_tokens && lexed.kind(token).is_trivia() {
                        push_token(builder, token);
                        token += 1;
                    }
                }
                for &kind in nodes {
                    builder.start_node(kind);
                    depth += 1;
                }
            }
            Step::Finish => {
                depth -= 1;
                if depth == 0 {
                    while token < n_tokens {
                        push_token(builder, token);
                        token += 1;
                    }
                }
                builder.finish_node();
            }
            Step::Token => {
                while token < n_tokens && lexed.kind(token).is_trivia() {
                    push_token(builder, token);
                    token += 1;
                }
                if token < n_tokens {
                    push_token(builder, token);
                    token += 1;
                }
            }
        }
    }
}
