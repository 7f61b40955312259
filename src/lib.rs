//! CanGo (能走吗): may this trip go?
//!
//! The pure rule core. It knows nothing of the web, the clock or files:
//! `now` and the rules are arguments, so every answer is reproducible from
//! its scenario. See `ARCHITECTURE.md` for the map and the invariants.

pub mod care;
pub mod check;
pub mod cite;
pub mod code;
pub mod domain;
pub mod input;
pub mod region;
pub mod rules;
pub mod scenario;
pub mod time;
pub mod windows;

#[cfg(feature = "web")]
pub mod app;

pub use check::{check, Answer, Verdict};
pub use rules::Rules;
pub use scenario::Scenario;
