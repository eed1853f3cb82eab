//! Signed content packs and the helpline directory.

use std::sync::Arc;

use waymark_core::content::{
    self as core_content, builtin, ContentStore as CoreContentStore, HelplineQuery as CoreQuery,
};
use waymark_core::Vault as CoreVault;

use crate::errors::ContentError;

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PackFile {
    /// Path inside the pack, e.g. `manifest.json`, `locales/uk/helplines.ftl`.
    pub path: String,
    pub data: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TrustedPublisher {
    pub key_id: String,
    pub public_key: String,
    pub name: String,
    pub added_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct InstalledPack {
    pub pack_id: String,
    pub version: u64,
    pub publisher: String,
    pub locales: Vec<String>,
    pub file_count: u32,
    pub installed_at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ChannelKind {
    Call,
    Sms,
    Chat,
    Web,
    Ussd,
    Whatsapp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Audience {
    Everyone,
    Adults,
    Children,
    Women,
    Workers,
    Migrants,
    NationalsAbroad,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HelplineChannel {
    pub kind: ChannelKind,
    /// Number to dial or text, USSD code, or https URL.
    pub address: String,
    pub keyword: Option<String>,
}

/// One helpline. `hours_message_id` and `confidentiality_message_id` are
/// Fluent ids in the pack `pack_id` ([`ContentStore::text`],
/// [`builtin_text`]).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Helpline {
    pub pack_id: String,
    pub id: String,
    pub country: String,
    pub name: String,
    pub operator: String,
    pub channels: Vec<HelplineChannel>,
    pub always_open: bool,
    pub hours_message_id: String,
    pub languages: Vec<String>,
    pub audience: Vec<Audience>,
    pub emergency: bool,
    pub free: bool,
    pub confidentiality_message_id: String,
    pub last_verified: Option<String>,
    /// The number or details could not be confirmed with the operator.
    pub uncertain: bool,
}

/// Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct HelplineQuery {
    /// ISO 3166-1 alpha-2 (any case).
    pub country: Option<String>,
    /// Ranks services speaking it first; never hides one.
    pub language: Option<String>,
    pub audience: Option<Audience>,
    pub channel: Option<ChannelKind>,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LocalizedText {
    /// The locale actually used.
    pub locale: String,
    pub text: String,
}

fn channel_kind(k: core_content::ChannelKind) -> ChannelKind {
    use core_content::ChannelKind as K;
    match k {
        K::Call => ChannelKind::Call,
        K::Sms => ChannelKind::Sms,
        K::Chat => ChannelKind::Chat,
        K::Web => ChannelKind::Web,
        K::Ussd => ChannelKind::Ussd,
        K::Whatsapp => ChannelKind::Whatsapp,
    }
}

fn core_channel_kind(k: ChannelKind) -> core_content::ChannelKind {
    use core_content::ChannelKind as K;
    match k {
        ChannelKind::Call => K::Call,
        ChannelKind::Sms => K::Sms,
        ChannelKind::Chat => K::Chat,
        ChannelKind::Web => K::Web,
        ChannelKind::Ussd => K::Ussd,
        ChannelKind::Whatsapp => K::Whatsapp,
    }
}

fn audience(a: core_content::Audience) -> Audience {
    use core_content::Audience as A;
    match a {
        A::Everyone => Audience::Everyone,
        A::Adults => Audience::Adults,
        A::Children => Audience::Children,
        A::Women => Audience::Women,
        A::Workers => Audience::Workers,
        A::Migrants => Audience::Migrants,
        A::NationalsAbroad => Audience::NationalsAbroad,
    }
}

fn core_audience(a: Audience) -> core_content::Audience {
    use core_content::Audience as A;
    match a {
        Audience::Everyone => A::Everyone,
        Audience::Adults => A::Adults,
        Audience::Children => A::Children,
        Audience::Women => A::Women,
        Audience::Workers => A::Workers,
        Audience::Migrants => A::Migrants,
        Audience::NationalsAbroad => A::NationalsAbroad,
    }
}

impl From<HelplineQuery> for CoreQuery {
    fn from(q: HelplineQuery) -> Self {
        CoreQuery {
            country: q.country,
            language: q.language,
            audience: q.audience.map(core_audience),
            channel: q.channel.map(core_channel_kind),
        }
    }
}

/// A helpline's channel (also used by the assistant's helpline cards).
pub(crate) fn channel(c: core_content::Channel) -> HelplineChannel {
    HelplineChannel {
        kind: channel_kind(c.kind),
        address: c.address,
        keyword: c.keyword,
    }
}

fn helpline(pack_id: String, h: core_content::Helpline) -> Helpline {
    Helpline {
        pack_id,
        id: h.id,
        country: h.country,
        name: h.name,
        operator: h.operator,
        channels: h.channels.into_iter().map(channel).collect(),
        always_open: h.hours.always_open,
        hours_message_id: h.hours.note,
        languages: h.languages,
        audience: h.audience.into_iter().map(audience).collect(),
        emergency: h.emergency,
        free: h.free,
        confidentiality_message_id: h.confidentiality,
        last_verified: h.last_verified,
        uncertain: h.uncertain,
    }
}

fn installed(p: core_content::InstalledPack) -> InstalledPack {
    InstalledPack {
        pack_id: p.pack_id,
        version: p.version,
        publisher: p.publisher,
        locales: p.locales,
        file_count: p.file_count,
        installed_at: p.installed_at,
    }
}

fn localized(t: core_content::LocalizedText) -> LocalizedText {
    LocalizedText {
        locale: t.locale,
        text: t.text,
    }
}

/// Helplines of the built-in pack: usable before any vault exists (a person
/// may need a number before anything else). Fast; no disk.
#[waymark_ffi_macros::export]
pub fn builtin_helplines(query: HelplineQuery) -> Result<Vec<Helpline>, ContentError> {
    Ok(builtin::helplines(&query.into())?
        .into_iter()
        .map(|h| helpline(builtin::PACK_ID.to_owned(), h))
        .collect())
}

/// A message of the built-in pack (helpline hours, confidentiality notes)
/// in the best locale for `locale`.
#[waymark_ffi_macros::export]
pub fn builtin_text(locale: String, id: String) -> Option<LocalizedText> {
    builtin::text(&locale, &id).map(localized)
}

/// Content of one vault: the built-in pack plus packs installed there.
/// Blocking (database).
#[derive(uniffi::Object)]
pub struct ContentStore {
    inner: CoreContentStore,
}

impl ContentStore {
    pub(crate) fn for_vault(vault: Arc<CoreVault>) -> Arc<Self> {
        Arc::new(ContentStore {
            inner: CoreContentStore::new(vault),
        })
    }
}

#[waymark_ffi_macros::export]
impl ContentStore {
    /// Trusts a publisher's Ed25519 key (64 hex characters) for this vault.
    pub fn trust_publisher(
        &self,
        public_key_hex: String,
        name: String,
    ) -> Result<TrustedPublisher, ContentError> {
        let p = self.inner.trust_publisher(&public_key_hex, &name)?;
        Ok(TrustedPublisher {
            key_id: p.key_id,
            public_key: p.public_key,
            name: p.name,
            added_at: p.added_at,
        })
    }

    pub fn untrust_publisher(&self, key_id: String) -> Result<bool, ContentError> {
        Ok(self.inner.untrust_publisher(&key_id)?)
    }

    pub fn trusted_publishers(&self) -> Result<Vec<TrustedPublisher>, ContentError> {
        Ok(self
            .inner
            .trusted_publishers()?
            .into_iter()
            .map(|p| TrustedPublisher {
                key_id: p.key_id,
                public_key: p.public_key,
                name: p.name,
                added_at: p.added_at,
            })
            .collect())
    }

    /// Verifies and installs a pack in one transaction: nothing is changed
    /// when it is refused.
    pub fn install(&self, files: Vec<PackFile>) -> Result<InstalledPack, ContentError> {
        let files: Vec<core_content::PackFile> = files
            .into_iter()
            .map(|f| core_content::PackFile::new(f.path, f.data))
            .collect();
        Ok(installed(self.inner.install(&files)?))
    }

    /// Installs the pack whose files are in folder `dir`.
    pub fn install_dir(&self, dir: String) -> Result<InstalledPack, ContentError> {
        Ok(installed(
            self.inner.install_dir(std::path::Path::new(&dir))?,
        ))
    }

    pub fn remove(&self, pack_id: String) -> Result<bool, ContentError> {
        Ok(self.inner.remove(&pack_id)?)
    }

    pub fn installed(&self) -> Result<Vec<InstalledPack>, ContentError> {
        Ok(self.inner.installed()?.into_iter().map(installed).collect())
    }

    /// Helplines from installed packs and the built-in one, best first.
    pub fn helplines(&self, query: HelplineQuery) -> Result<Vec<Helpline>, ContentError> {
        Ok(self
            .inner
            .helplines(&query.into())?
            .into_iter()
            .map(|e| helpline(e.pack_id, e.helpline))
            .collect())
    }

    /// The helplines to show where a questionnaire's result says to refer
    /// the person (`NextStepText.ReferHelplines`), chosen by the core as for
    /// every shell: every service of `country`, in the directory's order
    /// (services in the person's language, `locale`, ranked higher). Empty
    /// when the country is not known: ask for it.
    pub fn result_helplines(
        &self,
        country: Option<String>,
        locale: String,
    ) -> Result<Vec<Helpline>, ContentError> {
        Ok(
            waymark_core::questionnaire::result_helplines(
                &self.inner,
                country.as_deref(),
                &locale,
            )?
            .into_iter()
            .map(|e| helpline(e.pack_id, e.helpline))
            .collect(),
        )
    }

    /// Message `id` of pack `pack_id` in the best locale for `locale`.
    pub fn text(
        &self,
        pack_id: String,
        locale: String,
        id: String,
    ) -> Result<Option<LocalizedText>, ContentError> {
        Ok(self.inner.text(&pack_id, &locale, &id)?.map(localized))
    }
}
