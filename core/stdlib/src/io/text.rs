//! What the text streams (`StringIO`, `TextIOWrapper`) share: the
//! `newline` argument, where lines end, the universal-newlines decoder
//! (CPython's `IncrementalNewlineDecoder`), and incremental decoding and
//! encoding with the VM's codecs (a multi-byte character split between
//! two chunks waits for the next one; a BOM is written only at the start).

use pvm_vm::builtins::codecs;
use pvm_vm::{PyResult, Value, Vm};

/// How a text stream reads and writes line endings, from its `newline`
/// argument (None, "", "\n", "\r" or "\r\n").
#[derive(Clone, Debug)]
pub(super) struct Newline {
    /// Lines end at "\r", "\n" or "\r\n" (newline None or "").
    pub universal: bool,
    /// "\r\n" and "\r" read as "\n" (newline None).
    pub translate: bool,
    /// The one ending lines end with otherwise.
    pub readnl: Vec<char>,
    /// What "\n" becomes on writing, if anything else.
    pub writenl: Option<&'static str>,
}

impl Newline {
    /// The configuration for `newline` (None when not given or None);
    /// `text_wrapper` streams write os.linesep for None.
    pub fn new(newline: Option<&str>) -> Newline {
        let writenl = match newline {
            Some("\r") => Some("\r"),
            Some("\r\n") => Some("\r\n"),
            _ => None,
        };
        Newline {
            universal: matches!(newline, None | Some("")),
            translate: newline.is_none(),
            readnl: newline.unwrap_or("\n").chars().collect(),
            writenl,
        }
    }

    /// Where the first line of `text` ends (the index after its line
    /// ending), or Err(n) when it has none: the first `n` units cannot
    /// start one, so a later search may skip them. `text` is characters
    /// or UTF-8 bytes (line endings are ASCII, so both work).
    pub fn find_line_end<T: Copy + Into<u32>>(&self, text: &[T]) -> Result<usize, usize> {
        let is = |c: T, want: char| c.into() == want as u32;
        if self.translate {
            return text
                .iter()
                .position(|&c| is(c, '\n'))
                .map(|i| i + 1)
                .ok_or(text.len());
        }
        if self.universal {
            return match text.iter().position(|&c| is(c, '\n') || is(c, '\r')) {
                Some(i) if is(text[i], '\r') && text.get(i + 1).is_some_and(|&c| is(c, '\n')) => {
                    Ok(i + 2)
                }
                Some(i) => Ok(i + 1),
                None => Err(text.len()),
            };
        }
        let nl = &self.readnl;
        if nl.len() == 1 {
            return text
                .iter()
                .position(|&c| is(c, nl[0]))
                .map(|i| i + 1)
                .ok_or(text.len());
        }
        let found = text
            .windows(nl.len())
            .position(|w| w.iter().zip(nl).all(|(&c, &n)| is(c, n)));
        match found {
            Some(i) => Ok(i + nl.len()),
            None => Err(text.len().saturating_sub(nl.len() - 1)),
        }
    }
}

/// Checks a `newline` argument: None or one of the five strings. `owner`
/// names the function in the TypeError; StringIO quotes the bad value.
pub(super) fn newline_arg(
    vm: &mut Vm,
    v: &Value,
    type_message: &str,
    quote: bool,
) -> PyResult<Option<String>> {
    if v.is_null() || v.is_none() {
        return Ok(None);
    }
    let Some(s) = v.as_str() else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("{type_message}, not {tn}")));
    };
    if !matches!(s, "" | "\n" | "\r" | "\r\n") {
        let shown = if quote { vm.repr(v)? } else { s.to_string() };
        return Err(vm.value_error(format!("illegal newline value: {shown}")));
    }
    Ok(Some(s.to_string()))
}

/// Bits of [`NewlineDecoder::seen`].
const SEEN_LF: u8 = 1;
const SEEN_CR: u8 = 2;
const SEEN_CRLF: u8 = 4;

/// CPython's `IncrementalNewlineDecoder` over decoded text: notes which
/// line endings were seen and, when translating, turns "\r\n" and "\r"
/// into "\n". A "\r" at the end of a chunk waits for the next one (it
/// may be half of a "\r\n").
#[derive(Clone, Debug, Default)]
pub(super) struct NewlineDecoder {
    /// Whether to translate.
    pub translate: bool,
    /// A "\r" held back from the end of the last chunk.
    pub pendingcr: bool,
    /// The endings seen so far (SEEN_* bits).
    pub seen: u8,
}

impl NewlineDecoder {
    /// A decoder that translates or not.
    pub fn new(translate: bool) -> NewlineDecoder {
        NewlineDecoder {
            translate,
            ..NewlineDecoder::default()
        }
    }

    /// Decodes one chunk (`last`: no more follow).
    pub fn decode(&mut self, mut text: String, last: bool) -> String {
        if self.pendingcr && (!text.is_empty() || last) {
            text.insert(0, '\r');
            self.pendingcr = false;
        }
        if !last && text.ends_with('\r') {
            text.pop();
            self.pendingcr = true;
        }
        if !text.contains('\r') {
            if text.contains('\n') {
                self.seen |= SEEN_LF;
            }
            return text;
        }
        let crlf = text.matches("\r\n").count();
        let cr = text.matches('\r').count() - crlf;
        let lf = text.matches('\n').count() - crlf;
        for (n, bit) in [(lf, SEEN_LF), (cr, SEEN_CR), (crlf, SEEN_CRLF)] {
            if n > 0 {
                self.seen |= bit;
            }
        }
        if self.translate {
            text = text.replace("\r\n", "\n").replace('\r', "\n");
        }
        text
    }

    /// The `newlines` attribute: None, one ending, or a tuple of them.
    pub fn newlines(&self, vm: &mut Vm) -> Value {
        let mut names = Vec::new();
        if self.seen & SEEN_CR != 0 {
            names.push("\r");
        }
        if self.seen & SEEN_LF != 0 {
            names.push("\n");
        }
        if self.seen & SEEN_CRLF != 0 {
            names.push("\r\n");
        }
        match names.as_slice() {
            [] => Value::None,
            [one] => vm.new_str(*one),
            many => {
                let items = many.iter().map(|s| vm.new_str(*s)).collect();
                vm.new_tuple(items)
            }
        }
    }
}

/// The codecs whose chunks need care when decoded piece by piece.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    /// One byte per character (ascii, latin-1, cp1252).
    Single,
    /// UTF-8, with or without a signature.
    Utf8 { sig: bool },
    /// UTF-16 or UTF-32 (`unit` 2 or 4), big-endian or not (None: from
    /// the BOM).
    Wide { unit: usize, big: Option<bool> },
}

/// A text codec as a text stream uses it.
#[derive(Clone, Debug)]
pub(super) struct Codec {
    /// The encoding name as given (the `encoding` attribute).
    pub encoding: String,
    /// The error handler.
    pub errors: String,
    family: Family,
}

impl Codec {
    /// Looks `encoding` up (LookupError when PVM has no such codec).
    pub fn new(vm: &mut Vm, encoding: &str, errors: &str) -> PyResult<Codec> {
        let family = match codecs::canonical_name(vm, encoding)? {
            "utf-8" => Family::Utf8 { sig: false },
            "utf-8-sig" => Family::Utf8 { sig: true },
            "utf-16" => Family::Wide { unit: 2, big: None },
            "utf-16-le" => Family::Wide {
                unit: 2,
                big: Some(false),
            },
            "utf-16-be" => Family::Wide {
                unit: 2,
                big: Some(true),
            },
            "utf-32" => Family::Wide { unit: 4, big: None },
            "utf-32-le" => Family::Wide {
                unit: 4,
                big: Some(false),
            },
            "utf-32-be" => Family::Wide {
                unit: 4,
                big: Some(true),
            },
            _ => Family::Single,
        };
        Ok(Codec {
            encoding: encoding.to_string(),
            errors: errors.to_string(),
            family,
        })
    }

    /// Encodes text; `started` is false for the first bytes of a stream
    /// (which get the BOM of the codecs that write one).
    pub fn encode(&self, vm: &mut Vm, text: &str, started: bool) -> PyResult<Vec<u8>> {
        // ASCII text is the same in every codec but the wide ones.
        let ascii_compatible = !matches!(self.family, Family::Wide { .. })
            && (started || !matches!(self.family, Family::Utf8 { sig: true }));
        // A lone surrogate (a stand-in, pvm_vm::surrogates) needs the codec.
        let utf8_as_is =
            matches!(self.family, Family::Utf8 { .. }) && !pvm_vm::surrogates::contains(text);
        if ascii_compatible && (text.is_ascii() || utf8_as_is) {
            return Ok(text.as_bytes().to_vec());
        }
        let name = match (self.family, started) {
            (Family::Utf8 { sig: true }, true) => "utf-8",
            (Family::Wide { unit: 2, big: None }, true) => "utf-16-le",
            (Family::Wide { unit: 4, big: None }, true) => "utf-32-le",
            _ => self.encoding.as_str(),
        };
        codecs::encode(vm, text, name, &self.errors)
    }
}

/// The state of an incremental decoder: bytes waiting for the rest of a
/// character, whether the start (BOM) was handled, and for UTF-16/32
/// without explicit byte order the order the BOM gave.
#[derive(Clone, Debug, Default)]
pub(super) struct DecodeState {
    /// Bytes of an incomplete character.
    pub pending: Vec<u8>,
    /// Whether the start of the stream was decoded.
    pub started: bool,
    /// The byte order found in the BOM (UTF-16/32).
    pub big: Option<bool>,
}

impl Codec {
    /// Decodes the next bytes of a stream (`last`: no more follow).
    pub fn decode(
        &self,
        vm: &mut Vm,
        state: &mut DecodeState,
        input: &[u8],
        last: bool,
    ) -> PyResult<String> {
        let mut data = std::mem::take(&mut state.pending);
        data.extend_from_slice(input);
        let mut start = 0;
        let name: &str = match self.family {
            Family::Single => &self.encoding,
            Family::Utf8 { sig } => {
                if sig && !state.started {
                    const BOM: &[u8] = b"\xef\xbb\xbf";
                    if !last && data.len() < 3 && BOM.starts_with(&data) {
                        state.pending = data;
                        return Ok(String::new());
                    }
                    if data.starts_with(BOM) {
                        start = 3;
                    }
                }
                "utf-8"
            }
            Family::Wide { unit, big } => {
                let big = match (big, state.big) {
                    (Some(b), _) | (None, Some(b)) => b,
                    (None, None) => {
                        if !last && data.len() < unit {
                            state.pending = data;
                            return Ok(String::new());
                        }
                        let (le, be): (&[u8], &[u8]) = if unit == 2 {
                            (b"\xff\xfe", b"\xfe\xff")
                        } else {
                            (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
                        };
                        let found = if data.starts_with(le) {
                            Some(false)
                        } else if data.starts_with(be) {
                            Some(true)
                        } else {
                            None
                        };
                        if found.is_some() {
                            start = unit;
                        }
                        let b = found.unwrap_or(false);
                        state.big = Some(b);
                        b
                    }
                };
                match (unit, big) {
                    (2, false) => "utf-16-le",
                    (2, true) => "utf-16-be",
                    (_, false) => "utf-32-le",
                    (_, true) => "utf-32-be",
                }
            }
        };
        state.started = true;
        let end = if last {
            data.len()
        } else {
            start + self.complete_prefix(&data[start..], state.big)
        };
        state.pending = data[end..].to_vec();
        codecs::decode(vm, &data[start..end], name, &self.errors)
    }

    /// How many leading bytes of `data` hold whole characters (the rest
    /// waits for more input).
    fn complete_prefix(&self, data: &[u8], found_big: Option<bool>) -> usize {
        match self.family {
            Family::Single => data.len(),
            Family::Utf8 { .. } => {
                // The last lead byte among the final three, if its
                // sequence is not complete yet.
                for back in 1..=data.len().min(3) {
                    let i = data.len() - back;
                    let b = data[i];
                    if b & 0xC0 == 0x80 {
                        continue;
                    }
                    let need = match b {
                        0xC2..=0xDF => 2,
                        0xE0..=0xEF => 3,
                        0xF0..=0xF4 => 4,
                        _ => 1,
                    };
                    return if back < need { i } else { data.len() };
                }
                data.len()
            }
            Family::Wide { unit, big } => {
                let mut end = data.len() - data.len() % unit;
                if unit == 2 && end >= 2 {
                    // A high surrogate waits for its low half.
                    let (a, b) = (data[end - 2], data[end - 1]);
                    let hi = if big.or(found_big).unwrap_or(false) {
                        a
                    } else {
                        b
                    };
                    if (0xD8..=0xDB).contains(&hi) {
                        end -= 2;
                    }
                }
                end
            }
        }
    }
}

/// The encoding text streams use when none is given: the locale's, as
/// CPython reports it ("UTF-8" under a UTF-8 locale, "utf-8" in the C
/// locale, where Python runs in UTF-8 mode).
pub(super) fn locale_encoding() -> &'static str {
    let var = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_default();
    if var.is_empty() || var == "C" || var == "POSIX" {
        "utf-8"
    } else {
        "UTF-8"
    }
}
