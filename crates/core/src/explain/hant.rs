//! Simplified → Traditional Chinese for the rule texts, place names and
//! sentences (the UI strings are written in both): OpenCC's conversion,
//! phrase by phrase where a phrase converts otherwise than its characters
//! (答复 → 答覆, not 答復), character by character elsewhere. The tables are
//! generated from OpenCC's data for the texts CanGo shows (`tools/gen-hant.mjs`).

#[path = "hant_table.rs"]
mod table;

/// Converts Simplified Chinese text to Traditional: at each place the
/// longest phrase of the table, or else the character.
pub fn convert(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let (converted, len) = match phrase_at(rest) {
            Some(&(from, to)) => (to, from.len()),
            None => {
                out.push(character(c));
                rest = rest.get(c.len_utf8()..).unwrap_or_default();
                continue;
            }
        };
        out.push_str(converted);
        rest = rest.get(len..).unwrap_or_default();
    }
    out
}

fn character(c: char) -> char {
    match table::TABLE.binary_search_by_key(&c, |&(s, _)| s) {
        Ok(i) => table::TABLE.get(i).map_or(c, |&(_, t)| t),
        Err(_) => c,
    }
}

/// The longest phrase of the table that `text` starts with. The phrases are
/// sorted, so those that start with its first character are one run.
fn phrase_at(text: &str) -> Option<&'static (&'static str, &'static str)> {
    let first = text.chars().next()?;
    let mut buf = [0; 4];
    let first: &str = first.encode_utf8(&mut buf);
    let start = table::PHRASES.partition_point(|&(s, _)| s < first);
    table::PHRASES
        .get(start..)?
        .iter()
        .take_while(|(s, _)| s.starts_with(first))
        .filter(|(s, _)| text.starts_with(s))
        .max_by_key(|(s, _)| s.len())
}

#[cfg(test)]
mod tests {
    use super::convert;

    #[test]
    fn converts_rule_words() {
        assert_eq!(convert("核酸检测"), "核酸檢測");
        assert_eq!(convert("abc"), "abc");
    }

    #[test]
    fn phrases_convert_as_phrases_and_the_longest_wins() {
        // Character by character these were 答復, 發布會, 海澱區, 鹹寧市.
        assert_eq!(convert("电话答复"), "電話答覆");
        assert_eq!(convert("发布会"), "發佈會");
        assert_eq!(convert("海淀区"), "海淀區");
        assert_eq!(convert("咸宁市"), "咸寧市");
        assert_eq!(convert("情况复杂的离疆人员"), "情況複雜的離疆人員");
        assert_eq!(convert(""), "");
    }
}
