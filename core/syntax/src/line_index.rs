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
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i as u32 + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i as u32 + 1),
                _ => {}
            }
            i += 1;
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
