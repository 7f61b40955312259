//! A `cango care` request: where, at what risk, needing what.

use super::{parse_json, InputError, Reader};
use crate::domain::{CareNeed, Risk};
use crate::json::object;
use crate::region::RegionCode;
use crate::time::Instant;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CareRequest {
    pub now: Instant,
    pub region: RegionCode,
    pub risk: Risk,
    pub need: CareNeed,
}

impl CareRequest {
    /// The request as JSON, as `cango care` reads it.
    pub fn to_json(&self) -> String {
        let request = object([
            ("now", self.now.into()),
            ("region", self.region.into()),
            ("risk", self.risk.as_str().into()),
            ("need", self.need.as_str().into()),
        ]);
        request.to_string()
    }

    pub fn from_json(text: &str, default_now: Instant) -> Result<CareRequest, Vec<InputError>> {
        let value = parse_json(text)?;
        let mut r = Reader::default();
        let request = (|| {
            let map = r.object(&value, "", &["now", "region", "risk", "need"])?;
            let now = r.now(map, default_now);
            let region = r
                .required(map, "", "region")
                .and_then(|(v, p)| r.region(v, &p));
            let risk = r
                .required(map, "", "risk")
                .and_then(|(v, p)| r.choice::<Risk>(v, &p));
            let need = r
                .required(map, "", "need")
                .and_then(|(v, p)| r.choice::<CareNeed>(v, &p));
            Some(CareRequest {
                now: now?,
                region: region?,
                risk: risk?,
                need: need?,
            })
        })();
        r.finish(request)
    }
}
