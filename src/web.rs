//! The browser around the app: clock, storage, address, downloads, the
//! clipboard and the share sheet. Nothing here is called while rendering, so
//! components also render natively (Yew `ssr`) in tests. In-app browsers
//! (WeChat's above all) lack or refuse some of these: every one is tried
//! where it exists, and its failure is reported, never thrown.

use super::i18n::Lang;
use super::share;
use super::state::{stored, Host, State, StorageStatus, TripState, View};
use cango_core::input::{CareRequest, CodeRequest, InputError, Scenario};
use cango_core::time::Instant;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::{Callback, NodeRef};

pub fn now() -> Instant {
    Instant::from_unix((js_sys::Date::now() / 1000.0).floor() as i64)
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Writes to localStorage, reporting a full or missing storage.
pub fn save(key: &str, value: &str) -> StorageStatus {
    match storage() {
        None => StorageStatus::Unavailable,
        Some(s) => match s.set_item(key, value) {
            Ok(()) => StorageStatus::Ok,
            Err(_) => StorageStatus::Full,
        },
    }
}

fn preferred_languages() -> Vec<String> {
    let Some(w) = web_sys::window() else {
        return Vec::new();
    };
    let nav = w.navigator();
    let mut out: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    out.extend(nav.language());
    out
}

/// A scenario read from a link (and whether it follows the device clock), or
/// the raw text with every problem.
pub type LinkRead = Result<(Scenario, bool), (String, Vec<InputError>)>;

/// Reads a `#s=…` hash: the scenario and whether it follows the device
/// clock (no `now`), or the raw text and every problem.
pub fn read_link(hash: &str, device_now: Instant) -> Option<LinkRead> {
    let encoded = share::fragment_scenario(hash)?;
    let json = match share::decode(encoded) {
        Ok(json) => json,
        Err(e) => return Some(Err((encoded.to_string(), vec![e]))),
    };
    // The same reader as the CLI: its limits keep a hostile link cheap.
    let value = match cango_core::input::parse_json(&json) {
        Ok(value) => value,
        Err(errors) => return Some(Err((json, errors))),
    };
    let device_clock = value
        .get("now")
        .is_none_or(cango_core::json::Value::is_null);
    Some(match Scenario::from_value(&value, device_now) {
        Ok(s) => Ok((s, device_clock)),
        Err(errors) => Err((json, errors)),
    })
}

/// The code or care view a link opens on (`&v=code&c=…`), with its request
/// read as the CLI reads it, or the raw text and every problem.
pub fn read_tool(hash: &str, device_now: Instant, st: &mut State) {
    let view = match share::fragment_part(hash, "v=") {
        Some("code") => View::Code,
        Some("care") => View::Care,
        _ => return,
    };
    let Some(encoded) = share::fragment_part(hash, "c=") else {
        return;
    };
    let json = match share::decode(encoded) {
        Ok(json) => json,
        Err(e) => {
            st.link_problem = Some((encoded.to_string(), vec![e]));
            return;
        }
    };
    let read = match view {
        View::Code => CodeRequest::from_json(&json, device_now).map(|r| st.code = r),
        _ => CareRequest::from_json(&json, device_now).map(|r| st.care = r),
    };
    match read {
        Ok(()) => st.view = view,
        Err(errors) => st.link_problem = Some((json, errors)),
    }
}

/// The element the app renders into, once the loading notice is gone:
/// `#app`. The first answer (`crate::FIRST_ANSWER`) renders into a fieldset
/// in it, `#first-answer`, disabled and inert (where browsers know it), so
/// that nothing there reacts, not even a `<details>`, before the whole app is
/// there to act: nothing done there would be carried over. The whole app
/// renders beside it, then removes it (`remove_first_answer`).
pub fn app_root(first_answer: bool) -> Option<web_sys::Element> {
    let doc = web_sys::window()?.document()?;
    if let Some(boot) = doc.get_element_by_id("boot") {
        boot.remove();
    }
    let app = doc.get_element_by_id("app")?;
    if !first_answer {
        return Some(app);
    }
    let fieldset = doc.create_element("fieldset").ok()?;
    fieldset.set_id("first-answer");
    fieldset.set_attribute("disabled", "").ok()?;
    fieldset.set_attribute("inert", "").ok()?;
    app.append_child(&fieldset).ok()?;
    Some(fieldset)
}

/// Removes the first answer, which the whole app has just rendered again.
pub fn remove_first_answer() {
    let first = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("first-answer"));
    if let Some(first) = first {
        first.remove();
    }
}

/// The state the app opens with: the link's scenario (the stored one kept
/// aside, not overwritten), else the stored one, else the example;
/// unreadable stored data is kept and shown.
pub fn initial_state() -> State {
    let now = now();
    let stored_lang = storage().and_then(|s| s.get_item(stored::LANG_KEY).ok().flatten());
    let lang = stored_lang
        .as_deref()
        .and_then(Lang::from_tag)
        .unwrap_or_else(|| {
            Lang::from_preferences(preferred_languages().iter().map(String::as_str))
        });
    let mut st = State::new(lang);
    let location = web_sys::window().map(|w| w.location());
    let href = location
        .as_ref()
        .and_then(|l| l.href().ok())
        .unwrap_or_default();
    st.base_url = href.split('#').next().unwrap_or_default().to_string();
    st.host = host();
    st.share_sheet = navigator().is_some_and(|n| method(&n, "share").is_some());
    let mut own = None;
    match storage() {
        None => st.storage = StorageStatus::Unavailable,
        Some(s) => match s.get_item(stored::KEY) {
            Ok(Some(raw)) => match stored::read(&raw, now) {
                Ok((scenario, device_clock)) => {
                    own = Some(TripState {
                        scenario,
                        device_clock,
                    });
                }
                Err(problem) => st.stored_problem = Some(problem),
            },
            Ok(None) => {}
            Err(_) => st.storage = StorageStatus::Unavailable,
        },
    }
    let hash = location.and_then(|l| l.hash().ok()).unwrap_or_default();
    let link = match read_link(&hash, now) {
        Some(Ok((scenario, device_clock))) => Some(TripState {
            scenario,
            device_clock,
        }),
        Some(Err((raw, errors))) => {
            st.link_problem = Some((raw, errors));
            None
        }
        None => None,
    };
    st.open(own, link);
    read_tool(&hash, now, &mut st);
    // A trip that follows the device clock opens at the device's time.
    st.trip.tick(now);
    st
}

/// Moves the focus to the element `id` (which has `tabindex=-1` if it is
/// no control), scrolled to the top of the screen where `to_top`: an
/// in-page jump that leaves the address's `#s=` alone.
pub fn focus(id: &str, to_top: bool) {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    if to_top {
        element.scroll_into_view();
    }
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Puts the scenario in the address without a new history entry.
pub fn replace_hash(fragment: &str) {
    let Some(w) = web_sys::window() else { return };
    if w.location().hash().ok().as_deref() == Some(fragment) {
        return;
    }
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(fragment));
    }
}

pub fn set_document_lang(lang: Lang, title: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("lang", lang.tag());
        let _ = root.set_attribute("dir", lang.dir());
    }
    doc.set_title(title);
}

/// Offers `content` as a file download (a blob: URL, same origin).
pub fn download(filename: &str, mime: &str, content: &str) -> bool {
    (|| -> Option<()> {
        let doc = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&JsValue::from_str(content));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(filename);
        a.click();
        gloo_timers::callback::Timeout::new(5_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        Some(())
    })()
    .is_some()
}

/// Calls `then` in a task of its own, after this one: the browser paints
/// what this task rendered in between (in Chromium at 4× CPU, the answer's
/// frame began 7 to 28 ms after it was rendered, before `then` ran).
pub fn in_next_task(then: impl FnOnce() + 'static) {
    gloo_timers::callback::Timeout::new(0, then).forget();
}

fn navigator() -> Option<JsValue> {
    Some(web_sys::window()?.navigator().into())
}

/// `target[name]`, where it is a method of this browser's (in-app browsers
/// lack some: then `None`, never a thrown `TypeError`).
fn method(target: &JsValue, name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()
}

/// Calls `target[name](...args)` where the browser has that method; `None`
/// where it has not, or it threw.
fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let args: js_sys::Array = args.iter().collect();
    js_sys::Reflect::apply(&method(target, name)?, target, &args).ok()
}

/// Which browser this is, for wording only: WeChat's mini-program web-views
/// say so in the user agent on Android, and set `__wxjs_environment` on
/// iPhones.
fn host() -> Host {
    let Some(w) = web_sys::window() else {
        return Host::Browser;
    };
    let environment = js_sys::Reflect::get(&w, &JsValue::from_str("__wxjs_environment"))
        .ok()
        .and_then(|v| v.as_string());
    if environment.as_deref() == Some("miniprogram") {
        return Host::MiniProgram;
    }
    Host::from_user_agent(&w.navigator().user_agent().unwrap_or_default())
}

/// Copies `text`: through the Clipboard API where there is one and it
/// agrees, else by selecting `field` (which shows `text`) and asking for the
/// older `execCommand("copy")`, which some in-app browsers without the API
/// still allow. `done` hears whether either copied; `field` stays selected,
/// so the traveller can copy it by hand when neither did.
pub fn copy(text: String, field: NodeRef, done: Callback<bool>) {
    let written = navigator()
        .and_then(|n| js_sys::Reflect::get(&n, &JsValue::from_str("clipboard")).ok())
        .and_then(|c| call(&c, "writeText", &[JsValue::from_str(&text)]))
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    match written {
        Some(promise) => wasm_bindgen_futures::spawn_local(async move {
            let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
                || copy_selection(&field);
            done.emit(copied);
        }),
        None => done.emit(copy_selection(&field)),
    }
}

/// Selects `field` and copies the selection the old way; whether it did.
fn copy_selection(field: &NodeRef) -> bool {
    select(field);
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| call(&d, "execCommand", &[JsValue::from_str("copy")]))
        .and_then(|copied| copied.as_bool())
        == Some(true)
}

/// Focuses and selects the whole text of an input or textarea
/// (`setSelectionRange` too: iOS ignores `select()` in read-only fields).
pub fn select(field: &NodeRef) {
    let Some(element) = field.cast::<web_sys::HtmlElement>() else {
        return;
    };
    let _ = element.focus();
    let element = JsValue::from(element);
    let _ = call(&element, "select", &[]);
    let _ = call(
        &element,
        "setSelectionRange",
        &[JsValue::from_f64(0.0), JsValue::from_f64(1e6)],
    );
}

/// Opens the browser's share sheet (`navigator.share`) for `url`; `done`
/// hears `false` where it failed, not where the traveller closed it.
pub fn share(title: &str, url: &str, done: Callback<bool>) {
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &data,
        &JsValue::from_str("title"),
        &JsValue::from_str(title),
    );
    let _ = js_sys::Reflect::set(&data, &JsValue::from_str("url"), &JsValue::from_str(url));
    let shown = navigator()
        .and_then(|n| call(&n, "share", &[data.into()]))
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(shown) = shown else {
        done.emit(false);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let closed = match wasm_bindgen_futures::JsFuture::from(shown).await {
            Ok(_) => true,
            // Closing the sheet without sharing rejects with an AbortError.
            Err(e) => e
                .dyn_ref::<web_sys::DomException>()
                .is_some_and(|e| e.name() == "AbortError"),
        };
        done.emit(closed);
    });
}

/// Fetches the regions' names (the hashed file index.html names in
/// `<meta name="cango-regions">`, precached by the service worker) and gives
/// them to the core; `done` hears whether they arrived and fit this build.
pub fn fetch_region_names(done: Callback<bool>) {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window();
    let url = window
        .as_ref()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=cango-regions]").ok().flatten())
        .and_then(|meta| meta.get_attribute("content"));
    let (Some(url), Some(window)) = (url, window) else {
        done.emit(false);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let response = JsFuture::from(window.fetch_with_str(&url))
            .await
            .ok()
            .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
            .filter(web_sys::Response::ok);
        let text = match response.and_then(|r| r.text().ok()) {
            Some(text) => JsFuture::from(text).await.ok().and_then(|t| t.as_string()),
            None => None,
        };
        // Kept for the page's life, as the compiled-in table would be.
        let named = text.is_some_and(|text| {
            cango_core::region::Regions::provide_names(Box::leak(text.into_boxed_str())).is_ok()
        });
        done.emit(named);
    });
}

/// Puts the keyboard focus on an element: a field, after what it offered
/// was picked.
pub fn focus_node(node: &NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Listens for a new `#s=…` pasted into this tab's address and hands on
/// what it reads; the listener lives as long as the returned guard.
pub struct HashListener(Option<Closure<dyn FnMut()>>);

impl Drop for HashListener {
    fn drop(&mut self) {
        if let (Some(w), Some(c)) = (web_sys::window(), self.0.take()) {
            let _ = w.remove_event_listener_with_callback("hashchange", c.as_ref().unchecked_ref());
        }
    }
}

pub fn on_hash_change(on_link: Callback<LinkRead>) -> HashListener {
    let closure = Closure::<dyn FnMut()>::new(move || {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        if let Some(read) = read_link(&hash, now()) {
            on_link.emit(read);
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref());
    }
    HashListener(Some(closure))
}
