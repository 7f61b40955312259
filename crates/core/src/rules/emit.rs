//! Compiled rules written out as Rust: the source of `builtin.rs`.
//!
//! The built-in rules are compiled at build time, by the same validator
//! that checks any rule file, and kept as a `static` the app and the CLI use
//! as they are: the WebAssembly carries neither a JSON parser nor the
//! validator, and starts without parsing anything. `tests/builtin.rs`
//! checks that `builtin.rs` is what the rule files compile to, and rewrites
//! it when they changed (as rust-analyzer's generated sources are kept).

use super::file::{
    ArrivalStep, CareAdvice, CarePlace, CodePhase, CodeRule, Condition, Contradiction, Notice,
};
use super::model::{
    Applies, Citation, Contact, Horizon, NationalRule, Period, Policy, Reading, Requirement, Rules,
};
use crate::domain::{
    ArrivalId, Blocker, CareNeed, CodeCategory, Confidence, ContactPurpose, DocumentId, HealthCode,
    Layer, List, Mode, Purpose, Risk, Scope, Str, TestKind, Text,
};
use crate::region::RegionCode;
use crate::time::Instant;
use crate::windows::TestRule;
use std::fmt::Write;

/// The Rust source of a `static` holding `rules`.
pub(super) fn rules_source(rules: &Rules) -> String {
    let mut out = Rust {
        text: String::new(),
        depth: 0,
    };
    out.text.push_str(HEADER);
    out.text.push_str("pub(super) static RULES: Rules = ");
    rules.emit(&mut out);
    out.text.push_str(";\n");
    out.text
}

const HEADER: &str = "\
// Generated from www/rules/*.json by `cargo test -p cango-core --test rules`
// (crates/core/src/rules/emit.rs): do not edit.

use super::model::Applies;
use super::*;
use crate::domain::*;
use crate::region::RegionCode;
use crate::time::Instant;
use crate::windows::TestRule;
use std::borrow::Cow;

";

/// Rust source being written, one item of a list per line.
struct Rust {
    text: String,
    depth: usize,
}

impl Rust {
    fn push(&mut self, s: &str) {
        self.text.push_str(s);
    }

    fn line(&mut self) {
        self.text.push('\n');
        for _ in 0..self.depth {
            self.text.push_str("    ");
        }
    }
}

/// A value that can be written as a Rust constant expression.
trait Emit {
    fn emit(&self, out: &mut Rust);
}

impl Emit for bool {
    fn emit(&self, out: &mut Rust) {
        out.push(if *self { "true" } else { "false" });
    }
}

impl Emit for u32 {
    fn emit(&self, out: &mut Rust) {
        let _ = write!(out.text, "{self}");
    }
}

impl Emit for Instant {
    fn emit(&self, out: &mut Rust) {
        let _ = write!(out.text, "Instant::from_unix({})", self.unix());
    }
}

impl Emit for RegionCode {
    fn emit(&self, out: &mut Rust) {
        let _ = write!(out.text, "RegionCode::new({})", self.number());
    }
}

impl Emit for Str {
    fn emit(&self, out: &mut Rust) {
        // Debug of a str is a Rust string literal (quotes and escapes).
        let _ = write!(out.text, "Cow::Borrowed({:?})", &**self);
    }
}

impl<T: Emit + Clone> Emit for List<T> {
    fn emit(&self, out: &mut Rust) {
        if self.is_empty() {
            out.push("Cow::Borrowed(&[])");
            return;
        }
        out.push("Cow::Borrowed(&[");
        out.depth += 1;
        for item in self.iter() {
            out.line();
            item.emit(out);
            out.push(",");
        }
        out.depth -= 1;
        out.line();
        out.push("])");
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut Rust) {
        match self {
            None => out.push("None"),
            Some(value) => {
                out.push("Some(");
                value.emit(out);
                out.push(")");
            }
        }
    }
}

impl<A: Emit, B: Emit> Emit for (A, B) {
    fn emit(&self, out: &mut Rust) {
        out.push("(");
        self.0.emit(out);
        out.push(", ");
        self.1.emit(out);
        out.push(")");
    }
}

/// Fieldless enums, written as their variant's path.
macro_rules! choices {
    ($($name:ident),* $(,)?) => {$(
        impl Emit for $name {
            fn emit(&self, out: &mut Rust) {
                let _ = write!(out.text, concat!(stringify!($name), "::{:?}"), self);
            }
        }
    )*};
}

choices!(
    ArrivalId,
    Blocker,
    CareNeed,
    CodeCategory,
    Confidence,
    ContactPurpose,
    DocumentId,
    HealthCode,
    Layer,
    Mode,
    Purpose,
    Risk,
    Scope,
    TestKind,
);

/// Structs, written field by field: a field missing here is a field missing
/// in the generated expression, which then fails to compile.
macro_rules! structs {
    ($($name:ident { $($field:ident),* $(,)? })*) => {$(
        impl Emit for $name {
            fn emit(&self, out: &mut Rust) {
                out.push(concat!(stringify!($name), " {"));
                out.depth += 1;
                $(
                    out.line();
                    out.push(concat!(stringify!($field), ": "));
                    self.$field.emit(out);
                    out.push(",");
                )*
                out.depth -= 1;
                out.line();
                out.push("}");
            }
        }
    )*};
}

structs! {
    Rules { citations, national_rules, policies }
    Citation { id, issuer, date, day, title, file, confidence, how, quote }
    NationalRule { id, title, text, period, from_reason, explains, contacts, sources }
    Period { from, until }
    Contact { name, phone, url, purpose, region, sources }
    Policy {
        id, file, layer, jurisdiction, scope, border, from, ends, horizon, replaces,
        every_route, reading, summary, applies, requirements, arrival, notices, contacts,
        code_categories, care_places, care_advice, sources, disputed_by, contradicts,
        confidence, newest_source,
    }
    Horizon { until, reason }
    Reading { text, outside }
    Applies { origin_risk, purpose, destination, mode }
    Requirement { id, text, condition, document, sources, reading, confidence }
    ArrivalStep { id, text, sources }
    Notice { id, text, sources, disputed_by }
    Contradiction { national_rule, requirement, when_origin_risk, local }
    CodeRule { text, phases, sources }
    CodePhase { colour, days, ends_at_until }
    CarePlace { id, name, phones, risks, departments, access, sources }
    CareAdvice { needs, risks, text, sources }
    TestRule { kind, count, within_hours, last_within_hours, once_a_day }
    Text { zh, en, ug }
}

impl Emit for Condition {
    fn emit(&self, out: &mut Rust) {
        match self {
            Condition::NegativeTests(rule) => {
                out.push("Condition::NegativeTests(");
                rule.emit(out);
                out.push(")");
            }
            Condition::HealthCode { colour } => {
                out.push("Condition::HealthCode { colour: ");
                colour.emit(out);
                out.push(" }");
            }
            Condition::HealthCodeNot { colours } => {
                out.push("Condition::HealthCodeNot { colours: ");
                colours.emit(out);
                out.push(" }");
            }
            Condition::NoPositiveTest { tests } => {
                out.push("Condition::NoPositiveTest { tests: ");
                tests.emit(out);
                out.push(" }");
            }
            Condition::NoRiskStay {
                days,
                levels,
                include_origin,
            } => {
                out.push("Condition::NoRiskStay { days: ");
                days.emit(out);
                out.push(", levels: ");
                levels.emit(out);
                out.push(", include_origin: ");
                include_origin.emit(out);
                out.push(" }");
            }
            Condition::Document { document } => {
                out.push("Condition::Document { document: ");
                document.emit(out);
                out.push(" }");
            }
            Condition::Quarantine { days, release } => {
                out.push("Condition::Quarantine { days: ");
                days.emit(out);
                out.push(", release: ");
                release.emit(out);
                out.push(" }");
            }
            Condition::Approval {
                authority,
                document,
            } => {
                out.push("Condition::Approval { authority: ");
                authority.emit(out);
                out.push(", document: ");
                document.emit(out);
                out.push(" }");
            }
        }
    }
}
