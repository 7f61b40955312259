//! CanGo (能走吗): may this trip go?
//!
//! The pure rule core. It knows nothing of the web, the clock or files:
//! `now` and the rules are arguments, so every answer is reproducible from
//! its scenario. See `ARCHITECTURE.md` for the map and the invariants.

pub mod care;
pub mod cite;
pub mod code;
pub mod coverage;
pub mod domain;
pub mod explain;
pub mod input;
pub mod region;
pub mod rules;
pub mod time;
pub mod trip;
pub mod windows;

#[cfg(feature = "web")]
pub mod app;

pub use domain::Verdict;
pub use input::Scenario;
pub use rules::Rules;
pub use trip::{check, Answer};
