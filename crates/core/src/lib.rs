//! CanGo (能走吗): may this trip go? The pure rule core.
//!
//! Rules are compiled once ([`Rules`]), trips evaluated into facts
//! ([`check`], [`code::code`], [`care::care`]), and every sentence a person
//! reads made from those facts by [`explain`]. The core knows nothing of the
//! web, the clock or files: `now` and the rules are arguments, so every
//! answer is reproducible from its scenario. See `ARCHITECTURE.md`.

pub mod calendar;
pub mod care;
pub mod cite;
pub mod code;
pub mod coverage;
pub mod domain;
pub mod explain;
pub mod input;
pub mod json;
pub mod region;
pub mod rules;
pub mod sort;
pub mod time;
pub mod trip;
pub mod windows;

pub use domain::Verdict;
pub use input::Scenario;
pub use rules::Rules;
pub use trip::{check, Answer};
