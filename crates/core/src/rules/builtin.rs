// Generated from www/rules/*.json by `cargo test -p cango-core --test rules`
// (crates/core/src/rules/emit.rs): do not edit.

use super::model::Applies;
use super::*;
use crate::domain::*;
use crate::region::RegionCode;
use crate::time::Instant;
use crate::windows::TestRule;
use std::borrow::Cow;

pub(super) static RULES: Rules = Rules {
    citations: Cow::Borrowed(&[
        Citation {
            id: Cow::Borrowed("changji-12345-by-phone"),
            issuer: Text {
                zh: Cow::Borrowed("昌吉州市民专线（12345）工作人员"),
                en: Cow::Borrowed("Staff of the Changji citizens' line (12345)"),
            },
            date: Cow::Borrowed("2022-10-04"),
            day: Instant::from_unix(1664812800),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("电话答复"),
                en: Cow::Borrowed("by phone"),
            }),
            quote: Cow::Borrowed("这个是昌吉州传达到各县市的"),
        },
        Citation {
            id: Cow::Borrowed("changji-12345-phone-number"),
            issuer: Text {
                zh: Cow::Borrowed("昌吉州市民专线"),
                en: Cow::Borrowed("Changji citizens' line"),
            },
            date: Cow::Borrowed("2022-10-04"),
            day: Instant::from_unix(1664812800),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("旅客文章记录的电话号码"),
                en: Cow::Borrowed("the number a traveller called, as given in their post"),
            }),
            quote: Cow::Borrowed("（电话号码：099412345）"),
        },
        Citation {
            id: Cow::Borrowed("changji-city-hq-denies"),
            issuer: Text {
                zh: Cow::Borrowed("昌吉市疫情防控指挥部工作人员"),
                en: Cow::Borrowed("Staff of the Changji city epidemic-control headquarters"),
            },
            date: Cow::Borrowed("2022-10-04"),
            day: Instant::from_unix(1664812800),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("电话答复，旅客转述"),
                en: Cow::Borrowed("by phone, as a traveller relates it"),
            }),
            quote: Cow::Borrowed("我今天刚好误打误撞打通了昌吉市的疫情指挥部的电话，那个工作人员说没有这样的政策"),
        },
        Citation {
            id: Cow::Borrowed("code-close-contact"),
            issuer: Text {
                zh: Cow::Borrowed("潍坊市委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"),
                en: Cow::Borrowed("Office of the Weifang leading group (headquarters) for epidemic control and the economy"),
            },
            date: Cow::Borrowed("2022-12-01"),
            day: Instant::from_unix(1669824000),
            title: Cow::Borrowed("12月1日起 我市对重点人员进行赋码转码管理"),
            file: Cow::Borrowed("004_1f7d27ec2502e852.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("密切接触者集中隔离期5天赋红码,持续时间为集中隔离5天。"),
        },
        Citation {
            id: Cow::Borrowed("code-close-contact-after"),
            issuer: Text {
                zh: Cow::Borrowed("潍坊市委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"),
                en: Cow::Borrowed("Office of the Weifang leading group (headquarters) for epidemic control and the economy"),
            },
            date: Cow::Borrowed("2022-12-01"),
            day: Instant::from_unix(1669824000),
            title: Cow::Borrowed("12月1日起 我市对重点人员进行赋码转码管理"),
            file: Cow::Borrowed("004_1f7d27ec2502e852.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("5天后转为黄码,持续时间为居家隔离3天。"),
        },
        Citation {
            id: Cow::Borrowed("code-closed-loop"),
            issuer: Text {
                zh: Cow::Borrowed("潍坊市委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"),
                en: Cow::Borrowed("Office of the Weifang leading group (headquarters) for epidemic control and the economy"),
            },
            date: Cow::Borrowed("2022-12-01"),
            day: Instant::from_unix(1669824000),
            title: Cow::Borrowed("12月1日起 我市对重点人员进行赋码转码管理"),
            file: Cow::Borrowed("004_1f7d27ec2502e852.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("结束闭环作业的高风险岗位从业人员赋黄码,持续时间为居家健康监测5天。"),
        },
        Citation {
            id: Cow::Borrowed("code-co-investigation"),
            issuer: Text {
                zh: Cow::Borrowed("潍坊市委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"),
                en: Cow::Borrowed("Office of the Weifang leading group (headquarters) for epidemic control and the economy"),
            },
            date: Cow::Borrowed("2022-12-01"),
            day: Instant::from_unix(1669824000),
            title: Cow::Borrowed("12月1日起 我市对重点人员进行赋码转码管理"),
            file: Cow::Borrowed("004_1f7d27ec2502e852.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("区域协查数据中经过多源比对后确定的除密接外的其他风险人员赋黄码,持续时间为7天。"),
        },
        Citation {
            id: Cow::Borrowed("code-dispute-line"),
            issuer: Text {
                zh: Cow::Borrowed("潍坊市委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"),
                en: Cow::Borrowed("Office of the Weifang leading group (headquarters) for epidemic control and the economy"),
            },
            date: Cow::Borrowed("2022-12-01"),
            day: Instant::from_unix(1669824000),
            title: Cow::Borrowed("12月1日起 我市对重点人员进行赋码转码管理"),
            file: Cow::Borrowed("004_1f7d27ec2502e852.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("对赋码转码工作有异议的市民朋友,可拨打政务服务便民热线:0536-12345,进行咨询反映。"),
        },
        Citation {
            id: Cow::Borrowed("code-high-risk-resident"),
            issuer: Text {
                zh: Cow::Borrowed("潍坊市委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"),
                en: Cow::Borrowed("Office of the Weifang leading group (headquarters) for epidemic control and the economy"),
            },
            date: Cow::Borrowed("2022-12-01"),
            day: Instant::from_unix(1669824000),
            title: Cow::Borrowed("12月1日起 我市对重点人员进行赋码转码管理"),
            file: Cow::Borrowed("004_1f7d27ec2502e852.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("高风险区内人员赋黄码,持续时间为5天。"),
        },
        Citation {
            id: Cow::Borrowed("code-high-risk-spillover"),
            issuer: Text {
                zh: Cow::Borrowed("潍坊市委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"),
                en: Cow::Borrowed("Office of the Weifang leading group (headquarters) for epidemic control and the economy"),
            },
            date: Cow::Borrowed("2022-12-01"),
            day: Instant::from_unix(1669824000),
            title: Cow::Borrowed("12月1日起 我市对重点人员进行赋码转码管理"),
            file: Cow::Borrowed("004_1f7d27ec2502e852.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("高风险区外溢人员赋黄码,持续时间为7天。"),
        },
        Citation {
            id: Cow::Borrowed("code-inbound"),
            issuer: Text {
                zh: Cow::Borrowed("潍坊市委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"),
                en: Cow::Borrowed("Office of the Weifang leading group (headquarters) for epidemic control and the economy"),
            },
            date: Cow::Borrowed("2022-12-01"),
            day: Instant::from_unix(1669824000),
            title: Cow::Borrowed("12月1日起 我市对重点人员进行赋码转码管理"),
            file: Cow::Borrowed("004_1f7d27ec2502e852.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("入境人员集中隔离期5天赋红码,持续时间为入境日期起集中隔离5天。"),
        },
        Citation {
            id: Cow::Borrowed("code-infected"),
            issuer: Text {
                zh: Cow::Borrowed("潍坊市委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"),
                en: Cow::Borrowed("Office of the Weifang leading group (headquarters) for epidemic control and the economy"),
            },
            date: Cow::Borrowed("2022-12-01"),
            day: Instant::from_unix(1669824000),
            title: Cow::Borrowed("12月1日起 我市对重点人员进行赋码转码管理"),
            file: Cow::Borrowed("004_1f7d27ec2502e852.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("确诊病例、无症状感染者赋红码,持续时间为状态变为出院(舱)前。"),
        },
        Citation {
            id: Cow::Borrowed("code-infected-after"),
            issuer: Text {
                zh: Cow::Borrowed("潍坊市委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"),
                en: Cow::Borrowed("Office of the Weifang leading group (headquarters) for epidemic control and the economy"),
            },
            date: Cow::Borrowed("2022-12-01"),
            day: Instant::from_unix(1669824000),
            title: Cow::Borrowed("12月1日起 我市对重点人员进行赋码转码管理"),
            file: Cow::Borrowed("004_1f7d27ec2502e852.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("正在实施居家健康监测的确诊病例出院(舱)人员、无症状感染者出舱人员,赋黄码,持续时间为7天。"),
        },
        Citation {
            id: Cow::Borrowed("code-major-event"),
            issuer: Text {
                zh: Cow::Borrowed("潍坊市委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"),
                en: Cow::Borrowed("Office of the Weifang leading group (headquarters) for epidemic control and the economy"),
            },
            date: Cow::Borrowed("2022-12-01"),
            day: Instant::from_unix(1669824000),
            title: Cow::Borrowed("12月1日起 我市对重点人员进行赋码转码管理"),
            file: Cow::Borrowed("004_1f7d27ec2502e852.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("重要入境商务人员、体育团组以及其他重大活动等情形的,赋黄码,持续时间为商务活动、赛事和其他重大活动等举办结束(人员随即离境)。"),
        },
        Citation {
            id: Cow::Borrowed("code-pushed-red"),
            issuer: Text {
                zh: Cow::Borrowed("潍坊市委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"),
                en: Cow::Borrowed("Office of the Weifang leading group (headquarters) for epidemic control and the economy"),
            },
            date: Cow::Borrowed("2022-12-01"),
            day: Instant::from_unix(1669824000),
            title: Cow::Borrowed("12月1日起 我市对重点人员进行赋码转码管理"),
            file: Cow::Borrowed("004_1f7d27ec2502e852.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("他省向国家政务服务平台推送的红码人员赋红码,持续时间为推送日起7天,或者他省提前将红码改为绿码。"),
        },
        Citation {
            id: Cow::Borrowed("code-pushed-yellow"),
            issuer: Text {
                zh: Cow::Borrowed("潍坊市委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"),
                en: Cow::Borrowed("Office of the Weifang leading group (headquarters) for epidemic control and the economy"),
            },
            date: Cow::Borrowed("2022-12-01"),
            day: Instant::from_unix(1669824000),
            title: Cow::Borrowed("12月1日起 我市对重点人员进行赋码转码管理"),
            file: Cow::Borrowed("004_1f7d27ec2502e852.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("他省向国家政务服务平台推送的黄码人员赋黄码,持续时间为推送日起7天,或者他省提前将黄码改为绿码。"),
        },
        Citation {
            id: Cow::Borrowed("complaint-gjzwfw"),
            issuer: Text {
                zh: Cow::Borrowed("国家政务服务平台"),
                en: Cow::Borrowed("National Government Service Platform"),
            },
            date: Cow::Borrowed("2022-10-08"),
            day: Instant::from_unix(1665158400),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("旅客文章列出的留言平台"),
                en: Cow::Borrowed("a complaint channel listed in a traveller's post"),
            }),
            quote: Cow::Borrowed("国家政务服务平台 我要投诉"),
        },
        Citation {
            id: Cow::Borrowed("complaint-gov-liuyan"),
            issuer: Text {
                zh: Cow::Borrowed("中国政府网"),
                en: Cow::Borrowed("www.gov.cn"),
            },
            date: Cow::Borrowed("2022-10-08"),
            day: Instant::from_unix(1665158400),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("旅客文章列出的留言平台"),
                en: Cow::Borrowed("a complaint channel listed in a traveller's post"),
            }),
            quote: Cow::Borrowed("中国政府网 我要留言（我向总理说句话）"),
        },
        Citation {
            id: Cow::Borrowed("complaint-gov-tousu"),
            issuer: Text {
                zh: Cow::Borrowed("国家政务服务投诉与建议"),
                en: Cow::Borrowed("National government-service complaints and suggestions"),
            },
            date: Cow::Borrowed("2022-10-08"),
            day: Instant::from_unix(1665158400),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("旅客文章列出的留言平台"),
                en: Cow::Borrowed("a complaint channel listed in a traveller's post"),
            }),
            quote: Cow::Borrowed("国家政务服务投诉与建议"),
        },
        Citation {
            id: Cow::Borrowed("complaint-nhc-board"),
            issuer: Text {
                zh: Cow::Borrowed("国家卫生健康委员会"),
                en: Cow::Borrowed("National Health Commission"),
            },
            date: Cow::Borrowed("2022-10-08"),
            day: Instant::from_unix(1665158400),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("旅客文章列出的留言平台"),
                en: Cow::Borrowed("a complaint channel listed in a traveller's post"),
            }),
            quote: Cow::Borrowed("国家卫健委官网 落实疫情防控 “九不准”公众留言板"),
        },
        Citation {
            id: Cow::Borrowed("complaint-state-council-app"),
            issuer: Text {
                zh: Cow::Borrowed("国务院客户端"),
                en: Cow::Borrowed("State Council app"),
            },
            date: Cow::Borrowed("2022-10-08"),
            day: Instant::from_unix(1665158400),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("旅客文章列出的留言平台"),
                en: Cow::Borrowed("a complaint channel listed in a traveller's post"),
            }),
            quote: Cow::Borrowed("国务院客户端（微信小程序或官网）"),
        },
        Citation {
            id: Cow::Borrowed("complaint-xinjiang-12388"),
            issuer: Text {
                zh: Cow::Borrowed("自治区卫健委纪检监察组"),
                en: Cow::Borrowed("Discipline inspection group at the Xinjiang Health Commission"),
            },
            date: Cow::Borrowed("2022-10-08"),
            day: Instant::from_unix(1665158400),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("旅客文章列出的留言平台"),
                en: Cow::Borrowed("a complaint channel listed in a traveller's post"),
            }),
            quote: Cow::Borrowed("自治区卫健委纪检监察组 12388举报"),
        },
        Citation {
            id: Cow::Borrowed("complaint-xinjiang-dc"),
            issuer: Text {
                zh: Cow::Borrowed("新疆维吾尔自治区人民政府"),
                en: Cow::Borrowed("People's Government of the Xinjiang Uygur Autonomous Region"),
            },
            date: Cow::Borrowed("2022-10-08"),
            day: Instant::from_unix(1665158400),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("旅客文章列出的留言平台"),
                en: Cow::Borrowed("a complaint channel listed in a traveller's post"),
            }),
            quote: Cow::Borrowed("新疆维吾尔自治区互联网+督查"),
        },
        Citation {
            id: Cow::Borrowed("complaint-xinjiang-mailbox"),
            issuer: Text {
                zh: Cow::Borrowed("新疆维吾尔自治区卫生健康委员会"),
                en: Cow::Borrowed("Xinjiang Health Commission"),
            },
            date: Cow::Borrowed("2022-10-08"),
            day: Instant::from_unix(1665158400),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("旅客文章列出的留言平台"),
                en: Cow::Borrowed("a complaint channel listed in a traveller's post"),
            }),
            quote: Cow::Borrowed("新疆卫健委领导信箱"),
        },
        Citation {
            id: Cow::Borrowed("fukang-community-notice"),
            issuer: Text {
                zh: Cow::Borrowed("阜康市社区干部"),
                en: Cow::Borrowed("Community cadres in Fukang"),
            },
            date: Cow::Borrowed("2022-10-04"),
            day: Instant::from_unix(1664812800),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("小区居民微信群通知，旅客文章转述"),
                en: Cow::Borrowed("a notice in the residents' WeChat group, relayed in a traveller's post"),
            }),
            quote: Cow::Borrowed("从10月5日开始，出疆前必须一律先进行集中隔离7天然后才能搭乘飞机离开新疆"),
        },
        Citation {
            id: Cow::Borrowed("fukang-hq-by-phone"),
            issuer: Text {
                zh: Cow::Borrowed("阜康市疫情防控指挥部工作人员"),
                en: Cow::Borrowed("Staff of the Fukang epidemic-control headquarters"),
            },
            date: Cow::Borrowed("2022-10-04"),
            day: Instant::from_unix(1664812800),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("电话答复"),
                en: Cow::Borrowed("by phone"),
            }),
            quote: Cow::Borrowed("严格控制出疆，要出疆就是隔离7天"),
        },
        Citation {
            id: Cow::Borrowed("fukang-hq-phone-number"),
            issuer: Text {
                zh: Cow::Borrowed("阜康市疫情防控指挥部"),
                en: Cow::Borrowed("Fukang epidemic-control headquarters"),
            },
            date: Cow::Borrowed("2022-10-04"),
            day: Instant::from_unix(1664812800),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("旅客文章记录的电话号码"),
                en: Cow::Borrowed("the number a traveller called, as given in their post"),
            }),
            quote: Cow::Borrowed("（电话号码：09943226020）"),
        },
        Citation {
            id: Cow::Borrowed("fukang-hq-release-certificate"),
            issuer: Text {
                zh: Cow::Borrowed("阜康市疫情防控指挥部工作人员"),
                en: Cow::Borrowed("Staff of the Fukang epidemic-control headquarters"),
            },
            date: Cow::Borrowed("2022-10-04"),
            day: Instant::from_unix(1664812800),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("电话答复"),
                en: Cow::Borrowed("by phone"),
            }),
            quote: Cow::Borrowed("隔离完了以后还要出正常的（解隔）证明才能出疆"),
        },
        Citation {
            id: Cow::Borrowed("mixed-sample-release"),
            issuer: Text {
                zh: Cow::Borrowed("国务院联防联控机制"),
                en: Cow::Borrowed("State Council Joint Prevention and Control Mechanism"),
            },
            date: Cow::Borrowed("2022-12-01"),
            day: Instant::from_unix(1669824000),
            title: Cow::Borrowed("最大程度减少带来的不便 防控如何更精准"),
            file: Cow::Borrowed("004_1f7d27ec2502e852.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("如单检复核后,确认该人员为阴性,应及时判定是否属于密切接触者,一般24小时内可作出判断,不是密接的话,立即解除隔离"),
        },
        Citation {
            id: Cow::Borrowed("nine-prohibitions"),
            issuer: Text {
                zh: Cow::Borrowed("国务院联防联控机制"),
                en: Cow::Borrowed("State Council Joint Prevention and Control Mechanism"),
            },
            date: Cow::Borrowed("2022-10-08"),
            day: Instant::from_unix(1665158400),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Published,
            how: Some(Text {
                zh: Cow::Borrowed("旅客文章中引用的发布会要求"),
                en: Cow::Borrowed("a press-conference requirement quoted in a traveller's post"),
            }),
            quote: Cow::Borrowed("国务院联防联控机制发布会重申疫情防控“九不准”要求，不准对低风险地区人员采取强制劝返、隔离等限制措施，不准随意扩大采取隔离、管控措施的风险人员范围等"),
        },
        Citation {
            id: Cow::Borrowed("risk-area-downgrade"),
            issuer: Text {
                zh: Cow::Borrowed("国务院联防联控机制"),
                en: Cow::Borrowed("State Council Joint Prevention and Control Mechanism"),
            },
            date: Cow::Borrowed("2022-12-01"),
            day: Instant::from_unix(1669824000),
            title: Cow::Borrowed("最大程度减少带来的不便 防控如何更精准"),
            file: Cow::Borrowed("004_1f7d27ec2502e852.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("高风险区连续5天未发现新增感染者,且第5天风险区域内所有人员完成一轮核酸筛查均为阴性,降为低风险区"),
        },
        Citation {
            id: Cow::Borrowed("shandong-code-scope"),
            issuer: Text {
                zh: Cow::Borrowed("潍坊市委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"),
                en: Cow::Borrowed("Office of the Weifang leading group (headquarters) for epidemic control and the economy"),
            },
            date: Cow::Borrowed("2022-12-01"),
            day: Instant::from_unix(1669824000),
            title: Cow::Borrowed("12月1日起 我市对重点人员进行赋码转码管理"),
            file: Cow::Borrowed("004_1f7d27ec2502e852.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("按照省委领导小组(指挥部)办公室《关于进一步做好山东健康码赋码转码管理工作的通知》(鲁指办发〔2022〕215号)要求,为进一步做好疫情防控工作,从2022年12月1日起,我市将对以下9类重点人员进行赋码转码管理。"),
        },
        Citation {
            id: Cow::Borrowed("shanghai-community-reply"),
            issuer: Text {
                zh: Cow::Borrowed("上海居住地社区"),
                en: Cow::Borrowed("The traveller's residential community in Shanghai"),
            },
            date: Cow::Borrowed("2022-10-04"),
            day: Instant::from_unix(1664812800),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("社区给旅客的答复，旅客在电话中转述"),
                en: Cow::Borrowed("the community's answer to the traveller, as the traveller relates it by phone"),
            }),
            quote: Cow::Borrowed("上海的政策就是你（低风险区）只要来了以后48小时核酸，完了三天两检，提前几个小时、（抵达）当天报备（社区）就可以了"),
        },
        Citation {
            id: Cow::Borrowed("urumqi-2022-10-04-measures"),
            issuer: Text {
                zh: Cow::Borrowed("乌鲁木齐市（据新疆日报）"),
                en: Cow::Borrowed("Urumqi (as published by Xinjiang Daily)"),
            },
            date: Cow::Borrowed("2022-10-04"),
            day: Instant::from_unix(1664812800),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("旅客文章提到的公告标题，内容不在来源中"),
                en: Cow::Borrowed("a notice's title mentioned in a traveller's post; its content is not in the sources"),
            }),
            quote: Cow::Borrowed("看到了新疆日报发布的《[关于乌鲁木齐市严防疫情风险外溢工作措施的公告]"),
        },
        Citation {
            id: Cow::Borrowed("urumqi-activities"),
            issuer: Text {
                zh: Cow::Borrowed("乌鲁木齐市疫情防控工作指挥部"),
                en: Cow::Borrowed("Urumqi epidemic prevention and control headquarters"),
            },
            date: Cow::Borrowed("2020-08-23"),
            day: Instant::from_unix(1598112000),
            title: Cow::Borrowed("烏魯木齊:部分無疫情小區居民可在小區內進行非聚集性個人活動（觀察者網，2020年8月24日）"),
            file: Cow::Borrowed("002_9c3f2b878a83d6ff.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("在嚴格落實各項防疫措施的基礎上,小區居民可以在小區內進行非聚集性的個人活動。"),
        },
        Citation {
            id: Cow::Borrowed("urumqi-citizens-line"),
            issuer: Text {
                zh: Cow::Borrowed("乌鲁木齐市民专线"),
                en: Cow::Borrowed("Urumqi citizens' line"),
            },
            date: Cow::Borrowed("2022-10-04"),
            day: Instant::from_unix(1664812800),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("旅客文章提到此专线；市民专线号码为12345（同文：昌吉州市民专线（12345））"),
                en: Cow::Borrowed("a traveller's post names this line; citizens' lines answer on 12345 (same post: Changji citizens' line (12345))"),
            }),
            quote: Cow::Borrowed("我也问了乌鲁木齐的市民专线"),
        },
        Citation {
            id: Cow::Borrowed("urumqi-conduct"),
            issuer: Text {
                zh: Cow::Borrowed("乌鲁木齐市疫情防控工作指挥部"),
                en: Cow::Borrowed("Urumqi epidemic prevention and control headquarters"),
            },
            date: Cow::Borrowed("2020-08-23"),
            day: Instant::from_unix(1598112000),
            title: Cow::Borrowed("烏魯木齊:部分無疫情小區居民可在小區內進行非聚集性個人活動（觀察者網，2020年8月24日）"),
            file: Cow::Borrowed("002_9c3f2b878a83d6ff.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("居民在小區內活動時要做好個人防護、佩戴口罩,與他人保持一定距離,不扎堆、不聚集、不串門。"),
        },
        Citation {
            id: Cow::Borrowed("urumqi-criteria"),
            issuer: Text {
                zh: Cow::Borrowed("乌鲁木齐市疫情防控工作指挥部"),
                en: Cow::Borrowed("Urumqi epidemic prevention and control headquarters"),
            },
            date: Cow::Borrowed("2020-08-23"),
            day: Instant::from_unix(1598112000),
            title: Cow::Borrowed("烏魯木齊:部分無疫情小區居民可在小區內進行非聚集性個人活動（觀察者網，2020年8月24日）"),
            file: Cow::Borrowed("002_9c3f2b878a83d6ff.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("市疫情防控工作指揮部確定可以調整防控政策的無疫小區主要有三個標準:一是沒有新冠肺炎確診病例、無症狀感染者、疑似病例。二是在最近一次核酸檢測中,小區所有居民核酸檢測均爲陰性。三是小區管理規範、服務優質。"),
        },
        Citation {
            id: Cow::Borrowed("urumqi-hotline-denies"),
            issuer: Text {
                zh: Cow::Borrowed("乌鲁木齐市民专线工作人员"),
                en: Cow::Borrowed("Staff of the Urumqi citizens' line"),
            },
            date: Cow::Borrowed("2022-10-04"),
            day: Instant::from_unix(1664812800),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("电话答复，旅客转述"),
                en: Cow::Borrowed("by phone, as a traveller relates it"),
            }),
            quote: Cow::Borrowed("我也问了乌鲁木齐的市民专线，他们那边的工作人员说也没有这样的政策"),
        },
        Citation {
            id: Cow::Borrowed("urumqi-shops"),
            issuer: Text {
                zh: Cow::Borrowed("乌鲁木齐市疫情防控工作指挥部"),
                en: Cow::Borrowed("Urumqi epidemic prevention and control headquarters"),
            },
            date: Cow::Borrowed("2020-08-23"),
            day: Instant::from_unix(1598112000),
            title: Cow::Borrowed("烏魯木齊:部分無疫情小區居民可在小區內進行非聚集性個人活動（觀察者網，2020年8月24日）"),
            file: Cow::Borrowed("002_9c3f2b878a83d6ff.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("小區內爲居民提供生活必需品的超市、便利店、果蔬店等,可以在做好防疫工作的同時在規定時間內恢復對小區居民個人的營業。"),
        },
        Citation {
            id: Cow::Borrowed("weifang-letter-12345"),
            issuer: Text {
                zh: Cow::Borrowed("潍坊市委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"),
                en: Cow::Borrowed("Office of the Weifang leading group (headquarters) for epidemic control and the economy"),
            },
            date: Cow::Borrowed("2022-12-01"),
            day: Instant::from_unix(1669824000),
            title: Cow::Borrowed("致潍坊市民的一封信"),
            file: Cow::Borrowed("004_1f7d27ec2502e852.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("或拨打12345政务服务便民热线"),
        },
        Citation {
            id: Cow::Borrowed("weifang-letter-arrival"),
            issuer: Text {
                zh: Cow::Borrowed("潍坊市委统筹疫情防控和经济运行工作领导小组（指挥部）办公室"),
                en: Cow::Borrowed("Office of the Weifang leading group (headquarters) for epidemic control and the economy"),
            },
            date: Cow::Borrowed("2022-12-01"),
            day: Instant::from_unix(1669824000),
            title: Cow::Borrowed("致潍坊市民的一封信"),
            file: Cow::Borrowed("004_1f7d27ec2502e852.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("如果您或家人、朋友从外地返回,请一定提前报备,配合落实信息查验、“落地检”、健康监测等防控措施"),
        },
        Citation {
            id: Cow::Borrowed("xj-hq-by-phone"),
            issuer: Text {
                zh: Cow::Borrowed("新疆维吾尔自治区疫情防控指挥部工作人员"),
                en: Cow::Borrowed("Staff of the Xinjiang epidemic-control headquarters"),
            },
            date: Cow::Borrowed("2022-10-04"),
            day: Instant::from_unix(1664812800),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("电话答复"),
                en: Cow::Borrowed("by phone"),
            }),
            quote: Cow::Borrowed("出疆的现在必须得隔离"),
        },
        Citation {
            id: Cow::Borrowed("xj-hq-phone-number"),
            issuer: Text {
                zh: Cow::Borrowed("新疆维吾尔自治区疫情防控指挥部"),
                en: Cow::Borrowed("Xinjiang epidemic prevention and control headquarters"),
            },
            date: Cow::Borrowed("2022-10-04"),
            day: Instant::from_unix(1664812800),
            title: Cow::Borrowed("由跨省出行受阻而引发的一些疑问"),
            file: Cow::Borrowed("000_caf9797f128e715c.txt"),
            confidence: Confidence::Reported,
            how: Some(Text {
                zh: Cow::Borrowed("旅客文章记录的电话号码"),
                en: Cow::Borrowed("the number a traveller called, as given in their post"),
            }),
            quote: Cow::Borrowed("（电话号码：09915190878）"),
        },
        Citation {
            id: Cow::Borrowed("xj-press-2022-10-04-non-essential"),
            issuer: Text {
                zh: Cow::Borrowed("新疆维吾尔自治区人民政府新闻办公室"),
                en: Cow::Borrowed("Information Office of the People's Government of the Xinjiang Uygur Autonomous Region"),
            },
            date: Cow::Borrowed("2022-10-04"),
            day: Instant::from_unix(1664812800),
            title: Cow::Borrowed("\"Do not leave Xinjiang unless it is necessary\": Xinjiang uses electronic certificates for those who leave Xinjiang"),
            file: Cow::Borrowed("001_de574aef9571043b.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("Adhere to non-essential not leaving Xinjiang, reduce the number of flights and trains leaving Xinjiang, and strictly control the passage of highways out of Xinjiang."),
        },
        Citation {
            id: Cow::Borrowed("xj-press-2022-10-05-beijing"),
            issuer: Text {
                zh: Cow::Borrowed("新疆维吾尔自治区人民政府新闻办公室"),
                en: Cow::Borrowed("Information Office of the People's Government of the Xinjiang Uygur Autonomous Region"),
            },
            date: Cow::Borrowed("2022-10-05"),
            day: Instant::from_unix(1664899200),
            title: Cow::Borrowed("\"Do not leave Xinjiang unless it is necessary\": Xinjiang uses electronic certificates for those who leave Xinjiang"),
            file: Cow::Borrowed("001_de574aef9571043b.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("those who need to enter Beijing can travel only after communication and coordination between the regional epidemic prevention and control headquarters and the capital's strict Beijing management joint prevention and control mechanism."),
        },
        Citation {
            id: Cow::Borrowed("xj-press-2022-10-05-certificate-tests-code"),
            issuer: Text {
                zh: Cow::Borrowed("新疆维吾尔自治区人民政府新闻办公室"),
                en: Cow::Borrowed("Information Office of the People's Government of the Xinjiang Uygur Autonomous Region"),
            },
            date: Cow::Borrowed("2022-10-05"),
            day: Instant::from_unix(1664899200),
            title: Cow::Borrowed("\"Do not leave Xinjiang unless it is necessary\": Xinjiang uses electronic certificates for those who leave Xinjiang"),
            file: Cow::Borrowed("001_de574aef9571043b.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("Electronic certificate of departure from Xinjiang, with 2 times in 48 hours (once a day, the last nucleic acid sampling is within 24 hours before departure from Xinjiang, train and civil aviation are subject to departure and departure time) nucleic acid test negative certificate and Xinjiang government health code green code"),
        },
        Citation {
            id: Cow::Borrowed("xj-press-2022-10-05-checkpoint"),
            issuer: Text {
                zh: Cow::Borrowed("新疆维吾尔自治区人民政府新闻办公室"),
                en: Cow::Borrowed("Information Office of the People's Government of the Xinjiang Uygur Autonomous Region"),
            },
            date: Cow::Borrowed("2022-10-05"),
            day: Instant::from_unix(1664899200),
            title: Cow::Borrowed("\"Do not leave Xinjiang unless it is necessary\": Xinjiang uses electronic certificates for those who leave Xinjiang"),
            file: Cow::Borrowed("001_de574aef9571043b.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("at the Lijiang traffic station and highway checkpoint, the medical staff will conduct a single-person, single-tube nucleic acid test + antigen test for the personnel with complex conditions for leaving Xinjiang, and leave Xinjiang with a negative result."),
        },
        Citation {
            id: Cow::Borrowed("xj-press-2022-10-05-commitment"),
            issuer: Text {
                zh: Cow::Borrowed("新疆维吾尔自治区人民政府新闻办公室"),
                en: Cow::Borrowed("Information Office of the People's Government of the Xinjiang Uygur Autonomous Region"),
            },
            date: Cow::Borrowed("2022-10-05"),
            day: Instant::from_unix(1664899200),
            title: Cow::Borrowed("\"Do not leave Xinjiang unless it is necessary\": Xinjiang uses electronic certificates for those who leave Xinjiang"),
            file: Cow::Borrowed("001_de574aef9571043b.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("people in counties (cities, districts) in places (states, cities) without epidemics should provide a letter of commitment with no travel history in high, medium and low risk areas within 7 days, issued by the county (city, district) epidemic prevention and control headquarters."),
        },
        Citation {
            id: Cow::Borrowed("xj-press-2022-10-05-declaration"),
            issuer: Text {
                zh: Cow::Borrowed("新疆维吾尔自治区人民政府新闻办公室"),
                en: Cow::Borrowed("Information Office of the People's Government of the Xinjiang Uygur Autonomous Region"),
            },
            date: Cow::Borrowed("2022-10-05"),
            day: Instant::from_unix(1664899200),
            title: Cow::Borrowed("\"Do not leave Xinjiang unless it is necessary\": Xinjiang uses electronic certificates for those who leave Xinjiang"),
            file: Cow::Borrowed("001_de574aef9571043b.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("the \"Xinjiang Government Affairs\" service health code page is urgently opened for exiting Xinjiang. The declaration function, enables the electronic certificate for those who have left Xinjiang"),
        },
        Citation {
            id: Cow::Borrowed("xj-press-2022-10-05-medical"),
            issuer: Text {
                zh: Cow::Borrowed("新疆维吾尔自治区人民政府新闻办公室"),
                en: Cow::Borrowed("Information Office of the People's Government of the Xinjiang Uygur Autonomous Region"),
            },
            date: Cow::Borrowed("2022-10-05"),
            day: Instant::from_unix(1664899200),
            title: Cow::Borrowed("\"Do not leave Xinjiang unless it is necessary\": Xinjiang uses electronic certificates for those who leave Xinjiang"),
            file: Cow::Borrowed("001_de574aef9571043b.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("if there are special needs such as going out for medical treatment, the county-level epidemic prevention and control headquarters can organize experts for evaluation, and the prefectural-level headquarters will approve and issue an electronic departure certificate, and report it to the autonomous region headquarters for the record."),
        },
        Citation {
            id: Cow::Borrowed("yili-all-institutions-normal"),
            issuer: Text {
                zh: Cow::Borrowed("伊犁哈萨克自治州人民政府新闻办公室（副州长刘庆华）"),
                en: Cow::Borrowed("Information Office of the Ili Kazakh Autonomous Prefecture (vice-governor Liu Qinghua)"),
            },
            date: Cow::Borrowed("2022-09-09"),
            day: Instant::from_unix(1662652800),
            title: Cow::Borrowed("新疆伊犁辟谣（伊犁州疫情防控新闻发布会，2022年9月9日）"),
            file: Cow::Borrowed("003_068084097194911f.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("州直和伊宁市所有医疗机构正常诊疗"),
        },
        Citation {
            id: Cow::Borrowed("yili-booking-phones"),
            issuer: Text {
                zh: Cow::Borrowed("伊犁哈萨克自治州人民政府新闻办公室（副州长刘庆华）"),
                en: Cow::Borrowed("Information Office of the Ili Kazakh Autonomous Prefecture (vice-governor Liu Qinghua)"),
            },
            date: Cow::Borrowed("2022-09-09"),
            day: Instant::from_unix(1662652800),
            title: Cow::Borrowed("新疆伊犁辟谣（伊犁州疫情防控新闻发布会，2022年9月9日）"),
            file: Cow::Borrowed("003_068084097194911f.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("伊宁市人民医院预约电话0999-8036815 0999-8040931，伊犁州新华医院预约电话：0999-8811120，0999-8231566。"),
        },
        Citation {
            id: Cow::Borrowed("yili-booking-transfer"),
            issuer: Text {
                zh: Cow::Borrowed("伊犁哈萨克自治州人民政府新闻办公室（副州长刘庆华）"),
                en: Cow::Borrowed("Information Office of the Ili Kazakh Autonomous Prefecture (vice-governor Liu Qinghua)"),
            },
            date: Cow::Borrowed("2022-09-09"),
            day: Instant::from_unix(1662652800),
            title: Cow::Borrowed("新疆伊犁辟谣（伊犁州疫情防控新闻发布会，2022年9月9日）"),
            file: Cow::Borrowed("003_068084097194911f.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("就诊人员可提前通过电话进行预约，由所在村（社区）或集中隔离场所通过专用转运车“点对点”送医，诊疗结束后由专用转运车接回，全程实行闭环管理。"),
        },
        Citation {
            id: Cow::Borrowed("yili-buffer-wards"),
            issuer: Text {
                zh: Cow::Borrowed("伊犁哈萨克自治州人民政府新闻办公室（副州长刘庆华）"),
                en: Cow::Borrowed("Information Office of the Ili Kazakh Autonomous Prefecture (vice-governor Liu Qinghua)"),
            },
            date: Cow::Borrowed("2022-09-09"),
            day: Instant::from_unix(1662652800),
            title: Cow::Borrowed("新疆伊犁辟谣（伊犁州疫情防控新闻发布会，2022年9月9日）"),
            file: Cow::Borrowed("003_068084097194911f.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("在各级医疗机构设置缓冲区域或病室，用于收治暂无核酸检测结果的急诊患者或隔离排查可疑的住院患者。"),
        },
        Citation {
            id: Cow::Borrowed("yili-complaints"),
            issuer: Text {
                zh: Cow::Borrowed("伊犁哈萨克自治州人民政府新闻办公室（副州长刘庆华）"),
                en: Cow::Borrowed("Information Office of the Ili Kazakh Autonomous Prefecture (vice-governor Liu Qinghua)"),
            },
            date: Cow::Borrowed("2022-09-09"),
            day: Instant::from_unix(1662652800),
            title: Cow::Borrowed("新疆伊犁辟谣（伊犁州疫情防控新闻发布会，2022年9月9日）"),
            file: Cow::Borrowed("003_068084097194911f.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("我们要求任何医疗机构不得以疫情为由推诿拒诊患者，广大群众可拨打0999—8181898、12345服务专线进行举报、投诉，一经查实严肃查处。"),
        },
        Citation {
            id: Cow::Borrowed("yili-continuous-care"),
            issuer: Text {
                zh: Cow::Borrowed("伊犁哈萨克自治州人民政府新闻办公室（副州长刘庆华）"),
                en: Cow::Borrowed("Information Office of the Ili Kazakh Autonomous Prefecture (vice-governor Liu Qinghua)"),
            },
            date: Cow::Borrowed("2022-09-09"),
            day: Instant::from_unix(1662652800),
            title: Cow::Borrowed("新疆伊犁辟谣（伊犁州疫情防控新闻发布会，2022年9月9日）"),
            file: Cow::Borrowed("003_068084097194911f.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("对透析患者、放化疗及其它需要维持定期治疗的重症患者提供不间断医疗服务，对孕产妇、新生儿等急需就医的，开通绿色通道，全程由救护车辆接返。"),
        },
        Citation {
            id: Cow::Borrowed("yili-low-risk-routing"),
            issuer: Text {
                zh: Cow::Borrowed("伊犁哈萨克自治州人民政府新闻办公室（副州长刘庆华）"),
                en: Cow::Borrowed("Information Office of the Ili Kazakh Autonomous Prefecture (vice-governor Liu Qinghua)"),
            },
            date: Cow::Borrowed("2022-09-09"),
            day: Instant::from_unix(1662652800),
            title: Cow::Borrowed("新疆伊犁辟谣（伊犁州疫情防控新闻发布会，2022年9月9日）"),
            file: Cow::Borrowed("003_068084097194911f.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("州友谊医院老院区主要收治发热、外科、危急重症患者，开发区分院主要收治发热、儿科、肿瘤、放疗、产科、血透患者；州中医医院主要收治普通急诊、骨科、内科、慢性病患者；州妇幼保健院主要收治孕产妇。"),
        },
        Citation {
            id: Cow::Borrowed("yili-online"),
            issuer: Text {
                zh: Cow::Borrowed("伊犁哈萨克自治州人民政府新闻办公室（副州长刘庆华）"),
                en: Cow::Borrowed("Information Office of the Ili Kazakh Autonomous Prefecture (vice-governor Liu Qinghua)"),
            },
            date: Cow::Borrowed("2022-09-09"),
            day: Instant::from_unix(1662652800),
            title: Cow::Borrowed("新疆伊犁辟谣（伊犁州疫情防控新闻发布会，2022年9月9日）"),
            file: Cow::Borrowed("003_068084097194911f.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("以微信小程序为承载平台，开通在线问诊服务，持续为患者提供在线问诊、复诊、咨询及常见病、慢性病的随访等服务"),
        },
        Citation {
            id: Cow::Borrowed("yili-peoples-departments"),
            issuer: Text {
                zh: Cow::Borrowed("伊犁哈萨克自治州人民政府新闻办公室（副州长刘庆华）"),
                en: Cow::Borrowed("Information Office of the Ili Kazakh Autonomous Prefecture (vice-governor Liu Qinghua)"),
            },
            date: Cow::Borrowed("2022-09-09"),
            day: Instant::from_unix(1662652800),
            title: Cow::Borrowed("新疆伊犁辟谣（伊犁州疫情防控新闻发布会，2022年9月9日）"),
            file: Cow::Borrowed("003_068084097194911f.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("该院开设有综合诊疗、发热门诊、急诊、重症、ICU、产妇分娩、婴幼儿急症、血液透析、肿瘤化疗、精卫中心、手术室等科室，就诊人员可以不等核酸检测结果出来，第一时间接受救治治疗"),
        },
        Citation {
            id: Cow::Borrowed("yili-peoples-yellow"),
            issuer: Text {
                zh: Cow::Borrowed("伊犁哈萨克自治州人民政府新闻办公室（副州长刘庆华）"),
                en: Cow::Borrowed("Information Office of the Ili Kazakh Autonomous Prefecture (vice-governor Liu Qinghua)"),
            },
            date: Cow::Borrowed("2022-09-09"),
            day: Instant::from_unix(1662652800),
            title: Cow::Borrowed("新疆伊犁辟谣（伊犁州疫情防控新闻发布会，2022年9月9日）"),
            file: Cow::Borrowed("003_068084097194911f.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("从9日起，再新增伊宁市人民医院为黄码医院，面向伊宁市中高风险区和集中隔离场所医学观察（隔离）人员核酸阴性人员就医。"),
        },
        Citation {
            id: Cow::Borrowed("yili-pregnancy-high"),
            issuer: Text {
                zh: Cow::Borrowed("伊犁哈萨克自治州人民政府新闻办公室（副州长刘庆华）"),
                en: Cow::Borrowed("Information Office of the Ili Kazakh Autonomous Prefecture (vice-governor Liu Qinghua)"),
            },
            date: Cow::Borrowed("2022-09-09"),
            day: Instant::from_unix(1662652800),
            title: Cow::Borrowed("新疆伊犁辟谣（伊犁州疫情防控新闻发布会，2022年9月9日）"),
            file: Cow::Borrowed("003_068084097194911f.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("高中风险区域孕产妇，直接拨打120救护车送至黄码医院就医。"),
        },
        Citation {
            id: Cow::Borrowed("yili-pregnancy-low"),
            issuer: Text {
                zh: Cow::Borrowed("伊犁哈萨克自治州人民政府新闻办公室（副州长刘庆华）"),
                en: Cow::Borrowed("Information Office of the Ili Kazakh Autonomous Prefecture (vice-governor Liu Qinghua)"),
            },
            date: Cow::Borrowed("2022-09-09"),
            day: Instant::from_unix(1662652800),
            title: Cow::Borrowed("新疆伊犁辟谣（伊犁州疫情防控新闻发布会，2022年9月9日）"),
            file: Cow::Borrowed("003_068084097194911f.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("低风险区域孕产妇出行由村（社）区安排专用车辆接送前往医院就医；急诊、重症孕产妇可直接拨打120，乘坐救护车辆前往医院就诊。"),
        },
        Citation {
            id: Cow::Borrowed("yili-xinhua-yellow"),
            issuer: Text {
                zh: Cow::Borrowed("伊犁哈萨克自治州人民政府新闻办公室（副州长刘庆华）"),
                en: Cow::Borrowed("Information Office of the Ili Kazakh Autonomous Prefecture (vice-governor Liu Qinghua)"),
            },
            date: Cow::Borrowed("2022-09-09"),
            day: Instant::from_unix(1662652800),
            title: Cow::Borrowed("新疆伊犁辟谣（伊犁州疫情防控新闻发布会，2022年9月9日）"),
            file: Cow::Borrowed("003_068084097194911f.txt"),
            confidence: Confidence::Published,
            how: None,
            quote: Cow::Borrowed("在前期开设伊犁州新华医院为黄码医院的基础上"),
        },
    ]),
    national_rules: Cow::Borrowed(&[
        NationalRule {
            id: Cow::Borrowed("nine_prohibitions"),
            title: Text {
                zh: Cow::Borrowed("疫情防控“九不准”"),
                en: Cow::Borrowed("The State Council's \"nine prohibitions\" of epidemic control"),
            },
            text: Text {
                zh: Cow::Borrowed("不准对低风险地区人员采取强制劝返、隔离等限制措施，不准随意扩大采取隔离、管控措施的风险人员范围。"),
                en: Cow::Borrowed("No forced return, quarantine or similar restriction may be imposed on people from low-risk areas, and the range of people subject to quarantine or control may not be widened at will."),
            },
            period: Period {
                from: Instant::from_unix(1664812800),
                until: None,
            },
            from_reason: Some(Text {
                zh: Cow::Borrowed("旅客文章（2022-10-08）说国务院联防联控机制发布会“重申”九不准，并用它评价10月4日的通知：它在那时已经生效。"),
                en: Cow::Borrowed("The traveller's post (2022-10-08) says the State Council mechanism \"reiterated\" the nine prohibitions and holds the notice of 4 October against them: they were in force by then."),
            }),
            explains: Cow::Borrowed(&[]),
            contacts: Cow::Borrowed(&[
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("国务院客户端：督查·我要留言"),
                        en: Cow::Borrowed("State Council app: inspection, leave a message"),
                    },
                    phone: None,
                    url: Some(Cow::Borrowed("https://tousu.www.gov.cn/dc/index.htm")),
                    purpose: ContactPurpose::Complain,
                    region: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("complaint-state-council-app"),
                    ]),
                },
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("国家卫健委“九不准”公众留言板"),
                        en: Cow::Borrowed("National Health Commission \"nine prohibitions\" message board"),
                    },
                    phone: None,
                    url: Some(Cow::Borrowed("http://www.nhc.gov.cn/")),
                    purpose: ContactPurpose::Complain,
                    region: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("complaint-nhc-board"),
                    ]),
                },
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("国家政务服务平台：我要投诉"),
                        en: Cow::Borrowed("National Government Service Platform: file a complaint"),
                    },
                    phone: None,
                    url: Some(Cow::Borrowed("http://gjzwfw.www.gov.cn/col/col633/index.html")),
                    purpose: ContactPurpose::Complain,
                    region: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("complaint-gjzwfw"),
                    ]),
                },
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("中国政府网：我向总理说句话"),
                        en: Cow::Borrowed("www.gov.cn: a word to the Premier"),
                    },
                    phone: None,
                    url: Some(Cow::Borrowed("https://liuyan.www.gov.cn/wxzlsjh/index.htm")),
                    purpose: ContactPurpose::Complain,
                    region: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("complaint-gov-liuyan"),
                    ]),
                },
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("国家政务服务投诉与建议"),
                        en: Cow::Borrowed("National government-service complaints and suggestions"),
                    },
                    phone: None,
                    url: Some(Cow::Borrowed("https://tousu.www.gov.cn/zwfw/index.htm")),
                    purpose: ContactPurpose::Complain,
                    region: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("complaint-gov-tousu"),
                    ]),
                },
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("新疆维吾尔自治区互联网+督查"),
                        en: Cow::Borrowed("Xinjiang Internet+ inspection"),
                    },
                    phone: None,
                    url: Some(Cow::Borrowed("http://www.xinjiang.gov.cn/xinjiang/hlwdc/hlwdc.shtml")),
                    purpose: ContactPurpose::Complain,
                    region: Some(RegionCode::new(650000)),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("complaint-xinjiang-dc"),
                    ]),
                },
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("自治区卫健委纪检监察组 12388 举报"),
                        en: Cow::Borrowed("Xinjiang Health Commission discipline inspection, 12388 reports"),
                    },
                    phone: Some(Cow::Borrowed("12388")),
                    url: Some(Cow::Borrowed("https://xinjiang.12388.gov.cn/pzjg/wsjkwyh/")),
                    purpose: ContactPurpose::Complain,
                    region: Some(RegionCode::new(650000)),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("complaint-xinjiang-12388"),
                    ]),
                },
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("新疆卫健委领导信箱"),
                        en: Cow::Borrowed("Xinjiang Health Commission leaders' mailbox"),
                    },
                    phone: None,
                    url: Some(Cow::Borrowed("http://wjw.xinjiang.gov.cn/hfpc/ldxx1/hd_mailbox.shtml")),
                    purpose: ContactPurpose::Complain,
                    region: Some(RegionCode::new(650000)),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("complaint-xinjiang-mailbox"),
                    ]),
                },
            ]),
            sources: Cow::Borrowed(&[
                Cow::Borrowed("nine-prohibitions"),
            ]),
        },
        NationalRule {
            id: Cow::Borrowed("risk_area_downgrade"),
            title: Text {
                zh: Cow::Borrowed("高风险区降级"),
                en: Cow::Borrowed("Downgrading a high-risk area"),
            },
            text: Text {
                zh: Cow::Borrowed("高风险区连续5天未发现新增感染者，且第5天区域内所有人员核酸筛查均为阴性，降为低风险区。"),
                en: Cow::Borrowed("A high-risk area becomes low-risk after 5 consecutive days without a new infection, once everyone in it tests negative in a screening on day 5."),
            },
            period: Period {
                from: Instant::from_unix(1669824000),
                until: None,
            },
            from_reason: None,
            explains: Cow::Borrowed(&[
                Blocker::OriginRiskHigh,
            ]),
            contacts: Cow::Borrowed(&[]),
            sources: Cow::Borrowed(&[
                Cow::Borrowed("risk-area-downgrade"),
            ]),
        },
        NationalRule {
            id: Cow::Borrowed("mixed_sample_release"),
            title: Text {
                zh: Cow::Borrowed("混检阳性后单检阴性"),
                en: Cow::Borrowed("Negative single-tube retest after a positive pooled sample"),
            },
            text: Text {
                zh: Cow::Borrowed("“十混一”混检阳性后，单检复核为阴性、且不是密切接触者的，一般24小时内判定并立即解除隔离。"),
                en: Cow::Borrowed("If a pooled (10-in-1) sample was positive but your single-tube retest is negative and you are not a close contact, this is normally decided within 24 hours and quarantine is lifted at once."),
            },
            period: Period {
                from: Instant::from_unix(1669824000),
                until: None,
            },
            from_reason: None,
            explains: Cow::Borrowed(&[
                Blocker::PositiveTest,
            ]),
            contacts: Cow::Borrowed(&[]),
            sources: Cow::Borrowed(&[
                Cow::Borrowed("mixed-sample-release"),
            ]),
        },
    ]),
    policies: Cow::Borrowed(&[
        Policy {
            id: Cow::Borrowed("urumqi-epidemic-free-communities-2020-08-23"),
            file: Cow::Borrowed("urumqi.json"),
            layer: Layer::City,
            jurisdiction: RegionCode::new(650100),
            scope: Scope::Community,
            border: RegionCode::new(650100),
            from: Instant::from_unix(1598112000),
            ends: None,
            horizon: Some(Horizon {
                until: Instant::from_unix(1600790400),
                reason: Text {
                    zh: Cow::Borrowed("2020年8月的通知是“逐步调整”“逐步扩大”的第一步（来源002）；之后哪些小区适用，来源里没有。CanGo 只在一个月内（至2020-09-22）显示它。"),
                    en: Cow::Borrowed("The August 2020 notice is the first step of a gradual relaxation (\"逐步调整\", \"逐步扩大\", source 002); which communities it covered later, no source says. CanGo shows it for one month (to 2020-09-22)."),
                },
            }),
            replaces: None,
            every_route: false,
            reading: None,
            summary: Text {
                zh: Cow::Borrowed("乌鲁木齐无疫情小区：符合三项标准的小区，居民可在小区内进行非聚集性个人活动，小区内生活必需品商店可限时营业。"),
                en: Cow::Borrowed("Urumqi epidemic-free communities: in communities meeting three criteria, residents may move about inside the community without gathering, and shops for daily necessities inside may open at set hours."),
            },
            applies: Applies {
                origin_risk: None,
                purpose: None,
                destination: None,
                mode: None,
            },
            requirements: Cow::Borrowed(&[]),
            arrival: Cow::Borrowed(&[]),
            notices: Cow::Borrowed(&[
                Notice {
                    id: Cow::Borrowed("urumqi-epidemic-free-criteria"),
                    text: Text {
                        zh: Cow::Borrowed("无疫情小区三项标准：一、无确诊病例、无症状感染者、疑似病例；二、最近一次核酸检测小区所有居民均为阴性；三、小区管理规范、服务优质。"),
                        en: Cow::Borrowed("An epidemic-free community meets three criteria: (1) no confirmed, asymptomatic or suspected cases; (2) every resident negative in the latest NAT round; (3) well-run management and services."),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("urumqi-criteria"),
                    ]),
                    disputed_by: Cow::Borrowed(&[]),
                },
                Notice {
                    id: Cow::Borrowed("urumqi-epidemic-free-activities"),
                    text: Text {
                        zh: Cow::Borrowed("在这些小区内，居民可以进行非聚集性的个人活动；须戴口罩、保持距离，不扎堆、不聚集、不串门。"),
                        en: Cow::Borrowed("In those communities residents may move about on their own inside the community, masked and keeping their distance: no crowding, no gatherings, no visiting other homes."),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("urumqi-activities"),
                        Cow::Borrowed("urumqi-conduct"),
                    ]),
                    disputed_by: Cow::Borrowed(&[]),
                },
                Notice {
                    id: Cow::Borrowed("urumqi-epidemic-free-shops"),
                    text: Text {
                        zh: Cow::Borrowed("小区内的超市、便利店、果蔬店等可在规定时间内恢复营业。"),
                        en: Cow::Borrowed("Supermarkets, convenience and greengrocer shops inside the community may reopen at set hours."),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("urumqi-shops"),
                    ]),
                    disputed_by: Cow::Borrowed(&[]),
                },
            ]),
            contacts: Cow::Borrowed(&[
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("乌鲁木齐市民专线"),
                        en: Cow::Borrowed("Urumqi citizens' line"),
                    },
                    phone: Some(Cow::Borrowed("12345")),
                    url: None,
                    purpose: ContactPurpose::Ask,
                    region: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("urumqi-citizens-line"),
                    ]),
                },
            ]),
            code_categories: Cow::Borrowed(&[]),
            care_places: Cow::Borrowed(&[]),
            care_advice: Cow::Borrowed(&[]),
            sources: Cow::Borrowed(&[
                Cow::Borrowed("urumqi-criteria"),
                Cow::Borrowed("urumqi-activities"),
            ]),
            disputed_by: Cow::Borrowed(&[]),
            contradicts: None,
            confidence: Confidence::Published,
            newest_source: Some(Instant::from_unix(1598112000)),
        },
        Policy {
            id: Cow::Borrowed("yining-medical-access-2022-09-09"),
            file: Cow::Borrowed("yili.json"),
            layer: Layer::Prefecture,
            jurisdiction: RegionCode::new(654002),
            scope: Scope::Care,
            border: RegionCode::new(654002),
            from: Instant::from_unix(1662652800),
            ends: None,
            horizon: Some(Horizon {
                until: Instant::from_unix(1665244800),
                reason: Text {
                    zh: Cow::Borrowed("伊犁州9月9日发布会宣布的是“疫情防控期间”的就医安排（来源003），没有截止日期。CanGo 只在一个月内（至2022-10-08）依据它作答，此后为“未知”。"),
                    en: Cow::Borrowed("The Yili press conference of 9 September announced arrangements \"during epidemic control\" (source 003), with no end date. CanGo answers from them for one month (to 2022-10-08); later dates are unknown."),
                },
            }),
            replaces: None,
            every_route: false,
            reading: None,
            summary: Text {
                zh: Cow::Borrowed("伊宁市疫情期间就医：中高风险区到黄码医院（电话预约、点对点转运），低风险区按科室分流，孕产妇绿色通道，急诊120。"),
                en: Cow::Borrowed("Medical care in Yining during the outbreak: from medium/high-risk areas, yellow-code hospitals (book by phone, point-to-point transfer); from low-risk areas, hospitals by department; a green channel for pregnancy; 120 for emergencies."),
            },
            applies: Applies {
                origin_risk: None,
                purpose: None,
                destination: None,
                mode: None,
            },
            requirements: Cow::Borrowed(&[]),
            arrival: Cow::Borrowed(&[]),
            notices: Cow::Borrowed(&[]),
            contacts: Cow::Borrowed(&[
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("急救电话"),
                        en: Cow::Borrowed("Emergency ambulance"),
                    },
                    phone: Some(Cow::Borrowed("120")),
                    url: None,
                    purpose: ContactPurpose::Emergency,
                    region: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("yili-pregnancy-low"),
                    ]),
                },
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("伊犁州服务专线（推诿拒诊举报投诉）"),
                        en: Cow::Borrowed("Ili service line (report a refusal of treatment)"),
                    },
                    phone: Some(Cow::Borrowed("0999-8181898")),
                    url: None,
                    purpose: ContactPurpose::Complain,
                    region: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("yili-complaints"),
                    ]),
                },
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("12345服务专线"),
                        en: Cow::Borrowed("12345 service line"),
                    },
                    phone: Some(Cow::Borrowed("12345")),
                    url: None,
                    purpose: ContactPurpose::Complain,
                    region: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("yili-complaints"),
                    ]),
                },
            ]),
            code_categories: Cow::Borrowed(&[]),
            care_places: Cow::Borrowed(&[
                CarePlace {
                    id: Cow::Borrowed("yining-peoples-hospital"),
                    name: Text {
                        zh: Cow::Borrowed("伊宁市人民医院（黄码医院）"),
                        en: Cow::Borrowed("Yining People's Hospital (yellow-code hospital)"),
                    },
                    phones: Cow::Borrowed(&[
                        Cow::Borrowed("0999-8036815"),
                        Cow::Borrowed("0999-8040931"),
                    ]),
                    risks: Cow::Borrowed(&[
                        Risk::Medium,
                        Risk::High,
                    ]),
                    departments: Some(Cow::Borrowed(&[
                        CareNeed::General,
                        CareNeed::Fever,
                        CareNeed::Emergency,
                        CareNeed::Critical,
                        CareNeed::Pregnancy,
                        CareNeed::Pediatric,
                        CareNeed::Dialysis,
                        CareNeed::Oncology,
                        CareNeed::Surgery,
                    ])),
                    access: Text {
                        zh: Cow::Borrowed("提前电话预约；由所在村（社区）或集中隔离场所用专用转运车“点对点”送医，诊疗结束后接回，全程闭环管理。"),
                        en: Cow::Borrowed("Book by phone first; your village or community (or quarantine site) takes you point to point in a dedicated transfer vehicle and brings you back, in a closed loop."),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("yili-peoples-yellow"),
                        Cow::Borrowed("yili-peoples-departments"),
                        Cow::Borrowed("yili-booking-transfer"),
                        Cow::Borrowed("yili-booking-phones"),
                    ]),
                },
                CarePlace {
                    id: Cow::Borrowed("yili-xinhua-hospital"),
                    name: Text {
                        zh: Cow::Borrowed("伊犁州新华医院（黄码医院）"),
                        en: Cow::Borrowed("Ili Prefecture Xinhua Hospital (yellow-code hospital)"),
                    },
                    phones: Cow::Borrowed(&[
                        Cow::Borrowed("0999-8811120"),
                        Cow::Borrowed("0999-8231566"),
                    ]),
                    risks: Cow::Borrowed(&[
                        Risk::Medium,
                        Risk::High,
                    ]),
                    departments: None,
                    access: Text {
                        zh: Cow::Borrowed("提前电话预约；由所在村（社区）或集中隔离场所用专用转运车“点对点”送医，诊疗结束后接回，全程闭环管理。"),
                        en: Cow::Borrowed("Book by phone first; your village or community (or quarantine site) takes you point to point in a dedicated transfer vehicle and brings you back, in a closed loop."),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("yili-xinhua-yellow"),
                        Cow::Borrowed("yili-booking-transfer"),
                        Cow::Borrowed("yili-booking-phones"),
                    ]),
                },
                CarePlace {
                    id: Cow::Borrowed("yili-friendship-old-campus"),
                    name: Text {
                        zh: Cow::Borrowed("伊犁州友谊医院老院区"),
                        en: Cow::Borrowed("Ili Prefecture Friendship Hospital, old campus"),
                    },
                    phones: Cow::Borrowed(&[]),
                    risks: Cow::Borrowed(&[
                        Risk::None,
                        Risk::Low,
                    ]),
                    departments: Some(Cow::Borrowed(&[
                        CareNeed::Fever,
                        CareNeed::Surgery,
                        CareNeed::Critical,
                        CareNeed::Emergency,
                    ])),
                    access: Text {
                        zh: Cow::Borrowed("低风险区直接前往；暂无核酸结果的急诊患者在缓冲区域或病室收治。"),
                        en: Cow::Borrowed("From a low-risk area, go directly; emergency patients without a NAT result are treated in buffer wards."),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("yili-low-risk-routing"),
                        Cow::Borrowed("yili-buffer-wards"),
                    ]),
                },
                CarePlace {
                    id: Cow::Borrowed("yili-friendship-kaifaqu"),
                    name: Text {
                        zh: Cow::Borrowed("伊犁州友谊医院开发区分院"),
                        en: Cow::Borrowed("Ili Prefecture Friendship Hospital, development-zone branch"),
                    },
                    phones: Cow::Borrowed(&[]),
                    risks: Cow::Borrowed(&[
                        Risk::None,
                        Risk::Low,
                    ]),
                    departments: Some(Cow::Borrowed(&[
                        CareNeed::Fever,
                        CareNeed::Pediatric,
                        CareNeed::Oncology,
                        CareNeed::Pregnancy,
                        CareNeed::Dialysis,
                    ])),
                    access: Text {
                        zh: Cow::Borrowed("低风险区直接前往；暂无核酸结果的急诊患者在缓冲区域或病室收治。"),
                        en: Cow::Borrowed("From a low-risk area, go directly; emergency patients without a NAT result are treated in buffer wards."),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("yili-low-risk-routing"),
                    ]),
                },
                CarePlace {
                    id: Cow::Borrowed("yili-tcm-hospital"),
                    name: Text {
                        zh: Cow::Borrowed("伊犁州中医医院"),
                        en: Cow::Borrowed("Ili Prefecture Hospital of Traditional Chinese Medicine"),
                    },
                    phones: Cow::Borrowed(&[]),
                    risks: Cow::Borrowed(&[
                        Risk::None,
                        Risk::Low,
                    ]),
                    departments: Some(Cow::Borrowed(&[
                        CareNeed::Emergency,
                        CareNeed::Orthopedics,
                        CareNeed::Internal,
                        CareNeed::Chronic,
                    ])),
                    access: Text {
                        zh: Cow::Borrowed("低风险区直接前往；暂无核酸结果的急诊患者在缓冲区域或病室收治。"),
                        en: Cow::Borrowed("From a low-risk area, go directly; emergency patients without a NAT result are treated in buffer wards."),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("yili-low-risk-routing"),
                        Cow::Borrowed("yili-buffer-wards"),
                    ]),
                },
                CarePlace {
                    id: Cow::Borrowed("yili-maternal-child"),
                    name: Text {
                        zh: Cow::Borrowed("伊犁州妇幼保健院"),
                        en: Cow::Borrowed("Ili Prefecture Maternal and Child Health Hospital"),
                    },
                    phones: Cow::Borrowed(&[]),
                    risks: Cow::Borrowed(&[
                        Risk::None,
                        Risk::Low,
                    ]),
                    departments: Some(Cow::Borrowed(&[
                        CareNeed::Pregnancy,
                    ])),
                    access: Text {
                        zh: Cow::Borrowed("低风险区直接前往；暂无核酸结果的急诊患者在缓冲区域或病室收治。"),
                        en: Cow::Borrowed("From a low-risk area, go directly; emergency patients without a NAT result are treated in buffer wards."),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("yili-low-risk-routing"),
                    ]),
                },
                CarePlace {
                    id: Cow::Borrowed("yining-any-institution"),
                    name: Text {
                        zh: Cow::Borrowed("州直和伊宁市的任何医疗机构（正常诊疗）"),
                        en: Cow::Borrowed("Any medical institution of the prefecture or of Yining city (normal service)"),
                    },
                    phones: Cow::Borrowed(&[]),
                    risks: Cow::Borrowed(&[
                        Risk::None,
                        Risk::Low,
                    ]),
                    departments: Some(Cow::Borrowed(&[
                        CareNeed::General,
                    ])),
                    access: Text {
                        zh: Cow::Borrowed("州直和伊宁市所有医疗机构正常诊疗；不得以疫情为由推诿拒诊，遇到拒诊可拨打 0999-8181898 或 12345 投诉。"),
                        en: Cow::Borrowed("All medical institutions of the prefecture and of Yining city work normally; none may turn a patient away because of the epidemic: if one does, complain at 0999-8181898 or 12345."),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("yili-all-institutions-normal"),
                        Cow::Borrowed("yili-complaints"),
                    ]),
                },
            ]),
            care_advice: Cow::Borrowed(&[
                CareAdvice {
                    needs: Cow::Borrowed(&[
                        CareNeed::Pregnancy,
                    ]),
                    risks: Cow::Borrowed(&[
                        Risk::None,
                        Risk::Low,
                    ]),
                    text: Text {
                        zh: Cow::Borrowed("低风险区孕产妇由村（社）区安排专用车辆接送就医；急诊、重症孕产妇直接拨打120。"),
                        en: Cow::Borrowed("From a low-risk area, your village or community arranges a vehicle; in an emergency or a severe case call 120."),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("yili-pregnancy-low"),
                    ]),
                },
                CareAdvice {
                    needs: Cow::Borrowed(&[
                        CareNeed::Pregnancy,
                    ]),
                    risks: Cow::Borrowed(&[
                        Risk::Medium,
                        Risk::High,
                    ]),
                    text: Text {
                        zh: Cow::Borrowed("中高风险区孕产妇直接拨打120，由救护车送至黄码医院。"),
                        en: Cow::Borrowed("From a medium- or high-risk area, call 120: an ambulance takes you to a yellow-code hospital."),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("yili-pregnancy-high"),
                    ]),
                },
                CareAdvice {
                    needs: Cow::Borrowed(&[
                        CareNeed::Dialysis,
                        CareNeed::Oncology,
                        CareNeed::Critical,
                        CareNeed::Pregnancy,
                    ]),
                    risks: Cow::Borrowed(&[
                        Risk::None,
                        Risk::Low,
                        Risk::Medium,
                        Risk::High,
                    ]),
                    text: Text {
                        zh: Cow::Borrowed("透析、放化疗等需定期治疗的重症患者不间断治疗；孕产妇、新生儿开通绿色通道，全程救护车接返。"),
                        en: Cow::Borrowed("Dialysis, radio- and chemotherapy and other regular treatment of severe patients continue without interruption; pregnant women and newborns get a green channel, with an ambulance both ways."),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("yili-continuous-care"),
                    ]),
                },
                CareAdvice {
                    needs: Cow::Borrowed(&[
                        CareNeed::Chronic,
                        CareNeed::Internal,
                        CareNeed::General,
                    ]),
                    risks: Cow::Borrowed(&[
                        Risk::None,
                        Risk::Low,
                        Risk::Medium,
                        Risk::High,
                    ]),
                    text: Text {
                        zh: Cow::Borrowed("常见病、慢性病可通过微信小程序在线问诊、复诊和随访。"),
                        en: Cow::Borrowed("Common and chronic illnesses: online consultations, follow-ups and check-ins through the hospitals' WeChat mini-programs."),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("yili-online"),
                    ]),
                },
            ]),
            sources: Cow::Borrowed(&[
                Cow::Borrowed("yili-peoples-yellow"),
                Cow::Borrowed("yili-low-risk-routing"),
                Cow::Borrowed("yili-complaints"),
            ]),
            disputed_by: Cow::Borrowed(&[]),
            contradicts: None,
            confidence: Confidence::Published,
            newest_source: Some(Instant::from_unix(1662652800)),
        },
        Policy {
            id: Cow::Borrowed("shanghai-arrival-low-risk-2022-10-04"),
            file: Cow::Borrowed("shanghai.json"),
            layer: Layer::City,
            jurisdiction: RegionCode::new(310000),
            scope: Scope::Entry,
            border: RegionCode::new(310000),
            from: Instant::from_unix(1664812800),
            ends: None,
            horizon: Some(Horizon {
                until: Instant::from_unix(1667577600),
                reason: Text {
                    zh: Cow::Borrowed("只有电话答复和社区通知（来源000，2022-10-04），没有公开文件，也没有截止日期。CanGo 只在一个月内（至2022-11-04）依据它作答，此后为“未知”。"),
                    en: Cow::Borrowed("Known only from phone answers and a community notice (source 000, 2022-10-04), with no published notice and no end date. CanGo answers from it for one month (to 2022-11-04); later dates are unknown."),
                },
            }),
            replaces: None,
            every_route: false,
            reading: None,
            summary: Text {
                zh: Cow::Borrowed("来沪（低风险区人员，据社区答复）：48小时核酸，提前或抵达当天向社区报备，三天两检。"),
                en: Cow::Borrowed("Arriving in Shanghai from a low-risk area (per the community's answer): a 48-hour NAT, report to the community in advance or on the day of arrival, two tests in the first three days."),
            },
            applies: Applies {
                origin_risk: Some(Cow::Borrowed(&[
                    Risk::None,
                    Risk::Low,
                ])),
                purpose: None,
                destination: None,
                mode: None,
            },
            requirements: Cow::Borrowed(&[
                Requirement {
                    id: Cow::Borrowed("shanghai-nat-48h"),
                    text: Text {
                        zh: Cow::Borrowed("48小时内核酸阴性证明"),
                        en: Cow::Borrowed("A negative NAT within 48 h"),
                    },
                    condition: Condition::NegativeTests(TestRule {
                        kind: TestKind::Nat,
                        count: 1,
                        within_hours: 48,
                        last_within_hours: 48,
                        once_a_day: false,
                    }),
                    document: Some(DocumentId::NatReports),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("shanghai-community-reply"),
                    ]),
                    reading: None,
                    confidence: Confidence::Reported,
                },
            ]),
            arrival: Cow::Borrowed(&[
                ArrivalStep {
                    id: ArrivalId::ArrivalReport,
                    text: Text {
                        zh: Cow::Borrowed("提前几个小时或抵达当天向社区报备"),
                        en: Cow::Borrowed("Report to your community a few hours ahead or on the day you arrive"),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("shanghai-community-reply"),
                    ]),
                },
                ArrivalStep {
                    id: ArrivalId::ArrivalTests3d2t,
                    text: Text {
                        zh: Cow::Borrowed("抵达后三天两检"),
                        en: Cow::Borrowed("Two tests in the first three days after arrival"),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("shanghai-community-reply"),
                    ]),
                },
            ]),
            notices: Cow::Borrowed(&[]),
            contacts: Cow::Borrowed(&[]),
            code_categories: Cow::Borrowed(&[]),
            care_places: Cow::Borrowed(&[]),
            care_advice: Cow::Borrowed(&[]),
            sources: Cow::Borrowed(&[
                Cow::Borrowed("shanghai-community-reply"),
            ]),
            disputed_by: Cow::Borrowed(&[]),
            contradicts: None,
            confidence: Confidence::Reported,
            newest_source: Some(Instant::from_unix(1664812800)),
        },
        Policy {
            id: Cow::Borrowed("urumqi-spillover-measures-2022-10-04"),
            file: Cow::Borrowed("urumqi.json"),
            layer: Layer::City,
            jurisdiction: RegionCode::new(650100),
            scope: Scope::Community,
            border: RegionCode::new(650100),
            from: Instant::from_unix(1664812800),
            ends: None,
            horizon: Some(Horizon {
                until: Instant::from_unix(1670169600),
                reason: Text {
                    zh: Cow::Borrowed("来源001宣布的是针对10月4日疫情反弹的应急措施，没有写明截止日期；发布时本轮疫情已持续两个月。CanGo 只在再过同样长的时间（至2022-12-04）内依据它作答，此后为“未知”。"),
                    en: Cow::Borrowed("Source 001 announces emergency measures against the rebound of 4 October, with no end date; the outbreak had then lasted two months. CanGo answers from them for as long again (to 2022-12-04); later dates are unknown."),
                },
            }),
            replaces: None,
            every_route: false,
            reading: None,
            summary: Text {
                zh: Cow::Borrowed("乌鲁木齐市2022年10月4日发布《关于乌鲁木齐市严防疫情风险外溢工作措施的公告》；其内容不在 CanGo 的来源中。"),
                en: Cow::Borrowed("On 4 October 2022 Urumqi published its notice on measures to prevent the epidemic spilling over; its content is not in CanGo's sources."),
            },
            applies: Applies {
                origin_risk: None,
                purpose: None,
                destination: None,
                mode: None,
            },
            requirements: Cow::Borrowed(&[]),
            arrival: Cow::Borrowed(&[]),
            notices: Cow::Borrowed(&[
                Notice {
                    id: Cow::Borrowed("urumqi-spillover-measures-not-encoded"),
                    text: Text {
                        zh: Cow::Borrowed("乌鲁木齐市10月4日发布了《关于乌鲁木齐市严防疫情风险外溢工作措施的公告》，CanGo 的来源只有其标题：其中的要求未列入本答案，请查看公告原文或拨打12345。"),
                        en: Cow::Borrowed("On 4 October Urumqi published a notice on measures against the epidemic spilling over; CanGo's sources give only its title, so its requirements are not in this answer: read the notice or call 12345."),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("urumqi-2022-10-04-measures"),
                    ]),
                    disputed_by: Cow::Borrowed(&[]),
                },
            ]),
            contacts: Cow::Borrowed(&[
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("乌鲁木齐市民专线"),
                        en: Cow::Borrowed("Urumqi citizens' line"),
                    },
                    phone: Some(Cow::Borrowed("12345")),
                    url: None,
                    purpose: ContactPurpose::Ask,
                    region: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("urumqi-citizens-line"),
                    ]),
                },
            ]),
            code_categories: Cow::Borrowed(&[]),
            care_places: Cow::Borrowed(&[]),
            care_advice: Cow::Borrowed(&[]),
            sources: Cow::Borrowed(&[
                Cow::Borrowed("urumqi-2022-10-04-measures"),
            ]),
            disputed_by: Cow::Borrowed(&[]),
            contradicts: None,
            confidence: Confidence::Reported,
            newest_source: Some(Instant::from_unix(1664812800)),
        },
        Policy {
            id: Cow::Borrowed("changji-quarantine-before-exit-2022-10-05"),
            file: Cow::Borrowed("changji.json"),
            layer: Layer::Prefecture,
            jurisdiction: RegionCode::new(652300),
            scope: Scope::Exit,
            border: RegionCode::new(650000),
            from: Instant::from_unix(1664899200),
            ends: None,
            horizon: Some(Horizon {
                until: Instant::from_unix(1667577600),
                reason: Text {
                    zh: Cow::Borrowed("只有电话答复和社区通知（来源000，2022-10-04），没有公开文件，也没有截止日期。CanGo 只在一个月内（至2022-11-04）依据它作答，此后为“未知”。"),
                    en: Cow::Borrowed("Known only from phone answers and a community notice (source 000, 2022-10-04), with no published notice and no end date. CanGo answers from it for one month (to 2022-11-04); later dates are unknown."),
                },
            }),
            replaces: None,
            every_route: false,
            reading: None,
            summary: Text {
                zh: Cow::Borrowed("昌吉州（据社区通知和电话答复）：出疆前一律集中隔离7天，凭解除隔离证明离疆。未见公开文件；昌吉市指挥部和乌鲁木齐市民专线称无此政策。"),
                en: Cow::Borrowed("Changji (per a community notice and phone answers): everyone leaving Xinjiang first spends 7 days in centralized quarantine and leaves with a release certificate. No published notice; the Changji city headquarters and the Urumqi citizens' line said there is no such policy."),
            },
            applies: Applies {
                origin_risk: None,
                purpose: None,
                destination: None,
                mode: None,
            },
            requirements: Cow::Borrowed(&[
                Requirement {
                    id: Cow::Borrowed("changji-quarantine-7d"),
                    text: Text {
                        zh: Cow::Borrowed("出疆前集中隔离7天，并持解除隔离证明"),
                        en: Cow::Borrowed("7 days of centralized quarantine before leaving Xinjiang, and the release certificate"),
                    },
                    condition: Condition::Quarantine { days: 7, release: DocumentId::QuarantineRelease },
                    document: Some(DocumentId::QuarantineRelease),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("fukang-community-notice"),
                        Cow::Borrowed("fukang-hq-by-phone"),
                        Cow::Borrowed("fukang-hq-release-certificate"),
                        Cow::Borrowed("changji-12345-by-phone"),
                        Cow::Borrowed("xj-hq-by-phone"),
                    ]),
                    reading: None,
                    confidence: Confidence::Reported,
                },
            ]),
            arrival: Cow::Borrowed(&[]),
            notices: Cow::Borrowed(&[]),
            contacts: Cow::Borrowed(&[
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("阜康市疫情防控指挥部"),
                        en: Cow::Borrowed("Fukang epidemic-control headquarters"),
                    },
                    phone: Some(Cow::Borrowed("0994-3226020")),
                    url: None,
                    purpose: ContactPurpose::Ask,
                    region: Some(RegionCode::new(652302)),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("fukang-hq-phone-number"),
                    ]),
                },
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("昌吉州市民专线"),
                        en: Cow::Borrowed("Changji citizens' line"),
                    },
                    phone: Some(Cow::Borrowed("0994-12345")),
                    url: None,
                    purpose: ContactPurpose::Ask,
                    region: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("changji-12345-phone-number"),
                    ]),
                },
            ]),
            code_categories: Cow::Borrowed(&[]),
            care_places: Cow::Borrowed(&[]),
            care_advice: Cow::Borrowed(&[]),
            sources: Cow::Borrowed(&[
                Cow::Borrowed("fukang-community-notice"),
                Cow::Borrowed("fukang-hq-by-phone"),
                Cow::Borrowed("changji-12345-by-phone"),
                Cow::Borrowed("xj-hq-by-phone"),
            ]),
            disputed_by: Cow::Borrowed(&[
                Cow::Borrowed("changji-city-hq-denies"),
                Cow::Borrowed("urumqi-hotline-denies"),
            ]),
            contradicts: Some(Contradiction {
                national_rule: Cow::Borrowed("nine_prohibitions"),
                requirement: Cow::Borrowed("changji-quarantine-7d"),
                when_origin_risk: Cow::Borrowed(&[
                    Risk::None,
                    Risk::Low,
                ]),
                local: Text {
                    zh: Cow::Borrowed("对来自无风险区、低风险区、有意出疆的人员一律集中隔离7天。"),
                    en: Cow::Borrowed("Everyone who wants to leave Xinjiang, including people from no-risk and low-risk areas, is put in centralized quarantine for 7 days."),
                },
            }),
            confidence: Confidence::Reported,
            newest_source: Some(Instant::from_unix(1664812800)),
        },
        Policy {
            id: Cow::Borrowed("xj-exit-every-route-2022-10-05"),
            file: Cow::Borrowed("xinjiang.json"),
            layer: Layer::Province,
            jurisdiction: RegionCode::new(650000),
            scope: Scope::Exit,
            border: RegionCode::new(650000),
            from: Instant::from_unix(1664899200),
            ends: None,
            horizon: Some(Horizon {
                until: Instant::from_unix(1670169600),
                reason: Text {
                    zh: Cow::Borrowed("来源001宣布的是针对10月4日疫情反弹的应急措施，没有写明截止日期；发布时本轮疫情已持续两个月。CanGo 只在再过同样长的时间（至2022-12-04）内依据它作答，此后为“未知”。"),
                    en: Cow::Borrowed("Source 001 announces emergency measures against the rebound of 4 October, with no end date; the outbreak had then lasted two months. CanGo answers from them for as long again (to 2022-12-04); later dates are unknown."),
                },
            }),
            replaces: None,
            every_route: true,
            reading: None,
            summary: Text {
                zh: Cow::Borrowed("所有离疆路线（含就医等特殊需求和进京）：检测结果为阳性或持红码者不能离疆。"),
                en: Cow::Borrowed("Every route out of Xinjiang (special needs and Beijing included): nobody leaves with a standing positive test result or a red code."),
            },
            applies: Applies {
                origin_risk: None,
                purpose: None,
                destination: None,
                mode: None,
            },
            requirements: Cow::Borrowed(&[
                Requirement {
                    id: Cow::Borrowed("xj-no-positive-test"),
                    text: Text {
                        zh: Cow::Borrowed("没有未被之后阴性结果推翻的阳性检测结果（核酸、抗原）"),
                        en: Cow::Borrowed("No positive test result (NAT or antigen) that a later negative of the same kind has not followed"),
                    },
                    condition: Condition::NoPositiveTest { tests: Cow::Borrowed(&[
                        TestKind::Nat,
                        TestKind::Antigen,
                    ]) },
                    document: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("xj-press-2022-10-05-checkpoint"),
                    ]),
                    reading: Some(Text {
                        zh: Cow::Borrowed("来源001：离疆交通场站和卡口对情况复杂人员做核酸加抗原检测，“结果阴性方可离疆”。CanGo 的理解：任何路线都一样，阳性结果在同类检测出现更晚的阴性结果前都会阻止离疆；就医路线只免除出发地风险的限制，不免除这一条。"),
                        en: Cow::Borrowed("Source 001: at stations and checkpoints people are tested by NAT plus antigen and \"leave Xinjiang with a negative result\". CanGo's reading: on every route, a positive result blocks until a later negative of the same kind; the medical route relieves the origin's risk level, not this."),
                    }),
                    confidence: Confidence::Published,
                },
                Requirement {
                    id: Cow::Borrowed("xj-no-red-code"),
                    text: Text {
                        zh: Cow::Borrowed("健康码不是红码"),
                        en: Cow::Borrowed("The health code is not red"),
                    },
                    condition: Condition::HealthCodeNot { colours: Cow::Borrowed(&[
                        HealthCode::Red,
                    ]) },
                    document: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("xj-press-2022-10-05-certificate-tests-code"),
                    ]),
                    reading: Some(Text {
                        zh: Cow::Borrowed("来源001只对普通离疆路线要求绿码，对特殊需求路线未提健康码。红码代表确诊、无症状感染者或集中隔离中的密切接触者（来源004所载山东赋码规则：“确诊病例、无症状感染者赋红码”），没有哪条路线解除隔离。CanGo 的理解：红码在所有路线上都阻止离疆；黄码只阻止普通路线。"),
                        en: Cow::Borrowed("Source 001 asks a green code on the ordinary route and says nothing of the code on the special-needs route. A red code marks an infected person or a close contact in centralized quarantine (Shandong's coding rules in source 004: \"确诊病例、无症状感染者赋红码\"), whom no route releases. CanGo's reading: a red code blocks every route; a yellow code blocks the ordinary route only."),
                    }),
                    confidence: Confidence::Published,
                },
            ]),
            arrival: Cow::Borrowed(&[]),
            notices: Cow::Borrowed(&[
                Notice {
                    id: Cow::Borrowed("xj-reported-quarantine-for-everyone"),
                    text: Text {
                        zh: Cow::Borrowed("据旅客文章，自治区疫情防控指挥部电话称出疆前必须集中隔离、“针对所有人”（电话答复，未见公开文件）；昌吉市指挥部和乌鲁木齐市民专线称没有这样的政策。CanGo 只在昌吉州把7天隔离列为要求（那里有社区通知和县市指挥部的答复）；从其他地方出发，请先向当地指挥部核实。"),
                        en: Cow::Borrowed("According to a traveller's post, the region's epidemic-control headquarters said by phone that everyone leaving Xinjiang must first be quarantined, \"for everyone\" (a phone answer; no published notice). The Changji city headquarters and the Urumqi citizens' line said there is no such policy. CanGo lists the 7-day quarantine as a requirement only in Changji prefecture, where a community notice and the county headquarters confirmed it; leaving from elsewhere, ask the local headquarters first."),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("xj-hq-by-phone"),
                    ]),
                    disputed_by: Cow::Borrowed(&[
                        Cow::Borrowed("changji-city-hq-denies"),
                        Cow::Borrowed("urumqi-hotline-denies"),
                    ]),
                },
            ]),
            contacts: Cow::Borrowed(&[
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("新疆维吾尔自治区疫情防控指挥部"),
                        en: Cow::Borrowed("Xinjiang epidemic-control headquarters"),
                    },
                    phone: Some(Cow::Borrowed("0991-5190878")),
                    url: None,
                    purpose: ContactPurpose::Ask,
                    region: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("xj-hq-phone-number"),
                    ]),
                },
            ]),
            code_categories: Cow::Borrowed(&[]),
            care_places: Cow::Borrowed(&[]),
            care_advice: Cow::Borrowed(&[]),
            sources: Cow::Borrowed(&[
                Cow::Borrowed("xj-press-2022-10-05-checkpoint"),
                Cow::Borrowed("xj-press-2022-10-05-certificate-tests-code"),
            ]),
            disputed_by: Cow::Borrowed(&[]),
            contradicts: None,
            confidence: Confidence::Published,
            newest_source: Some(Instant::from_unix(1664899200)),
        },
        Policy {
            id: Cow::Borrowed("xj-exit-medical-2022-10-05"),
            file: Cow::Borrowed("xinjiang.json"),
            layer: Layer::Province,
            jurisdiction: RegionCode::new(650000),
            scope: Scope::Exit,
            border: RegionCode::new(650000),
            from: Instant::from_unix(1664899200),
            ends: None,
            horizon: Some(Horizon {
                until: Instant::from_unix(1670169600),
                reason: Text {
                    zh: Cow::Borrowed("来源001宣布的是针对10月4日疫情反弹的应急措施，没有写明截止日期；发布时本轮疫情已持续两个月。CanGo 只在再过同样长的时间（至2022-12-04）内依据它作答，此后为“未知”。"),
                    en: Cow::Borrowed("Source 001 announces emergency measures against the rebound of 4 October, with no end date; the outbreak had then lasted two months. CanGo answers from them for as long again (to 2022-12-04); later dates are unknown."),
                },
            }),
            replaces: None,
            every_route: false,
            reading: None,
            summary: Text {
                zh: Cow::Borrowed("就医等特殊需求离疆：县级指挥部组织专家评估，地州级指挥部审批并出具离疆电子证明，报自治区指挥部备案。"),
                en: Cow::Borrowed("Leaving Xinjiang for medical treatment or other special needs: the county headquarters organises an expert evaluation, the prefecture headquarters approves and issues the electronic exit certificate, filed with the region's headquarters."),
            },
            applies: Applies {
                origin_risk: None,
                purpose: Some(Cow::Borrowed(&[
                    Purpose::Medical,
                ])),
                destination: None,
                mode: None,
            },
            requirements: Cow::Borrowed(&[
                Requirement {
                    id: Cow::Borrowed("xj-medical-expert-evaluation"),
                    text: Text {
                        zh: Cow::Borrowed("县级疫情防控指挥部组织的专家评估"),
                        en: Cow::Borrowed("Expert evaluation organised by the county epidemic-control headquarters"),
                    },
                    condition: Condition::Approval { authority: Text {
                        zh: Cow::Borrowed("县级疫情防控指挥部"),
                        en: Cow::Borrowed("The county epidemic-control headquarters"),
                    }, document: DocumentId::ExpertEvaluation },
                    document: Some(DocumentId::ExpertEvaluation),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("xj-press-2022-10-05-medical"),
                    ]),
                    reading: None,
                    confidence: Confidence::Published,
                },
                Requirement {
                    id: Cow::Borrowed("xj-medical-prefecture-approval"),
                    text: Text {
                        zh: Cow::Borrowed("地州级疫情防控指挥部审批（出具离疆电子证明并报自治区备案）"),
                        en: Cow::Borrowed("Approval by the prefecture epidemic-control headquarters, which issues the exit certificate and files it with the region"),
                    },
                    condition: Condition::Approval { authority: Text {
                        zh: Cow::Borrowed("地州级疫情防控指挥部"),
                        en: Cow::Borrowed("The prefecture epidemic-control headquarters"),
                    }, document: DocumentId::PrefectureApproval },
                    document: Some(DocumentId::PrefectureApproval),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("xj-press-2022-10-05-medical"),
                    ]),
                    reading: None,
                    confidence: Confidence::Published,
                },
                Requirement {
                    id: Cow::Borrowed("xj-medical-exit-certificate"),
                    text: Text {
                        zh: Cow::Borrowed("地州级指挥部出具的离疆电子证明"),
                        en: Cow::Borrowed("Electronic exit certificate issued by the prefecture headquarters"),
                    },
                    condition: Condition::Document { document: DocumentId::ExitCertificate },
                    document: Some(DocumentId::ExitCertificate),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("xj-press-2022-10-05-medical"),
                    ]),
                    reading: None,
                    confidence: Confidence::Published,
                },
            ]),
            arrival: Cow::Borrowed(&[]),
            notices: Cow::Borrowed(&[]),
            contacts: Cow::Borrowed(&[
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("新疆维吾尔自治区疫情防控指挥部"),
                        en: Cow::Borrowed("Xinjiang epidemic-control headquarters"),
                    },
                    phone: Some(Cow::Borrowed("0991-5190878")),
                    url: None,
                    purpose: ContactPurpose::Ask,
                    region: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("xj-hq-phone-number"),
                    ]),
                },
            ]),
            code_categories: Cow::Borrowed(&[]),
            care_places: Cow::Borrowed(&[]),
            care_advice: Cow::Borrowed(&[]),
            sources: Cow::Borrowed(&[
                Cow::Borrowed("xj-press-2022-10-05-medical"),
            ]),
            disputed_by: Cow::Borrowed(&[]),
            contradicts: None,
            confidence: Confidence::Published,
            newest_source: Some(Instant::from_unix(1664899200)),
        },
        Policy {
            id: Cow::Borrowed("xj-exit-ordinary-2022-10-05"),
            file: Cow::Borrowed("xinjiang.json"),
            layer: Layer::Province,
            jurisdiction: RegionCode::new(650000),
            scope: Scope::Exit,
            border: RegionCode::new(650000),
            from: Instant::from_unix(1664899200),
            ends: None,
            horizon: Some(Horizon {
                until: Instant::from_unix(1670169600),
                reason: Text {
                    zh: Cow::Borrowed("来源001宣布的是针对10月4日疫情反弹的应急措施，没有写明截止日期；发布时本轮疫情已持续两个月。CanGo 只在再过同样长的时间（至2022-12-04）内依据它作答，此后为“未知”。"),
                    en: Cow::Borrowed("Source 001 announces emergency measures against the rebound of 4 October, with no end date; the outbreak had then lasted two months. CanGo answers from them for as long again (to 2022-12-04); later dates are unknown."),
                },
            }),
            replaces: None,
            every_route: false,
            reading: None,
            summary: Text {
                zh: Cow::Borrowed("离疆：非必要不离疆；无疫情地州的县市区人员凭7天内无高中低风险区旅居史承诺书、离疆电子证明、48小时内2次核酸阴性证明（每天1次，最后一次采样在离疆前24小时内）和绿码离疆。"),
                en: Cow::Borrowed("Leaving Xinjiang: no leaving unless necessary; people from counties of prefectures without an outbreak leave with a commitment of no stay in high/medium/low-risk areas within 7 days, the electronic exit certificate, 2 negative NAT within 48 h (once a day, the last sampled within 24 h before departure) and a green code."),
            },
            applies: Applies {
                origin_risk: None,
                purpose: Some(Cow::Borrowed(&[
                    Purpose::Ordinary,
                ])),
                destination: None,
                mode: None,
            },
            requirements: Cow::Borrowed(&[
                Requirement {
                    id: Cow::Borrowed("xj-no-risk-stay-7d"),
                    text: Text {
                        zh: Cow::Borrowed("7天内无高、中、低风险区旅居史"),
                        en: Cow::Borrowed("No stay in a high-, medium- or low-risk area within 7 days"),
                    },
                    condition: Condition::NoRiskStay { days: 7, levels: Cow::Borrowed(&[
                        Risk::Low,
                        Risk::Medium,
                        Risk::High,
                    ]), include_origin: true },
                    document: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("xj-press-2022-10-05-commitment"),
                    ]),
                    reading: Some(Text {
                        zh: Cow::Borrowed("来源001：承诺书路线适用于“无疫情地州的县（市、区）”人员。CanGo 无法判断你所在地州是否有疫情：若有，这条路线可能不对你开放，请向县级指挥部核实。"),
                        en: Cow::Borrowed("Source 001: the commitment-letter route is for people of counties \"in places (prefectures) without epidemics\". CanGo cannot tell whether your prefecture has an outbreak: if it does, this route may not be open to you; ask the county headquarters."),
                    }),
                    confidence: Confidence::Published,
                },
                Requirement {
                    id: Cow::Borrowed("xj-commitment-letter"),
                    text: Text {
                        zh: Cow::Borrowed("县（市、区）疫情防控指挥部出具的7天内无高中低风险区旅居史承诺书"),
                        en: Cow::Borrowed("Letter of commitment of no stay in a risk area within 7 days, issued by the county epidemic-control headquarters"),
                    },
                    condition: Condition::Document { document: DocumentId::CommitmentLetter },
                    document: Some(DocumentId::CommitmentLetter),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("xj-press-2022-10-05-commitment"),
                    ]),
                    reading: Some(Text {
                        zh: Cow::Borrowed("来源001：承诺书路线适用于“无疫情地州的县（市、区）”人员。CanGo 无法判断你所在地州是否有疫情：若有，这条路线可能不对你开放，请向县级指挥部核实。"),
                        en: Cow::Borrowed("Source 001: the commitment-letter route is for people of counties \"in places (prefectures) without epidemics\". CanGo cannot tell whether your prefecture has an outbreak: if it does, this route may not be open to you; ask the county headquarters."),
                    }),
                    confidence: Confidence::Published,
                },
                Requirement {
                    id: Cow::Borrowed("xj-exit-certificate"),
                    text: Text {
                        zh: Cow::Borrowed("离疆电子证明（“新疆政务服务”健康码页面申报）"),
                        en: Cow::Borrowed("Electronic exit certificate, declared on the \"Xinjiang Government Affairs\" health-code page"),
                    },
                    condition: Condition::Document { document: DocumentId::ExitCertificate },
                    document: Some(DocumentId::ExitCertificate),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("xj-press-2022-10-05-declaration"),
                        Cow::Borrowed("xj-press-2022-10-05-certificate-tests-code"),
                    ]),
                    reading: None,
                    confidence: Confidence::Published,
                },
                Requirement {
                    id: Cow::Borrowed("xj-nat-2-in-48h"),
                    text: Text {
                        zh: Cow::Borrowed("48小时内2次核酸阴性（每天1次，最后一次采样在离疆前24小时内，火车、民航以发车、起飞时间为准）"),
                        en: Cow::Borrowed("2 negative NAT within 48 h, once a day, the last sampled within 24 h before departure (scheduled departure for train and air)"),
                    },
                    condition: Condition::NegativeTests(TestRule {
                        kind: TestKind::Nat,
                        count: 2,
                        within_hours: 48,
                        last_within_hours: 24,
                        once_a_day: true,
                    }),
                    document: Some(DocumentId::NatReports),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("xj-press-2022-10-05-certificate-tests-code"),
                    ]),
                    reading: None,
                    confidence: Confidence::Published,
                },
                Requirement {
                    id: Cow::Borrowed("xj-green-code"),
                    text: Text {
                        zh: Cow::Borrowed("新疆政务服务健康码绿码"),
                        en: Cow::Borrowed("Green \"Xinjiang Government Affairs\" health code"),
                    },
                    condition: Condition::HealthCode { colour: HealthCode::Green },
                    document: Some(DocumentId::GreenCode),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("xj-press-2022-10-05-certificate-tests-code"),
                    ]),
                    reading: None,
                    confidence: Confidence::Published,
                },
            ]),
            arrival: Cow::Borrowed(&[]),
            notices: Cow::Borrowed(&[
                Notice {
                    id: Cow::Borrowed("xj-non-essential"),
                    text: Text {
                        zh: Cow::Borrowed("非必要不离疆；离疆航班、列车减少，公路出疆严格管控。"),
                        en: Cow::Borrowed("Do not leave Xinjiang unless necessary; fewer flights and trains leave, and road exits are strictly controlled."),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("xj-press-2022-10-04-non-essential"),
                    ]),
                    disputed_by: Cow::Borrowed(&[]),
                },
                Notice {
                    id: Cow::Borrowed("xj-checkpoint-tests"),
                    text: Text {
                        zh: Cow::Borrowed("离疆交通场站和公路卡口对情况复杂的离疆人员现场做单人单管核酸加抗原检测，结果阴性方可离疆。"),
                        en: Cow::Borrowed("At stations and road checkpoints, people with complex circumstances get an on-site single-tube NAT plus an antigen test and leave only with a negative result."),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("xj-press-2022-10-05-checkpoint"),
                    ]),
                    disputed_by: Cow::Borrowed(&[]),
                },
            ]),
            contacts: Cow::Borrowed(&[
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("新疆维吾尔自治区疫情防控指挥部"),
                        en: Cow::Borrowed("Xinjiang epidemic-control headquarters"),
                    },
                    phone: Some(Cow::Borrowed("0991-5190878")),
                    url: None,
                    purpose: ContactPurpose::Ask,
                    region: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("xj-hq-phone-number"),
                    ]),
                },
            ]),
            code_categories: Cow::Borrowed(&[]),
            care_places: Cow::Borrowed(&[]),
            care_advice: Cow::Borrowed(&[]),
            sources: Cow::Borrowed(&[
                Cow::Borrowed("xj-press-2022-10-04-non-essential"),
                Cow::Borrowed("xj-press-2022-10-05-commitment"),
                Cow::Borrowed("xj-press-2022-10-05-certificate-tests-code"),
            ]),
            disputed_by: Cow::Borrowed(&[]),
            contradicts: None,
            confidence: Confidence::Published,
            newest_source: Some(Instant::from_unix(1664899200)),
        },
        Policy {
            id: Cow::Borrowed("xj-exit-to-beijing-2022-10-05"),
            file: Cow::Borrowed("xinjiang.json"),
            layer: Layer::Province,
            jurisdiction: RegionCode::new(650000),
            scope: Scope::Exit,
            border: RegionCode::new(650000),
            from: Instant::from_unix(1664899200),
            ends: None,
            horizon: Some(Horizon {
                until: Instant::from_unix(1670169600),
                reason: Text {
                    zh: Cow::Borrowed("来源001宣布的是针对10月4日疫情反弹的应急措施，没有写明截止日期；发布时本轮疫情已持续两个月。CanGo 只在再过同样长的时间（至2022-12-04）内依据它作答，此后为“未知”。"),
                    en: Cow::Borrowed("Source 001 announces emergency measures against the rebound of 4 October, with no end date; the outbreak had then lasted two months. CanGo answers from them for as long again (to 2022-12-04); later dates are unknown."),
                },
            }),
            replaces: None,
            every_route: false,
            reading: None,
            summary: Text {
                zh: Cow::Borrowed("离疆进京：须经自治区疫情防控指挥部与首都严格进京管理联防联控机制沟通协调后方可出行。"),
                en: Cow::Borrowed("Leaving Xinjiang for Beijing: only after the region's headquarters has coordinated with the capital's mechanism for strict entry to Beijing."),
            },
            applies: Applies {
                origin_risk: None,
                purpose: None,
                destination: Some(Cow::Borrowed(&[
                    RegionCode::new(110000),
                ])),
                mode: None,
            },
            requirements: Cow::Borrowed(&[
                Requirement {
                    id: Cow::Borrowed("xj-beijing-coordination"),
                    text: Text {
                        zh: Cow::Borrowed("自治区指挥部与首都严格进京管理联防联控机制的沟通协调"),
                        en: Cow::Borrowed("Coordination between the region's headquarters and the capital's mechanism for strict entry to Beijing"),
                    },
                    condition: Condition::Approval { authority: Text {
                        zh: Cow::Borrowed("自治区疫情防控指挥部与首都严格进京管理联防联控机制"),
                        en: Cow::Borrowed("The region's headquarters together with the capital's strict-entry mechanism"),
                    }, document: DocumentId::BeijingCoordination },
                    document: Some(DocumentId::BeijingCoordination),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("xj-press-2022-10-05-beijing"),
                    ]),
                    reading: Some(Text {
                        zh: Cow::Borrowed("来源001把进京协调写在就医等特殊需求路线之下（“其中”）。CanGo 对所有进京行程都要求这一协调，这超出了原文的字面范围。"),
                        en: Cow::Borrowed("Source 001 writes the Beijing coordination under the special-needs route (\"Among them\"). CanGo asks for it on every trip to Beijing, which goes beyond the letter of the text."),
                    }),
                    confidence: Confidence::Published,
                },
            ]),
            arrival: Cow::Borrowed(&[]),
            notices: Cow::Borrowed(&[]),
            contacts: Cow::Borrowed(&[]),
            code_categories: Cow::Borrowed(&[]),
            care_places: Cow::Borrowed(&[]),
            care_advice: Cow::Borrowed(&[]),
            sources: Cow::Borrowed(&[
                Cow::Borrowed("xj-press-2022-10-05-beijing"),
            ]),
            disputed_by: Cow::Borrowed(&[]),
            contradicts: None,
            confidence: Confidence::Published,
            newest_source: Some(Instant::from_unix(1664899200)),
        },
        Policy {
            id: Cow::Borrowed("shandong-health-code-2022-12-01"),
            file: Cow::Borrowed("shandong.json"),
            layer: Layer::Province,
            jurisdiction: RegionCode::new(370000),
            scope: Scope::HealthCode,
            border: RegionCode::new(370000),
            from: Instant::from_unix(1669824000),
            ends: None,
            horizon: Some(Horizon {
                until: Instant::from_unix(1672502400),
                reason: Text {
                    zh: Cow::Borrowed("赋码转码规则“从2022年12月1日起”执行（来源004），没有截止日期。CanGo 只在一个月内（至2022-12-31）依据它作答。"),
                    en: Cow::Borrowed("The coding rules apply \"from 1 December 2022\" (source 004), with no end date. CanGo answers from them for one month (to 2022-12-31)."),
                },
            }),
            replaces: None,
            every_route: false,
            reading: Some(Reading {
                text: Text {
                    zh: Cow::Borrowed("这些赋码规则来自潍坊市的通知，通知说它是按山东省指挥部办公室的鲁指办发〔2022〕215号文件执行的。CanGo 把它用于全省；对潍坊以外的城市，这是推断，请向当地12345核实。"),
                    en: Cow::Borrowed("These coding rules come from Weifang's notice, which says it carries out the Shandong headquarters' document 鲁指办发〔2022〕215号. CanGo applies them to the whole province; outside Weifang this is an inference: check with the local 12345 line."),
                },
                outside: Some(RegionCode::new(370700)),
            }),
            summary: Text {
                zh: Cow::Borrowed("山东健康码赋码转码（鲁指办发〔2022〕215号，潍坊市2022年12月1日起执行）：9类重点人员。"),
                en: Cow::Borrowed("Shandong health-code assignment (Lu Zhi Ban Fa [2022] 215, applied in Weifang from 2022-12-01): 9 categories of people."),
            },
            applies: Applies {
                origin_risk: None,
                purpose: None,
                destination: None,
                mode: None,
            },
            requirements: Cow::Borrowed(&[]),
            arrival: Cow::Borrowed(&[]),
            notices: Cow::Borrowed(&[]),
            contacts: Cow::Borrowed(&[
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("潍坊市政务服务便民热线（赋码转码异议）"),
                        en: Cow::Borrowed("Weifang government service hotline (health-code disputes)"),
                    },
                    phone: Some(Cow::Borrowed("0536-12345")),
                    url: None,
                    purpose: ContactPurpose::Complain,
                    region: Some(RegionCode::new(370700)),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("code-dispute-line"),
                    ]),
                },
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("12345政务服务便民热线"),
                        en: Cow::Borrowed("12345 government service hotline"),
                    },
                    phone: Some(Cow::Borrowed("12345")),
                    url: None,
                    purpose: ContactPurpose::Ask,
                    region: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("weifang-letter-12345"),
                    ]),
                },
            ]),
            code_categories: Cow::Borrowed(&[
                (CodeCategory::Infected, CodeRule {
                    text: Text {
                        zh: Cow::Borrowed("确诊病例、无症状感染者：红码至出院（舱）；出院（舱）后居家健康监测，黄码7天。"),
                        en: Cow::Borrowed("Confirmed or asymptomatic infection: red until discharge (until = discharge); then yellow for 7 days of home health monitoring."),
                    },
                    phases: Cow::Borrowed(&[
                        CodePhase {
                            colour: HealthCode::Red,
                            days: None,
                            ends_at_until: true,
                        },
                        CodePhase {
                            colour: HealthCode::Yellow,
                            days: Some(7),
                            ends_at_until: false,
                        },
                    ]),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("code-infected"),
                        Cow::Borrowed("code-infected-after"),
                    ]),
                }),
                (CodeCategory::CloseContact, CodeRule {
                    text: Text {
                        zh: Cow::Borrowed("密切接触者：集中隔离5天红码，之后居家隔离3天黄码。"),
                        en: Cow::Borrowed("Close contact: red for 5 days of centralized quarantine, then yellow for 3 days of home quarantine."),
                    },
                    phases: Cow::Borrowed(&[
                        CodePhase {
                            colour: HealthCode::Red,
                            days: Some(5),
                            ends_at_until: false,
                        },
                        CodePhase {
                            colour: HealthCode::Yellow,
                            days: Some(3),
                            ends_at_until: false,
                        },
                    ]),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("code-close-contact"),
                        Cow::Borrowed("code-close-contact-after"),
                    ]),
                }),
                (CodeCategory::RegionalCoInvestigation, CodeRule {
                    text: Text {
                        zh: Cow::Borrowed("区域协查人员（除密接外的其他风险人员）：黄码7天。"),
                        en: Cow::Borrowed("Regional co-investigation (risk people other than close contacts): yellow for 7 days."),
                    },
                    phases: Cow::Borrowed(&[
                        CodePhase {
                            colour: HealthCode::Yellow,
                            days: Some(7),
                            ends_at_until: false,
                        },
                    ]),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("code-co-investigation"),
                    ]),
                }),
                (CodeCategory::HighRiskAreaResident, CodeRule {
                    text: Text {
                        zh: Cow::Borrowed("高风险区内人员：黄码5天。"),
                        en: Cow::Borrowed("People in a high-risk area: yellow for 5 days."),
                    },
                    phases: Cow::Borrowed(&[
                        CodePhase {
                            colour: HealthCode::Yellow,
                            days: Some(5),
                            ends_at_until: false,
                        },
                    ]),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("code-high-risk-resident"),
                    ]),
                }),
                (CodeCategory::HighRiskAreaSpillover, CodeRule {
                    text: Text {
                        zh: Cow::Borrowed("高风险区外溢人员：黄码7天。"),
                        en: Cow::Borrowed("People who left a high-risk area: yellow for 7 days."),
                    },
                    phases: Cow::Borrowed(&[
                        CodePhase {
                            colour: HealthCode::Yellow,
                            days: Some(7),
                            ends_at_until: false,
                        },
                    ]),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("code-high-risk-spillover"),
                    ]),
                }),
                (CodeCategory::Inbound, CodeRule {
                    text: Text {
                        zh: Cow::Borrowed("入境人员：自入境日期起集中隔离5天红码，之后居家隔离3天黄码。"),
                        en: Cow::Borrowed("Inbound travellers: red for 5 days of centralized quarantine from the date of entry, then yellow for 3 days of home quarantine."),
                    },
                    phases: Cow::Borrowed(&[
                        CodePhase {
                            colour: HealthCode::Red,
                            days: Some(5),
                            ends_at_until: false,
                        },
                        CodePhase {
                            colour: HealthCode::Yellow,
                            days: Some(3),
                            ends_at_until: false,
                        },
                    ]),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("code-inbound"),
                        Cow::Borrowed("code-close-contact-after"),
                    ]),
                }),
                (CodeCategory::ClosedLoopWorker, CodeRule {
                    text: Text {
                        zh: Cow::Borrowed("结束闭环作业的高风险岗位从业人员：居家健康监测5天黄码。"),
                        en: Cow::Borrowed("High-risk workers ending closed-loop work: yellow for 5 days of home health monitoring."),
                    },
                    phases: Cow::Borrowed(&[
                        CodePhase {
                            colour: HealthCode::Yellow,
                            days: Some(5),
                            ends_at_until: false,
                        },
                    ]),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("code-closed-loop"),
                    ]),
                }),
                (CodeCategory::PushedRed, CodeRule {
                    text: Text {
                        zh: Cow::Borrowed("他省推送的红码人员：自推送日起红码7天，或他省提前改为绿码（until）。"),
                        en: Cow::Borrowed("Pushed red by another province: red for 7 days from the push date, or until that province turns it green earlier (until)."),
                    },
                    phases: Cow::Borrowed(&[
                        CodePhase {
                            colour: HealthCode::Red,
                            days: Some(7),
                            ends_at_until: true,
                        },
                    ]),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("code-pushed-red"),
                    ]),
                }),
                (CodeCategory::PushedYellow, CodeRule {
                    text: Text {
                        zh: Cow::Borrowed("他省推送的黄码人员：自推送日起黄码7天，或他省提前改为绿码（until）。"),
                        en: Cow::Borrowed("Pushed yellow by another province: yellow for 7 days from the push date, or until that province turns it green earlier (until)."),
                    },
                    phases: Cow::Borrowed(&[
                        CodePhase {
                            colour: HealthCode::Yellow,
                            days: Some(7),
                            ends_at_until: true,
                        },
                    ]),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("code-pushed-yellow"),
                    ]),
                }),
                (CodeCategory::MajorEvent, CodeRule {
                    text: Text {
                        zh: Cow::Borrowed("重要入境商务人员、体育团组及其他重大活动：黄码至活动结束（until）。"),
                        en: Cow::Borrowed("Important inbound business people, sports teams and other major events: yellow until the event ends (until)."),
                    },
                    phases: Cow::Borrowed(&[
                        CodePhase {
                            colour: HealthCode::Yellow,
                            days: None,
                            ends_at_until: true,
                        },
                    ]),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("code-major-event"),
                    ]),
                }),
            ]),
            care_places: Cow::Borrowed(&[]),
            care_advice: Cow::Borrowed(&[]),
            sources: Cow::Borrowed(&[
                Cow::Borrowed("shandong-code-scope"),
            ]),
            disputed_by: Cow::Borrowed(&[]),
            contradicts: None,
            confidence: Confidence::Published,
            newest_source: Some(Instant::from_unix(1669824000)),
        },
        Policy {
            id: Cow::Borrowed("weifang-arrival-2022-12-01"),
            file: Cow::Borrowed("shandong.json"),
            layer: Layer::City,
            jurisdiction: RegionCode::new(370700),
            scope: Scope::Entry,
            border: RegionCode::new(370700),
            from: Instant::from_unix(1669824000),
            ends: None,
            horizon: Some(Horizon {
                until: Instant::from_unix(1672502400),
                reason: Text {
                    zh: Cow::Borrowed("潍坊的信写的是“年末岁尾”返乡人员的报备和落地检（来源004，2022-12-01），没有截止日期。CanGo 依据它回答到2022年底。"),
                    en: Cow::Borrowed("Weifang's letter asks people returning \"at the year's end\" to report and be tested on landing (source 004, 2022-12-01), with no end date. CanGo answers from it to the end of 2022."),
                },
            }),
            replaces: None,
            every_route: false,
            reading: None,
            summary: Text {
                zh: Cow::Borrowed("返潍人员：提前报备，配合信息查验、落地检、健康监测。"),
                en: Cow::Borrowed("Arriving in Weifang: report in advance; information check, a test on landing, health monitoring."),
            },
            applies: Applies {
                origin_risk: None,
                purpose: None,
                destination: None,
                mode: None,
            },
            requirements: Cow::Borrowed(&[]),
            arrival: Cow::Borrowed(&[
                ArrivalStep {
                    id: ArrivalId::ArrivalReport,
                    text: Text {
                        zh: Cow::Borrowed("提前向社区（村居）报备，配合信息查验"),
                        en: Cow::Borrowed("Report to your community in advance and have your information checked"),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("weifang-letter-arrival"),
                    ]),
                },
                ArrivalStep {
                    id: ArrivalId::LandingTest,
                    text: Text {
                        zh: Cow::Borrowed("“落地检”：抵达即检测"),
                        en: Cow::Borrowed("A test on landing (\"落地检\")"),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("weifang-letter-arrival"),
                    ]),
                },
                ArrivalStep {
                    id: ArrivalId::HealthMonitoring,
                    text: Text {
                        zh: Cow::Borrowed("配合健康监测"),
                        en: Cow::Borrowed("Health monitoring after arrival"),
                    },
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("weifang-letter-arrival"),
                    ]),
                },
            ]),
            notices: Cow::Borrowed(&[]),
            contacts: Cow::Borrowed(&[
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("12345政务服务便民热线"),
                        en: Cow::Borrowed("12345 government service hotline"),
                    },
                    phone: Some(Cow::Borrowed("12345")),
                    url: None,
                    purpose: ContactPurpose::Ask,
                    region: None,
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("weifang-letter-12345"),
                    ]),
                },
                Contact {
                    name: Text {
                        zh: Cow::Borrowed("潍坊市政务服务便民热线（赋码转码异议）"),
                        en: Cow::Borrowed("Weifang government service hotline (health-code disputes)"),
                    },
                    phone: Some(Cow::Borrowed("0536-12345")),
                    url: None,
                    purpose: ContactPurpose::Complain,
                    region: Some(RegionCode::new(370700)),
                    sources: Cow::Borrowed(&[
                        Cow::Borrowed("code-dispute-line"),
                    ]),
                },
            ]),
            code_categories: Cow::Borrowed(&[]),
            care_places: Cow::Borrowed(&[]),
            care_advice: Cow::Borrowed(&[]),
            sources: Cow::Borrowed(&[
                Cow::Borrowed("weifang-letter-arrival"),
            ]),
            disputed_by: Cow::Borrowed(&[]),
            contradicts: None,
            confidence: Confidence::Published,
            newest_source: Some(Instant::from_unix(1669824000)),
        },
    ]),
};
