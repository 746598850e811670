//! Incremental reparsing: after an edit inside one top-level statement of
//! an error-free tree, only that statement is parsed again and spliced into
//! the old tree (the other statements keep their green nodes).
//!
//! A top-level statement starts a line with the tokenizer at rest: no open
//! bracket, indentation 0, not inside a string. Parsed on its own, from its
//! first token to the next top-level statement, it gives the nodes and
//! tokens the whole file's parse gives there, as long as it has no error
//! (an unclosed bracket or string, a trailing backslash, a bad dedent would
//! reach past it). Anything else — an edit at a boundary, a tree or a
//! statement with errors — is left to a full parse. `tests/reparse.rs`
//! checks the result against a full parse on random edits of real files.

use crate::{Parse, SyntaxKind, TextRange};
use rowan::{GreenNode, NodeOrToken};

/// The parse of `new_text`, which is `old_text` with `edit` (a range of
/// `old_text`) replaced by `insert`, reusing `old`; None when only a full
/// parse gives the right tree.
pub fn reparse(
    old: &Parse,
    old_text: &str,
    edit: TextRange,
    insert: &str,
    new_text: &str,
) -> Option<Parse> {
    if !old.errors().is_empty()
        || old_text.len() - usize::from(edit.len()) + insert.len() != new_text.len()
    {
        return None;
    }
    let root = old.green();
    let children: Vec<_> = root.children().collect();
    // Offsets of each child, and the statement node the edit lies in.
    let mut starts = Vec::with_capacity(children.len() + 1);
    let mut at = 0u32;
    for child in &children {
        starts.push(at);
        at += u32::from(child.text_len());
    }
    starts.push(at);
    let (edit_start, edit_end) = (u32::from(edit.start()), u32::from(edit.end()));
    let first = (0..children.len()).find(|&i| {
        matches!(children[i], NodeOrToken::Node(_))
            && starts[i] < edit_start
            && edit_start < starts[i + 1]
    })?;
    // The region runs to the next statement node (or the end of the file).
    let last = (first + 1..children.len())
        .find(|&i| matches!(children[i], NodeOrToken::Node(_)))
        .unwrap_or(children.len());
    let (start, end) = (starts[first] as usize, starts[last] as usize);
    let at_line_start =
        start == 0 || matches!(old_text.as_bytes().get(start - 1), Some(b'\n' | b'\r'));
    if !at_line_start
        || edit_end as usize >= end.max(start + 1)
        || (last == children.len() && end != old_text.len())
    {
        return None;
    }
    let new_end = end + insert.len() - usize::from(edit.len());
    let region = new_text.get(start..new_end)?;
    // The next statement must still start a line of its own.
    if last < children.len() && !region.ends_with(['\n', '\r']) {
        return None;
    }
    let piece = crate::parse(region);
    if !piece.errors().is_empty() {
        return None;
    }
    let mut new_children: Vec<_> = piece.green().children().map(|c| c.to_owned()).collect();
    if last < children.len() {
        // Not the end of the file: the piece's EOF is not ours.
        match new_children.pop() {
            Some(NodeOrToken::Token(t)) if t.kind() == SyntaxKind::EOF.into() => {}
            _ => return None,
        }
    }
    if !starts_with_node(&new_children) {
        return None;
    }
    let green: GreenNode = root.splice_children(first..last, new_children);
    Some(Parse::new(new_text, green, Vec::new(), Vec::new()))
}

/// Whether the reparsed region still begins with a statement node (an edit
/// could have turned its first line into a comment).
fn starts_with_node(children: &[NodeOrToken<GreenNode, rowan::GreenToken>]) -> bool {
    matches!(children.first(), Some(NodeOrToken::Node(_)))
}
