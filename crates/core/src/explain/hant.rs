//! Simplified → Traditional Chinese, character by character, for the rule
//! texts and place names (the UI strings are written in both). The table is
//! generated from OpenCC's data for the characters the rules and regions use.

#[path = "hant_table.rs"]
mod table;

/// Converts Simplified Chinese text to Traditional, character by character.
pub fn convert(text: &str) -> String {
    text.chars()
        .map(
            |c| match table::TABLE.binary_search_by_key(&c, |&(s, _)| s) {
                Ok(i) => table::TABLE.get(i).map_or(c, |&(_, t)| t),
                Err(_) => c,
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn converts_rule_words() {
        assert_eq!(super::convert("核酸检测"), "核酸檢測");
        assert_eq!(super::convert("abc"), "abc");
    }
}
