//! Struct format strings: the byte order and the list of codes with
//! their offsets, as `_struct.c`'s `prepare_s` computes them (native
//! sizes and alignment for `@`, standard sizes otherwise).

/// Which table a format uses.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    /// `@` (or no prefix): native sizes, alignment and byte order.
    Native,
    /// `<` and `=` (this is a little-endian machine): standard sizes.
    Little,
    /// `>` and `!`: standard sizes, big-endian.
    Big,
}

/// A run of items of one format character (or one `s`/`p` string).
#[derive(Clone, Copy, Debug)]
pub struct Code {
    /// The format character.
    pub kind: u8,
    /// Where the first item starts.
    pub offset: usize,
    /// The size of each item in bytes (the whole field for `s` and `p`).
    pub size: usize,
    /// How many items (a repeat count; 1 for `s` and `p`).
    pub count: usize,
}

/// A parsed format.
#[derive(Debug)]
pub struct Layout {
    /// The byte order and size table.
    pub order: Order,
    /// The items, pad bytes excluded.
    pub codes: Vec<Code>,
    /// The total size in bytes.
    pub size: usize,
    /// How many values the format packs.
    pub len: usize,
}

/// The size and alignment of format character `c` in `order`'s table,
/// None if the table has no such character.
fn entry(c: u8, order: Order) -> Option<(usize, usize)> {
    let std = order != Order::Native;
    let (size, align) = match c {
        b'x' | b'b' | b'B' | b'c' | b's' | b'p' | b'?' => (1, 1),
        b'h' | b'H' | b'e' => (2, 2),
        b'i' | b'I' | b'f' => (4, 4),
        b'l' | b'L' if std => (4, 4),
        b'l' | b'L' | b'q' | b'Q' | b'd' => (8, 8),
        b'n' | b'N' | b'P' if !std => (8, 8),
        _ => return None,
    };
    // Standard sizes are packed with no alignment.
    Some((size, if std { 1 } else { align }))
}

/// Why a format is invalid (struct.error messages).
pub enum FormatError {
    /// A character that is not a format code.
    BadChar,
    /// Digits at the end of the format.
    RepeatWithoutCode,
    /// A size past `isize::MAX`.
    TooLong,
    /// A NUL byte in the format.
    EmbeddedNull,
}

impl FormatError {
    /// CPython's message.
    pub fn message(&self) -> &'static str {
        match self {
            FormatError::BadChar => "bad char in struct format",
            FormatError::RepeatWithoutCode => "repeat count given without format specifier",
            FormatError::TooLong => "total struct size too long",
            FormatError::EmbeddedNull => "embedded null character",
        }
    }
}

/// Parses an ASCII format.
pub fn parse(fmt: &[u8]) -> Result<Layout, FormatError> {
    if fmt.contains(&0) {
        return Err(FormatError::EmbeddedNull);
    }
    let (order, body) = match fmt.first() {
        Some(b'<' | b'=') => (Order::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Order::Big, &fmt[1..]),
        Some(b'@') => (Order::Native, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    const MAX: usize = isize::MAX as usize;
    let mut codes = Vec::new();
    let mut size: usize = 0;
    let mut len: usize = 0;
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            continue;
        }
        let mut num: usize = 1;
        if c.is_ascii_digit() {
            num = (c - b'0') as usize;
            loop {
                let Some(&d) = body.get(i) else {
                    return Err(FormatError::RepeatWithoutCode);
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                num = num
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((d - b'0') as usize))
                    .filter(|n| *n <= MAX)
                    .ok_or(FormatError::TooLong)?;
            }
        }
        let (itemsize, align) = entry(c, order).ok_or(FormatError::BadChar)?;
        if align > 1 && size > 0 {
            size = size
                .checked_add((align - size % align) % align)
                .filter(|n| *n <= MAX)
                .ok_or(FormatError::TooLong)?;
        }
        if num > (MAX - size) / itemsize {
            return Err(FormatError::TooLong);
        }
        match c {
            b's' | b'p' => {
                codes.push(Code {
                    kind: c,
                    offset: size,
                    size: num,
                    count: 1,
                });
                len += 1;
            }
            b'x' => {}
            _ if num > 0 => {
                codes.push(Code {
                    kind: c,
                    offset: size,
                    size: itemsize,
                    count: num,
                });
                len += num;
            }
            _ => {}
        }
        size += num * itemsize;
    }
    Ok(Layout {
        order,
        codes,
        size,
        len,
    })
}
