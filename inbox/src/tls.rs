//! TLS terminated by the inbox itself (rustls on ring), for NGOs without a
//! reverse proxy. Each handshake runs in its connection's own task, with the
//! connection limits' handshake timeout (`connection`), so a slow or silent
//! client cannot hold up the others.

use std::path::Path;
use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

use crate::InboxError;

/// Loads a PEM certificate chain and private key into a rustls server
/// config (TLS 1.2 and 1.3, HTTP/1.1).
pub fn server_config(
    cert_pem: &Path,
    key_pem: &Path,
) -> Result<Arc<rustls::ServerConfig>, InboxError> {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert_pem)
        .map_err(|_| InboxError::Config {
            reason: "tls certificate",
        })?
        .collect::<Result<_, _>>()
        .map_err(|_| InboxError::Config {
            reason: "tls certificate",
        })?;
    if certs.is_empty() {
        return Err(InboxError::Config {
            reason: "tls certificate",
        });
    }
    let key = PrivateKeyDer::from_pem_file(key_pem)
        .map_err(|_| InboxError::Config { reason: "tls key" })?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|_| InboxError::Config { reason: "tls" })?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|_| InboxError::Config { reason: "tls key" })?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    // No resumption tickets or cache: phones never resume (each request is
    // a full handshake), so they would only be state to keep.
    config.send_tls13_tickets = 0;
    config.session_storage = Arc::new(rustls::server::NoServerSessionStorage {});
    Ok(Arc::new(config))
}
