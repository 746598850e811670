//! Offsets to (line, column) in the units CPython and LSP use.

use rowan::TextSize;

/// Line starts of a text, for converting byte offsets to positions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineIndex {
    /// Byte offset of the start of each line.
    starts: Vec<u32>,
    /// Bytes of a leading BOM: CPython strips it, so columns on line 1 skip it.
    bom: u32,
}

impl LineIndex {
    /// Indexes `text`; `\n`, `\r\n` and a lone `\r` all end a line.
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(bytes.len() / 32 + 1);
        starts.push(0);
        // memchr finds the line ends (vectorised; a `\r` before `\n` is no line end).
        for j in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[j] == b'\n' || bytes.get(j + 1) != Some(&b'\n') {
                starts.push(j as u32 + 1);
            }
        }
        let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
        LineIndex { starts, bom }
    }

    /// The number of lines (a final line without newline counts).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The 1-based line containing `offset`.
    pub fn line(&self, offset: TextSize) -> u32 {
        let offset = u32::from(offset);
        self.starts.partition_point(|&s| s <= offset) as u32
    }

    /// The 1-based line containing `offset`, searched forward from line
    /// `hint` with doubling steps: a few probes when the answer is near
    /// the hint (lowering asks in source order), a binary search when the
    /// offset is before it.
    pub fn line_near(&self, hint: u32, offset: TextSize) -> u32 {
        let offset = u32::from(offset);
        let starts = &self.starts;
        let mut lo = hint.max(1) as usize - 1;
        if lo >= starts.len() || starts[lo] > offset {
            return self.line(TextSize::from(offset));
        }
        // starts[lo] <= offset; find the first start past it.
        let mut step = 1;
        let mut hi = lo + 1;
        while hi < starts.len() && starts[hi] <= offset {
            lo = hi;
            hi = lo + step;
            step *= 2;
        }
        let hi = hi.min(starts.len());
        (lo + starts[lo..hi].partition_point(|&s| s <= offset)) as u32
    }

    /// [`line_col_utf8`](Self::line_col_utf8), searching from line `hint`.
    pub fn line_col_utf8_near(&self, hint: u32, offset: TextSize) -> (u32, u32) {
        let line = self.line_near(hint, offset);
        let start = self.line_start(line);
        (line, u32::from(offset).saturating_sub(start))
    }

    /// The byte offset where 1-based `line` starts (BOM excluded).
    pub fn line_start(&self, line: u32) -> u32 {
        let start = self.starts[(line.max(1) as usize - 1).min(self.starts.len() - 1)];
        if line == 1 {
            start + self.bom
        } else {
            start
        }
    }

    /// 1-based line and 0-based UTF-8 byte column, as in CPython's AST.
    pub fn line_col_utf8(&self, offset: TextSize) -> (u32, u32) {
        let line = self.line(offset);
        let start = self.line_start(line);
        (line, u32::from(offset).saturating_sub(start))
    }

    /// 1-based line and 0-based column in characters, as in CPython's
    /// SyntaxError offsets (minus one).
    pub fn line_col_chars(&self, text: &str, offset: TextSize) -> (u32, u32) {
        let line = self.line(offset);
        let start = self.line_start(line) as usize;
        let end = (u32::from(offset) as usize).max(start).min(text.len());
        let col = text.get(start..end).map_or(0, |s| s.chars().count() as u32);
        (line, col)
    }

    /// 0-based line and UTF-16 column, as LSP positions count.
    pub fn line_col_utf16(&self, text: &str, offset: TextSize) -> (u32, u32) {
        let line = self.line(offset);
        let start = self.starts[line as usize - 1] as usize;
        let end = (u32::from(offset) as usize).max(start).min(text.len());
        let col = text
            .get(start..end)
            .map_or(0, |s| s.encode_utf16().count() as u32);
        (line - 1, col)
    }

    /// The text of 1-based `line` without its line ending.
    pub fn line_text<'a>(&self, text: &'a str, line: u32) -> &'a str {
        let i = line.max(1) as usize - 1;
        let Some(&start) = self.starts.get(i) else {
            return "";
        };
        let end = self.starts.get(i + 1).map_or(text.len(), |&e| e as usize);
        text.get(start as usize..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_are_found_in_and_across_words() {
        let text = "0123456\n89\r\nbcdef\rhij\n\n\r\r\nxyz";
        let naive: Vec<u32> = std::iter::once(0)
            .chain(text.char_indices().filter_map(|(i, c)| {
                let ends = c == '\n' || (c == '\r' && !text[i + 1..].starts_with('\n'));
                ends.then_some(i as u32 + 1)
            }))
            .collect();
        assert_eq!(LineIndex::new(text).starts, naive);
    }

    #[test]
    fn line_near_agrees_with_line_from_any_hint() {
        let text = "a\nbb\r\n\nccc\rd\n\n\n\n\n\n\n\n\n\ne\n";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() as u32 {
            let want = index.line(TextSize::from(offset));
            for hint in 0..=index.line_count() as u32 + 2 {
                assert_eq!(
                    index.line_near(hint, TextSize::from(offset)),
                    want,
                    "offset {offset}, hint {hint}"
                );
            }
        }
    }
}
