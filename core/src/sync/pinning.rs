//! TLS certificate checks: the usual web PKI check, and on top of it the
//! NGO's SPKI pins from its signed directory entry.
//!
//! A pin is SHA-256 of the server certificate's DER SubjectPublicKeyInfo
//! (base64, as in HPKP). Only the end-entity certificate is pinned: an
//! intermediate that is merely *presented* proves nothing, because anyone can
//! append a public intermediate to a chain that validates some other way.
//! With pins present, a certificate must both chain to a trusted root and
//! carry a pinned key; a mis-issued certificate from any CA fails the second
//! test.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use base64::Engine as _;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};

/// SHA-256 of a certificate's DER SubjectPublicKeyInfo, base64: the pin
/// format of [`super::wire::DirectoryEntry::tls_spki_sha256`].
pub fn spki_pin_of_certificate(der: &[u8]) -> Option<String> {
    let cert_der = CertificateDer::from(der);
    let cert = webpki::EndEntityCert::try_from(&cert_der).ok()?;
    let spki = cert.subject_public_key_info();
    Some(base64::engine::general_purpose::STANDARD.encode(super::wire::sha256(spki.as_ref())))
}

/// Web PKI verification plus, when `pins` is not empty, a pin match.
#[derive(Debug)]
pub(crate) struct PinningVerifier {
    inner: Arc<WebPkiServerVerifier>,
    pins: Vec<[u8; 32]>,
    /// What went wrong in the last handshake, so the transport can tell the
    /// user "wrong server key" or "untrusted certificate" rather than
    /// "network" (the error reqwest hands back has lost its type).
    failures: Arc<CertFailures>,
}

/// Flags the verifier raises; reset before each request.
#[derive(Debug, Default)]
pub(crate) struct CertFailures {
    /// The certificate chained fine but matched no pin.
    pub pin: AtomicBool,
    /// The certificate did not verify against the roots.
    pub chain: AtomicBool,
}

impl CertFailures {
    pub(crate) fn reset(&self) {
        self.pin.store(false, Ordering::SeqCst);
        self.chain.store(false, Ordering::SeqCst);
    }
}

impl PinningVerifier {
    /// `pins` in the directory's base64 form. A pin that does not decode to
    /// 32 bytes is an error, never skipped: skipping every pin would quietly
    /// turn pinning off (fail closed).
    pub(crate) fn new(
        roots: RootCertStore,
        pins: &[String],
        provider: Arc<rustls::crypto::CryptoProvider>,
        failures: Arc<CertFailures>,
    ) -> Result<Self, rustls::Error> {
        let inner = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider)
            .build()
            .map_err(|e| rustls::Error::General(format!("verifier: {e}")))?;
        let pins = pins
            .iter()
            .map(|p| {
                base64::engine::general_purpose::STANDARD
                    .decode(p)
                    .ok()
                    .and_then(|b| <[u8; 32]>::try_from(b).ok())
                    .ok_or_else(|| rustls::Error::General("invalid pin".into()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(PinningVerifier {
            inner,
            pins,
            failures,
        })
    }
}

impl ServerCertVerifier for PinningVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let verified = self
            .inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
            .inspect_err(|_| self.failures.chain.store(true, Ordering::SeqCst))?;
        if self.pins.is_empty() {
            return Ok(verified);
        }
        let cert = webpki::EndEntityCert::try_from(end_entity)
            .map_err(|_| rustls::Error::InvalidCertificate(CertificateError::BadEncoding))?;
        let hash = super::wire::sha256(cert.subject_public_key_info().as_ref());
        if self.pins.contains(&hash) {
            Ok(verified)
        } else {
            self.failures.pin.store(true, Ordering::SeqCst);
            Err(rustls::Error::InvalidCertificate(
                CertificateError::ApplicationVerificationFailure,
            ))
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}
