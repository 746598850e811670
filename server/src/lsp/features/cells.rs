//! `# %%` cells, as VS Code's interactive window and Jupytext mark them.

/// A cell: 0-based first line (its marker, if any) and last line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell {
    /// The first line (the marker line, or 0 for text before any marker).
    pub start: u32,
    /// The last line.
    pub end: u32,
}

/// Whether a line starts a cell.
pub fn is_marker(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("# %%") || t.starts_with("#%%")
}

/// The 0-based lines of the cell markers.
pub fn markers(text: &str) -> Vec<u32> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| is_marker(l))
        .map(|(i, _)| i as u32)
        .collect()
}

/// The cell containing 0-based `line`.
pub fn cell_at(text: &str, line: u32) -> Cell {
    let markers = markers(text);
    let start = markers
        .iter()
        .rev()
        .find(|&&m| m <= line)
        .copied()
        .unwrap_or(0);
    let last = text.lines().count().saturating_sub(1) as u32;
    let end = markers
        .iter()
        .find(|&&m| m > line)
        .map_or(last, |m| m - 1)
        .max(start);
    Cell { start, end }
}

/// The source of a cell, preceded by blank lines so its line numbers are
/// the document's (tracebacks and diagnostics then point into the file).
pub fn cell_source(text: &str, cell: Cell) -> String {
    let mut out = "\n".repeat(cell.start as usize);
    for line in text
        .split_inclusive('\n')
        .skip(cell.start as usize)
        .take((cell.end - cell.start + 1) as usize)
    {
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOTEBOOK: &str = "import math\n# %% first\nx = 1\n\n#%% second\nprint(x)\n";

    #[test]
    fn cells_run_from_marker_to_marker() {
        assert_eq!(markers(NOTEBOOK), [1, 4]);
        assert_eq!(cell_at(NOTEBOOK, 0), Cell { start: 0, end: 0 });
        assert_eq!(cell_at(NOTEBOOK, 2), Cell { start: 1, end: 3 });
        assert_eq!(cell_at(NOTEBOOK, 5), Cell { start: 4, end: 5 });
        assert_eq!(cell_at(NOTEBOOK, 99), Cell { start: 4, end: 5 });
    }

    #[test]
    fn cell_source_keeps_line_numbers() {
        let src = cell_source(NOTEBOOK, cell_at(NOTEBOOK, 5));
        assert_eq!(src, "\n\n\n\n#%% second\nprint(x)\n");
    }
}
