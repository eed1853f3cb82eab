//! The server's configuration file (`inbox.toml`), written by `keygen` and
//! read by `serve`. It holds only what the server needs: the receipt-signing
//! key, the hash of the NGO's token, where the signed directory entry is,
//! the database, limits and TLS. Relative paths are relative to the file.
//!
//! `WAYMARK_INBOX_POSTGRES_URL`, when set, replaces `storage.postgres`, so a
//! database password need not be written into the file.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use waymark_core::content::keys::PublicKey;
use waymark_core::sync::wire::SignedDirectory;
use zeroize::Zeroizing;

use crate::connection::ConnectionLimits;
use crate::ratelimit::RateLimit;
use crate::server::{Settings, DEFAULT_QUOTA_BYTES};
use crate::store::{Retention, StorageConfig};
use crate::InboxError;

pub const POSTGRES_URL_ENV: &str = "WAYMARK_INBOX_POSTGRES_URL";
/// Largest `storage.quota_mib` accepted (1 PiB).
const MAX_QUOTA_MIB: u64 = 1 << 30;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// Address and port to listen on.
    pub listen: String,
    /// The signed directory entry (`directory sign --out`).
    pub directory: String,
    /// The NGO's directory public key (64 hex): the directory's signature is
    /// checked against it at start.
    pub directory_public_key: String,
    /// Base64 PKCS#8 of the Ed25519 key that signs receipts.
    pub receipt_signing_key: String,
    /// SHA-256 (64 hex) of the NGO's bearer token.
    pub ngo_token_sha256: String,
    /// Header a trusted reverse proxy sets to the client address, used only
    /// for rate limiting (e.g. `x-real-ip`). Leave out without such a proxy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_ip_header: Option<String>,
    /// Serve `/metrics` (behind the NGO's token). Off by default.
    #[serde(default)]
    pub metrics: bool,
    pub storage: StorageSection,
    #[serde(default)]
    pub limits: LimitsSection,
    #[serde(default)]
    pub connections: ConnectionsSection,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<TlsSection>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StorageSection {
    /// SQLite file (the default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sqlite: Option<String>,
    /// PostgreSQL connection string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postgres: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postgres_schema: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postgres_pool: Option<usize>,
    /// Days after the NGO pulled an envelope that it is deleted (30).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_days: Option<u32>,
    /// Days after the pull that the report's ids and replies go (200).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_days: Option<u32>,
    /// MiB of envelopes and replies at which new envelopes are refused
    /// (4096). Keep it below the disk's free space.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota_mib: Option<u64>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConnectionsSection {
    pub max_connections: usize,
    pub header_read_timeout_secs: u64,
    pub idle_timeout_secs: u64,
    pub tls_handshake_timeout_secs: u64,
}

impl Default for ConnectionsSection {
    fn default() -> Self {
        let d = ConnectionLimits::default();
        ConnectionsSection {
            max_connections: d.max_connections,
            header_read_timeout_secs: d.header_read_timeout.as_secs(),
            idle_timeout_secs: d.idle_timeout.as_secs(),
            tls_handshake_timeout_secs: d.tls_handshake_timeout.as_secs(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsSection {
    pub submit_burst: u32,
    pub submit_per_second: f64,
    pub replies_burst: u32,
    pub replies_per_second: f64,
}

impl Default for LimitsSection {
    /// A phone sends a few reports a day and polls replies now and then; a
    /// backlog of 60 goes through at once, then one a second.
    fn default() -> Self {
        LimitsSection {
            submit_burst: 60,
            submit_per_second: 1.0,
            replies_burst: 30,
            replies_per_second: 0.5,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TlsSection {
    /// PEM certificate chain.
    pub certificate: String,
    /// PEM private key.
    pub private_key: String,
}

/// A configuration checked and resolved, ready to serve.
pub struct Loaded {
    pub listen: SocketAddr,
    pub storage: StorageConfig,
    pub settings: Settings,
    /// (certificate, private key) when TLS is terminated by the inbox.
    pub tls: Option<(PathBuf, PathBuf)>,
}

fn resolve(base: &Path, p: &str) -> PathBuf {
    let p = Path::new(p);
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        base.join(p)
    }
}

impl ConfigFile {
    pub fn to_toml(&self) -> Result<String, InboxError> {
        toml::to_string(self).map_err(|_| InboxError::Config {
            reason: "serialize",
        })
    }

    /// Reads and resolves `path`.
    pub fn load(path: &Path) -> Result<Loaded, InboxError> {
        let text =
            std::fs::read_to_string(path).map_err(|_| InboxError::File { what: "config" })?;
        let file: ConfigFile =
            toml::from_str(&text).map_err(|_| InboxError::Config { reason: "syntax" })?;
        let base = path.parent().unwrap_or(Path::new("."));
        file.resolve(base)
    }

    /// Checks every value; relative paths are taken from `base`.
    pub fn resolve(&self, base: &Path) -> Result<Loaded, InboxError> {
        let listen: SocketAddr = self
            .listen
            .parse()
            .map_err(|_| InboxError::Config { reason: "listen" })?;
        let postgres = std::env::var(POSTGRES_URL_ENV)
            .ok()
            .filter(|v| !v.is_empty())
            .or_else(|| self.storage.postgres.clone());
        let storage = match (&self.storage.sqlite, postgres) {
            (_, Some(url)) => StorageConfig::Postgres {
                url,
                schema: self.storage.postgres_schema.clone(),
                pool_size: self.storage.postgres_pool.unwrap_or(8),
            },
            (Some(file), None) => StorageConfig::Sqlite {
                path: resolve(base, file),
            },
            (None, None) => return Err(InboxError::Config { reason: "storage" }),
        };
        let receipt_key_pkcs8 = Zeroizing::new(
            base64::engine::general_purpose::STANDARD
                .decode(self.receipt_signing_key.trim())
                .map_err(|_| InboxError::Config {
                    reason: "receipt_signing_key",
                })?,
        );
        let ngo_token_sha256: [u8; 32] = waymark_core::hex::decode(&self.ngo_token_sha256)
            .and_then(|b| b.try_into().ok())
            .ok_or(InboxError::Config {
                reason: "ngo_token_sha256",
            })?;
        let directory_public_key =
            PublicKey::from_hex(&self.directory_public_key).map_err(|_| InboxError::Config {
                reason: "directory_public_key",
            })?;
        let directory_text = std::fs::read(resolve(base, &self.directory))
            .map_err(|_| InboxError::File { what: "directory" })?;
        let directory: SignedDirectory =
            serde_json::from_slice(&directory_text).map_err(|_| InboxError::Config {
                reason: "directory",
            })?;
        let limits = &self.limits;
        let rate = |burst: u32, per_second: f64, what| {
            if per_second.is_finite() && per_second >= 0.0 {
                Ok(RateLimit { burst, per_second })
            } else {
                Err(InboxError::Config { reason: what })
            }
        };
        let c = &self.connections;
        let secs = |n: u64, what| {
            if (1..=3600).contains(&n) {
                Ok(Duration::from_secs(n))
            } else {
                Err(InboxError::Config { reason: what })
            }
        };
        let connections = ConnectionLimits {
            max_connections: match c.max_connections {
                1..=100_000 => c.max_connections,
                _ => {
                    return Err(InboxError::Config {
                        reason: "connections.max_connections",
                    })
                }
            },
            header_read_timeout: secs(
                c.header_read_timeout_secs,
                "connections.header_read_timeout_secs",
            )?,
            idle_timeout: secs(c.idle_timeout_secs, "connections.idle_timeout_secs")?,
            tls_handshake_timeout: secs(
                c.tls_handshake_timeout_secs,
                "connections.tls_handshake_timeout_secs",
            )?,
        };
        let defaults = Retention::default();
        let retention = Retention {
            envelope_days: self
                .storage
                .retention_days
                .unwrap_or(defaults.envelope_days),
            reply_days: self.storage.reply_days.unwrap_or(defaults.reply_days),
        };
        if retention.envelope_days > 36_500 || retention.reply_days > 36_500 {
            return Err(InboxError::Config {
                reason: "storage.retention_days",
            });
        }
        let quota_bytes = match self.storage.quota_mib {
            None => DEFAULT_QUOTA_BYTES,
            Some(mib @ 1..=MAX_QUOTA_MIB) => mib << 20,
            Some(_) => {
                return Err(InboxError::Config {
                    reason: "storage.quota_mib",
                })
            }
        };
        let mut settings = Settings::new(receipt_key_pkcs8, ngo_token_sha256, directory);
        settings.connections = connections;
        settings.retention = retention;
        settings.quota_bytes = quota_bytes;
        settings.metrics = self.metrics;
        let settings = Settings {
            directory_public_key: Some(directory_public_key),
            submit_limit: rate(
                limits.submit_burst,
                limits.submit_per_second,
                "limits.submit",
            )?,
            replies_limit: rate(
                limits.replies_burst,
                limits.replies_per_second,
                "limits.replies",
            )?,
            client_ip_header: self.client_ip_header.clone(),
            ..settings
        };
        let tls = self
            .tls
            .as_ref()
            .map(|t| (resolve(base, &t.certificate), resolve(base, &t.private_key)));
        Ok(Loaded {
            listen,
            storage,
            settings,
            tls,
        })
    }
}
