#!/usr/bin/env python3
"""Opens a Waymark report envelope with pyhpke alone, as docs/envelope.md says.

Proves that any RFC 9180 implementation can open an envelope given the NGO's
private key: no Waymark code is involved.

    pip install pyhpke
    python3 tests/interop/pyhpke_open_envelope.py ENVELOPE.hex NGO_PRIVATE_KEY_HEX

With core/tests/fixtures/envelope/worked-example.hex and the key in
docs/envelope.md it prints the worked example's report.
"""
import hashlib, json, sys
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pyhpke import AEADId, CipherSuite, KDFId, KEMId, KEMKey

envelope = bytes.fromhex("".join(open(sys.argv[1]).read().split()))
ngo_sk = X25519PrivateKey.from_private_bytes(bytes.fromhex(sys.argv[2]))
ngo_pk = ngo_sk.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

aad, enc, ct = envelope[:21], envelope[21:53], envelope[53:]     # header, enc, ct
assert aad[:6] == b"WMKE\x01\x01" and aad[6:12] == bytes.fromhex("002000010003")
assert len(envelope) == 1 << aad[12]                             # bucket
assert aad[13:21] == hashlib.sha256(ngo_pk).digest()[:8]         # key id

suite = CipherSuite.new(KEMId.DHKEM_X25519_HKDF_SHA256, KDFId.HKDF_SHA256,
                        AEADId.CHACHA20_POLY1305)
ctx = suite.create_recipient_context(enc, KEMKey.from_pyca_cryptography_key(ngo_sk),
                                     info=b"waymark/report/v1")
padded = ctx.open(ct, aad=aad)
n = int.from_bytes(padded[:4], "big")
assert not any(padded[4 + n:])                                   # zero padding
print(json.loads(padded[4:4 + n]))
