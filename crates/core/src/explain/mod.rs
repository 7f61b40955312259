//! Every sentence a person reads, in every language: made from the facts
//! of `check`, `code` and `care`, from input problems, and from the rules'
//! own texts. The CLI fills the contract's English fields through it
//! ([`report`]); the app renders all four languages through it. No web, no
//! clock: dates are written in China Standard Time (and Xinjiang time
//! beside it where asked), never in a device's zone.
//!
//! Simplified Chinese is the language of the sources; Traditional Chinese
//! is the same sentences converted by OpenCC's phrases and characters ([`hant`]);
//! English is the contract's; Uyghur is written here, and the rules' own
//! texts carry it beside zh and en (the Chinese original where it is
//! missing: [`Lang::rule`]).

pub mod dates;
mod hant;
mod input;
pub mod report;
mod tools;
mod trip;

pub use dates::Style;
pub use hant::convert as to_traditional;
pub use input::{input_error, problem};
pub use tools::{care_summary, code_summary, not_covered};
pub use trip::{
    change, deadline, earliest_departure, known_periods, published_only, summary, tests_missing,
    trip_line, unknown_summary, warning, why,
};

use crate::domain::{
    ArrivalId, CareNeed, CodeCategory, Confidence, ContactPurpose, DocumentId, Fit, HealthCode,
    Layer, Mode, Purpose, Risk, TestKind, TestResult, Text,
};
use crate::region::{RegionCode, Regions};

/// The languages CanGo speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Simplified Chinese.
    Hans,
    /// Traditional Chinese.
    Hant,
    En,
    /// Uyghur, written right to left.
    Ug,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Hans, Lang::Hant, Lang::En, Lang::Ug];

    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Hans => "zh-Hans",
            Lang::Hant => "zh-Hant",
            Lang::En => "en",
            Lang::Ug => "ug",
        }
    }

    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Hans => "简体中文",
            Lang::Hant => "繁體中文",
            Lang::En => "English",
            Lang::Ug => "ئۇيغۇرچە",
        }
    }

    pub fn rtl(self) -> bool {
        self == Lang::Ug
    }

    pub fn dir(self) -> &'static str {
        if self.rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// From one place to the next, in the direction the line is read.
    pub fn arrow(self) -> &'static str {
        if self.rtl() {
            "←"
        } else {
            "→"
        }
    }

    /// The language of a BCP 47 tag, where CanGo speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let t = tag.trim().to_ascii_lowercase();
        if t.starts_with("zh-hant") || t == "zh-tw" || t == "zh-hk" || t == "zh-mo" {
            Some(Lang::Hant)
        } else if t.starts_with("zh") {
            Some(Lang::Hans)
        } else if t.starts_with("en") {
            Some(Lang::En)
        } else if t.starts_with("ug") {
            Some(Lang::Ug)
        } else {
            None
        }
    }

    /// The first supported language of a preference list; Simplified Chinese otherwise.
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::Hans)
    }

    /// Whether sentences are Chinese (and so written without spaces).
    pub fn chinese(self) -> bool {
        matches!(self, Lang::Hans | Lang::Hant)
    }

    /// One of four texts: [Simplified Chinese, Traditional Chinese, English, Uyghur].
    pub fn pick<T>(self, texts: [T; 4]) -> T {
        let [hans, hant, en, ug] = texts;
        match self {
            Lang::Hans => hans,
            Lang::Hant => hant,
            Lang::En => en,
            Lang::Ug => ug,
        }
    }

    /// A rule's text in this language. Uyghur readers get the Chinese
    /// original where the Uyghur translation is missing, never the English.
    pub fn rule(self, text: &Text) -> String {
        match self {
            Lang::Hans => text.zh.to_string(),
            Lang::Hant => hant::convert(&text.zh),
            Lang::En => text.en.to_string(),
            Lang::Ug => text.ug.as_ref().unwrap_or(&text.zh).to_string(),
        }
    }

    /// Whether [`Lang::rule`] gives a translation made for this language
    /// (shown marked as one, with the Chinese original beside it) rather
    /// than the original.
    pub fn rule_is_translation(self, text: &Text) -> bool {
        match self {
            Lang::Hans | Lang::Hant => false,
            Lang::En => true,
            Lang::Ug => text.ug.is_some(),
        }
    }

    /// A Chinese sentence or name, converted for Traditional Chinese.
    pub fn han(self, text: String) -> String {
        match self {
            Lang::Hant => hant::convert(&text),
            _ => text,
        }
    }

    pub fn risk(self, r: Risk) -> &'static str {
        self.pick(match r {
            Risk::None => [
                "常态化防控区（无风险）",
                "常態化防控區（無風險）",
                "No-risk area (normal control)",
                "خەتەرسىز رايون (نورمال كونترول)",
            ],
            Risk::Low => [
                "低风险区",
                "低風險區",
                "Low-risk area",
                "تۆۋەن خەتەرلىك رايون",
            ],
            Risk::Medium => [
                "中风险区",
                "中風險區",
                "Medium-risk area",
                "ئوتتۇرا خەتەرلىك رايون",
            ],
            Risk::High => [
                "高风险区",
                "高風險區",
                "High-risk area",
                "يۇقىرى خەتەرلىك رايون",
            ],
        })
    }

    pub fn mode(self, m: Mode) -> &'static str {
        self.pick(match m {
            Mode::Air => ["飞机", "飛機", "Air", "ئايروپىلان"],
            Mode::Rail => ["火车", "火車", "Rail", "پويىز"],
            Mode::Road => ["公路", "公路", "Road", "تاشيول"],
        })
    }

    pub fn purpose(self, p: Purpose) -> &'static str {
        self.pick(match p {
            Purpose::Ordinary => ["普通出行", "普通出行", "Ordinary trip", "ئادەتتىكى سەپەر"],
            Purpose::Medical => ["外出就医", "外出就醫", "Medical treatment", "داۋالىنىش"],
        })
    }

    pub fn colour(self, c: HealthCode) -> &'static str {
        self.pick(match c {
            HealthCode::Green => ["绿码", "綠碼", "Green", "يېشىل كود"],
            HealthCode::Yellow => ["黄码", "黃碼", "Yellow", "سېرىق كود"],
            HealthCode::Red => ["红码", "紅碼", "Red", "قىزىل كود"],
        })
    }

    pub fn test_kind(self, k: TestKind) -> &'static str {
        self.pick(match k {
            TestKind::Nat => [
                "核酸检测",
                "核酸檢測",
                "NAT (PCR)",
                "نۇكلېئىن كىسلاتا تەكشۈرۈش",
            ],
            TestKind::Antigen => ["抗原检测", "抗原檢測", "Antigen test", "ئانتىگېن تەكشۈرۈش"],
        })
    }

    pub fn test_result(self, r: TestResult) -> &'static str {
        self.pick(match r {
            TestResult::Negative => ["阴性", "陰性", "Negative", "مەنپىي"],
            TestResult::Positive => ["阳性", "陽性", "Positive", "مۇسبەت"],
            TestResult::Pending => ["待出结果", "待出結果", "Result pending", "نەتىجە چىقمىدى"],
        })
    }

    pub fn document(self, d: DocumentId) -> &'static str {
        self.pick(match d {
            DocumentId::CommitmentLetter => ["7天无风险区旅居承诺书（县指挥部出具）", "7天無風險區旅居承諾書（縣指揮部出具）", "Commitment letter: no stay in a risk area within 7 days (county HQ)", "7 كۈن ئىچىدە خەتەرلىك رايوندا تۇرمىغانلىق ۋەدىنامىسى (ناھىيە شتابى)"],
            DocumentId::ExitCertificate => ["离疆电子证明（新疆政务服务健康码页面申报）", "離疆電子證明（新疆政務服務健康碼頁面申報）", "Electronic certificate for leaving Xinjiang (declared on the Xinjiang health-code page)", "شىنجاڭدىن چىقىش ئېلېكترونلۇق ئىسپاتى (ساغلاملىق كودى بېتىدە ئىلتىماس)"],
            DocumentId::NatReports => ["核酸阴性证明", "核酸陰性證明", "Negative NAT results", "نۇكلېئىن كىسلاتا مەنپىي نەتىجىسى"],
            DocumentId::GreenCode => ["健康码绿码", "健康碼綠碼", "Green health code", "يېشىل ساغلاملىق كودى"],
            DocumentId::QuarantineRelease => ["集中隔离解除证明", "集中隔離解除證明", "Certificate of release from centralized quarantine", "مەركەزلىك ئايرىپ كۆزىتىشتىن بوشىتىلغانلىق ئىسپاتى"],
            DocumentId::ExpertEvaluation => ["县指挥部专家评估（外出就医）", "縣指揮部專家評估（外出就醫）", "County HQ expert evaluation (medical exit)", "ناھىيە شتابىنىڭ مۇتەخەسسىس باھالىشى (داۋالىنىش)"],
            DocumentId::PrefectureApproval => ["地州指挥部审批（外出就医）", "地州指揮部審批（外出就醫）", "Prefecture HQ approval (medical exit)", "ۋىلايەت شتابىنىڭ تەستىقى (داۋالىنىش)"],
            DocumentId::BeijingCoordination => ["进京协调手续", "進京協調手續", "Coordination required to enter Beijing", "بېيجىڭغا كىرىش ماسلاشتۇرۇش رەسمىيىتى"],
        })
    }

    pub fn arrival(self, a: ArrivalId) -> &'static str {
        self.pick(match a {
            ArrivalId::ArrivalReport => [
                "抵达前或抵达时向目的地社区报备",
                "抵達前或抵達時向目的地社區報備",
                "Report to the destination community before or on arrival",
                "يېتىپ بېرىشتىن بۇرۇن ياكى بارغاندا مەھەللىگە مەلۇم قىلىش",
            ],
            ArrivalId::ArrivalTests3d2t => [
                "抵达后三天两检",
                "抵達後三天兩檢",
                "Two tests in the first three days",
                "يېتىپ بارغاندىن كېيىن 3 كۈندە 2 قېتىم تەكشۈرۈش",
            ],
            ArrivalId::LandingTest => {
                ["落地检", "落地檢", "A test on landing", "چۈشكەندە تەكشۈرۈش"]
            }
            ArrivalId::HealthMonitoring => [
                "健康监测",
                "健康監測",
                "Health monitoring",
                "ساغلاملىق نازارىتى",
            ],
        })
    }

    pub fn confidence(self, c: Confidence) -> &'static str {
        self.pick(match c {
            Confidence::Published => ["已发布文件", "已發佈文件", "Published", "ئېلان قىلىنغان"],
            Confidence::Reported => [
                "口头/社区通知",
                "口頭/社區通知",
                "Reported",
                "ئاغزاكى/مەھەللە ئۇقتۇرۇشى",
            ],
        })
    }

    pub fn contact_purpose(self, p: ContactPurpose) -> &'static str {
        self.pick(match p {
            ContactPurpose::Ask => ["咨询", "諮詢", "Ask", "سوراش"],
            ContactPurpose::Complain => ["投诉", "投訴", "Complain", "ئەرز قىلىش"],
            ContactPurpose::Book => ["预约", "預約", "Book", "ئالدىن بەلگىلەش"],
            ContactPurpose::Emergency => ["急救", "急救", "Emergency", "جىددىي قۇتقۇزۇش"],
        })
    }

    pub fn layer(self, l: Layer) -> &'static str {
        self.pick(match l {
            Layer::National => ["国家", "國家", "National", "دۆلەت"],
            Layer::Province => ["省/自治区", "省/自治區", "Province", "ئۆلكە/ئاپتونوم رايون"],
            Layer::Prefecture => ["地州", "地州", "Prefecture", "ۋىلايەت/ئوبلاست"],
            Layer::City => ["市", "市", "City", "شەھەر"],
            Layer::County => ["县", "縣", "County", "ناھىيە"],
        })
    }

    pub fn category(self, c: CodeCategory) -> &'static str {
        self.pick(match c {
            CodeCategory::Infected => [
                "感染者（出院日期）",
                "感染者（出院日期）",
                "Infected (until = discharge)",
                "يۇقۇملانغۇچى (دوختۇرخانىدىن چىققان ۋاقىت)",
            ],
            CodeCategory::CloseContact => [
                "密切接触者",
                "密切接觸者",
                "Close contact",
                "يېقىن ئۇچراشقۇچى",
            ],
            CodeCategory::RegionalCoInvestigation => [
                "区域协查人员",
                "區域協查人員",
                "Regional co-investigation",
                "رايونلۇق ھەمكارلىشىپ تەكشۈرۈلگۈچى",
            ],
            CodeCategory::HighRiskAreaResident => [
                "高风险区人员",
                "高風險區人員",
                "High-risk area resident",
                "يۇقىرى خەتەرلىك رايون ئاھالىسى",
            ],
            CodeCategory::HighRiskAreaSpillover => [
                "高风险区外溢人员",
                "高風險區外溢人員",
                "Left a high-risk area",
                "يۇقىرى خەتەرلىك رايوندىن چىققۇچى",
            ],
            CodeCategory::Inbound => [
                "入境人员",
                "入境人員",
                "Inbound traveller",
                "چەتئەلدىن كىرگۈچى",
            ],
            CodeCategory::ClosedLoopWorker => [
                "闭环作业人员",
                "閉環作業人員",
                "Closed-loop worker",
                "يېپىق ھالقىدا ئىشلىگۈچى",
            ],
            CodeCategory::PushedRed => [
                "外省推送红码（转码日期）",
                "外省推送紅碼（轉碼日期）",
                "Pushed red by another province (until = cleared)",
                "باشقا ئۆلكە قىزىل كود ئەۋەتكەن",
            ],
            CodeCategory::PushedYellow => [
                "外省推送黄码（转码日期）",
                "外省推送黃碼（轉碼日期）",
                "Pushed yellow by another province (until = cleared)",
                "باشقا ئۆلكە سېرىق كود ئەۋەتكەن",
            ],
            CodeCategory::MajorEvent => [
                "重大活动（结束日期）",
                "重大活動（結束日期）",
                "Major event (until = its end)",
                "زور پائالىيەت (ئاخىرلىشىش ۋاقتى)",
            ],
        })
    }

    pub fn need(self, n: CareNeed) -> &'static str {
        self.pick(match n {
            CareNeed::Emergency => ["急诊急救", "急診急救", "Emergency", "جىددىي قۇتقۇزۇش"],
            CareNeed::Pregnancy => [
                "孕产妇",
                "孕產婦",
                "Pregnancy / birth",
                "ھامىلدارلىق / تۇغۇت",
            ],
            CareNeed::Fever => ["发热", "發熱", "Fever", "قىزىتما"],
            CareNeed::Surgery => ["手术", "手術", "Surgery", "ئوپېراتسىيە"],
            CareNeed::Critical => ["危重症", "危重症", "Critical illness", "ئېغىر كېسەل"],
            CareNeed::Pediatric => ["儿科", "兒科", "Children", "بالىلار كېسەللىكى"],
            CareNeed::Oncology => [
                "肿瘤（放化疗）",
                "腫瘤（放化療）",
                "Oncology",
                "ئۆسمە كېسەللىكى",
            ],
            CareNeed::Dialysis => ["血液透析", "血液透析", "Dialysis", "قان سۈزۈش"],
            CareNeed::Orthopedics => ["骨科", "骨科", "Orthopaedics", "سۆڭەك كېسەللىكى"],
            CareNeed::Internal => ["内科", "內科", "Internal medicine", "ئىچكى كېسەللىك"],
            CareNeed::Chronic => [
                "慢性病取药",
                "慢性病取藥",
                "Chronic illness / medicine",
                "سوزۇلما كېسەل / دورا",
            ],
            CareNeed::General => ["普通门诊", "普通門診", "General care", "ئادەتتىكى داۋالاش"],
        })
    }

    pub fn fit(self, f: Fit) -> &'static str {
        self.pick(match f {
            Fit::Department => [
                "设有相应科室",
                "設有相應科室",
                "Has a department for this",
                "مۇناسىۋەتلىك بۆلۈمى بار",
            ],
            Fit::GeneralCare => [
                "提供普通诊疗",
                "提供普通診療",
                "Offers general care",
                "ئادەتتىكى داۋالاش بار",
            ],
            Fit::DepartmentsNotStated => [
                "未列明科室，请先电话咨询",
                "未列明科室，請先電話諮詢",
                "Departments not stated: call first",
                "بۆلۈملىرى ئېنىق ئەمەس، ئالدى بىلەن تېلېفون قىلىڭ",
            ],
        })
    }
}

/// A region's full name in this language: province, prefecture, county in
/// Chinese, with the code. Readers of English get the pinyin of the most
/// specific, spaced by word, and its common Latin name where it has one
/// (`… 乌鲁木齐市 Wulumuqi Shi · Urumqi (650100)`); readers of Uyghur the
/// Uyghur names of the prefecture and county where they exist, the
/// Chinese name beside them (`ئۈرۈمچى شەھىرى تەڭرىتاغ رايونى (天山区 650102)`).
pub fn region_name(lang: Lang, code: RegionCode) -> String {
    let regions = Regions::builtin();
    if lang == Lang::Ug {
        if let Some(region) = regions.get(code).filter(|r| !r.ug.is_empty()) {
            let mut names: Vec<&str> = Vec::new();
            for c in [code.prefecture(), code] {
                let n = regions.get(c).map_or("", |r| r.ug);
                if !n.is_empty() && !names.contains(&n) {
                    names.push(n);
                }
            }
            return format!("{} ({} {code})", names.join(" "), region.name);
        }
    }
    let mut names: Vec<&str> = Vec::new();
    for c in [code.province(), code.prefecture(), code] {
        let n = regions.name(c);
        if !n.is_empty() && !names.contains(&n) {
            names.push(n);
        }
    }
    let joined = names.join(if lang.chinese() { "" } else { " " });
    if joined.is_empty() {
        return code.to_string();
    }
    let joined = lang.han(joined);
    match (lang, latin(code)) {
        (Lang::En, Some(latin)) => format!("{joined} {latin} ({code})"),
        _ => format!("{joined} ({code})"),
    }
}

/// A region's own name alone, the shortest that still names it: `伊州区`
/// (converted for Traditional Chinese), for readers of English its common
/// Latin name (`Urumqi`) or else its pinyin (`Yizhou Qu`), its Uyghur name for readers of Uyghur where it has
/// one (the Chinese otherwise); the code when the table has no name (or
/// the names have not arrived).
pub fn region_short(lang: Lang, code: RegionCode) -> String {
    let Some(region) = Regions::builtin().with_name(code) else {
        return code.to_string();
    };
    match lang {
        Lang::En if !region.latin.is_empty() => region.latin.to_string(),
        Lang::En if !region.pinyin.is_empty() => region.pinyin.to_string(),
        Lang::Ug if !region.ug.is_empty() => region.ug.to_string(),
        _ => lang.han(region.name.to_string()),
    }
}

/// A region's name for Latin readers: its pinyin, spaced by word, and its
/// common Latin name where it has one (`Wulumuqi Shi · Urumqi`).
fn latin(code: RegionCode) -> Option<String> {
    let region = Regions::builtin().get(code)?;
    match (region.pinyin, region.latin) {
        ("", _) => None,
        (pinyin, "") => Some(pinyin.to_string()),
        (pinyin, latin) => Some(format!("{pinyin} · {latin}")),
    }
}

/// `a`, `a or b`, `a, b or c` (and the same in each language).
pub(crate) fn join_or(lang: Lang, items: &[&str]) -> String {
    let (comma, or) = lang.pick([("、", "或"), ("、", "或"), (", ", " or "), ("، ", " ياكى ")]);
    match items.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{}{or}{last}", rest.join(comma)),
        None => String::new(),
    }
}
