//! Problems with the input, said so that the traveller can fix them: the
//! field, what is wrong, and what it held.

use super::trip::say;
use super::Lang;
use crate::input::{Got, InputError, Problem};

/// `field: problem (got value)`.
pub fn input_error(lang: Lang, e: &InputError) -> String {
    let problem = problem(lang, &e.problem);
    let got = got(lang, &e.got);
    say!(
        lang,
        format!("{}：{problem}（实际为 {got}）", e.field),
        format!("{}: {problem} (got {got})", e.field),
        format!("{}: {problem} (كىرگۈزۈلگىنى {got})", e.field),
    )
}

fn got(lang: Lang, g: &Got) -> String {
    match g {
        Got::Value(json) => json.clone(),
        Got::Nothing => lang.pick(["空", "空", "nothing", "ھېچنېمە"]).to_string(),
        Got::Bytes(n) => say!(
            lang,
            format!("{n} 字节"),
            format!("{n} bytes"),
            format!("{n} بايت")
        ),
        Got::Items(n) => say!(
            lang,
            format!("{n} 项"),
            format!("{n} items"),
            format!("{n} تۈر")
        ),
        Got::KeyTwice(key) => say!(
            lang,
            format!("{key:?} 两次"),
            format!("{key:?} twice"),
            format!("{key:?} ئىككى قېتىم"),
        ),
        Got::Text(start) => format!("{start:?}"),
        Got::Characters(n) => say!(
            lang,
            format!("{n} 个字符"),
            format!("{n} characters"),
            format!("{n} ھەرپ")
        ),
    }
}

/// What is wrong, without the field: for a form that marks the field itself.
pub fn problem(lang: Lang, p: &Problem) -> String {
    match p {
        Problem::TooManyBytes { max } => say!(
            lang,
            format!("太长：最多接受 {max} 字节"),
            format!("is too long: at most {max} bytes are accepted"),
            format!("بەك ئۇزۇن: ئەڭ كۆپ {max} بايت قوبۇل قىلىنىدۇ"),
        ),
        Problem::NotJson { detail } => say!(
            lang,
            format!("不是有效的 JSON：{detail}"),
            format!("is not valid JSON: {detail}"),
            format!("ئىناۋەتلىك JSON ئەمەس: {detail}"),
        ),
        Problem::KeyTwice => say!(
            lang,
            "出现了不止一次：每个字段只能出现一次",
            "is given more than once: each field may appear once",
            "بىر قېتىمدىن ئارتۇق بېرىلگەن: ھەر بىر مەيدان بىر قېتىملا بولىدۇ",
        ),
        Problem::NotAnObject => say!(
            lang,
            "必须是对象",
            "must be an object",
            "ئوبيېكت بولۇشى كېرەك",
        ),
        Problem::UnknownField { expected } => {
            let expected = expected.join(", ");
            say!(
                lang,
                format!("不是已知字段（应为以下之一：{expected}）"),
                format!("is not a known field (expected one of: {expected})"),
                format!("نامەلۇم مەيدان (بۇلارنىڭ بىرى بولۇشى كېرەك: {expected})"),
            )
        }
        Problem::Required => say!(
            lang,
            "必须填写",
            "is required",
            "چوقۇم تولدۇرۇلىدۇ",
        ),
        Problem::NotAString => say!(
            lang,
            "必须是字符串",
            "must be a string",
            "تېكىست بولۇشى كېرەك",
        ),
        Problem::NotATime => say!(
            lang,
            "不是时间：应为带时区的 RFC 3339 时间（2022-10-08T10:00:00+08:00）或日期（2022-10-08）",
            "is not a time: expected RFC 3339 with an offset (2022-10-08T10:00:00+08:00) or a date (2022-10-08)",
            "ۋاقىت ئەمەس: ۋاقىت رايونى بار RFC 3339 (2022-10-08T10:00:00+08:00) ياكى چېسلا (2022-10-08) بولۇشى كېرەك",
        ),
        Problem::OutsideYears => say!(
            lang,
            "超出 CanGo 回答的年份范围（北京时间 1900 至 9998 年）",
            "is outside the years 1900 to 9998 (China Standard Time) that CanGo answers for",
            "CanGo جاۋاب بېرىدىغان يىللار (بېيجىڭ ۋاقتى 1900 دىن 9998 گىچە) سىرتىدا",
        ),
        Problem::NotADivision => say!(
            lang,
            "不是 GB/T 2260 行政区划",
            "is not a GB/T 2260 administrative division",
            "GB/T 2260 مەمۇرىي رايونى ئەمەس",
        ),
        Problem::NotARegionCode => say!(
            lang,
            "不是地区代码：应为六位数字，例如 652302",
            "is not a region code: expected six digits, e.g. 652302",
            "رايون كودى ئەمەس: ئالتە خانىلىق سان بولۇشى كېرەك، مەسىلەن 652302",
        ),
        Problem::NotOneOf { expected } => {
            let expected = expected.join(", ");
            say!(
                lang,
                format!("不是以下之一：{expected}"),
                format!("is not one of: {expected}"),
                format!("بۇلارنىڭ بىرى ئەمەس: {expected}"),
            )
        }
        Problem::NotAList => say!(
            lang,
            "必须是列表",
            "must be a list",
            "تىزىملىك بولۇشى كېرەك",
        ),
        Problem::TooManyItems { max } => say!(
            lang,
            format!("太长：最多接受 {max} 项"),
            format!("is too long: at most {max} are accepted"),
            format!("بەك ئۇزۇن: ئەڭ كۆپ {max} تۈر قوبۇل قىلىنىدۇ"),
        ),
        Problem::TestInFuture { now } => say!(
            lang,
            format!("晚于现在（{now}）：检测不能在将来采样"),
            format!("is after now ({now}): a test cannot be sampled in the future"),
            format!("ھازىردىن ({now}) كېيىن: تەكشۈرۈش كەلگۈسىدە ئېلىنمايدۇ"),
        ),
        Problem::EventInFuture { now } => say!(
            lang,
            format!("晚于现在（{now}）：经历不能从将来开始"),
            format!("is after now ({now}): an event cannot start in the future"),
            format!("ھازىردىن ({now}) كېيىن: ئىش كەلگۈسىدە باشلانمايدۇ"),
        ),
        Problem::BeforeSince { since } => say!(
            lang,
            format!("早于开始时间（{since}）"),
            format!("is before since ({since})"),
            format!("باشلىنىش ۋاقتىدىن ({since}) بۇرۇن"),
        ),
        Problem::LinkTooLong { max } => say!(
            lang,
            format!("链接太长：最多接受 {max} 个字符"),
            format!("the link is too long: at most {max} characters are accepted"),
            format!("ئۇلانما بەك ئۇزۇن: ئەڭ كۆپ {max} ھەرپ قوبۇل قىلىنىدۇ"),
        ),
        Problem::NotBase64 { detail } => say!(
            lang,
            format!("不是 base64url：{detail}"),
            format!("is not base64url: {detail}"),
            format!("base64url ئەمەس: {detail}"),
        ),
        Problem::NotUtf8 => say!(
            lang,
            "不是 UTF-8 文本",
            "is not UTF-8 text",
            "UTF-8 تېكىست ئەمەس",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::limits;

    #[test]
    fn every_language_names_the_field_and_the_value() {
        let e = InputError {
            field: "tests".into(),
            got: Got::Items(201),
            problem: Problem::TooManyItems { max: limits::TESTS },
        };
        assert_eq!(
            input_error(Lang::En, &e),
            "tests: is too long: at most 200 are accepted (got 201 items)"
        );
        for lang in Lang::ALL {
            let text = input_error(lang, &e);
            assert!(text.starts_with("tests") && text.contains("201"), "{text}");
        }
    }
}
