//! Accessors of match patterns.

use super::*;
use crate::SyntaxKind::*;

impl AsPattern {
    /// The pattern before `as`.
    pub fn pattern(&self) -> Option<Pattern> {
        child(self.syntax())
    }

    /// The bound name after `as`.
    pub fn name(&self) -> Option<SyntaxToken> {
        token_after(self.syntax(), AS_KW, NAME)
    }
}

impl OrPattern {
    /// The alternatives, left to right.
    pub fn patterns(&self) -> impl Iterator<Item = Pattern> {
        children(self.syntax())
    }
}

impl CapturePattern {
    /// The bound name.
    pub fn name(&self) -> Option<SyntaxToken> {
        token(self.syntax(), NAME)
    }
}

impl ValuePattern {
    /// The components of the dotted name.
    pub fn names(&self) -> impl Iterator<Item = SyntaxToken> {
        tokens(self.syntax(), NAME)
    }
}

impl GroupPattern {
    /// The parenthesized pattern.
    pub fn pattern(&self) -> Option<Pattern> {
        child(self.syntax())
    }
}

impl SequencePattern {
    /// The element patterns.
    pub fn patterns(&self) -> impl Iterator<Item = Pattern> {
        children(self.syntax())
    }
}

impl StarPattern {
    /// The name after `*` (`_` for `*_`).
    pub fn name(&self) -> Option<SyntaxToken> {
        token(self.syntax(), NAME)
    }
}

impl MappingPattern {
    /// The `key: pattern` items.
    pub fn items(&self) -> impl Iterator<Item = MappingItem> {
        children(self.syntax())
    }

    /// The `**rest` entry, if any.
    pub fn rest(&self) -> Option<DoubleStarPattern> {
        child(self.syntax())
    }
}

impl MappingItem {
    /// The key pattern (a literal or value pattern).
    pub fn key(&self) -> Option<Pattern> {
        child_before(self.syntax(), COLON)
    }

    /// The value pattern after ':'.
    pub fn value(&self) -> Option<Pattern> {
        child_after(self.syntax(), COLON)
    }
}

impl DoubleStarPattern {
    /// The name after `**`.
    pub fn name(&self) -> Option<SyntaxToken> {
        token(self.syntax(), NAME)
    }
}

impl ClassPattern {
    /// The components of the class's dotted name.
    pub fn class_names(&self) -> impl Iterator<Item = SyntaxToken> {
        tokens(self.syntax(), NAME)
    }

    /// The arguments in parentheses.
    pub fn args(&self) -> Option<PatternArgs> {
        child(self.syntax())
    }
}

impl PatternArgs {
    /// The positional patterns.
    pub fn patterns(&self) -> impl Iterator<Item = Pattern> {
        children(self.syntax())
    }

    /// The `name=pattern` arguments.
    pub fn keywords(&self) -> impl Iterator<Item = KeywordPattern> {
        children(self.syntax())
    }
}

impl KeywordPattern {
    /// The attribute name before '='.
    pub fn name(&self) -> Option<SyntaxToken> {
        token(self.syntax(), NAME)
    }

    /// The pattern after '='.
    pub fn pattern(&self) -> Option<Pattern> {
        child(self.syntax())
    }
}
