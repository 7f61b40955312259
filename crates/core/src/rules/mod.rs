//! Rulesets: the file format, compilation into [`Rules`], and which
//! policies are in force where.
//!
//! The built-in rules are the JSON files of `www/rules`, compiled into the
//! binary. [`Rules::compile`] checks a set of files and returns either
//! compiled rules or every problem found; nothing else makes a [`Rules`], so
//! an invalid set is never evaluated.

mod compile;
mod file;
mod languages;
mod model;

pub use compile::{Diagnostic, SourceFiles};
pub use file::{
    ArrivalStep, CareAdvice, CarePlace, CodePhase, CodeRule, Condition, Contradiction, Notice,
};
pub use languages::missing_languages;
pub use model::{
    Citation, Contact, Horizon, NationalRule, Period, Policy, Reading, Requirement, Rules,
};

use std::sync::OnceLock;

/// The built-in rule files, by name. Adding a file means adding it here.
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    (
        "national.json",
        include_str!("../../../../www/rules/national.json"),
    ),
    (
        "xinjiang.json",
        include_str!("../../../../www/rules/xinjiang.json"),
    ),
    (
        "changji.json",
        include_str!("../../../../www/rules/changji.json"),
    ),
    (
        "urumqi.json",
        include_str!("../../../../www/rules/urumqi.json"),
    ),
    ("yili.json", include_str!("../../../../www/rules/yili.json")),
    (
        "shanghai.json",
        include_str!("../../../../www/rules/shanghai.json"),
    ),
    (
        "shandong.json",
        include_str!("../../../../www/rules/shandong.json"),
    ),
];

impl Rules {
    /// The built-in rules, compiled once. Their validity is checked by the
    /// test suite, so the error arm is only reached by a broken build.
    pub fn builtin() -> Result<&'static Rules, &'static [Diagnostic]> {
        static BUILTIN: OnceLock<Result<Rules, Vec<Diagnostic>>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| Rules::compile(BUILTIN_FILES, &SourceFiles::Unchecked))
            .as_ref()
            .map_err(Vec::as_slice)
    }

    /// Parses, checks and compiles rule files `(name, text)`. `sources` says
    /// whether (and against what) to check that each citation's file and
    /// quote exist.
    pub fn compile(
        files: &[(&str, &str)],
        sources: &SourceFiles,
    ) -> Result<Rules, Vec<Diagnostic>> {
        compile::compile(files, sources)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_rules_are_valid() {
        if let Err(problems) = Rules::builtin() {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("built-in rules are invalid:\n{}", list.join("\n"));
        }
    }
}
