//! The app's own words in four languages: every label, button and hint
//! ([`K`]). Sentences about an answer, names of the closed vocabularies,
//! dates and the rules' texts come from the core's `explain`; nothing here
//! states a rule.

use cango_core::domain::Verdict;
pub use cango_core::explain::Lang;

/// The app's words, for a [`Lang`].
pub trait Ui {
    fn t(self, key: K) -> &'static str;
    /// A template with `{0}`, `{1}`… filled in.
    fn f(self, key: K, args: &[&str]) -> String;
    fn verdict(self, v: Verdict) -> &'static str;
    fn verdict_hint(self, v: Verdict) -> &'static str;
}

impl Ui for Lang {
    fn t(self, key: K) -> &'static str {
        word(self.pick([0, 1, 2, 3]), key)
    }

    fn f(self, key: K, args: &[&str]) -> String {
        fill(self.t(key), args)
    }

    fn verdict(self, v: Verdict) -> &'static str {
        self.t(match v {
            Verdict::Eligible => K::VerdictEligible,
            Verdict::EligibleAfter => K::VerdictEligibleAfter,
            Verdict::NeedsApproval => K::VerdictNeedsApproval,
            Verdict::NotEligible => K::VerdictNotEligible,
            Verdict::Unknown => K::VerdictUnknown,
        })
    }

    fn verdict_hint(self, v: Verdict) -> &'static str {
        self.t(match v {
            Verdict::Eligible => K::HintEligible,
            Verdict::EligibleAfter => K::HintEligibleAfter,
            Verdict::NeedsApproval => K::HintNeedsApproval,
            Verdict::NotEligible => K::HintNotEligible,
            Verdict::Unknown => K::HintUnknown,
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
    ($($key:ident => [$hans:literal, $hant:literal, $en:literal, $ug:literal $(,)?],)*) => {
        /// A UI string, in [Simplified Chinese, Traditional Chinese, English, Uyghur].
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum K { $($key),* }
        impl K {
            pub const ALL: &'static [K] = &[$(K::$key),*];
        }
        /// Each language's words in `K`'s order, each ended by a NUL. One
        /// string per language, rather than four `&str` per key, whose
        /// pointers the WebAssembly would carry as code (7.6 KB of it).
        const WORDS: [&str; 4] = [
            concat!($($hans, "\0",)*),
            concat!($($hant, "\0",)*),
            concat!($($en, "\0",)*),
            concat!($($ug, "\0",)*),
        ];
    };
}

impl K {
    /// The key's words in [Simplified Chinese, Traditional Chinese, English, Uyghur].
    pub fn texts(self) -> [&'static str; 4] {
        [0, 1, 2, 3].map(|lang| word(lang, self))
    }
}

/// Where each key's words end in each language's string, found by the
/// compiler.
const ENDS: [[u16; K::ALL.len()]; 4] = [
    ends(WORDS[0]),
    ends(WORDS[1]),
    ends(WORDS[2]),
    ends(WORDS[3]),
];

const fn ends(words: &str) -> [u16; K::ALL.len()] {
    let bytes = words.as_bytes();
    let mut ends = [0; K::ALL.len()];
    let (mut at, mut key) = (0, 0);
    while at < bytes.len() {
        if bytes[at] == 0 {
            assert!(
                at <= u16::MAX as usize,
                "the words of a language exceed 64 KB"
            );
            ends[key] = at as u16;
            key += 1;
        }
        at += 1;
    }
    ends
}

/// A key's words in the language of index `lang` (`WORDS`' order).
fn word(lang: usize, key: K) -> &'static str {
    let (Some(words), Some(ends)) = (WORDS.get(lang), ENDS.get(lang)) else {
        return "";
    };
    let key = key as usize;
    let start = match key.checked_sub(1) {
        Some(before) => ends.get(before).map_or(0, |&end| usize::from(end) + 1),
        None => 0,
    };
    let end = ends.get(key).map_or(0, |&end| usize::from(end));
    words.get(start..end).unwrap_or_default()
}

strings! {
    AppName => ["能走吗", "能走嗎", "CanGo", "ماڭالامدىم"],
    Tagline => ["2020–2022年出行政策核对（结果仅供参考，以当地最新通知为准）", "2020–2022年出行政策核對（結果僅供參考，以當地最新通知為準）", "China travel rules 2020–2022: check a trip (for reference; local notices prevail)", "2020–2022-يىللىق سەپەر قائىدىلىرىنى تەكشۈرۈش (پايدىلىنىش ئۈچۈن)"],
    Language => ["语言", "語言", "Language", "تىل"],
    ViewCheck => ["能走吗", "能走嗎", "Can I go?", "ماڭالامدىم؟"],
    ViewCode => ["健康码计算", "健康碼計算", "Health code", "ساغلاملىق كودى"],
    ViewCare => ["就医", "就醫", "Medical care", "داۋالىنىش"],
    YourTrip => ["你的行程", "你的行程", "Your trip", "سەپىرىڭىز"],
    EditTrip => ["修改", "修改", "Change", "ئۆزگەرتىش"],
    FoldTrip => ["收起", "收起", "Hide", "يىغىش"],
    SeeAnswer => ["查看结果", "查看結果", "See the answer", "جاۋابنى كۆرۈش"],
    LinkTrip => ["链接中的行程，未保存到本机。", "連結中的行程，未保存到本機。", "A trip from a link, not saved on this device.", "ئۇلانمىدىكى سەپەر، بۇ ئۈسكۈنىدە ساقلانمىدى."],
    KeepTrip => ["保存为我的行程", "保存為我的行程", "Keep as my trip", "ئۆز سەپىرىم قىلىپ ساقلاش"],
    BackToOwn => ["回到我的行程", "回到我的行程", "Back to my trip", "ئۆز سەپىرىمگە قايتىش"],
    Origin => ["出发地（县/区）", "出發地（縣/區）", "From (county)", "قەيەردىن (ناھىيە)"],
    Destination => ["目的地", "目的地", "To", "قەيەرگە"],
    SearchHint => ["输入中文名、拼音、维吾尔文名或代码", "輸入中文名、拼音、維吾爾文名或代碼", "Name, pinyin or code", "نامى (ئۇيغۇرچە، خەنزۇچە، پىنيىن) ياكى كودى"],
    NoMatch => ["没有匹配的地区", "沒有匹配的地區", "No matching region", "ماس رايون يوق"],
    NamesLoading => ["地名正在载入；也可输入六位代码。", "地名正在載入；也可輸入六位代碼。", "Place names are loading; a six-digit code works now.", "جاي ناملىرى يۈكلىنىۋاتىدۇ؛ ئالتە خانىلىق كود ھازىرلا ئىشلەيدۇ."],
    NamesFailed => ["地名未能载入，请输入六位行政区划代码。", "地名未能載入，請輸入六位行政區劃代碼。", "Place names could not load: enter the six-digit division code.", "جاي ناملىرى يۈكلەنمىدى: ئالتە خانىلىق رايون كودىنى كىرگۈزۈڭ."],
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
    DocumentsHeld => ["已持有的材料", "已持有的材料", "Documents you already hold", "قولىڭىزدىكى ھۆججەتلەر"],
    Stays => ["风险地区旅居史", "風險地區旅居史", "Stays in risk areas", "خەتەرلىك رايوندا تۇرۇش تارىخى"],
    StayLine => ["{0}（{1}）至 {2}", "{0}（{1}）至 {2}", "{0} ({1}) until {2}", "{0} ({1}) {2} گىچە"],
    Clock => ["核对时间", "核對時間", "Checking as of", "تەكشۈرۈش ۋاقتى"],
    ClockDevice => ["使用本机当前时间", "使用本機當前時間", "Use this device's current time", "بۇ ئۈسكۈنىنىڭ ھازىرقى ۋاقتى"],
    ExampleTrip => ["这是一个示例行程：请改成你自己的行程。", "這是一個示例行程：請改成你自己的行程。", "This is an example trip: change it to yours.", "بۇ بىر مىسال سەپەر: ئۆز سەپىرىڭىزگە ئۆزگەرتىڭ."],
    ClockFixedNote => ["规则数据覆盖2020–2022年；示例按固定时间核对。", "規則數據覆蓋2020–2022年；示例按固定時間核對。", "The rules cover 2020–2022, so the example checks as of a fixed time.", "قائىدىلەر 2020–2022-يىللارنى ئۆز ئىچىگە ئالىدۇ؛ مىسال مۇقىم ۋاقىتتا تەكشۈرۈلىدۇ."],
    Answer => ["结果", "結果", "Answer", "جاۋاب"],
    VerdictEligible => ["可以出行", "可以出行", "You can go", "ماڭالايسىز"],
    VerdictEligibleAfter => ["办完以下事项后可以出行", "辦完以下事項後可以出行", "You can go once the steps below are done", "تۆۋەندىكى ئىشلارنى پۈتتۈرگەندىن كېيىن ماڭالايسىز"],
    VerdictNeedsApproval => ["需要先获得审批", "需要先獲得審批", "Approval needed first", "ئالدى بىلەن تەستىق كېرەك"],
    VerdictNotEligible => ["暂不能出行", "暫不能出行", "You cannot leave now", "ھازىر ماڭالمايسىز"],
    VerdictUnknown => ["无法判断：没有适用的规则数据", "無法判斷：沒有適用的規則數據", "Unknown: no rule data covers this trip", "نامەلۇم: بۇ سەپەرگە قائىدە يوق"],
    VerdictUnknownLater => ["无法判断：办完所列事项时的规定不得而知", "無法判斷：辦完所列事項時的規定不得而知", "Unknown: the rules are not known for when the listed steps are done", "نامەلۇم: تىزىملانغان ئىشلار تۈگىگەندىكى قائىدىلەر نامەلۇم"],
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
    // Channels, not "call": some are web addresses.
    ComplainWith => ["可通过以下渠道反映或投诉", "可通過以下渠道反映或投訴", "Where to raise it or complain", "سوراش ياكى ئەرز قىلىش يوللىرى"],
    Contacts => ["咨询与投诉渠道", "諮詢與投訴渠道", "Where to ask or complain", "قەيەردىن سوراش"],
    Notices => ["社区通知", "社區通知", "Community notices", "مەھەللە ئۇقتۇرۇشلىرى"],
    WhatWouldChange => ["什么情况下可以改变", "什麼情況下可以改變", "What would change this", "نېمە ئۆزگەرتەلەيدۇ"],
    RulesAsOf => ["规则更新至 {0}", "規則更新至 {0}", "Rules as of {0}", "قائىدىلەر {0} دىكى"],
    UgRuleNote => ["", "", "", "قائىدە تېكىستلىرى خەنزۇچە ئەسلىدىن ماشىنا ياردىمىدە تەرجىمە قىلىندى؛ ھەر بىرىنىڭ ئەسلىسى ئۇنىڭ ئاستىدا."],
    // The mark of a rule text translated into Uyghur, opening its Chinese original.
    Original => ["", "", "", "تەرجىمە · خەنزۇچە ئەسلىسى"],
    HantRuleNote => ["", "規則原文為簡體中文，此處按 OpenCC 的詞語與字表自動轉換為繁體，用字可能不完全準確。", "", ""],
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
    // Said once the text is selected (web::copy): one press-and-hold away.
    CopyFailed => ["无法自动复制：已为你选中，请长按选中的文字，选择“复制”。", "無法自動複製：已為你選中，請長按選中的文字，選擇「複製」。", "Could not copy automatically: it is selected, so press and hold it and choose Copy.", "ئاپتوماتىك كۆچۈرەلمىدى: تاللاپ قويۇلدى، ئۇنى بېسىپ تۇرۇپ «كۆچۈرۈش» نى تاللاڭ."],
    ShareSheet => ["用其他应用分享", "用其他應用分享", "Share with another app", "باشقا ئەپ بىلەن ھەمبەھىرلەش"],
    // WeChat's own menu words (its ··· menu at the top right).
    WeChatHint => ["在微信中：点右上角 ··· → 复制链接，或 → 在浏览器打开。", "在微信中：點右上角 ··· → 複製連結，或 → 在瀏覽器打開。", "In WeChat: tap ··· at the top right → Copy Link, or → Open in Browser.", "ئۈندىداردا: ئوڭ ئۈستى بۇلۇڭدىكى «···» نى بېسىپ، «ئۇلانمىنى كۆچۈرۈش» ياكى «توركۆرگۈچتە ئېچىش» نى تاللاڭ."],
    MiniProgramHint => ["在小程序中：点右上角 ··· → 转发，把这个行程发给朋友；要导出或离线使用，请把链接复制到浏览器中打开。", "在小程式中：點右上角 ··· → 轉發，把這個行程發給朋友；要匯出或離線使用，請把連結複製到瀏覽器中打開。", "In the mini-program: tap ··· at the top right → Forward to send this trip to a friend; to export it or use it offline, open the link in a browser.", "كىچىك پروگراممىدا: ئوڭ ئۈستى بۇلۇڭدىكى «···» نى بېسىپ «يوللاش» نى تاللاپ، بۇ سەپەرنى دوستىڭىزغا ئەۋەتىڭ؛ چىقىرىش ياكى تورسىز ئىشلىتىش ئۈچۈن ئۇلانمىنى توركۆرگۈچتە ئېچىڭ."],
    QrLabel => ["行程链接二维码", "行程連結二維碼", "QR code of the trip link", "سەپەر ئۇلانمىسىنىڭ QR كودى"],
    QrEnlarge => ["放大或缩小二维码", "放大或縮小二維碼", "Enlarge or shrink the QR code", "QR كودنى چوڭايتىش ياكى كىچىكلىتىش"],
    QrTooLong => ["链接太长，无法生成二维码", "連結太長，無法生成二維碼", "The link is too long for a QR code", "ئۇلانما QR كود ئۈچۈن بەك ئۇزۇن"],
    Calendar => ["导出到日历（.ics）", "匯出到日曆（.ics）", "Add to calendar (.ics)", "كالېندارغا چىقىرىش (.ics)"],
    CalDeparture => ["出发：{0} → {1}", "出發：{0} → {1}", "Departure: {0} → {1}", "يولغا چىقىش: {0} → {1}"],
    CalMade => ["已生成日历文件 cango-trip.ics。", "已生成日曆檔案 cango-trip.ics。", "The calendar file cango-trip.ics is made.", "cango-trip.ics كالېندار ھۆججىتى ياسالدى."],
    CalNoDownload => ["此处无法下载文件。", "此處無法下載檔案。", "Files cannot be downloaded here.", "بۇ يەردە ھۆججەت چۈشۈرگىلى بولمايدۇ."],
    CalElsewhere => ["如果没有下载（有些应用内的浏览器不允许下载），请在浏览器中打开本页再导出，或复制下面的日程。", "如果沒有下載（有些應用內的瀏覽器不允許下載），請在瀏覽器中打開本頁再匯出，或複製下面的日程。", "If nothing was downloaded (some in-app browsers allow no downloads), open this page in a browser and export again, or copy the events below.", "ھېچنېمە چۈشمىگەن بولسا (بەزى ئەپ ئىچىدىكى توركۆرگۈچلەر چۈشۈرۈشكە يول قويمايدۇ)، بۇ بەتنى توركۆرگۈچتە ئېچىپ قايتا چىقىرىڭ ياكى تۆۋەندىكى پىلانلارنى كۆچۈرۈڭ."],
    CalElsewhereWeChat => ["微信内不能下载日历文件：点右上角 ··· → 在浏览器打开，再点“导出到日历”；或复制下面的日程。", "微信內不能下載日曆檔案：點右上角 ··· → 在瀏覽器打開，再點「匯出到日曆」；或複製下面的日程。", "WeChat does not download calendar files: tap ··· at the top right → Open in Browser, then Add to calendar there; or copy the events below.", "ئۈندىدار كالېندار ھۆججىتىنى چۈشۈرمەيدۇ: ئوڭ ئۈستى بۇلۇڭدىكى «···» نى بېسىپ «توركۆرگۈچتە ئېچىش» نى تاللاڭ، ئاندىن ئۇ يەردە كالېندارغا چىقىرىڭ؛ ياكى تۆۋەندىكى پىلانلارنى كۆچۈرۈڭ."],
    CalElsewhereMiniProgram => ["小程序内不能下载日历文件：复制下面的日程，或把上面的链接复制到浏览器中打开再导出。", "小程式內不能下載日曆檔案：複製下面的日程，或把上面的連結複製到瀏覽器中打開再匯出。", "The mini-program does not download calendar files: copy the events below, or open the link above in a browser and export there.", "كىچىك پروگرامما كالېندار ھۆججىتىنى چۈشۈرمەيدۇ: تۆۋەندىكى پىلانلارنى كۆچۈرۈڭ ياكى يۇقىرىدىكى ئۇلانمىنى توركۆرگۈچتە ئېچىپ ئۇ يەردە چىقىرىڭ."],
    CalEvents => ["日程", "日程", "Events", "پىلانلار"],
    CopyEvents => ["复制日程", "複製日程", "Copy the events", "پىلانلارنى كۆچۈرۈش"],
    CalEarliest => ["最早可出发：{0} → {1}", "最早可出發：{0} → {1}", "Earliest departure: {0} → {1}", "ئەڭ بالدۇر يولغا چىقىش: {0} → {1}"],
    Countdown => ["距离现在：{0}", "距離現在：{0}", "{0}", "{0}"],
    OpensIn => ["{0}后开始", "{0}後開始", "opens in {0}", "{0} دىن كېيىن باشلىنىدۇ"],
    ClosesIn => ["还剩{0}截止", "還剩{0}截止", "closes in {0}", "{0} دىن كېيىن ئاخىرلىشىدۇ"],
    Closed => ["已截止", "已截止", "closed", "ئاخىرلاشتى"],
    LinkProblem => ["链接中的行程无法读取", "連結中的行程無法讀取", "The trip in this link cannot be read", "بۇ ئۇلانمىدىكى سەپەرنى ئوقۇغىلى بولمىدى"],
    StoredProblem => ["本机保存的行程无法读取（未删除）", "本機保存的行程無法讀取（未刪除）", "The trip saved on this device cannot be read (it was not deleted)", "بۇ ئۈسكۈنىدە ساقلانغان سەپەرنى ئوقۇغىلى بولمىدى (ئۆچۈرۈلمىدى)"],
    StoredPaused => ["为免覆盖，暂停保存，直到你导出或丢弃它。", "為免覆蓋，暫停保存，直到你匯出或丟棄它。", "Saving is paused so it is not overwritten until you export or discard it.", "ئۈستىگە يېزىلماسلىقى ئۈچۈن ساقلاش توختىتىلدى."],
    CopyData => ["复制数据", "複製數據", "Copy the data", "سانلىق مەلۇماتنى كۆچۈرۈش"],
    DownloadData => ["下载数据", "下載數據", "Download the data", "سانلىق مەلۇماتنى چۈشۈرۈش"],
    Discard => ["丢弃并继续保存", "丟棄並繼續保存", "Discard it and resume saving", "تاشلاپ ساقلاشنى داۋاملاشتۇرۇش"],
    LabelColon => ["{0}：", "{0}：", "{0}: ", "{0}: "],
    Quoted => ["{0}「{1}」", "{0}「{1}」", "{0} “{1}”", "{0} «{1}»"],
    NotJson => ["数据已损坏（不是有效的 JSON）", "數據已損壞（不是有效的 JSON）", "The data is damaged (not valid JSON)", "سانلىق مەلۇمات بۇزۇلغان (JSON ئەمەس)"],
    SchemaOther => ["数据格式版本为 {0}，本版本只能读取 {1}", "數據格式版本為 {0}，本版本只能讀取 {1}", "Stored with schema version {0}; this version reads {1}", "ساقلاش نەشرى {0}، بۇ نەشر {1} نى ئوقۇيدۇ"],
    StorageUnavailable => ["本机存储不可用（如无痕模式）：刷新后行程仅保留在链接中。", "本機儲存不可用（如無痕模式）：重新整理後行程僅保留在連結中。", "Storage is unavailable here (private mode?): the trip is kept only in the link.", "ساقلىغۇچ ئىشلىمەيدۇ: سەپەر پەقەت ئۇلانمىدا ساقلىنىدۇ."],
    StorageFull => ["本机存储已满，无法保存：行程仍保留在链接中。", "本機儲存已滿，無法保存：行程仍保留在連結中。", "Storage is full, so the trip could not be saved: it is still in the link.", "ساقلىغۇچ تولدى: سەپەر ئۇلانمىدا ساقلىنىدۇ."],
    Region => ["地区", "地區", "Region", "رايون"],
    Now => ["当前时间（北京时间）", "當前時間（北京時間）", "Now (CST)", "ھازىرقى ۋاقىت (بېيجىڭ)"],
    CodeEvents => ["经历（类别与日期）", "經歷（類別與日期）", "What happened (category and dates)", "بولغان ئىشلار"],
    AddEvent => ["＋ 添加经历", "＋ 添加經歷", "+ Add an event", "+ ۋەقە قوشۇش"],
    Since => ["开始", "開始", "Since", "باشلانغان"],
    Until => ["结束（可不填）", "結束（可不填）", "Until (optional)", "ئاخىرلاشقان (ئىختىيارىي)"],
    CodeNow => ["现在的健康码", "現在的健康碼", "Health code now", "ھازىرقى ساغلاملىق كودى"],
    Phases => ["各阶段", "各階段", "Phases", "باسقۇچلار"],
    PhaseLine => ["{0}：{1} 起", "{0}：{1} 起", "{0} from {1}", "{1} دىن باشلاپ {0}"],
    PhaseUntil => ["至 {0}", "至 {0}", "until {0}", "{0} گىچە"],
    Need => ["需要什么医疗", "需要什麼醫療", "What care do you need", "قانداق داۋالاش كېرەك"],
    RiskHere => ["所在区域风险等级", "所在區域風險等級", "Risk level where you are", "تۇرۇۋاتقان جاينىڭ خەتەر دەرىجىسى"],
    Emergency => ["急救电话 {0}", "急救電話 {0}", "Emergency: call {0}", "جىددىي قۇتقۇزۇش: {0}"],
    Places => ["可去的医院", "可去的醫院", "Where to go", "قەيەرگە بېرىش"],
    NoPlaces => ["规则中没有列出符合条件的医院：请拨打下方电话咨询。", "規則中沒有列出符合條件的醫院：請撥打下方電話諮詢。", "The rules list no place for this: call the numbers below.", "قائىدىدە ماس دوختۇرخانا يوق: تۆۋەندىكى نومۇرغا تېلېفون قىلىڭ."],
    Advice => ["提示", "提示", "Advice", "مەسلىھەت"],
    Call => ["拨打 {0}", "撥打 {0}", "Call {0}", "{0} غا تېلېفون"],
    NoWasm => ["此浏览器不支持 WebAssembly，无法运行本应用。", "此瀏覽器不支援 WebAssembly，無法運行本應用。", "This browser has no WebAssembly, so the app cannot run.", "بۇ توركۆرگۈچتە WebAssembly يوق."],
    OfflineReady => ["已可离线使用：断网时也能打开。", "已可離線使用：斷網時也能打開。", "Ready to work offline.", "تورسىز ئىشلىتىشكە تەييار."],
    OfflineUnavailable => ["此浏览器不支持离线使用：联网时可正常使用。", "此瀏覽器不支援離線使用：連網時可正常使用。", "Offline use is unavailable in this browser; the app works while online.", "بۇ توركۆرگۈچتە تورسىز ئىشلىتىش يوق؛ توردا نورمال ئىشلەيدۇ."],
    OfflineUnavailableWeChat => ["微信内置浏览器不支持离线使用：联网时可正常使用；要离线使用，请点右上角 ··· → 在浏览器打开。", "微信內置瀏覽器不支援離線使用：連網時可正常使用；要離線使用，請點右上角 ··· → 在瀏覽器打開。", "Offline use is unavailable in WeChat's in-app browser; the app works while online. To use it offline, tap ··· → Open in Browser.", "ئۈندىدارنىڭ ئىچكى توركۆرگۈچىدە تورسىز ئىشلىتىش يوق؛ توردا نورمال ئىشلەيدۇ. تورسىز ئىشلىتىش ئۈچۈن «···» نى بېسىپ «توركۆرگۈچتە ئېچىش» نى تاللاڭ."],
    OfflineUnavailableMiniProgram => ["小程序内不支持离线使用：联网时可正常使用。", "小程式內不支援離線使用：連網時可正常使用。", "Offline use is unavailable inside the mini-program; the app works while online.", "كىچىك پروگرامما ئىچىدە تورسىز ئىشلىتىش يوق؛ توردا نورمال ئىشلەيدۇ."],
    UpdateReady => ["新版本已就绪。", "新版本已就緒。", "A new version is ready.", "يېڭى نەشرى تەييار."],
    UpdateReload => ["重新载入", "重新載入", "Reload", "قايتا يۈكلەش"],
    UpdateLater => ["稍后", "稍後", "Later", "كېيىن"],
    Privacy => ["所有计算都在本机完成，不发送任何数据。", "所有計算都在本機完成，不發送任何數據。", "Everything is computed on this device; no data is sent anywhere.", "ھەممە ھېسابلاش بۇ ئۈسكۈنىدە؛ ھېچقانداق سانلىق مەلۇمات ئەۋەتىلمەيدۇ."],
}
