//! HMAC-SHA256 signatures as the vendor computes them: `Base64.strict_encode64(HMAC(secret, body))`.

use std::io::Read;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

type HmacSha256 = Hmac<Sha256>;

/// The header that carries the signature.
pub const SIGNATURE_HEADER: &str = "X-Scope-Hmac-Sha256";

fn mac(secret: &[u8]) -> HmacSha256 {
    // HMAC accepts keys of any length, so this cannot fail.
    HmacSha256::new_from_slice(secret).expect("HMAC takes any key length")
}

/// Base64 (standard alphabet, padded) HMAC-SHA256 of `data`.
pub fn sign(secret: &[u8], data: &[u8]) -> String {
    let mut m = mac(secret);
    m.update(data);
    STANDARD.encode(m.finalize().into_bytes())
}

/// Signs a stream without holding it in memory.
pub fn sign_reader(secret: &[u8], mut reader: impl Read) -> std::io::Result<String> {
    let mut m = mac(secret);
    let mut buf = vec![0u8; 1 << 20];
    loop {
        match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => m.update(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(STANDARD.encode(m.finalize().into_bytes()))
}

/// Why a signature string could not be checked at all (as opposed to not matching).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SignatureError {
    #[error("the signature is empty")]
    Empty,
    #[error("the signature is not valid base64: {0}")]
    NotBase64(String),
    #[error("the signature decodes to {0} bytes; an HMAC-SHA256 has 32")]
    WrongLength(usize),
}

/// Decodes a signature header value, tolerating surrounding white space.
pub fn decode_signature(signature: &str) -> Result<Vec<u8>, SignatureError> {
    let s = signature.trim();
    if s.is_empty() {
        return Err(SignatureError::Empty);
    }
    let bytes = STANDARD.decode(s).map_err(|e| SignatureError::NotBase64(e.to_string()))?;
    if bytes.len() != 32 {
        return Err(SignatureError::WrongLength(bytes.len()));
    }
    Ok(bytes)
}

/// Checks `signature` against `data` in constant time.
pub fn verify(secret: &[u8], data: &[u8], signature: &str) -> Result<bool, SignatureError> {
    let expected = decode_signature(signature)?;
    let mut m = mac(secret);
    m.update(data);
    let actual = m.finalize().into_bytes();
    Ok(bool::from(actual.as_slice().ct_eq(&expected)))
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 4231 test case 2, base64 of 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843.
    #[test]
    fn rfc4231_case_2() {
        let sig = sign(b"Jefe", b"what do ya want for nothing?");
        assert_eq!(sig, "W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=");
        assert_eq!(verify(b"Jefe", b"what do ya want for nothing?", &sig), Ok(true));
        assert_eq!(verify(b"Jefe", b"what do ya want for nothing!", &sig), Ok(false));
    }

    #[test]
    fn streaming_matches_one_shot() {
        let data = vec![7u8; 3 << 20];
        assert_eq!(sign_reader(b"k", &data[..]).unwrap(), sign(b"k", &data));
    }

    #[test]
    fn unusable_signatures() {
        assert_eq!(verify(b"k", b"d", "  "), Err(SignatureError::Empty));
        assert!(matches!(verify(b"k", b"d", "***"), Err(SignatureError::NotBase64(_))));
        assert_eq!(verify(b"k", b"d", "AAAA"), Err(SignatureError::WrongLength(3)));
    }
}
