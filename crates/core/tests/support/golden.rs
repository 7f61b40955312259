//! The one loader of golden cases, `tests/golden/{check,code,care}/*.json` at
//! the repository's root, for the core's tests and its bench
//! (`#[path]`-included): each a request with a fixed `now`, a description,
//! and the parts of the answer it expects.

#![allow(dead_code)] // Each includer uses its own part.

use cango_core::coverage::{Request, GOLDEN_KINDS};
use cango_core::explain::report;
use cango_core::time::Instant;
use cango_core::{care, check, code, Rules};
use serde_json::Value;
use std::path::Path;

pub struct Case {
    /// `check`, `code` or `care`.
    pub kind: &'static str,
    /// `kind/file.json`.
    pub name: String,
    pub value: Value,
}

impl Case {
    /// The request as the case gives it: its `scenario` or `request`.
    pub fn request_json(&self) -> &Value {
        if self.kind == "check" {
            &self.value["scenario"]
        } else {
            &self.value["request"]
        }
    }

    /// The request, read as the CLI reads it (goldens fix `now`).
    pub fn request(&self) -> Request {
        read(self.kind, self.request_json())
            .unwrap_or_else(|e| panic!("{}: invalid request: {e}", self.name))
    }
}

/// Reads a request of `kind` from its JSON, problems as one line.
pub fn read(kind: &str, json: &Value) -> Result<Request, String> {
    let case = if kind == "check" {
        serde_json::json!({ "scenario": json })
    } else {
        serde_json::json!({ "request": json })
    };
    Request::from_golden(kind, &case, Instant::from_unix(0)).map_err(|e| {
        e.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; ")
    })
}

/// The answer to a request as the CLI writes it (CONTRACT.md), as JSON.
pub fn answer(rules: &Rules, request: &Request) -> Value {
    let json = match request {
        Request::Check(s) => serde_json::to_value(report::check(rules, &check(rules, s))),
        Request::Code(r) => serde_json::to_value(report::code(rules, &code::code(rules, r))),
        Request::Care(r) => serde_json::to_value(report::care(rules, &care::care(rules, r))),
    };
    json.unwrap_or(Value::Null)
}

/// The repository's root (this file is built into `crates/core`'s targets).
pub fn repository() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The cases of one kind, by file name.
pub fn cases(kind: &str) -> Vec<Case> {
    let kind = GOLDEN_KINDS
        .into_iter()
        .find(|k| *k == kind)
        .unwrap_or_else(|| panic!("{kind} is not a kind of golden"));
    let dir = repository().join("tests/golden").join(kind);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text =
                std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let file = p
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            Case {
                kind,
                name: format!("{kind}/{file}"),
                value: serde_json::from_str(&text)
                    .unwrap_or_else(|e| panic!("{}: {e}", p.display())),
            }
        })
        .collect()
}

/// Every case, check then code then care.
pub fn all() -> Vec<Case> {
    GOLDEN_KINDS.into_iter().flat_map(cases).collect()
}
