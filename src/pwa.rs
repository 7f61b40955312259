//! Offline use: registers the service worker (`sw.js`, written by the
//! build), says whether offline use works in this browser, and offers a new
//! version once it is entirely cached; the page reloads only when the
//! traveller agrees. Where there is no service worker (WeChat's in-app
//! browser, mini-program webviews, insecure origins, blocked) the app still
//! works online and says that offline use is unavailable, naming WeChat's
//! browser or the mini-program where the user agent says it is one.

use super::i18n::{Lang, Ui, K};
use super::state::Host;
use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    RegistrationOptions, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState, ServiceWorkerUpdateViaCache,
};
use yew::prelude::*;

/// Whether this page can work without a network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offline {
    /// Not known yet (the service worker is installing).
    Pending,
    /// A version is cached and serves the app offline.
    Ready,
    /// No service worker here: the app works online only.
    Unavailable,
}

impl Offline {
    pub fn tag(self) -> &'static str {
        match self {
            Offline::Pending => "pending",
            Offline::Ready => "ready",
            Offline::Unavailable => "unavailable",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct PwaProps {
    pub lang: Lang,
    /// Which browser this is, for the wording of the offline notice.
    #[prop_or_default]
    pub host: Host,
    /// The state to start from (tests render each one natively).
    #[prop_or(Offline::Pending)]
    pub offline: Offline,
    #[prop_or(false)]
    pub update: bool,
}

/// The offline notice (in the footer) and the "update ready" prompt.
#[function_component]
pub fn Pwa(props: &PwaProps) -> Html {
    let lang = props.lang;
    let offline = use_state(|| props.offline);
    let update = use_state(|| props.update);
    let later = use_state(|| false);
    {
        let (offline, update) = (offline.setter(), update.setter());
        use_effect_with((), move |_| {
            register(
                Callback::from(move |o| offline.set(o)),
                Callback::from(move |()| update.set(true)),
            );
        });
    }
    let note = match *offline {
        Offline::Pending => None,
        Offline::Ready => Some(K::OfflineReady),
        Offline::Unavailable => Some(match props.host {
            Host::Browser => K::OfflineUnavailable,
            Host::WeChat => K::OfflineUnavailableWeChat,
            Host::MiniProgram => K::OfflineUnavailableMiniProgram,
        }),
    };
    html! {
        <>
            <p class="small offline" data-offline={offline.tag()}>{ note.map(|k| lang.t(k)).unwrap_or_default() }</p>
            if *update && !*later {
                <div class="update" role="alert" data-update="ready">
                    <span>{ lang.t(K::UpdateReady) }</span>
                    <button type="button" id="update-reload" onclick={Callback::from(|_: MouseEvent| apply_update())}>{ lang.t(K::UpdateReload) }</button>
                    <button type="button" class="link" id="update-later" onclick={{ let later = later.clone(); Callback::from(move |_: MouseEvent| later.set(true)) }}>{ lang.t(K::UpdateLater) }</button>
                </div>
            }
        </>
    }
}

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    /// The traveller asked for the new version: reload once it takes over.
    static AGREED: Cell<bool> = const { Cell::new(false) };
}

/// `navigator.serviceWorker`, where it exists and may be used.
fn container() -> Option<ServiceWorkerContainer> {
    let w = web_sys::window()?;
    if !w.is_secure_context() {
        return None;
    }
    let nav = w.navigator();
    let key = JsValue::from_str("serviceWorker");
    if !js_sys::Reflect::has(&nav, &key).ok()? {
        return None;
    }
    js_sys::Reflect::get(&nav, &key).ok()?.dyn_into().ok()
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Registers `sw.js` next to the page; `offline` hears whether offline use
/// works, `update` that a new version is installed and waiting.
pub fn register(offline: Callback<Offline>, update: Callback<()>) {
    let Some(c) = container() else {
        offline.emit(Offline::Unavailable);
        return;
    };
    let opts = RegistrationOptions::new();
    opts.set_scope("./");
    opts.set_update_via_cache(ServiceWorkerUpdateViaCache::None);
    let promise = c.register_with_options("./sw.js", &opts);
    let on_change = Closure::<dyn FnMut()>::new(|| {
        if AGREED.with(Cell::get) {
            reload();
        }
    });
    let _ =
        c.add_event_listener_with_callback("controllerchange", on_change.as_ref().unchecked_ref());
    on_change.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let reg = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok());
        let Some(reg) = reg else {
            // Refused, failed, or blocked (resolved without a registration).
            offline.emit(Offline::Unavailable);
            return;
        };
        watch(&reg, &c, update);
        REGISTRATION.with(|r| *r.borrow_mut() = Some(reg));
        if let Ok(ready) = c.ready() {
            if wasm_bindgen_futures::JsFuture::from(ready).await.is_ok() {
                offline.emit(Offline::Ready);
            }
        }
    });
}

/// Tells `update` when a new version is installed while an older one
/// controls this page (the first install is no update).
fn watch(reg: &ServiceWorkerRegistration, c: &ServiceWorkerContainer, update: Callback<()>) {
    if reg.waiting().is_some() && c.controller().is_some() {
        update.emit(());
    }
    if let Some(w) = reg.installing() {
        track(w, c.clone(), update.clone());
    }
    let (r, c) = (reg.clone(), c.clone());
    let on_found = Closure::<dyn FnMut()>::new(move || {
        if let Some(w) = r.installing() {
            track(w, c.clone(), update.clone());
        }
    });
    reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
}

/// Tells `update` when `worker` is installed while another, older worker
/// controls the page. Not merely "a controller": WebKit can hand a busy page
/// (a phone compiling the WebAssembly on a first visit) the "installed"
/// state only after that same worker has taken control, which is no update.
fn track(worker: ServiceWorker, c: ServiceWorkerContainer, update: Callback<()>) {
    let w = worker.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        let older = c.controller().is_some_and(|current| current != w);
        if w.state() == ServiceWorkerState::Installed && older {
            update.emit(());
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

/// The traveller agreed: the waiting version takes over, then the page
/// reloads (on `controllerchange`), so no page mixes two versions.
fn apply_update() {
    AGREED.with(|a| a.set(true));
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
    match waiting {
        Some(w) => {
            if w.post_message(&JsValue::from_str("skip-waiting")).is_err() {
                reload();
            }
        }
        None => reload(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_notice_is_in_four_languages() {
        for k in [
            K::OfflineReady,
            K::OfflineUnavailable,
            K::OfflineUnavailableWeChat,
            K::OfflineUnavailableMiniProgram,
            K::UpdateReady,
            K::UpdateReload,
            K::UpdateLater,
        ] {
            let texts: Vec<&str> = Lang::ALL.iter().map(|l| l.t(k)).collect();
            assert!(texts.iter().all(|t| !t.trim().is_empty()));
            assert_ne!(
                texts[0], texts[2],
                "Simplified Chinese differs from English"
            );
            assert_ne!(
                texts[1], texts[2],
                "Traditional Chinese differs from English"
            );
            assert_ne!(texts[3], texts[2], "Uyghur differs from English");
        }
        assert_eq!(Offline::Unavailable.tag(), "unavailable");
    }
}
