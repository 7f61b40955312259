//! GB/T 2260 administrative divisions: codes, names, and "everything under it".
//!
//! The table is `www/regions.tsv`, generated from the `china-division` package
//! by `scripts/regions/generate.mjs` (never typed by hand) and compiled in.

use serde::{Serialize, Serializer};
use std::fmt;
use std::sync::OnceLock;

const REGIONS_TSV: &str = include_str!("../../../www/regions.tsv");

/// A six-digit GB/T 2260 code. Only [`Regions::parse`] makes one from user
/// input, so a `RegionCode` in a scenario is always a real division.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RegionCode(u32);

/// The level of a division, read off its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Province,
    Prefecture,
    County,
}

impl RegionCode {
    /// The Xinjiang Uygur Autonomous Region, whose local clock (UTC+6) the
    /// app shows beside China Standard Time.
    pub const XINJIANG: RegionCode = RegionCode(650_000);

    /// A code from six ASCII digits, real or not; see [`Regions::parse`].
    pub fn from_digits(text: &str) -> Option<RegionCode> {
        if text.len() == 6 && text.bytes().all(|b| b.is_ascii_digit()) {
            text.parse().ok().map(RegionCode)
        } else {
            None
        }
    }

    pub fn level(self) -> Level {
        if self.0 % 10_000 == 0 {
            Level::Province
        } else if self.0 % 100 == 0 {
            Level::Prefecture
        } else {
            Level::County
        }
    }

    pub fn province(self) -> RegionCode {
        RegionCode(self.0 / 10_000 * 10_000)
    }

    pub fn prefecture(self) -> RegionCode {
        RegionCode(self.0 / 100 * 100)
    }

    /// Whether `other` is this division or lies under it
    /// (a jurisdiction covers itself and everything under it).
    pub fn contains(self, other: RegionCode) -> bool {
        match self.level() {
            Level::Province => self == other.province(),
            Level::Prefecture => self == other.prefecture(),
            Level::County => self == other,
        }
    }
}

impl fmt::Display for RegionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:06}", self.0)
    }
}

impl Serialize for RegionCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// One division of the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region {
    pub code: RegionCode,
    pub name: &'static str,
    /// Toneless lowercase pinyin of the name, for search.
    pub pinyin: &'static str,
}

/// The table of all divisions, sorted by code.
pub struct Regions {
    list: Vec<Region>,
}

impl Regions {
    /// The compiled-in table, parsed once.
    pub fn builtin() -> &'static Regions {
        static REGIONS: OnceLock<Regions> = OnceLock::new();
        REGIONS.get_or_init(|| Regions::from_tsv(REGIONS_TSV))
    }

    fn from_tsv(text: &'static str) -> Regions {
        let mut list: Vec<Region> = text
            .lines()
            .filter(|line| !line.starts_with('#') && !line.is_empty())
            .filter_map(|line| {
                let mut cols = line.split('\t');
                let code = RegionCode::from_digits(cols.next()?)?;
                let name = cols.next()?;
                let pinyin = cols.next().unwrap_or("");
                Some(Region { code, name, pinyin })
            })
            .collect();
        list.sort_by_key(|r| r.code);
        Regions { list }
    }

    pub fn get(&self, code: RegionCode) -> Option<&Region> {
        self.list
            .binary_search_by_key(&code, |r| r.code)
            .ok()
            .and_then(|i| self.list.get(i))
    }

    /// A real division's code from text, or `None`.
    pub fn parse(&self, text: &str) -> Option<RegionCode> {
        RegionCode::from_digits(text).filter(|code| self.get(*code).is_some())
    }

    pub fn name(&self, code: RegionCode) -> &'static str {
        self.get(code).map_or("", |r| r.name)
    }

    pub fn all(&self) -> &[Region] {
        &self.list
    }

    /// Divisions whose code, Chinese name or pinyin (full or initials)
    /// starts with or contains the query; counties first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<&Region> {
        let query = query.trim().to_lowercase();
        if query.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<&Region> = self
            .list
            .iter()
            .filter(|r| {
                r.code.to_string().starts_with(&query)
                    || r.name.contains(query.as_str())
                    || r.pinyin.starts_with(&query)
            })
            .collect();
        hits.sort_by_key(|r| (r.code.level() != Level::County, r.code));
        hits.truncate(limit);
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> RegionCode {
        Regions::builtin().parse(text).expect(text)
    }

    #[test]
    fn table_has_the_regions_of_the_sources() {
        let regions = Regions::builtin();
        assert!(regions.all().len() > 3000);
        assert_eq!(regions.name(code("652302")), "阜康市");
        assert_eq!(regions.name(code("652300")), "昌吉回族自治州");
        assert_eq!(regions.name(code("654002")), "伊宁市");
        assert_eq!(regions.name(code("310000")), "上海市");
        assert_eq!(regions.name(code("370700")), "潍坊市");
        assert_eq!(regions.name(code("650500")), "哈密市");
    }

    #[test]
    fn unknown_and_malformed_codes_are_rejected() {
        let regions = Regions::builtin();
        for bad in [
            "659999", "990000", "65230", "6523021", "abcdef", "", " 652302",
        ] {
            assert_eq!(regions.parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn jurisdiction_contains_everything_under_it() {
        assert!(code("650000").contains(code("652302")));
        assert!(code("652300").contains(code("652302")));
        assert!(code("652302").contains(code("652302")));
        assert!(!code("652300").contains(code("654002")));
        assert!(!code("652302").contains(code("652300")));
        assert!(!code("650000").contains(code("310000")));
    }

    #[test]
    fn search_by_name_pinyin_and_code() {
        let regions = Regions::builtin();
        let first = |q: &str| regions.search(q, 5).first().map(|r| r.code.to_string());
        assert_eq!(first("阜康").as_deref(), Some("652302"));
        assert_eq!(first("fukang").as_deref(), Some("652302"));
        assert_eq!(first("652302").as_deref(), Some("652302"));
        assert!(regions.search("  ", 5).is_empty());
    }
}
