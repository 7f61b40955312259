//! JSON as requests arrive: a strict reader and a compact writer.
//!
//! Requests are small and read by hand field by field (`input`), so a value
//! tree is all they need. Owning it here, rather than taking serde_json's,
//! keeps a JSON parser with float parsing and formatting out of the
//! WebAssembly, and lets the reader refuse what serde_json accepts
//! silently: a key given twice in one object, where the last would decide.
//! Numbers keep the text they were written with: no request reads one, and
//! an error message shows it as the traveller wrote it.

use std::fmt::{self, Write};

/// A JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number, as written (checked against the JSON grammar).
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Object),
}

/// The members of an object, in their order, each key once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Object(Vec<(String, Value)>);

impl Object {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find_map(|(k, v)| (k == key).then_some(v))
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Sets `key`, replacing its value where it is already a member.
    pub fn insert(&mut self, key: &str, value: Value) {
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some((_, old)) => *old = value,
            None => self.0.push((key.to_string(), value)),
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let i = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.remove(i).1)
    }
}

/// An object of these members, in this order.
pub fn object<const N: usize>(members: [(&str, Value); N]) -> Value {
    Value::Object(members.into_iter().collect())
}

impl<K: Into<String>> FromIterator<(K, Value)> for Object {
    /// Members in order; a later key replaces an earlier one.
    fn from_iter<I: IntoIterator<Item = (K, Value)>>(members: I) -> Object {
        let mut object = Object::default();
        for (key, value) in members {
            object.insert(&key.into(), value);
        }
        object
    }
}

impl Value {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Object> {
        match self {
            Value::Object(object) => Some(object),
            _ => None,
        }
    }

    /// A whole number written without sign, fraction or exponent.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value::String(text.to_string())
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Value {
        Value::Number(n.to_string())
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(value: Option<T>) -> Value {
        value.map_or(Value::Null, Into::into)
    }
}

impl From<Object> for Value {
    fn from(object: Object) -> Value {
        Value::Object(object)
    }
}

/// Compact JSON, as serde_json writes it.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => f.write_str(if *b { "true" } else { "false" }),
            Value::Number(n) => f.write_str(n),
            Value::String(s) => write_string(f, s),
            Value::Array(items) => {
                f.write_char('[')?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_char(',')?;
                    }
                    item.fmt(f)?;
                }
                f.write_char(']')
            }
            Value::Object(object) => {
                f.write_char('{')?;
                for (i, (key, value)) in object.iter().enumerate() {
                    if i > 0 {
                        f.write_char(',')?;
                    }
                    write_string(f, key)?;
                    f.write_char(':')?;
                    value.fmt(f)?;
                }
                f.write_char('}')
            }
        }
    }
}

fn write_string(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    f.write_char('"')?;
    for c in s.chars() {
        match c {
            '"' => f.write_str("\\\"")?,
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            '\r' => f.write_str("\\r")?,
            '\t' => f.write_str("\\t")?,
            '\u{8}' => f.write_str("\\b")?,
            '\u{c}' => f.write_str("\\f")?,
            c if c < ' ' => write!(f, "\\u{:04x}", c as u32)?,
            c => f.write_char(c)?,
        }
    }
    f.write_char('"')
}

/// Why a text is not JSON, and where (1-based, as editors count).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub problem: &'static str,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.problem, self.line, self.column
        )
    }
}

/// What reading stopped at: bad syntax, or a key given twice (at `path`,
/// such as `tests[1].kind`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    Syntax(SyntaxError),
    KeyTwice { path: String, key: String },
}

/// Deeper than any request, shallow enough for a phone's stack.
const MAX_DEPTH: usize = 128;

/// Reads one JSON value filling the whole text (RFC 8259).
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    let value = p.value(&mut String::new())?;
    p.skip_space();
    if p.at < p.bytes.len() {
        return Err(p.error("trailing characters"));
    }
    Ok(value)
}

struct Parser<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, problem: &'static str) -> ParseError {
        // `at` is always at a char boundary: the parser steps over ASCII
        // bytes, and over runs of a string's text that end at one.
        let before = self.text.get(..self.at).unwrap_or(self.text);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        ParseError::Syntax(SyntaxError {
            problem,
            line,
            column,
        })
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    /// The value starting here; `path` names it for a key given twice.
    fn value(&mut self, path: &mut String) -> Result<Value, ParseError> {
        self.skip_space();
        match self.peek() {
            None => Err(self.error("EOF while parsing a value")),
            Some(b'{') => self.nested(|p| p.object(path)),
            Some(b'[') => self.nested(|p| p.array(path)),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected value")),
        }
    }

    fn nested(
        &mut self,
        read: impl FnOnce(&mut Self) -> Result<Value, ParseError>,
    ) -> Result<Value, ParseError> {
        if self.depth == MAX_DEPTH {
            return Err(self.error("recursion limit exceeded"));
        }
        self.depth += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn word(&mut self, word: &'static str, value: Value) -> Result<Value, ParseError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("expected value"))
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.at;
        self.eat(b'-');
        if !self.eat(b'0') && self.digits() == 0 {
            return Err(self.error("invalid number"));
        }
        if self.eat(b'.') && self.digits() == 0 {
            return Err(self.error("invalid number"));
        }
        if self.eat(b'e') || self.eat(b'E') {
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        Ok(Value::Number(self.text[start..self.at].to_string()))
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            let run = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // The run ends at an ASCII byte, so it ends on a char boundary.
            out.push_str(&self.text[run..self.at]);
            match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let c = self.escape()?;
                    out.push(c);
                }
                Some(_) => {
                    return Err(self
                        .error("control character (\\u0000-\\u001F) found while parsing a string"))
                }
            }
        }
    }

    fn escape(&mut self) -> Result<char, ParseError> {
        let Some(byte) = self.peek() else {
            return Err(self.error("EOF while parsing a string"));
        };
        self.at += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                if (0xDC00..0xE000).contains(&first) {
                    return Err(self.error("lone leading surrogate in hex escape"));
                }
                let code = if (0xD800..0xDC00).contains(&first) {
                    if !(self.eat(b'\\') && self.eat(b'u')) {
                        return Err(self.error("unexpected end of hex escape"));
                    }
                    let second = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(self.error("lone leading surrogate in hex escape"));
                    }
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                } else {
                    first
                };
                char::from_u32(code).ok_or_else(|| self.error("invalid unicode code point"))?
            }
            _ => return Err(self.error("invalid escape")),
        })
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| (b as char).to_digit(16))
                .ok_or_else(|| self.error("invalid escape"))?;
            code = code * 16 + digit;
            self.at += 1;
        }
        Ok(code)
    }

    fn array(&mut self, path: &mut String) -> Result<Value, ParseError> {
        self.at += 1; // '['
        let mut items = Vec::new();
        self.skip_space();
        if self.eat(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            let len = path.len();
            let _ = write!(path, "[{}]", items.len());
            let item = self.value(path);
            path.truncate(len);
            items.push(item?);
            self.skip_space();
            if self.eat(b']') {
                return Ok(Value::Array(items));
            }
            if !self.eat(b',') {
                return Err(self.end_or("EOF while parsing a list", "expected `,` or `]`"));
            }
        }
    }

    fn object(&mut self, path: &mut String) -> Result<Value, ParseError> {
        self.at += 1; // '{'
        let mut members: Vec<(String, Value)> = Vec::new();
        self.skip_space();
        if self.eat(b'}') {
            return Ok(Value::Object(Object(members)));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.end_or("EOF while parsing an object", "key must be a string"));
            }
            let key = self.string()?;
            let len = path.len();
            if len > 0 {
                path.push('.');
            }
            path.push_str(&key);
            if members.iter().any(|(k, _)| *k == key) {
                return Err(ParseError::KeyTwice {
                    path: path.clone(),
                    key,
                });
            }
            self.skip_space();
            if !self.eat(b':') {
                return Err(self.end_or("EOF while parsing an object", "expected `:`"));
            }
            let value = self.value(path);
            path.truncate(len);
            members.push((key, value?));
            self.skip_space();
            if self.eat(b'}') {
                return Ok(Value::Object(Object(members)));
            }
            if !self.eat(b',') {
                return Err(self.end_or("EOF while parsing an object", "expected `,` or `}`"));
            }
        }
    }

    /// `at_end` when the text ended, else `otherwise`.
    fn end_or(&self, at_end: &'static str, otherwise: &'static str) -> ParseError {
        self.error(if self.peek().is_none() {
            at_end
        } else {
            otherwise
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syntax(text: &str) -> String {
        match parse(text) {
            Err(ParseError::Syntax(e)) => e.to_string(),
            other => panic!("{text:?}: expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn reads_and_writes_like_serde_json() {
        let texts = [
            r#"{"a":[1,-2,2.5,true,false,null,"x"],"b":{"c":{}},"d":[]}"#,
            r#"["\"\\\/\b\f\n\r\t\u0001\u00e9\ud83d\ude00 能走吗"]"#,
            "  { \"k\" : [ ] }\n",
        ];
        for text in texts {
            let ours = parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
            let theirs: serde_json::Value = serde_json::from_str(text).expect("valid");
            assert_eq!(ours.to_string(), theirs.to_string(), "{text}");
        }
        // Numbers as written, where serde_json would write `1000.0`.
        let numbers = parse("[1e3,-0.5E-2,10]").map(|v| v.to_string());
        assert_eq!(numbers, Ok("[1e3,-0.5E-2,10]".to_string()));
        assert_eq!(parse("10").ok().and_then(|v| v.as_u64()), Some(10));
    }

    #[test]
    fn refuses_what_is_not_json_saying_where() {
        assert_eq!(syntax(""), "EOF while parsing a value at line 1 column 1");
        assert_eq!(
            syntax("[1,"),
            "EOF while parsing a value at line 1 column 4"
        );
        assert_eq!(syntax("{} {}"), "trailing characters at line 1 column 4");
        assert_eq!(syntax("{\n \"a\" 1}"), "expected `:` at line 2 column 6");
        assert_eq!(syntax("[1 2]"), "expected `,` or `]` at line 1 column 4");
        assert_eq!(
            syntax("{\"a\":1,}"),
            "key must be a string at line 1 column 8"
        );
        assert_eq!(syntax("[01]"), "expected `,` or `]` at line 1 column 3");
        for bad in [
            "nope",
            "[1.]",
            "[-]",
            "[1e]",
            "\"\\x\"",
            "\"a\u{1}\"",
            "[\"\\ud800\"]",
            "{\"a\"",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
            assert!(
                serde_json::from_str::<serde_json::Value>(bad).is_err(),
                "{bad:?}"
            );
        }
        let deep = "[".repeat(MAX_DEPTH + 1);
        assert!(syntax(&deep).starts_with("recursion limit exceeded"));
    }

    #[test]
    fn a_key_twice_is_refused_with_its_path() {
        let e = parse(r#"{"tests":[{"kind":"nat"},{"kind":"nat","kind":"antigen"}]}"#);
        assert_eq!(
            e,
            Err(ParseError::KeyTwice {
                path: "tests[1].kind".into(),
                key: "kind".into()
            })
        );
    }

    #[test]
    fn objects_keep_their_order_and_replace_on_insert() {
        let mut o: Object = [("b", Value::Null), ("a", true.into())]
            .into_iter()
            .collect();
        o.insert("b", "x".into());
        assert_eq!(
            Value::Object(o.clone()).to_string(),
            r#"{"b":"x","a":true}"#
        );
        assert_eq!(o.remove("b"), Some(Value::from("x")));
        assert_eq!(Value::Object(o).to_string(), r#"{"a":true}"#);
    }
}
