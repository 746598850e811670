//! LSP positions (0-based line, UTF-16 column) and byte offsets, and text
//! edits applied the way clients describe them.

use pvm_syntax::{LineIndex, TextRange, TextSize};
use tower_lsp::lsp_types::{Position, Range};

/// The byte offset of an LSP position, clamped into the text: a line past
/// the end is the end, a column past the line's end is the line's end, and
/// a column inside a surrogate pair or a `\r\n` is moved before it.
pub fn offset(text: &str, index: &LineIndex, pos: Position) -> usize {
    if pos.line as usize >= index.line_count() {
        return text.len();
    }
    let start = line_start(index, pos.line);
    let line = &text[start..line_end(text, index, pos.line)];
    let mut units = 0u32;
    for (i, c) in line.char_indices() {
        if units + c.len_utf16() as u32 > pos.character {
            return start + i;
        }
        units += c.len_utf16() as u32;
    }
    start + line.len()
}

/// The LSP position of a byte offset.
pub fn position(text: &str, index: &LineIndex, offset: usize) -> Position {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let (line, character) = index.line_col_utf16(text, TextSize::from(offset as u32));
    Position { line, character }
}

/// The LSP range of a byte range.
pub fn range(text: &str, index: &LineIndex, range: TextRange) -> Range {
    Range {
        start: position(text, index, range.start().into()),
        end: position(text, index, range.end().into()),
    }
}

/// The range of a whole 0-based line, without its line ending.
pub fn line_range(text: &str, index: &LineIndex, line: u32) -> Range {
    let start = line_start(index, line);
    let end = line_end(text, index, line);
    range(
        text,
        index,
        TextRange::new((start as u32).into(), (end as u32).into()),
    )
}

/// The byte range of an LSP range (clamped, never reversed).
pub fn byte_range(text: &str, index: &LineIndex, r: Range) -> std::ops::Range<usize> {
    let start = offset(text, index, r.start);
    start..offset(text, index, r.end).max(start)
}

/// Byte offset where 0-based `line` starts (a BOM belongs to line 0).
fn line_start(index: &LineIndex, line: u32) -> usize {
    if line == 0 {
        0
    } else {
        index.line_start(line + 1) as usize
    }
}

/// Byte offset where 0-based `line`'s text ends (before its line ending).
fn line_end(text: &str, index: &LineIndex, line: u32) -> usize {
    let next = if (line as usize + 1) < index.line_count() {
        index.line_start(line + 2) as usize
    } else {
        text.len()
    };
    let body = &text[line_start(index, line)..next];
    next - (body.len() - body.trim_end_matches(['\n', '\r']).len())
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(line: u32, character: u32) -> Position {
        Position { line, character }
    }

    #[test]
    fn utf16_columns_round_trip() {
        let text = "a = 'é𝄞x'\nb = 1\r\nc\n";
        let index = LineIndex::new(text);
        // 'é' is one UTF-16 unit, '𝄞' two.
        let x = text.find('x').unwrap();
        assert_eq!(position(text, &index, x), pos(0, 8));
        assert_eq!(offset(text, &index, pos(0, 8)), x);
        // Inside the surrogate pair: before the character.
        assert_eq!(offset(text, &index, pos(0, 7)), text.find('𝄞').unwrap());
        // Past the end of a line: its end, before "\r\n".
        assert_eq!(offset(text, &index, pos(1, 99)), text.find("\r\n").unwrap());
        // Past the last line: the end of the text.
        assert_eq!(offset(text, &index, pos(9, 0)), text.len());
    }

    #[test]
    fn ranges_are_counted_in_utf16() {
        let text = "s = 'é𝄞'\nprint(s)\n";
        let index = LineIndex::new(text);
        let r = byte_range(
            text,
            &index,
            Range {
                start: pos(0, 6),
                end: pos(0, 8),
            },
        );
        assert_eq!(&text[r], "𝄞");
    }
}
