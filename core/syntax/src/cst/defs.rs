//! Accessors of definitions: functions, classes, decorators, parameters.

use super::{
    child, child_after, children, text_of, token, Annotation, AnyParam, ArgList, Block, ClassDef,
    CstNode, Decorator, DoubleStarParam, Expr, FunctionDef, Param, ParamDefault, ParamList,
    ReturnType, SlashParam, StarParam,
};
use crate::SyntaxKind::{self, *};
use crate::{SyntaxElement, SyntaxNode, SyntaxToken, TextRange};

/// The range of a definition's header: from its first keyword (after the
/// decorators) to the end of its last element before the body, which is
/// the ':' in a valid tree. Trivia and newlines are left out.
fn header_range(node: &SyntaxNode) -> TextRange {
    let mut header = node
        .children_with_tokens()
        .filter(|e| e.kind() != DECORATOR)
        .take_while(|e| e.kind() != BLOCK)
        .filter(|e| !e.kind().is_trivia() && e.kind() != NEWLINE)
        .map(|e: SyntaxElement| e.text_range());
    match header.next() {
        Some(first) => header.fold(first, |acc, r| acc.cover(r)),
        None => TextRange::empty(node.text_range().start()),
    }
}

impl FunctionDef {
    /// The decorators, outermost first.
    pub fn decorators(&self) -> impl Iterator<Item = Decorator> {
        children(self.syntax())
    }

    /// True for `async def`.
    pub fn is_async(&self) -> bool {
        self.async_token().is_some()
    }

    /// The `async` keyword, if any.
    pub fn async_token(&self) -> Option<SyntaxToken> {
        token(self.syntax(), ASYNC_KW)
    }

    /// The `def` keyword.
    pub fn def_token(&self) -> Option<SyntaxToken> {
        token(self.syntax(), DEF_KW)
    }

    /// The function's name (a NAME token).
    pub fn name(&self) -> Option<SyntaxToken> {
        token(self.syntax(), NAME)
    }

    /// The function's name as text.
    pub fn name_text(&self) -> Option<String> {
        text_of(self.name())
    }

    /// The parenthesized parameters.
    pub fn param_list(&self) -> Option<ParamList> {
        child(self.syntax())
    }

    /// The `-> expr` annotation, if any.
    pub fn return_type(&self) -> Option<ReturnType> {
        child(self.syntax())
    }

    /// The ':' that ends the header.
    pub fn colon_token(&self) -> Option<SyntaxToken> {
        token(self.syntax(), COLON)
    }

    /// The body.
    pub fn body(&self) -> Option<Block> {
        child(self.syntax())
    }

    /// `[async] def name(params) -> type:`, without decorators; it ends at
    /// the ':' (or at the last header element if the ':' is missing).
    pub fn header_range(&self) -> TextRange {
        header_range(self.syntax())
    }
}

impl ClassDef {
    /// The decorators, outermost first.
    pub fn decorators(&self) -> impl Iterator<Item = Decorator> {
        children(self.syntax())
    }

    /// The `class` keyword.
    pub fn class_token(&self) -> Option<SyntaxToken> {
        token(self.syntax(), CLASS_KW)
    }

    /// The class's name (a NAME token).
    pub fn name(&self) -> Option<SyntaxToken> {
        token(self.syntax(), NAME)
    }

    /// The class's name as text.
    pub fn name_text(&self) -> Option<String> {
        text_of(self.name())
    }

    /// `(bases, keywords)`, if present.
    pub fn arg_list(&self) -> Option<ArgList> {
        child(self.syntax())
    }

    /// The ':' that ends the header.
    pub fn colon_token(&self) -> Option<SyntaxToken> {
        token(self.syntax(), COLON)
    }

    /// The body.
    pub fn body(&self) -> Option<Block> {
        child(self.syntax())
    }

    /// `class name(args):`, without decorators; it ends at the ':' (or at
    /// the last header element if the ':' is missing).
    pub fn header_range(&self) -> TextRange {
        header_range(self.syntax())
    }
}

impl Decorator {
    /// The `@` token.
    pub fn at_token(&self) -> Option<SyntaxToken> {
        token(self.syntax(), AT)
    }

    /// The decorator expression.
    pub fn expr(&self) -> Option<Expr> {
        child(self.syntax())
    }
}

impl ReturnType {
    /// The annotation after `->`.
    pub fn expr(&self) -> Option<Expr> {
        child(self.syntax())
    }
}

impl ParamList {
    /// Every entry: plain, `*`, `**` and `/` parameters, in order.
    pub fn params(&self) -> impl Iterator<Item = AnyParam> {
        children(self.syntax())
    }

    /// Every entry that names a parameter, with its name token.
    pub fn named_params(&self) -> impl Iterator<Item = (AnyParam, SyntaxToken)> {
        self.params().filter_map(|p| p.name().map(|n| (p, n)))
    }
}

impl Annotation {
    /// The annotation expression after ':'.
    pub fn expr(&self) -> Option<Expr> {
        child(self.syntax())
    }
}

impl ParamDefault {
    /// The default value after '='.
    pub fn expr(&self) -> Option<Expr> {
        child(self.syntax())
    }
}

/// Accessors shared by the parameter kinds.
macro_rules! param_accessors {
    ($($name:ident),*) => {$(
        impl $name {
            /// The parameter's name (a NAME token); a bare `*` has none.
            pub fn name(&self) -> Option<SyntaxToken> {
                token(self.syntax(), NAME)
            }

            /// The parameter's name as text.
            pub fn name_text(&self) -> Option<String> {
                text_of(self.name())
            }

            /// `: annotation`, if any (never in a lambda).
            pub fn annotation(&self) -> Option<Annotation> {
                child(self.syntax())
            }

            /// `= default`, if any.
            pub fn default(&self) -> Option<ParamDefault> {
                child(self.syntax())
            }
        }
    )*};
}

param_accessors!(Param, StarParam, DoubleStarParam);

impl SlashParam {
    /// The `/` token.
    pub fn slash_token(&self) -> Option<SyntaxToken> {
        token(self.syntax(), SLASH)
    }
}

impl AnyParam {
    /// The parameter's name; `/` and a bare `*` have none.
    pub fn name(&self) -> Option<SyntaxToken> {
        match self {
            AnyParam::SlashParam(_) => None,
            _ => token(self.syntax(), NAME),
        }
    }

    /// The parameter's name as text.
    pub fn name_text(&self) -> Option<String> {
        text_of(self.name())
    }

    /// `: annotation`, if any.
    pub fn annotation(&self) -> Option<Annotation> {
        child(self.syntax())
    }

    /// `= default`, if any.
    pub fn default(&self) -> Option<ParamDefault> {
        child(self.syntax())
    }

    /// The leading `*` or `**` (or the `/`) of a special parameter.
    pub fn marker_token(&self) -> Option<SyntaxToken> {
        let kind: SyntaxKind = match self {
            AnyParam::Param(_) => return None,
            AnyParam::StarParam(_) => STAR,
            AnyParam::DoubleStarParam(_) => DOUBLESTAR,
            AnyParam::SlashParam(_) => SLASH,
        };
        token(self.syntax(), kind)
    }
}

impl ArgList {
    /// Every argument, in order.
    pub fn args(&self) -> impl Iterator<Item = super::Arg> {
        children(self.syntax())
    }

    /// The positional arguments (for a class: its bases).
    pub fn positional(&self) -> impl Iterator<Item = Expr> {
        children(self.syntax())
    }

    /// The `name=value` arguments.
    pub fn keywords(&self) -> impl Iterator<Item = super::KeywordArg> {
        children(self.syntax())
    }
}

impl super::KeywordArg {
    /// The keyword (a NAME token).
    pub fn name(&self) -> Option<SyntaxToken> {
        token(self.syntax(), NAME)
    }

    /// The value after '='.
    pub fn value(&self) -> Option<Expr> {
        child_after(self.syntax(), EQUAL)
    }
}

impl super::StarArg {
    /// The expression after `*`.
    pub fn expr(&self) -> Option<Expr> {
        child(self.syntax())
    }
}

impl super::DoubleStarArg {
    /// The expression after `**`.
    pub fn expr(&self) -> Option<Expr> {
        child(self.syntax())
    }
}
