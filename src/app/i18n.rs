//! The app's four languages: every UI string, enum name and date.
//!
//! Rule texts come from the rules as `Text { zh, en }`: Simplified Chinese
//! shows `zh`, Traditional Chinese shows `zh` converted character by
//! character (see `hant`), English shows `en`, and Uyghur shows `en` (the
//! rules have no Uyghur text yet; the answer says so).

use crate::care::Fit;
use crate::check::Verdict;
use crate::domain::{
    ArrivalId, CareNeed, CodeCategory, Confidence, ContactPurpose, DocumentId, HealthCode, Layer,
    Mode, Purpose, Risk, TestKind, TestResult, Text,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Hans,
    Hant,
    En,
    Ug,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Hans, Lang::Hant, Lang::En, Lang::Ug];

    /// The BCP 47 tag, used for `<html lang>` and storage.
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

    pub fn from_tag(tag: &str) -> Option<Lang> {
        let t = tag.trim().to_ascii_lowercase();
        if t == "zh-hant"
            || t.starts_with("zh-hant")
            || t == "zh-tw"
            || t == "zh-hk"
            || t == "zh-mo"
        {
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

    fn pick(self, s: [&'static str; 4]) -> &'static str {
        match self {
            Lang::Hans => s[0],
            Lang::Hant => s[1],
            Lang::En => s[2],
            Lang::Ug => s[3],
        }
    }

    pub fn t(self, key: K) -> &'static str {
        self.pick(key.texts())
    }

    /// A template with `{0}`, `{1}`… filled in.
    pub fn f(self, key: K, args: &[&str]) -> String {
        fill(self.t(key), args)
    }

    /// A rule text in this language (see the module documentation).
    pub fn rule(self, text: &Text) -> String {
        match self {
            Lang::Hans => text.zh.clone(),
            Lang::Hant => super::hant::convert(&text.zh),
            Lang::En | Lang::Ug => text.en.clone(),
        }
    }

    /// A Chinese place name, converted for Traditional Chinese.
    pub fn place(self, name: &str) -> String {
        match self {
            Lang::Hant => super::hant::convert(name),
            _ => name.to_string(),
        }
    }

    pub fn verdict(self, v: Verdict) -> &'static str {
        self.t(match v {
            Verdict::Eligible => K::VerdictEligible,
            Verdict::EligibleAfter => K::VerdictEligibleAfter,
            Verdict::NeedsApproval => K::VerdictNeedsApproval,
            Verdict::NotEligible => K::VerdictNotEligible,
            Verdict::Unknown => K::VerdictUnknown,
        })
    }

    pub fn verdict_hint(self, v: Verdict) -> &'static str {
        self.t(match v {
            Verdict::Eligible => K::HintEligible,
            Verdict::EligibleAfter => K::HintEligibleAfter,
            Verdict::NeedsApproval => K::HintNeedsApproval,
            Verdict::NotEligible => K::HintNotEligible,
            Verdict::Unknown => K::HintUnknown,
        })
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
            DocumentId::QuarantineRelease => ["集中隔离解除证明", "集中隔離解除證明", "Certificate of release from centralized quarantine", "مەركەزلىك كارانتىندىن چىقىش ئىسپاتى"],
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

/// Fills `{0}`, `{1}`… in a template.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = template.to_string();
    for (i, arg) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), arg);
    }
    out
}

macro_rules! strings {
    ($($key:ident => [$zh:expr, $hant:expr, $en:expr, $ug:expr $(,)?],)*) => {
        /// A UI string, in [Simplified Chinese, Traditional Chinese, English, Uyghur].
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum K { $($key),* }
        impl K {
            pub const ALL: &'static [K] = &[$(K::$key),*];
            pub fn texts(self) -> [&'static str; 4] {
                match self { $(K::$key => [$zh, $hant, $en, $ug]),* }
            }
        }
    };
}

strings! {
    AppName => ["能走吗", "能走嗎", "CanGo", "ماڭالامدىم"],
    Tagline => ["2020–2022年出行政策核对（结果仅供参考，以当地最新通知为准）", "2020–2022年出行政策核對（結果僅供參考，以當地最新通知為準）", "China travel rules 2020–2022: check a trip (for reference; local notices prevail)", "2020–2022-يىللىق سەپەر قائىدىلىرىنى تەكشۈرۈش (پايدىلىنىش ئۈچۈن)"],
    Language => ["语言", "語言", "Language", "تىل"],
    ViewCheck => ["能走吗", "能走嗎", "Can I go?", "ماڭالامدىم؟"],
    ViewCode => ["健康码计算", "健康碼計算", "Health code", "ساغلاملىق كودى"],
    ViewCare => ["就医", "就醫", "Medical care", "داۋالىنىش"],
    YourTrip => ["你的行程", "你的行程", "Your trip", "سەپىرىڭىز"],
    Origin => ["出发地（县/区）", "出發地（縣/區）", "From (county)", "قەيەردىن (ناھىيە)"],
    Destination => ["目的地", "目的地", "To", "قەيەرگە"],
    SearchHint => ["输入中文名、拼音或代码", "輸入中文名、拼音或代碼", "Chinese name, pinyin or code", "خەنزۇچە نامى، پىنيىن ياكى كودى"],
    NoMatch => ["没有匹配的地区", "沒有匹配的地區", "No matching region", "ماس رايون يوق"],
    OriginRisk => ["出发地风险等级", "出發地風險等級", "Risk level where you are", "تۇرۇۋاتقان جاينىڭ خەتەر دەرىجىسى"],
    Departure => ["出发时间（北京时间）", "出發時間（北京時間）", "Departure (China Standard Time)", "يولغا چىقىش ۋاقتى (بېيجىڭ ۋاقتى)"],
    Mode => ["交通方式", "交通方式", "Travel by", "قاتناش ۋاسىتىسى"],
    NotSaid => ["未填写", "未填寫", "Not given", "تولدۇرۇلمىدى"],
    Purpose => ["出行目的", "出行目的", "Purpose", "مەقسەت"],
    HealthCode => ["健康码颜色", "健康碼顏色", "Health-code colour", "ساغلاملىق كودىنىڭ رەڭگى"],
    Tests => ["检测记录", "檢測記錄", "Tests taken", "تەكشۈرۈش خاتىرىسى"],
    NoTests => ["还没有检测记录", "還沒有檢測記錄", "No tests yet", "تېخى تەكشۈرۈش يوق"],
    AddTest => ["＋ 添加检测", "＋ 添加檢測", "+ Add a test", "+ تەكشۈرۈش قوشۇش"],
    Remove => ["删除", "刪除", "Remove", "ئۆچۈرۈش"],
    TestKindLabel => ["类型", "類型", "Kind", "تۈرى"],
    SampledAt => ["采样时间（北京时间）", "採樣時間（北京時間）", "Sampled at (CST)", "ئەۋرىشكە ئېلىنغان ۋاقىت (بېيجىڭ)"],
    Result => ["结果", "結果", "Result", "نەتىجە"],
    TestNumber => ["第{0}次检测", "第{0}次檢測", "Test {0}", "{0}-تەكشۈرۈش"],
    TestInFuture => ["采样时间晚于当前时间：请更正（检测不能在将来采样）", "採樣時間晚於當前時間：請更正（檢測不能在將來採樣）", "Sampled after now: please correct it (a test cannot be sampled in the future)", "ئەۋرىشكە ۋاقتى ھازىردىن كېيىن: تۈزىتىڭ"],
    DocumentsHeld => ["已持有的材料", "已持有的材料", "Documents you already hold", "قولىڭىزدىكى ھۆججەتلەر"],
    Stays => ["风险地区旅居史", "風險地區旅居史", "Stays in risk areas", "خەتەرلىك رايوندا تۇرۇش تارىخى"],
    StayLine => ["{0}（{1}）至 {2}", "{0}（{1}）至 {2}", "{0} ({1}) until {2}", "{0} ({1}) {2} گىچە"],
    Clock => ["核对时间", "核對時間", "Checking as of", "تەكشۈرۈش ۋاقتى"],
    ClockDevice => ["使用本机当前时间", "使用本機當前時間", "Use this device's current time", "بۇ ئۈسكۈنىنىڭ ھازىرقى ۋاقتى"],
    ClockFixedNote => ["规则数据覆盖2020–2022年；示例按固定时间核对。", "規則數據覆蓋2020–2022年；示例按固定時間核對。", "The rules cover 2020–2022, so the example checks as of a fixed time.", "قائىدىلەر 2020–2022-يىللارنى ئۆز ئىچىگە ئالىدۇ؛ مىسال مۇقىم ۋاقىتتا تەكشۈرۈلىدۇ."],
    XinjiangTime => ["新疆时间", "新疆時間", "Xinjiang time", "شىنجاڭ ۋاقتى"],
    BeijingTime => ["北京时间", "北京時間", "CST", "بېيجىڭ ۋاقتى"],
    Answer => ["结果", "結果", "Answer", "جاۋاب"],
    VerdictEligible => ["可以出行", "可以出行", "You can go", "ماڭالايسىز"],
    VerdictEligibleAfter => ["办完以下事项后可以出行", "辦完以下事項後可以出行", "You can go once the steps below are done", "تۆۋەندىكى ئىشلارنى پۈتتۈرگەندىن كېيىن ماڭالايسىز"],
    VerdictNeedsApproval => ["需要先获得审批", "需要先獲得審批", "Approval needed first", "ئالدى بىلەن تەستىق كېرەك"],
    VerdictNotEligible => ["暂不能出行", "暫不能出行", "You cannot leave now", "ھازىر ماڭالمايسىز"],
    VerdictUnknown => ["无法判断：没有适用的规则数据", "無法判斷：沒有適用的規則數據", "Unknown: no rule data covers this trip", "نامەلۇم: بۇ سەپەرگە قائىدە يوق"],
    HintEligible => ["所有要求均已满足。", "所有要求均已滿足。", "Every requirement is met.", "ھەممە تەلەپ ھازىرلاندى."],
    HintEligibleAfter => ["按下方清单逐项办理，注意截止时间。", "按下方清單逐項辦理，注意截止時間。", "Do each item below before its deadline.", "تۆۋەندىكى ھەر بىر ئىشنى ۋاقتىدا قىلىڭ."],
    HintNeedsApproval => ["须由有关部门批准后才能出行。", "須由有關部門批准後才能出行。", "An authority must approve this trip before you leave.", "ئالدى بىلەن مۇناسىۋەتلىك ئورگان تەستىقلىشى كېرەك."],
    HintNotEligible => ["有条件阻止本次出行，见下方原因。", "有條件阻止本次出行，見下方原因。", "Something blocks this departure: see why below.", "بىر شەرت بۇ سەپەرنى توسىدۇ، سەۋەبىنى تۆۋەندىن كۆرۈڭ."],
    HintUnknown => ["这不是猜测：请向当地防控指挥部咨询。", "這不是猜測：請向當地防控指揮部諮詢。", "We do not guess: ask the local epidemic-control headquarters.", "پەرەز قىلمايمىز: يەرلىك شتابتىن سوراڭ."],
    EarliestDeparture => ["最早可出发", "最早可出發", "Earliest departure", "ئەڭ بالدۇر يولغا چىقىش"],
    PlannedDeparture => ["计划出发", "計劃出發", "Planned departure", "پىلانلانغان ۋاقىت"],
    PlannedNotPossible => ["按计划时间来不及，以下截止时间按最早可出发时间计算。", "按計劃時間來不及，以下截止時間按最早可出發時間計算。", "The planned departure cannot be made; deadlines below are for the earliest departure.", "پىلانلانغان ۋاقىتقا ئۈلگۈرمەيسىز؛ تۆۋەندىكى ۋاقىتلار ئەڭ بالدۇر يولغا چىقىش ئۈچۈن."],
    Checklist => ["材料清单（点按标记已持有）", "材料清單（點按標記已持有）", "Document checklist (tap to mark as held)", "ھۆججەت تىزىملىكى (بار دەپ بەلگىلەش ئۈچۈن بېسىڭ)"],
    Held => ["已持有", "已持有", "Held", "بار"],
    NotHeld => ["未持有", "未持有", "Not held", "يوق"],
    AutoHeld => ["（由检测记录/健康码自动判断）", "（由檢測記錄/健康碼自動判斷）", "(from your tests / code colour)", "(تەكشۈرۈش/كود رەڭگىدىن)"],
    Requirements => ["要求", "要求", "Requirements", "تەلەپلەر"],
    Met => ["已满足", "已滿足", "Met", "ھازىرلاندى"],
    ToDo => ["待办", "待辦", "To do", "قىلىش كېرەك"],
    ApprovalState => ["待审批", "待審批", "Needs approval", "تەستىق كېرەك"],
    Blocked => ["阻止出行", "阻止出行", "Blocks the trip", "سەپەرنى توسىدۇ"],
    By => ["依据：{0} · {1}", "依據：{0} · {1}", "Set by: {0} · {1}", "بەلگىلىگۈچى: {0} · {1}"],
    Sources => ["来源", "來源", "Sources", "مەنبەلەر"],
    Disputed => ["有来源与此相反", "有來源與此相反", "Disputed by", "قارشى مەنبە"],
    Arrival => ["抵达后", "抵達後", "On arrival", "يېتىپ بارغاندىن كېيىن"],
    ConflictTitle => ["⚠ 地方要求超出国家规定", "⚠ 地方要求超出國家規定", "⚠ A local rule goes beyond national rules", "⚠ يەرلىك تەلەپ دۆلەت بەلگىلىمىسىدىن ئېشىپ كەتتى"],
    ConflictNational => ["国家规定", "國家規定", "National rule", "دۆلەت بەلگىلىمىسى"],
    ConflictLocal => ["地方做法", "地方做法", "Local rule", "يەرلىك قائىدە"],
    ComplainWith => ["可拨打以下电话反映或投诉", "可撥打以下電話反映或投訴", "Call to ask or complain", "سوراش ياكى ئەرز قىلىش ئۈچۈن تېلېفون"],
    Contacts => ["咨询与投诉电话", "諮詢與投訴電話", "Where to ask or complain", "قەيەردىن سوراش"],
    Notices => ["社区通知", "社區通知", "Community notices", "مەھەللە ئۇقتۇرۇشلىرى"],
    WhatWouldChange => ["什么情况下可以改变", "什麼情況下可以改變", "What would change this", "نېمە ئۆزگەرتەلەيدۇ"],
    RulesAsOf => ["规则更新至 {0}", "規則更新至 {0}", "Rules as of {0}", "قائىدىلەر {0} دىكى"],
    UgRuleNote => ["", "", "", "قائىدە تېكىستلىرىنىڭ ئۇيغۇرچە تەرجىمىسى تېخى يوق، ئىنگلىزچە كۆرسىتىلدى."],
    HantRuleNote => ["", "規則原文為簡體中文，此處逐字自動轉換為繁體，詞語可能不完全準確。", "", ""],
    FixForm => ["请先更正上面的输入。", "請先更正上面的輸入。", "Please correct the form above first.", "ئالدى بىلەن يۇقىرىدىكى خاتالىقنى تۈزىتىڭ."],
    Timeline => ["时间线", "時間線", "Timeline", "ۋاقىت جەدۋىلى"],
    TimelineDesc => ["检测、有效时段、截止时间、最早出发与计划出发", "檢測、有效時段、截止時間、最早出發與計劃出發", "Tests, valid windows, deadline, earliest and planned departure", "تەكشۈرۈش، ئىناۋەتلىك ۋاقىت، ئاخىرقى مۆھلەت ۋە يولغا چىقىش"],
    LegendTest => ["检测", "檢測", "test", "تەكشۈرۈش"],
    LegendWindow => ["有效时段", "有效時段", "valid window", "ئىناۋەتلىك ۋاقىت"],
    LegendDeadline => ["采样截止", "採樣截止", "deadline", "ئاخىرقى مۆھلەت"],
    LegendNow => ["现在", "現在", "now", "ھازىر"],
    LegendEarliest => ["最早", "最早", "earliest", "ئەڭ بالدۇر"],
    LegendDeparture => ["出发", "出發", "departure", "يولغا چىقىش"],
    Share => ["分享", "分享", "Share", "ھەمبەھىرلەش"],
    ShareHint => ["链接包含完整行程，打开即显示同样结果；数据不经过任何服务器。", "連結包含完整行程，打開即顯示同樣結果；數據不經過任何伺服器。", "The link holds the whole trip and opens the same answer; nothing goes through a server.", "ئۇلانمىدا پۈتۈن سەپەر بار، ئاچسا ئوخشاش جاۋاب چىقىدۇ؛ مۇلازىمېتىر ئىشلىتىلمەيدۇ."],
    Copy => ["复制链接", "複製連結", "Copy link", "ئۇلانمىنى كۆچۈرۈش"],
    Copied => ["已复制", "已複製", "Copied", "كۆچۈرۈلدى"],
    CopyFailed => ["无法自动复制，请手动选择链接复制", "無法自動複製，請手動選擇連結複製", "Could not copy: select the link and copy it", "كۆچۈرەلمىدى: ئۇلانمىنى تاللاپ كۆچۈرۈڭ"],
    QrLabel => ["行程链接二维码", "行程連結二維碼", "QR code of the trip link", "سەپەر ئۇلانمىسىنىڭ QR كودى"],
    QrTooLong => ["链接太长，无法生成二维码", "連結太長，無法生成二維碼", "The link is too long for a QR code", "ئۇلانما QR كود ئۈچۈن بەك ئۇزۇن"],
    Calendar => ["导出到日历（.ics）", "匯出到日曆（.ics）", "Add to calendar (.ics)", "كالېندارغا چىقىرىش (.ics)"],
    CalDeparture => ["出发：{0} → {1}", "出發：{0} → {1}", "Departure: {0} → {1}", "يولغا چىقىش: {0} → {1}"],
    CalEarliest => ["最早可出发：{0} → {1}", "最早可出發：{0} → {1}", "Earliest departure: {0} → {1}", "ئەڭ بالدۇر يولغا چىقىش: {0} → {1}"],
    Countdown => ["距离现在：{0}", "距離現在：{0}", "{0}", "{0}"],
    OpensIn => ["{0}后开始", "{0}後開始", "opens in {0}", "{0} دىن كېيىن باشلىنىدۇ"],
    ClosesIn => ["还剩{0}截止", "還剩{0}截止", "closes in {0}", "{0} دىن كېيىن ئاخىرلىشىدۇ"],
    Closed => ["已截止", "已截止", "closed", "ئاخىرلاشتى"],
    InTime => ["{0}后", "{0}後", "in {0}", "{0} دىن كېيىن"],
    AgoTime => ["{0}前", "{0}前", "{0} ago", "{0} بۇرۇن"],
    Days => ["{0}天", "{0}天", "{0} d", "{0} كۈن"],
    Hours => ["{0}小时", "{0}小時", "{0} h", "{0} سائەت"],
    Minutes => ["{0}分钟", "{0}分鐘", "{0} min", "{0} مىنۇت"],
    LinkProblem => ["链接中的行程无法读取", "連結中的行程無法讀取", "The trip in this link cannot be read", "بۇ ئۇلانمىدىكى سەپەرنى ئوقۇغىلى بولمىدى"],
    StoredProblem => ["本机保存的行程无法读取（未删除）", "本機保存的行程無法讀取（未刪除）", "The trip saved on this device cannot be read (it was not deleted)", "بۇ ئۈسكۈنىدە ساقلانغان سەپەرنى ئوقۇغىلى بولمىدى (ئۆچۈرۈلمىدى)"],
    StoredPaused => ["为免覆盖，暂停保存，直到你导出或丢弃它。", "為免覆蓋，暫停保存，直到你匯出或丟棄它。", "Saving is paused so it is not overwritten until you export or discard it.", "ئۈستىگە يېزىلماسلىقى ئۈچۈن ساقلاش توختىتىلدى."],
    CopyData => ["复制数据", "複製數據", "Copy the data", "سانلىق مەلۇماتنى كۆچۈرۈش"],
    DownloadData => ["下载数据", "下載數據", "Download the data", "سانلىق مەلۇماتنى چۈشۈرۈش"],
    Discard => ["丢弃并继续保存", "丟棄並繼續保存", "Discard it and resume saving", "تاشلاپ ساقلاشنى داۋاملاشتۇرۇش"],
    LabelColon => ["{0}：", "{0}：", "{0}: ", "{0}: "],
    Quoted => ["{0}「{1}」", "{0}「{1}」", "{0} “{1}”", "{0} «{1}»"],
    KnownFor => ["本地区已知的离开规则：{0}（北京时间）", "本地區已知的離開規則：{0}（北京時間）", "Rules for leaving this region are known {0} (CST)", "بۇ رايوندىن ئايرىلىش قائىدىلىرى مەلۇم: {0} (بېيجىڭ ۋاقتى)"],
    FromOn => ["{0}起", "{0}起", "from {0}", "{0} دىن باشلاپ"],
    FromUntil => ["{0}至{1}", "{0}至{1}", "from {0} to {1}", "{0} دىن {1} گىچە"],
    NotJson => ["数据已损坏（不是有效的 JSON）", "數據已損壞（不是有效的 JSON）", "The data is damaged (not valid JSON)", "سانلىق مەلۇمات بۇزۇلغان (JSON ئەمەس)"],
    SchemaOther => ["数据格式版本为 {0}，本版本只能读取 {1}", "數據格式版本為 {0}，本版本只能讀取 {1}", "Stored with schema version {0}; this version reads {1}", "ساقلاش نەشرى {0}، بۇ نەشر {1} نى ئوقۇيدۇ"],
    StorageUnavailable => ["本机存储不可用（如无痕模式）：刷新后行程仅保留在链接中。", "本機儲存不可用（如無痕模式）：重新整理後行程僅保留在連結中。", "Storage is unavailable here (private mode?): the trip is kept only in the link.", "ساقلىغۇچ ئىشلىمەيدۇ: سەپەر پەقەت ئۇلانمىدا ساقلىنىدۇ."],
    StorageFull => ["本机存储已满，无法保存：行程仍保留在链接中。", "本機儲存已滿，無法保存：行程仍保留在連結中。", "Storage is full, so the trip could not be saved: it is still in the link.", "ساقلىغۇچ تولدى: سەپەر ئۇلانمىدا ساقلىنىدۇ."],
    RulesInvalid => ["内置规则数据无效，无法给出结果：", "內置規則數據無效，無法給出結果：", "The built-in rules are invalid, so no answer can be given:", "ئىچكى قائىدىلەر ئىناۋەتسىز:"],
    Region => ["地区", "地區", "Region", "رايون"],
    Now => ["当前时间（北京时间）", "當前時間（北京時間）", "Now (CST)", "ھازىرقى ۋاقىت (بېيجىڭ)"],
    CodeEvents => ["经历（类别与日期）", "經歷（類別與日期）", "What happened (category and dates)", "بولغان ئىشلار"],
    AddEvent => ["＋ 添加经历", "＋ 添加經歷", "+ Add an event", "+ ۋەقە قوشۇش"],
    Since => ["开始", "開始", "Since", "باشلانغان"],
    Until => ["结束（可不填）", "結束（可不填）", "Until (optional)", "ئاخىرلاشقان (ئىختىيارىي)"],
    CodeNow => ["现在的健康码", "現在的健康碼", "Health code now", "ھازىرقى ساغلاملىق كودى"],
    CodeChanges => ["{0}转为{1}", "{0}轉為{1}", "Turns {1} at {0}", "{0} دە {1} غا ئۆزگىرىدۇ"],
    CodeLasts => ["目前没有已知的转码时间", "目前沒有已知的轉碼時間", "No change is known yet", "ئۆزگىرىش ۋاقتى ئېنىق ئەمەس"],
    CodeUnknown => ["没有适用于该地区和日期的健康码规则（目前仅有山东2022-12-01起的规则）", "沒有適用於該地區和日期的健康碼規則（目前僅有山東2022-12-01起的規則）", "No health-code rule covers this region and date (only Shandong's rules from 2022-12-01 are known)", "بۇ رايون ۋە ۋاقىتقا ساغلاملىق كودى قائىدىسى يوق"],
    Phases => ["各阶段", "各階段", "Phases", "باسقۇچلار"],
    PhaseLine => ["{0}：{1} 起", "{0}：{1} 起", "{0} from {1}", "{1} دىن باشلاپ {0}"],
    PhaseUntil => ["至 {0}", "至 {0}", "until {0}", "{0} گىچە"],
    Need => ["需要什么医疗", "需要什麼醫療", "What care do you need", "قانداق داۋالاش كېرەك"],
    RiskHere => ["所在区域风险等级", "所在區域風險等級", "Risk level where you are", "تۇرۇۋاتقان جاينىڭ خەتەر دەرىجىسى"],
    Emergency => ["急救电话 {0}", "急救電話 {0}", "Emergency: call {0}", "جىددىي قۇتقۇزۇش: {0}"],
    Places => ["可去的医院", "可去的醫院", "Where to go", "قەيەرگە بېرىش"],
    NoPlaces => ["规则中没有列出符合条件的医院：请拨打下方电话咨询。", "規則中沒有列出符合條件的醫院：請撥打下方電話諮詢。", "The rules list no place for this: call the numbers below.", "قائىدىدە ماس دوختۇرخانا يوق: تۆۋەندىكى نومۇرغا تېلېفون قىلىڭ."],
    CareUnknown => ["没有适用于该地区和日期的就医规则（目前仅有伊宁市2022-09-09起的规则）。", "沒有適用於該地區和日期的就醫規則（目前僅有伊寧市2022-09-09起的規則）。", "No care rule covers this region and date (only Yining's rules from 2022-09-09 are known).", "بۇ رايون ۋە ۋاقىتقا داۋالىنىش قائىدىسى يوق."],
    Advice => ["提示", "提示", "Advice", "مەسلىھەت"],
    Call => ["拨打 {0}", "撥打 {0}", "Call {0}", "{0} غا تېلېفون"],
    NoWasm => ["此浏览器不支持 WebAssembly，无法运行本应用。", "此瀏覽器不支援 WebAssembly，無法運行本應用。", "This browser has no WebAssembly, so the app cannot run.", "بۇ توركۆرگۈچتە WebAssembly يوق."],
    OfflineReady => ["已可离线使用：断网时也能打开。", "已可離線使用：斷網時也能打開。", "Ready to work offline.", "تورسىز ئىشلىتىشكە تەييار."],
    OfflineUnavailable => ["此浏览器（如小程序内）不支持离线使用：联网时可正常使用。", "此瀏覽器（如小程式內）不支援離線使用：連網時可正常使用。", "Offline use is unavailable in this browser (e.g. inside a mini-program); the app works while online.", "بۇ توركۆرگۈچتە تورسىز ئىشلىتىش يوق؛ توردا نورمال ئىشلەيدۇ."],
    UpdateReady => ["新版本已就绪。", "新版本已就緒。", "A new version is ready.", "يېڭى نەشرى تەييار."],
    UpdateReload => ["重新载入", "重新載入", "Reload", "قايتا يۈكلەش"],
    UpdateLater => ["稍后", "稍後", "Later", "كېيىن"],
    Privacy => ["所有计算都在本机完成，不发送任何数据。", "所有計算都在本機完成，不發送任何數據。", "Everything is computed on this device; no data is sent anywhere.", "ھەممە ھېسابلاش بۇ ئۈسكۈنىدە؛ ھېچقانداق سانلىق مەلۇمات ئەۋەتىلمەيدۇ."],
    WhyCodeMatches => ["健康码为{0}。", "健康碼為{0}。", "Your health code is {0}.", "ساغلاملىق كودىڭىز {0}."],
    WhyCodeDiffers => ["健康码为{0}；须为{1}才能出行。", "健康碼為{0}；須為{1}才能出行。", "Your health code is {0}; it must be {1} to leave.", "كودىڭىز {0}؛ يولغا چىقىش ئۈچۈن {1} بولۇشى كېرەك."],
    WhyCodeNotGiven => ["未填写健康码颜色；须为{0}。", "未填寫健康碼顏色；須為{0}。", "No health-code colour given; it must be {0}.", "كود رەڭگى تولدۇرۇلمىدى؛ {0} بولۇشى كېرەك."],
    WhyDocHeld => ["已持有：{0}。", "已持有：{0}。", "Held: {0}.", "بار: {0}."],
    WhyDocMissing => ["尚未持有：{0}。", "尚未持有：{0}。", "Not held yet: {0}.", "تېخى يوق: {0}."],
    WhyQuarantineDone => ["已持有{0}：隔离已完成。", "已持有{0}：隔離已完成。", "{0} held: the quarantine is done.", "{0} بار: كارانتىن تۈگىدى."],
    WhyApproval => ["须先由{0}批准（{1}）。", "須先由{0}批准（{1}）。", "{0} must approve first ({1}).", "ئالدى بىلەن {0} تەستىقلىشى كېرەك ({1})."],
}
