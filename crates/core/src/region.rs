//! GB/T 2260 administrative divisions: codes, names, and "everything under it".
//!
//! The table is `www/regions.tsv`, generated from the `china-division` package
//! by `scripts/regions/generate.mjs` (never typed by hand). Its codes are
//! always compiled in, read off the table at compile time, so a code is known
//! real or not from the start. Its names (Chinese, pinyin, Uyghur, Latin) are
//! compiled in with the `region-names` feature (the CLI, the tests); the app
//! leaves them out of its WebAssembly and fetches the table after the first
//! answer ([`Regions::provide_names`]), since they are a third of its bytes
//! and a shared link's verdict needs none of them (issue 12).

use serde::{Serialize, Serializer};
use std::fmt;
use std::sync::OnceLock;

const REGIONS_TSV: &[u8] = include_bytes!("../../../www/regions.tsv");

/// The table's codes, sorted, as the differences between neighbours in
/// LEB128 (3.4 KB, where the codes as text are 23 KB): computed from the
/// table by the compiler, so the table itself stays out of a build without
/// names.
static CODE_STEPS: [u8; code_steps_len(REGIONS_TSV)] = code_steps(REGIONS_TSV);

/// The code at the start of line `i` of the table, if the line has one.
const fn code_at(table: &[u8], i: usize) -> Option<u32> {
    if i + 6 > table.len() {
        return None;
    }
    let (mut code, mut k) = (0, 0);
    while k < 6 {
        let digit = table[i + k];
        if !digit.is_ascii_digit() {
            return None;
        }
        code = code * 10 + (digit - b'0') as u32;
        k += 1;
    }
    Some(code)
}

/// The start of the line after the one at `i`.
const fn next_line(table: &[u8], mut i: usize) -> usize {
    while i < table.len() && table[i] != b'\n' {
        i += 1;
    }
    i + 1
}

/// Walks the table's codes, writing their steps into `out` when it has room
/// (its length is first measured with an empty one); a code listed twice
/// (a prefecture-level city without counties, also listed as its own
/// county) is one step. Fails the build if the table is not sorted by code.
const fn walk_codes(table: &[u8], out: &mut [u8]) -> usize {
    let (mut i, mut previous, mut len) = (0, 0, 0);
    while i < table.len() {
        if let Some(code) = code_at(table, i) {
            assert!(code >= previous, "www/regions.tsv must be sorted by code");
            if code > previous {
                let mut step = code - previous;
                while step >= 0x80 {
                    if len < out.len() {
                        out[len] = (step & 0x7f) as u8 | 0x80;
                    }
                    len += 1;
                    step >>= 7;
                }
                if len < out.len() {
                    out[len] = step as u8;
                }
                len += 1;
                previous = code;
            }
        }
        i = next_line(table, i);
    }
    len
}

const fn code_steps_len(table: &[u8]) -> usize {
    walk_codes(table, &mut [])
}

const fn code_steps<const N: usize>(table: &[u8]) -> [u8; N] {
    let mut out = [0; N];
    walk_codes(table, &mut out);
    out
}

/// The compiled-in codes, in order.
fn codes() -> Vec<RegionCode> {
    let mut codes = Vec::with_capacity(CODE_STEPS.len());
    let (mut code, mut step, mut shift) = (0, 0, 0);
    for &byte in &CODE_STEPS {
        step |= u32::from(byte & 0x7f) << shift;
        shift += 7;
        if byte & 0x80 == 0 {
            code += step;
            codes.push(RegionCode(code));
            (step, shift) = (0, 0);
        }
    }
    codes
}

/// A six-digit GB/T 2260 code. Only [`Regions::parse`] makes one from user
/// input, so a `RegionCode` in a scenario is always a real division.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RegionCode(u32);

/// The level of a division, read off its code, highest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Province,
    Prefecture,
    County,
}

impl RegionCode {
    /// The Xinjiang Uygur Autonomous Region, whose local clock (UTC+6) the
    /// app shows beside China Standard Time.
    pub const XINJIANG: RegionCode = RegionCode(650_000);

    /// The code of a division known to be real (the compiled-in rules').
    pub(crate) const fn new(number: u32) -> RegionCode {
        RegionCode(number)
    }

    /// The code as a number.
    pub const fn number(self) -> u32 {
        self.0
    }

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

impl From<RegionCode> for crate::json::Value {
    fn from(code: RegionCode) -> Self {
        crate::json::Value::String(code.to_string())
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
    /// Toneless pinyin of the name, spaced by word: `Wulumuqi Shi`.
    pub pinyin: &'static str,
    /// The Uyghur name (Xinjiang's divisions), or empty.
    pub ug: &'static str,
    /// The common Latin name (Xinjiang's divisions: `Urumqi`), or empty.
    pub latin: &'static str,
    /// The pinyin as searched: lowercase, without spaces (`wulumuqishi`).
    search_pinyin: String,
    /// The Uyghur and Latin names as searched, spaces removed and lowercase,
    /// with the other Latin names of the table's search-only column.
    search_names: Vec<String>,
}

/// A name as search compares it: lowercase, without spaces.
fn searched(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(lowercase)
        .collect()
}

/// Lowercase for the letters that have case in the table's names: ASCII
/// and Latin-1 (`Ü`, `ö`); Han and the Uyghur script have none. Unicode's
/// whole case mapping (`char::to_lowercase`) would put 11.7 KB of tables
/// in the WebAssembly for letters no name holds; a test checks that every
/// letter of the table folds as Unicode folds it.
fn lowercase(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        _ => c,
    }
}

/// The table of all divisions, sorted by code. Without names (see the
/// module's documentation) every division is there, its names empty.
pub struct Regions {
    list: Vec<Region>,
    named: bool,
}

/// A fetched table whose codes are not the compiled-in ones (a file from
/// another build): its names are not used, so none is given to a wrong code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NamesMismatch;

impl fmt::Display for NamesMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the regions table does not list this build's codes")
    }
}

#[cfg(feature = "region-names")]
const REGIONS_TEXT: &str = include_str!("../../../www/regions.tsv");

static NAMED: OnceLock<Regions> = OnceLock::new();

impl Regions {
    /// The table: with names once they are compiled in or provided, else
    /// the compiled-in codes alone.
    pub fn builtin() -> &'static Regions {
        #[cfg(feature = "region-names")]
        if let Ok(named) = Regions::provide_names(REGIONS_TEXT) {
            return named;
        }
        static CODES_ONLY: OnceLock<Regions> = OnceLock::new();
        NAMED
            .get()
            .unwrap_or_else(|| CODES_ONLY.get_or_init(Regions::codes_only))
    }

    /// Gives [`Regions::builtin`] the names of a table fetched at run time
    /// (the text of `www/regions.tsv`), unless its codes differ from the
    /// compiled-in ones. Providing them again changes nothing.
    pub fn provide_names(text: &'static str) -> Result<&'static Regions, NamesMismatch> {
        if let Some(named) = NAMED.get() {
            return Ok(named);
        }
        let named = Regions::named(text)?;
        Ok(NAMED.get_or_init(|| named))
    }

    /// The table `text`, if it lists exactly the compiled-in codes.
    fn named(text: &'static str) -> Result<Regions, NamesMismatch> {
        let named = Regions::from_tsv(text);
        if named.list.iter().map(|r| r.code).eq(codes()) {
            Ok(named)
        } else {
            Err(NamesMismatch)
        }
    }

    /// Whether the names are here (search by name, and names to show).
    pub fn has_names(&self) -> bool {
        self.named
    }

    fn codes_only() -> Regions {
        let list = codes()
            .into_iter()
            .map(|code| Region {
                code,
                name: "",
                pinyin: "",
                ug: "",
                latin: "",
                search_pinyin: String::new(),
                search_names: Vec::new(),
            })
            .collect();
        Regions { list, named: false }
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
                let ug = cols.next().unwrap_or("");
                let latin = cols.next().unwrap_or("");
                let others = cols.next().unwrap_or("").split(';');
                let search_names = [ug, latin]
                    .into_iter()
                    .chain(others)
                    .filter(|n| !n.is_empty())
                    .map(searched)
                    .collect();
                Some(Region {
                    code,
                    name,
                    pinyin,
                    ug,
                    latin,
                    search_pinyin: searched(pinyin),
                    search_names,
                })
            })
            .collect();
        // Prefecture-level cities without counties (东莞市, 中山市, 儋州市)
        // are listed twice by the generator, as prefecture and as county.
        // The table is sorted by code (the compiler checks the compiled-in
        // one, `provide_names` compares a fetched one with it).
        list.dedup_by_key(|r| r.code);
        Regions { list, named: true }
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

    /// The division, if its names are here: not before they arrive (see the
    /// module's documentation), when a place is shown by its code.
    pub fn with_name(&self, code: RegionCode) -> Option<&Region> {
        self.get(code).filter(|r| !r.name.is_empty())
    }

    pub fn all(&self) -> &[Region] {
        &self.list
    }

    /// Divisions answering a query, best first, at most `limit` of them.
    ///
    /// A query is a code (or its beginning), a Chinese name, a toneless
    /// pinyin name, or a Uyghur or common Latin name ("ئۈرۈمچى", "Urumqi"),
    /// spaces and case ignored. A name may be preceded by its province
    /// and prefecture, whole or shortened to at least two characters
    /// ("乌鲁木齐市天山区", "新疆乌鲁木齐天山区"), so a full address finds
    /// its county, and a city (or province) lists what lies under it.
    /// Ranking: the name itself (less its administrative suffix), then
    /// names starting with the query, then divisions under a named one,
    /// then names containing it; within each, higher levels first
    /// (乌鲁木齐市 before 乌鲁木齐县), then by code.
    pub fn search<'a>(&'a self, query: &str, limit: usize) -> Vec<&'a Region> {
        let query = searched(query);
        if query.is_empty() {
            return Vec::new();
        }
        let by_code = query.bytes().all(|b| b.is_ascii_digit());
        let by_pinyin = query.bytes().all(|b| b.is_ascii_lowercase());
        let hits = self.list.iter().filter_map(|r| {
            let fit = if by_code {
                let code = r.code.to_string();
                let tail = code.strip_prefix(query.as_str())?;
                if tail.is_empty() {
                    Fit::Exact
                } else {
                    Fit::Prefix
                }
            } else {
                // The province and the prefecture above it, in the query's script.
                let text = |r: &'a Region| {
                    if by_pinyin {
                        r.search_pinyin.as_str()
                    } else {
                        r.name
                    }
                };
                let above: Vec<&str> = [r.code.province(), r.code.prefecture()]
                    .into_iter()
                    .filter(|c| *c != r.code)
                    .filter_map(|c| self.get(c))
                    .map(text)
                    .collect();
                // Uyghur and Latin names are matched on their own, not
                // after the names of the divisions above.
                r.search_names
                    .iter()
                    .map(|n| fit(&query, &[], n, false))
                    .fold(fit(&query, &above, text(r), false), better)?
            };
            Some((fit, r.code.level(), r))
        });
        crate::sort::first_by_key(hits, limit, |(fit, level, r)| (*fit, *level, r.code))
            .into_iter()
            .map(|(_, _, r)| r)
            .collect()
    }
}

/// How a division's name answers a query, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Fit {
    /// The name itself, or less its administrative suffix ("潍坊" for 潍坊市).
    Exact,
    /// The name starts with the query.
    Prefix,
    /// The query names a division above it ("乌鲁木齐市" for 天山区).
    Under,
    /// The name contains the query.
    Inside,
}

/// What may follow a name's stem: "乌鲁木齐" is exactly 乌鲁木齐市 and
/// 乌鲁木齐县 (in characters and in pinyin).
const SUFFIXES: &[&str] = &[
    "省",
    "市",
    "县",
    "区",
    "旗",
    "盟",
    "地区",
    "sheng",
    "shi",
    "xian",
    "qu",
    "qi",
    "meng",
    "diqu",
    // Uyghur and Latin names, spaces removed: "ئۈرۈمچى" is exactly
    // ئۈرۈمچى شەھىرى, "Urumqi" exactly Urumqi and Urumqi County.
    "شەھىرى",
    "ناھىيىسى",
    "رايونى",
    "ۋىلايىتى",
    "ئوبلاستى",
    "county",
    "district",
];
/// Autonomous divisions: the peoples' names belong to the suffix
/// ("昌吉" is exactly 昌吉回族自治州). Characters only: pinyin has no
/// syllable boundaries to tell "changji" from "chang".
const AUTONOMOUS: &str = "自治";

/// How `name`, under the divisions `above` (outermost first), answers
/// `query`. Each division above may open the query, whole or by its first
/// two characters or more, or be left out; `opened` says one did.
fn fit(query: &str, above: &[&str], name: &str, opened: bool) -> Option<Fit> {
    let own = match name.strip_prefix(query) {
        Some(tail)
            if tail.is_empty()
                || SUFFIXES.contains(&tail)
                // Two characters at least: "伊" is not a stem of 伊犁哈萨克自治州.
                || (query.chars().nth(1).is_some() && tail.contains(AUTONOMOUS)) =>
        {
            Some(Fit::Exact)
        }
        Some(_) => Some(Fit::Prefix),
        // Inside a name only when the whole query is about this name: "木齐"
        // finds 乌鲁木齐市, but "乌鲁木齐县" does not find 天山区.
        None if !opened && name.contains(query) => Some(Fit::Inside),
        None => None,
    };
    let Some((first, rest)) = above.split_first() else {
        return own;
    };
    // This division left out of the query…
    let mut best = better(own, fit(query, rest, name, opened));
    // …or opening it: every beginning of two characters or more, and all
    // of it; a beginning may be followed by its last character, as people
    // shorten names ("昌吉州" for 昌吉回族自治州).
    let last = first
        .char_indices()
        .last()
        .and_then(|(i, _)| first.get(i..));
    let ends = first
        .char_indices()
        .map(|(i, _)| i)
        .skip(2)
        .chain([first.len()]);
    for end in ends {
        let Some(tail) = first.get(..end).and_then(|stem| query.strip_prefix(stem)) else {
            continue;
        };
        let shortened = last
            .filter(|_| end < first.len())
            .and_then(|last| tail.strip_prefix(last));
        for tail in std::iter::once(tail).chain(shortened) {
            let found = if tail.is_empty() {
                Some(Fit::Under)
            } else {
                fit(tail, rest, name, true)
            };
            best = better(best, found);
        }
    }
    best
}

/// The better of two fits, if any (`Option::min` would prefer none).
fn better(a: Option<Fit>, b: Option<Fit>) -> Option<Fit> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> RegionCode {
        Regions::builtin().parse(text).expect(text)
    }

    #[test]
    fn lowercase_folds_as_unicode_for_every_letter_of_the_names_and_latin_1() {
        let latin_1 = (0u32..0x100).filter_map(char::from_u32);
        for c in REGIONS_TEXT.chars().chain(latin_1) {
            let unicode: Vec<char> = c.to_lowercase().collect();
            assert_eq!(vec![lowercase(c)], unicode, "{c:?}");
        }
        assert_eq!(searched("ÜRÜMQI Shi"), "ürümqishi");
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
    fn the_compiled_in_codes_are_the_tables() {
        let named = Regions::builtin();
        let bare = Regions::codes_only();
        assert!(named.has_names() && !bare.has_names());
        assert_eq!(bare.all().len(), named.all().len());
        assert!(bare
            .all()
            .iter()
            .map(|r| r.code)
            .eq(named.all().iter().map(|r| r.code)));
        // Before the names arrive: every code is told real or not, and
        // found by its digits; no name is shown or searched.
        assert_eq!(bare.parse("652302"), Some(code("652302")));
        assert_eq!(bare.parse("659999"), None);
        assert_eq!(bare.name(code("652302")), "");
        assert!(bare.with_name(code("652302")).is_none());
        assert!(named.with_name(code("652302")).is_some());
        assert_eq!(bare.search("6523", 3).len(), 3);
        assert!(bare.search("fukang", 3).is_empty());
    }

    #[test]
    fn a_fetched_table_is_used_only_with_exactly_the_compiled_in_codes() {
        let whole = include_str!("../../../www/regions.tsv");
        assert!(Regions::named(whole).is_ok());
        let dropped = whole.replacen("652302\t", "652399\t", 1).leak();
        assert_eq!(Regions::named(dropped).err(), Some(NamesMismatch));
        let cut: &'static str = whole.get(..whole.len() / 2).unwrap_or_default();
        assert_eq!(Regions::named(cut).err(), Some(NamesMismatch));
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

    #[test]
    fn every_xinjiang_division_has_a_uyghur_name() {
        let xinjiang = code("650000");
        let divisions: Vec<&Region> = Regions::builtin()
            .all()
            .iter()
            .filter(|r| xinjiang.contains(r.code))
            .collect();
        assert_eq!(divisions.len(), 124);
        for r in divisions {
            let arabic =
                r.ug.chars()
                    .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c));
            assert!(arabic.count() >= 3, "{} {}: no Uyghur name", r.code, r.name);
        }
    }

    #[test]
    fn xinjiang_places_are_found_by_uyghur_latin_and_spaced_pinyin_names() {
        let first = |q: &str| codes(q, 1).into_iter().next().unwrap_or_default();
        for (query, expected) in [
            ("ئۈرۈمچى", "650100"),
            ("ئۈرۈمچى شەھىرى", "650100"),
            ("غۇلجا", "654002"),
            ("قۇمۇل", "650500"),
            ("قەشقەر", "653100"),
            ("Urumqi", "650100"),
            ("urumqi county", "650121"),
            ("Ghulja", "654002"),
            ("Kashgar", "653100"),
            ("Yarkand", "653125"),
            ("Tengritagh", "650102"),
            ("Wulumuqi Tianshan Qu", "650102"),
            ("Fukang Shi", "652302"),
            ("乌鲁木齐天山区", "650102"),
        ] {
            assert_eq!(first(query), expected, "{query}");
        }
        // Names shown for Latin readers are spaced by word.
        let tianshan = Regions::builtin().get(code("650102")).map(|r| r.pinyin);
        assert_eq!(tianshan, Some("Tianshan Qu"));
    }

    fn codes(query: &str, limit: usize) -> Vec<String> {
        Regions::builtin()
            .search(query, limit)
            .iter()
            .map(|r| r.code.to_string())
            .collect()
    }

    #[test]
    fn a_full_name_finds_its_county_with_or_without_the_province() {
        for query in [
            "乌鲁木齐市天山区",
            "新疆维吾尔自治区乌鲁木齐市天山区",
            "新疆乌鲁木齐市天山区",
            "乌鲁木齐天山区",
            "乌鲁木齐市 天山区",
            "乌鲁木齐市天山",
            "wulumuqishitianshanqu",
        ] {
            assert_eq!(
                codes(query, 8).first().map(String::as_str),
                Some("650102"),
                "{query}"
            );
        }
        // Municipalities: the province and the county, no prefecture between.
        assert_eq!(
            codes("北京市东城区", 3).first().map(String::as_str),
            Some("110101")
        );
        assert_eq!(
            codes("昌吉州阜康市", 3).first().map(String::as_str),
            Some("652302")
        );
    }

    #[test]
    fn higher_levels_and_exact_names_come_first() {
        assert_eq!(codes("乌鲁木齐", 2), ["650100", "650121"]);
        assert_eq!(codes("wulumuqi", 2), ["650100", "650121"]);
        assert_eq!(codes("潍坊", 2), ["370700", "370772"]);
        assert_eq!(codes("新疆", 1), ["650000"]);
        // The stem of an autonomous prefecture is exact, before its namesake city's districts.
        assert_eq!(codes("昌吉", 2), ["652300", "652301"]);
    }

    #[test]
    fn a_city_lists_its_districts() {
        let hits = codes("乌鲁木齐市", 20);
        assert_eq!(hits.first().map(String::as_str), Some("650100"));
        for district in ["650102", "650103", "650104", "650121"] {
            assert!(hits.iter().any(|c| c == district), "{district} in {hits:?}");
        }
        // Under the city, districts by code; nothing else before them.
        assert!(
            hits.iter().skip(1).all(|c| c.starts_with("6501")),
            "{hits:?}"
        );
    }

    #[test]
    fn a_shortened_prefix_that_names_no_ancestor_finds_nothing_under_it() {
        // "乌鲁木齐县" is a county, not a way to open 乌鲁木齐市's districts.
        assert_eq!(codes("乌鲁木齐县", 8), ["650121"]);
        assert!(
            codes("乌", 50).iter().all(|c| c != "650102"),
            "one character opens nothing"
        );
    }

    #[test]
    fn codes_pinyin_and_inner_text_still_match() {
        assert_eq!(codes("652302", 8), ["652302"]);
        let six5 = codes("6523", 3);
        assert_eq!(six5, ["652300", "652301", "652302"]);
        assert_eq!(codes("fukang", 1), ["652302"]);
        assert_eq!(codes("FuKang", 1), ["652302"]);
        assert_eq!(codes("weifang", 1), ["370700"]);
        assert_eq!(codes("木齐", 2), ["650100", "650121"]);
        assert!(codes("  ", 5).is_empty());
        assert!(codes("zzzz", 5).is_empty());
        assert!(codes("999999", 5).is_empty());
    }

    #[test]
    fn the_limit_is_kept() {
        assert_eq!(codes("新疆", 8).len(), 8);
        assert_eq!(codes("65", 3).len(), 3);
        assert!(codes("乌鲁木齐", 0).is_empty());
    }

    #[test]
    fn every_division_is_listed_once() {
        let all = Regions::builtin().all();
        assert!(all.windows(2).all(|w| w[0].code < w[1].code));
        assert_eq!(codes("儋州", 8), ["460400"]);
    }
}
