//! `cango`: the command-line shell around the rule core (CONTRACT.md).
//!
//! JSON in, JSON out. Exit 0 for every answer, 2 for invalid input (one line
//! per problem on stderr, nothing on stdout), 1 for invalid rules.

use cango_core::care::care;
use cango_core::code::code;
use cango_core::coverage::{coverage, Request, GOLDEN_KINDS};
use cango_core::explain::{report, Lang};
use cango_core::input::{CareRequest, CodeRequest, InputError};
use cango_core::region::{RegionCode, Regions};
use cango_core::rules::{Diagnostic, Policy, SourceFiles};
use cango_core::time::Instant;
use cango_core::{check, Rules, Scenario};
use serde::Serialize;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
cango: may this trip go? (能走吗)

Usage:
  cango check [FILE|-] [--lang LANG]
                           evaluate a trip scenario (JSON) → answer (JSON)
  cango code  [FILE|-] [--lang LANG]
                           health-code colour from code events
  cango care  [FILE|-] [--lang LANG]
                           where to get medical care
                           (--lang: the answer's sentences in ug, zh-Hans,
                           zh-Hant or en; default the contract's English)
  cango rules validate [DIR] [--sources DIR]
                           check every ruleset (built-in, or the *.json in DIR);
                           texts lacking a language are warned of on stderr
  cango rules list [--at TIME] [--region CODE]
                           policies in force
  cango rules diff --from TIME --to TIME [--region CODE]
                           what changed between two instants
  cango rules coverage [DIR]
                           which policies and requirement kinds the golden
                           scenarios in DIR (default tests/golden) exercise

Input is read from FILE, or standard input when FILE is - or left out.
Exit status: 0 answered, 1 invalid rules, 2 invalid input.";

/// A failed command: its exit status and the lines for stderr.
struct Failure {
    status: u8,
    lines: Vec<String>,
}

impl Failure {
    fn input(lines: Vec<String>) -> Failure {
        Failure { status: 2, lines }
    }

    fn usage(problem: String) -> Failure {
        Failure::input(vec![problem, "run `cango --help` for usage".into()])
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(output) => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`cango … | head`) is not an error worth a panic.
            let _ = writeln!(stdout, "{output}");
            ExitCode::SUCCESS
        }
        Err(failure) => {
            let mut stderr = std::io::stderr().lock();
            for line in failure.lines {
                let _ = writeln!(stderr, "{line}");
            }
            ExitCode::from(failure.status)
        }
    }
}

fn run(args: &[String]) -> Result<String, Failure> {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        [] | ["--help" | "-h" | "help"] => Ok(USAGE.to_string()),
        ["--version" | "-V"] => Ok(format!("cango {}", env!("CARGO_PKG_VERSION"))),
        ["check", rest @ ..] => {
            let (lang, rest) = answer_options(rest)?;
            let text = read_input(&rest)?;
            let scenario = Scenario::from_json(&text, clock()).map_err(input_errors)?;
            let rules = Rules::builtin();
            json(&report::check_in(lang, rules, &check(rules, &scenario)))
        }
        ["code", rest @ ..] => {
            let (lang, rest) = answer_options(rest)?;
            let text = read_input(&rest)?;
            let request = CodeRequest::from_json(&text, clock()).map_err(input_errors)?;
            let rules = Rules::builtin();
            json(&report::code_in(lang, rules, &code(rules, &request)))
        }
        ["care", rest @ ..] => {
            let (lang, rest) = answer_options(rest)?;
            let text = read_input(&rest)?;
            let request = CareRequest::from_json(&text, clock()).map_err(input_errors)?;
            let rules = Rules::builtin();
            json(&report::care_in(lang, rules, &care(rules, &request)))
        }
        ["rules", "validate", rest @ ..] => validate(rest),
        ["rules", "list", rest @ ..] => list(rest),
        ["rules", "diff", rest @ ..] => diff(rest),
        ["rules", "coverage", rest @ ..] => coverage_of(rest),
        ["rules", ..] => Err(Failure::usage(
            "rules: expected validate, list, diff or coverage".into(),
        )),
        [other, ..] => Err(Failure::usage(format!("{other:?} is not a command"))),
    }
}

/// The current time: the only place the clock is read.
fn clock() -> Instant {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    Instant::from_unix(seconds)
}

/// The language of an answer's sentences (`--lang`), and the other words.
/// Without `--lang` the sentences are the contract's English.
fn answer_options<'a>(rest: &[&'a str]) -> Result<(Lang, Vec<&'a str>), Failure> {
    let opts = options(rest, &["lang"])?;
    let lang = match opts.get("lang") {
        None => Lang::En,
        Some(tag) => Lang::ALL
            .into_iter()
            .find(|l| l.tag() == tag)
            .ok_or_else(|| {
                let tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
                Failure::usage(format!(
                    "--lang: is not one of: {} (got {tag:?})",
                    tags.join(", ")
                ))
            })?,
    };
    Ok((lang, opts.positional))
}

fn read_input(rest: &[&str]) -> Result<String, Failure> {
    match rest {
        [] | ["-"] => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| Failure::input(vec![format!("(stdin): cannot read: {e}")]))?;
            Ok(text)
        }
        [path] => std::fs::read_to_string(path)
            .map_err(|e| Failure::input(vec![format!("{path}: cannot read: {e}")])),
        _ => Err(Failure::usage(format!(
            "expected one FILE, got {}",
            rest.join(" ")
        ))),
    }
}

fn input_errors(errors: Vec<InputError>) -> Failure {
    Failure::input(errors.iter().map(ToString::to_string).collect())
}

fn rule_errors(problems: &[Diagnostic]) -> Failure {
    let mut lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    lines.push(format!("{} problem(s)", problems.len()));
    Failure { status: 1, lines }
}

fn json<T: Serialize>(value: &T) -> Result<String, Failure> {
    serde_json::to_string_pretty(value).map_err(|e| Failure {
        status: 1,
        lines: vec![format!("cannot write the answer: {e}")],
    })
}

/// `--name VALUE` options, after positional words.
struct Options<'a> {
    positional: Vec<&'a str>,
    named: Vec<(&'a str, &'a str)>,
}

fn options<'a>(rest: &[&'a str], known: &[&str]) -> Result<Options<'a>, Failure> {
    let mut out = Options {
        positional: Vec::new(),
        named: Vec::new(),
    };
    let mut words = rest.iter();
    while let Some(word) = words.next() {
        if let Some(name) = word.strip_prefix("--") {
            if !known.contains(&name) {
                return Err(Failure::usage(format!("--{name} is not an option here")));
            }
            let Some(value) = words.next() else {
                return Err(Failure::usage(format!("--{name} needs a value")));
            };
            out.named.push((name, value));
        } else {
            out.positional.push(word);
        }
    }
    Ok(out)
}

impl Options<'_> {
    fn get(&self, name: &str) -> Option<&str> {
        self.named
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
    }

    fn instant(&self, name: &str) -> Result<Option<Instant>, Failure> {
        self.get(name)
            .map(|text| {
                Instant::parse(text).ok_or_else(|| {
                    Failure::input(vec![format!(
                        "--{name}: is not a time: expected RFC 3339 or YYYY-MM-DD (got {text:?})"
                    )])
                })
            })
            .transpose()
    }

    fn region(&self) -> Result<Option<RegionCode>, Failure> {
        self.get("region")
            .map(|text| {
                Regions::builtin().parse(text).ok_or_else(|| {
                    Failure::input(vec![format!(
                        "--region: is not a GB/T 2260 administrative division (got {text:?})"
                    )])
                })
            })
            .transpose()
    }
}

/// Where `shared/sources` is: `--sources`, else `$CANGO_SOURCES`, else
/// beside the working directory or the source tree.
fn sources_dir(opts: &Options) -> Result<PathBuf, Failure> {
    if let Some(dir) = opts.get("sources") {
        return Ok(PathBuf::from(dir));
    }
    if let Some(dir) = std::env::var_os("CANGO_SOURCES") {
        return Ok(PathBuf::from(dir));
    }
    let candidates = [
        PathBuf::from("../shared/sources"),
        PathBuf::from("shared/sources"),
        // Beside the workspace this binary was built in.
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/sources"),
    ];
    candidates
        .into_iter()
        .find(|p| p.is_dir())
        .ok_or_else(|| Failure {
            status: 1,
            lines: vec!["cannot find shared/sources: pass --sources DIR".into()],
        })
}

/// The texts of the files in `shared/sources`, for checking quotes (the core
/// reads no files). Files that are not UTF-8 text are left out, so a
/// citation of one is reported as missing.
fn source_texts(dir: &Path) -> Result<SourceFiles, Failure> {
    let fail = |e: std::io::Error| Failure {
        status: 1,
        lines: vec![format!("{}: cannot read: {e}", dir.display())],
    };
    let mut texts = std::collections::BTreeMap::new();
    for entry in std::fs::read_dir(dir).map_err(fail)? {
        let path = entry.map_err(fail)?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        if let (true, Some(name)) = (path.is_file(), name) {
            if let Ok(text) = std::fs::read_to_string(&path) {
                texts.insert(name, text);
            }
        }
    }
    Ok(SourceFiles::Texts(texts))
}

fn validate(rest: &[&str]) -> Result<String, Failure> {
    let opts = options(rest, &["sources"])?;
    let sources = source_texts(&sources_dir(&opts)?)?;
    let files: Vec<(String, String)> = match opts.positional.as_slice() {
        [] => cango_core::rules::BUILTIN_FILES
            .iter()
            .map(|(name, text)| (name.to_string(), text.to_string()))
            .collect(),
        [dir] => read_rule_dir(Path::new(dir))?,
        more => {
            return Err(Failure::usage(format!(
                "expected one DIR, got {}",
                more.join(" ")
            )))
        }
    };
    let borrowed: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let mut stderr = std::io::stderr().lock();
    for gap in cango_core::rules::missing_languages(&borrowed) {
        let _ = writeln!(stderr, "{gap}");
    }
    match Rules::compile(&borrowed, &sources) {
        Ok(rules) => Ok(format!(
            "{} file(s), {} policies, {} citations: valid",
            files.len(),
            rules.policies().len(),
            rules.citations().count()
        )),
        Err(problems) => Err(rule_errors(&problems)),
    }
}

fn read_rule_dir(dir: &Path) -> Result<Vec<(String, String)>, Failure> {
    let fail = |e: std::io::Error| Failure {
        status: 1,
        lines: vec![format!("{}: cannot read: {e}", dir.display())],
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(fail)? {
        let path = entry.map_err(fail)?.path();
        if path.extension().is_some_and(|e| e == "json") {
            let name = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            files.push((name, std::fs::read_to_string(&path).map_err(fail)?));
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(Failure {
            status: 1,
            lines: vec![format!("{}: no *.json rule files", dir.display())],
        });
    }
    Ok(files)
}

#[derive(Serialize)]
struct ListedPolicy {
    id: String,
    layer: cango_core::domain::Layer,
    jurisdiction: RegionCode,
    jurisdiction_name: &'static str,
    scope: cango_core::domain::Scope,
    from: Instant,
    until: Option<Instant>,
    /// Past it, the sources no longer support the policy, and why.
    horizon: Option<Instant>,
    horizon_reason: Option<cango_core::domain::Text>,
    every_route: bool,
    replaces: Option<String>,
    summary: cango_core::domain::Text,
    file: String,
    confidence: cango_core::domain::Confidence,
    sources: Vec<report::SourceOut>,
}

fn listed(rules: &Rules, p: &Policy) -> ListedPolicy {
    ListedPolicy {
        id: p.id().to_string(),
        layer: p.layer(),
        jurisdiction: p.jurisdiction(),
        jurisdiction_name: Regions::builtin().name(p.jurisdiction()),
        scope: p.scope(),
        from: p.from(),
        until: p.ends(),
        horizon: p.horizon().as_ref().map(|h| h.until()),
        horizon_reason: p.horizon().as_ref().map(|h| h.reason().clone()),
        every_route: p.every_route(),
        replaces: p.replaces().as_deref().map(str::to_string),
        summary: p.summary().clone(),
        file: p.file().to_string(),
        confidence: p.confidence(),
        sources: report::sources(rules, p.sources()),
    }
}

fn list(rest: &[&str]) -> Result<String, Failure> {
    let opts = options(rest, &["at", "region"])?;
    if let Some(extra) = opts.positional.first() {
        return Err(Failure::usage(format!("unexpected {extra:?}")));
    }
    let rules = Rules::builtin();
    let region = opts.region()?;
    let policies: Vec<ListedPolicy> = match opts.instant("at")? {
        Some(at) => rules
            .list(at, region)
            .into_iter()
            .map(|p| listed(rules, p))
            .collect(),
        // Without --at: every policy, whenever in force.
        None => rules
            .policies()
            .iter()
            .filter(|p| region.is_none_or(|r| p.touches(r)))
            .map(|p| listed(rules, p))
            .collect(),
    };
    json(&policies)
}

#[derive(Serialize)]
struct Diff {
    from: Instant,
    to: Instant,
    started: Vec<ListedPolicy>,
    ended: Vec<ListedPolicy>,
    replaced: Vec<Replacement>,
}

#[derive(Serialize)]
struct Replacement {
    old: String,
    new: String,
}

fn diff(rest: &[&str]) -> Result<String, Failure> {
    let opts = options(rest, &["from", "to", "region"])?;
    if let Some(extra) = opts.positional.first() {
        return Err(Failure::usage(format!("unexpected {extra:?}")));
    }
    let (from, to) = match (opts.instant("from")?, opts.instant("to")?) {
        (Some(from), Some(to)) => (from, to),
        _ => {
            return Err(Failure::usage(
                "rules diff needs --from TIME and --to TIME".into(),
            ))
        }
    };
    let rules = Rules::builtin();
    let region = opts.region()?;
    let before = rules.list(from, region);
    let after = rules.list(to, region);
    let ids = |v: &[&Policy]| v.iter().map(|p| p.id().to_string()).collect::<Vec<_>>();
    let (before_ids, after_ids) = (ids(&before), ids(&after));
    let started: Vec<&Policy> = after
        .iter()
        .copied()
        .filter(|p| !before_ids.iter().any(|id| id == p.id()))
        .collect();
    let ended: Vec<&Policy> = before
        .iter()
        .copied()
        .filter(|p| !after_ids.iter().any(|id| id == p.id()))
        .collect();
    let replaced = started
        .iter()
        .filter_map(|p| {
            let old = p.replaces().as_ref()?;
            ended.iter().any(|e| e.id() == old).then(|| Replacement {
                old: old.to_string(),
                new: p.id().to_string(),
            })
        })
        .collect();
    json(&Diff {
        from,
        to,
        started: started.iter().map(|p| listed(rules, p)).collect(),
        ended: ended.iter().map(|p| listed(rules, p)).collect(),
        replaced,
    })
}

/// Per policy, requirement and requirement kind: the golden scenarios that
/// exercise it (computed by `cango_core::coverage`). Exit 1 when a policy is
/// exercised by none.
fn coverage_of(rest: &[&str]) -> Result<String, Failure> {
    let dir = match rest {
        [] => PathBuf::from("tests/golden"),
        [dir] => PathBuf::from(dir),
        more => {
            return Err(Failure::usage(format!(
                "expected one DIR, got {}",
                more.join(" ")
            )))
        }
    };
    if !GOLDEN_KINDS.iter().any(|k| dir.join(k).is_dir()) {
        return Err(Failure::input(vec![format!(
            "{}: no golden scenarios here (expected the folders check, code and care); run from the repository root or name the folder",
            dir.display()
        )]));
    }
    let rules = Rules::builtin();
    let mut requests: Vec<(String, Request)> = Vec::new();
    for kind in GOLDEN_KINDS {
        let Ok(entries) = std::fs::read_dir(dir.join(kind)) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.retain(|p| p.extension().is_some_and(|x| x == "json"));
        paths.sort();
        for path in paths {
            let file = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let name = format!("{kind}/{file}");
            let text = std::fs::read_to_string(&path)
                .map_err(|e| Failure::input(vec![format!("{name}: cannot read: {e}")]))?;
            let case: serde_json::Value = serde_json::from_str(&text)
                .map_err(|e| Failure::input(vec![format!("{name}: {e}")]))?;
            let request = Request::from_golden(kind, &case, clock())
                .map_err(|e| Failure::input(e.iter().map(|e| format!("{name}: {e}")).collect()))?;
            requests.push((name, request));
        }
    }
    let cov = coverage(rules, requests.iter().map(|(n, r)| (n.as_str(), r)));
    let report = json(&cov)?;
    if cov.uncovered_policies.is_empty() {
        Ok(report)
    } else {
        Err(Failure {
            status: 1,
            lines: vec![
                report,
                format!("uncovered policies: {}", cov.uncovered_policies.join(", ")),
            ],
        })
    }
}
