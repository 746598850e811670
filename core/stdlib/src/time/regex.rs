//! The small part of Python's `re` that `strptime` patterns use, with
//! `re`'s matching order: ordered alternatives, greedy quantifiers and
//! backtracking, anchored at the start (`re.match`), case-insensitive
//! unless inside `(?-i:...)`. Syntax: literals and `\`-escapes, `\d`,
//! `\s`, `[...]` with ranges, `(...)`, `(?P<name>...)`, `(?-i:...)`,
//! `|`, and the quantifiers `?`, `+`, `*`, `{m,n}`.
//!
//! Matching runs on an explicit backtracking stack, so neither long
//! patterns nor long inputs recurse on the Rust stack.

/// One character test.
#[derive(Clone, Debug)]
enum Test {
    /// A literal, compared case-insensitively when the flag is set.
    Lit(char, bool),
    /// `\d`: a Unicode decimal digit.
    Digit,
    /// `\s`: whitespace as `str.isspace`.
    Space,
    /// `[...]`: inclusive ranges.
    Set(Vec<(char, char)>),
}

impl Test {
    fn matches(&self, c: char) -> bool {
        match self {
            Test::Lit(l, false) => c == *l,
            Test::Lit(l, true) => c == *l || fold(c) == fold(*l),
            Test::Digit => decimal(c).is_some(),
            Test::Space => is_space(c),
            Test::Set(ranges) => ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi),
        }
    }
}

/// The value of a decimal digit (`\d` of str patterns: any Unicode Nd).
pub fn decimal(c: char) -> Option<u32> {
    c.to_digit(10)
        .or_else(|| pvm_vm::builtins::numbers::unicode_decimal(c))
}

/// The simple lower-case form of a character, for IGNORECASE.
fn fold(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Whether `c` is whitespace for `str.isspace` (and `\s` of str patterns).
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x20'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// An instruction of the backtracking machine.
#[derive(Clone, Debug)]
enum Inst {
    /// Consume one character passing the test.
    Char(Test),
    /// Try the first target, then (on failure) the second.
    Split(usize, usize),
    /// Continue at the target.
    Jmp(usize),
    /// Record the position in a capture slot.
    Save(usize),
    /// Success.
    Match,
}

/// A compiled pattern.
pub struct Regex {
    prog: Vec<Inst>,
    /// Named groups, in the order they were defined: (name, group number).
    names: Vec<(String, usize)>,
    groups: usize,
}

/// The syntax tree, before code generation.
enum Node {
    Test(Test),
    Seq(Vec<Node>),
    Alt(Vec<Node>),
    Group(usize, Box<Node>),
    Repeat(Box<Node>, usize, Option<usize>),
}

struct Parser<'a> {
    src: &'a [char],
    pos: usize,
    ignore_case: bool,
    groups: usize,
    names: Vec<(String, usize)>,
}

/// A pattern error: `re.error`'s message (position included).
pub type PatternError = String;

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.src.get(self.pos).copied()
    }

    fn eat(&mut self, s: &str) -> bool {
        let n = s.chars().count();
        let ok = self.src.len() >= self.pos + n
            && self.src[self.pos..self.pos + n]
                .iter()
                .copied()
                .eq(s.chars());
        if ok {
            self.pos += n;
        }
        ok
    }

    fn error(&self, msg: &str) -> PatternError {
        format!("{msg} at position {}", self.pos)
    }

    fn alternation(&mut self) -> Result<Node, PatternError> {
        let mut alts = vec![self.sequence()?];
        while self.eat("|") {
            alts.push(self.sequence()?);
        }
        Ok(if alts.len() == 1 {
            alts.pop().unwrap_or(Node::Seq(Vec::new()))
        } else {
            Node::Alt(alts)
        })
    }

    fn sequence(&mut self) -> Result<Node, PatternError> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            items.push(self.quantified(atom)?);
        }
        Ok(Node::Seq(items))
    }

    fn quantified(&mut self, atom: Node) -> Result<Node, PatternError> {
        let (min, max) = match self.peek() {
            Some('?') => (0, Some(1)),
            Some('+') => (1, None),
            Some('*') => (0, None),
            Some('{') => {
                let save = self.pos;
                self.pos += 1;
                let lo = self.digits();
                let hi = if self.eat(",") { self.digits() } else { lo };
                match lo {
                    Some(lo) if self.eat("}") => {
                        return Ok(Node::Repeat(Box::new(atom), lo, hi));
                    }
                    _ => {
                        // Not a quantifier: `{` is then a literal (as in re).
                        self.pos = save;
                        return Ok(atom);
                    }
                }
            }
            _ => return Ok(atom),
        };
        self.pos += 1;
        Ok(Node::Repeat(Box::new(atom), min, max))
    }

    fn digits(&mut self) -> Option<usize> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        let text: String = self.src[start..self.pos].iter().collect();
        text.parse().ok()
    }

    fn atom(&mut self) -> Result<Node, PatternError> {
        let Some(c) = self.peek() else {
            return Err(self.error("unexpected end of pattern"));
        };
        self.pos += 1;
        match c {
            '(' => self.group(),
            '[' => self.set(),
            '\\' => {
                let Some(e) = self.peek() else {
                    return Err(self.error("bad escape (end of pattern)"));
                };
                self.pos += 1;
                Ok(Node::Test(match e {
                    'd' => Test::Digit,
                    's' => Test::Space,
                    _ => Test::Lit(e, self.ignore_case),
                }))
            }
            _ => Ok(Node::Test(Test::Lit(c, self.ignore_case))),
        }
    }

    fn group(&mut self) -> Result<Node, PatternError> {
        if self.eat("?-i:") {
            let saved = self.ignore_case;
            self.ignore_case = false;
            let inner = self.alternation()?;
            self.ignore_case = saved;
            self.close()?;
            return Ok(inner);
        }
        let mut name = None;
        if self.eat("?P<") {
            let start = self.pos;
            while self.peek().is_some_and(|c| c != '>') {
                self.pos += 1;
            }
            let n: String = self.src[start..self.pos].iter().collect();
            self.pos += 1;
            let index = self.groups + 1;
            if let Some(&(_, prev)) = self.names.iter().find(|(m, _)| *m == n) {
                return Err(format!(
                    "redefinition of group name '{n}' as group {index}; was group {prev} at position {start}"
                ));
            }
            name = Some(n);
        }
        self.groups += 1;
        let index = self.groups;
        if let Some(n) = name {
            self.names.push((n, index));
        }
        let inner = self.alternation()?;
        self.close()?;
        Ok(Node::Group(index, Box::new(inner)))
    }

    fn close(&mut self) -> Result<(), PatternError> {
        if self.eat(")") {
            Ok(())
        } else {
            Err(self.error("missing ), unterminated subpattern"))
        }
    }

    fn set(&mut self) -> Result<Node, PatternError> {
        let mut ranges = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(self.error("unterminated character set"));
            };
            self.pos += 1;
            if c == ']' {
                break;
            }
            if self.peek() == Some('-') && self.src.get(self.pos + 1).is_some_and(|&n| n != ']') {
                let hi = self.src[self.pos + 1];
                self.pos += 2;
                ranges.push((c, hi));
            } else {
                ranges.push((c, c));
            }
        }
        Ok(Node::Test(Test::Set(ranges)))
    }
}

/// Appends the code of `node` to `prog`.
fn emit(node: &Node, prog: &mut Vec<Inst>) {
    match node {
        Node::Test(t) => prog.push(Inst::Char(t.clone())),
        Node::Seq(items) => items.iter().for_each(|n| emit(n, prog)),
        Node::Alt(alts) => {
            // Split(first, next-split) chains; every branch jumps to the end.
            let mut jumps = Vec::new();
            for (i, alt) in alts.iter().enumerate() {
                if i + 1 < alts.len() {
                    let split = prog.len();
                    prog.push(Inst::Split(split + 1, 0));
                    emit(alt, prog);
                    jumps.push(prog.len());
                    prog.push(Inst::Jmp(0));
                    let next = prog.len();
                    prog[split] = Inst::Split(split + 1, next);
                } else {
                    emit(alt, prog);
                }
            }
            let end = prog.len();
            for j in jumps {
                prog[j] = Inst::Jmp(end);
            }
        }
        Node::Group(index, inner) => {
            prog.push(Inst::Save(2 * index));
            emit(inner, prog);
            prog.push(Inst::Save(2 * index + 1));
        }
        Node::Repeat(inner, min, max) => {
            for _ in 0..*min {
                emit(inner, prog);
            }
            match max {
                Some(max) => {
                    // Each optional copy may be skipped to the very end.
                    let mut splits = Vec::new();
                    for _ in *min..*max {
                        splits.push(prog.len());
                        prog.push(Inst::Split(0, 0));
                        emit(inner, prog);
                    }
                    let end = prog.len();
                    for s in splits {
                        prog[s] = Inst::Split(s + 1, end);
                    }
                }
                None => {
                    let split = prog.len();
                    prog.push(Inst::Split(split + 1, 0));
                    emit(inner, prog);
                    prog.push(Inst::Jmp(split));
                    let end = prog.len();
                    prog[split] = Inst::Split(split + 1, end);
                }
            }
        }
    }
}

/// What the backtracking stack remembers.
enum Frame {
    Branch(usize, usize),
    Restore(usize, Option<usize>),
}

impl Regex {
    /// Compiles `pattern` (case-insensitive outside `(?-i:...)`).
    pub fn new(pattern: &str) -> Result<Regex, PatternError> {
        let src: Vec<char> = pattern.chars().collect();
        let mut p = Parser {
            src: &src,
            pos: 0,
            ignore_case: true,
            groups: 0,
            names: Vec::new(),
        };
        let node = p.alternation()?;
        if p.pos < src.len() {
            return Err(p.error("unbalanced parenthesis"));
        }
        let mut prog = Vec::new();
        emit(&node, &mut prog);
        prog.push(Inst::Match);
        Ok(Regex {
            prog,
            names: p.names,
            groups: p.groups,
        })
    }

    /// `re.match`: the end of the first match at the start of `text` and
    /// the named groups that took part, in definition order.
    pub fn match_start(&self, text: &[char]) -> Option<(usize, Vec<(String, String)>)> {
        let mut caps: Vec<Option<usize>> = vec![None; 2 * (self.groups + 1)];
        let mut stack: Vec<Frame> = Vec::new();
        let (mut pc, mut pos) = (0usize, 0usize);
        loop {
            let ok = match &self.prog[pc] {
                Inst::Char(t) => {
                    if pos < text.len() && t.matches(text[pos]) {
                        pc += 1;
                        pos += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Split(a, b) => {
                    stack.push(Frame::Branch(*b, pos));
                    pc = *a;
                    true
                }
                Inst::Jmp(a) => {
                    pc = *a;
                    true
                }
                Inst::Save(slot) => {
                    stack.push(Frame::Restore(*slot, caps[*slot]));
                    caps[*slot] = Some(pos);
                    pc += 1;
                    true
                }
                Inst::Match => break,
            };
            if !ok {
                loop {
                    match stack.pop() {
                        None => return None,
                        Some(Frame::Restore(slot, old)) => caps[slot] = old,
                        Some(Frame::Branch(p, q)) => {
                            pc = p;
                            pos = q;
                            break;
                        }
                    }
                }
            }
        }
        let groups = self
            .names
            .iter()
            .filter_map(|(name, index)| {
                let (Some(s), Some(e)) = (caps[2 * index], caps[2 * index + 1]) else {
                    return None;
                };
                Some((name.clone(), text[s..e].iter().collect()))
            })
            .collect();
        Some((pos, groups))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(p: &str, s: &str) -> Option<(usize, Vec<(String, String)>)> {
        let chars: Vec<char> = s.chars().collect();
        Regex::new(p).unwrap().match_start(&chars)
    }

    #[test]
    fn ordered_alternatives_and_backtracking() {
        let d = r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])";
        assert_eq!(m(d, "123").unwrap().0, 2);
        let md = format!(r"(?P<m>1[0-2]|0[1-9]|[1-9]){d}");
        let (end, groups) = m(&md, "131").unwrap();
        assert_eq!(end, 3);
        assert_eq!(groups[0], ("m".to_string(), "1".to_string()));
        assert_eq!(groups[1], ("d".to_string(), "31".to_string()));
    }

    #[test]
    fn case_and_quantifiers() {
        assert!(m("(?P<b>jan|feb)", "FEB").is_some());
        assert!(m("(?-i:Z)", "z").is_none());
        assert_eq!(m(r"(?P<f>[0-9]{1,6})", "12345678").unwrap().0, 6);
        assert_eq!(m(r"a\s+b", "a \t b").unwrap().0, 5);
        let err = Regex::new("(?P<Y>a)(?P<Y>b)").err().unwrap();
        assert_eq!(
            err,
            "redefinition of group name 'Y' as group 2; was group 1 at position 12"
        );
    }
}
