//! Accessors of expressions and comprehension clauses.

use super::*;
use crate::SyntaxKind::*;

/// The first direct child token that is not trivia (an operator or keyword
/// of a node whose operands are all nodes).
fn first_significant_token(node: &SyntaxNode) -> Option<SyntaxToken> {
    node.children_with_tokens()
        .filter_map(SyntaxElement::into_token)
        .find(|t| !t.kind().is_trivia())
}

impl NameExpr {
    /// The name (a NAME token).
    pub fn name(&self) -> Option<SyntaxToken> {
        token(self.syntax(), NAME)
    }

    /// The name as text.
    pub fn name_text(&self) -> Option<String> {
        text_of(self.name())
    }
}

impl Literal {
    /// The literal's token (NUMBER, `None`, `True`, `False` or `...`).
    pub fn token(&self) -> Option<SyntaxToken> {
        first_significant_token(self.syntax())
    }
}

impl StringExpr {
    /// The STRING tokens, concatenated implicitly.
    pub fn strings(&self) -> impl Iterator<Item = SyntaxToken> {
        tokens(self.syntax(), STRING)
    }
}

impl ParenExpr {
    /// The parenthesized expression.
    pub fn expr(&self) -> Option<Expr> {
        child(self.syntax())
    }
}

impl TupleExpr {
    /// The elements.
    pub fn elements(&self) -> impl Iterator<Item = Expr> {
        children(self.syntax())
    }
}

impl ListExpr {
    /// The elements.
    pub fn elements(&self) -> impl Iterator<Item = Expr> {
        children(self.syntax())
    }
}

impl SetExpr {
    /// The elements.
    pub fn elements(&self) -> impl Iterator<Item = Expr> {
        children(self.syntax())
    }
}

impl DictExpr {
    /// The `key: value` and `**mapping` items.
    pub fn items(&self) -> impl Iterator<Item = DictItem> {
        children(self.syntax())
    }
}

impl DictItem {
    /// True for `**mapping`.
    pub fn is_unpack(&self) -> bool {
        token(self.syntax(), DOUBLESTAR).is_some()
    }

    /// The key; `**mapping` has none.
    pub fn key(&self) -> Option<Expr> {
        if self.is_unpack() {
            return None;
        }
        child_before(self.syntax(), COLON)
    }

    /// The value (for `**mapping`, the mapping).
    pub fn value(&self) -> Option<Expr> {
        if self.is_unpack() {
            return child(self.syntax());
        }
        child_after(self.syntax(), COLON)
    }
}

/// Accessors shared by list, set and generator comprehensions.
macro_rules! comprehension_accessors {
    ($($name:ident),*) => {$(
        impl $name {
            /// The element computed for each iteration.
            pub fn element(&self) -> Option<Expr> {
                child(self.syntax())
            }

            /// The `for` clauses, in order.
            pub fn generators(&self) -> impl Iterator<Item = CompFor> {
                children(self.syntax())
            }
        }
    )*};
}

comprehension_accessors!(ListComp, SetComp, GeneratorExp);

impl DictComp {
    /// The `key: value` computed for each iteration.
    pub fn item(&self) -> Option<DictItem> {
        child(self.syntax())
    }

    /// The `for` clauses, in order.
    pub fn generators(&self) -> impl Iterator<Item = CompFor> {
        children(self.syntax())
    }
}

impl CompFor {
    /// True for `async for`.
    pub fn is_async(&self) -> bool {
        token(self.syntax(), ASYNC_KW).is_some()
    }

    /// The target (a tuple if there are several).
    pub fn target(&self) -> Option<Expr> {
        child_before(self.syntax(), IN_KW)
    }

    /// The iterable after `in`.
    pub fn iter(&self) -> Option<Expr> {
        child_after(self.syntax(), IN_KW)
    }

    /// The `if` filters, in order.
    pub fn ifs(&self) -> impl Iterator<Item = CompIf> {
        children(self.syntax())
    }
}

impl CompIf {
    /// The filter condition.
    pub fn condition(&self) -> Option<Expr> {
        child(self.syntax())
    }
}

impl BinExpr {
    /// The left operand.
    pub fn lhs(&self) -> Option<Expr> {
        child(self.syntax())
    }

    /// The operator token.
    pub fn op_token(&self) -> Option<SyntaxToken> {
        first_significant_token(self.syntax())
    }

    /// The right operand.
    pub fn rhs(&self) -> Option<Expr> {
        nth_child(self.syntax(), 1)
    }
}

impl UnaryExpr {
    /// The operator token (`-`, `+`, `~` or `not`).
    pub fn op_token(&self) -> Option<SyntaxToken> {
        first_significant_token(self.syntax())
    }

    /// The operand.
    pub fn operand(&self) -> Option<Expr> {
        child(self.syntax())
    }
}

impl BoolExpr {
    /// The operator token (`and` or `or`).
    pub fn op_token(&self) -> Option<SyntaxToken> {
        first_significant_token(self.syntax())
    }

    /// The operands, left to right.
    pub fn operands(&self) -> impl Iterator<Item = Expr> {
        children(self.syntax())
    }
}

impl CompareExpr {
    /// The operands, left to right.
    pub fn operands(&self) -> impl Iterator<Item = Expr> {
        children(self.syntax())
    }

    /// The operator tokens (`not in` and `is not` are two tokens each).
    pub fn op_tokens(&self) -> impl Iterator<Item = SyntaxToken> {
        self.syntax()
            .children_with_tokens()
            .filter_map(SyntaxElement::into_token)
            .filter(|t| !t.kind().is_trivia())
    }
}

impl CallExpr {
    /// The called expression.
    pub fn callee(&self) -> Option<Expr> {
        child(self.syntax())
    }

    /// The arguments in parentheses.
    pub fn arg_list(&self) -> Option<ArgList> {
        child(self.syntax())
    }
}

impl AttributeExpr {
    /// The expression before the '.'.
    pub fn receiver(&self) -> Option<Expr> {
        child(self.syntax())
    }

    /// The attribute name after the '.' (a NAME token).
    pub fn name(&self) -> Option<SyntaxToken> {
        token_after(self.syntax(), DOT, NAME)
    }

    /// The attribute name as text.
    pub fn name_text(&self) -> Option<String> {
        text_of(self.name())
    }
}

impl SubscriptExpr {
    /// The subscripted expression.
    pub fn value(&self) -> Option<Expr> {
        child(self.syntax())
    }

    /// The index in brackets (a slice, or a tuple of several).
    pub fn index(&self) -> Option<Expr> {
        child_after(self.syntax(), LSQB)
    }
}

impl SliceExpr {
    /// The expression after `colons` colons (0: lower, 1: upper, 2: step).
    fn part(&self, colons: usize) -> Option<Expr> {
        let mut seen = 0;
        for element in self.syntax().children_with_tokens() {
            match element {
                SyntaxElement::Token(t) if t.kind() == COLON => seen += 1,
                SyntaxElement::Node(n) if seen == colons => {
                    if let Some(e) = Expr::cast(n) {
                        return Some(e);
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// The lower bound, if any.
    pub fn lower(&self) -> Option<Expr> {
        self.part(0)
    }

    /// The upper bound, if any.
    pub fn upper(&self) -> Option<Expr> {
        self.part(1)
    }

    /// The step, if any.
    pub fn step(&self) -> Option<Expr> {
        self.part(2)
    }
}

impl StarredExpr {
    /// The expression after `*`.
    pub fn expr(&self) -> Option<Expr> {
        child(self.syntax())
    }
}

impl NamedExpr {
    /// The target before `:=`.
    pub fn target(&self) -> Option<Expr> {
        child_before(self.syntax(), COLONEQUAL)
    }

    /// The value after `:=`.
    pub fn value(&self) -> Option<Expr> {
        child_after(self.syntax(), COLONEQUAL)
    }
}

impl IfExpr {
    /// The value when the test holds (before `if`).
    pub fn body(&self) -> Option<Expr> {
        child_before(self.syntax(), IF_KW)
    }

    /// The test after `if`.
    pub fn test(&self) -> Option<Expr> {
        child_after(self.syntax(), IF_KW)
    }

    /// The value when the test fails (after `else`).
    pub fn orelse(&self) -> Option<Expr> {
        child_after(self.syntax(), ELSE_KW)
    }
}

impl LambdaExpr {
    /// The parameters; `lambda: x` has none.
    pub fn param_list(&self) -> Option<ParamList> {
        child(self.syntax())
    }

    /// The body after ':'.
    pub fn body(&self) -> Option<Expr> {
        child_after(self.syntax(), COLON)
    }
}

impl YieldExpr {
    /// True for `yield from`.
    pub fn is_from(&self) -> bool {
        token(self.syntax(), FROM_KW).is_some()
    }

    /// The yielded value (or the iterable of `yield from`), if any.
    pub fn value(&self) -> Option<Expr> {
        child(self.syntax())
    }
}

impl AwaitExpr {
    /// The awaited expression.
    pub fn value(&self) -> Option<Expr> {
        child(self.syntax())
    }
}
