//! Vault and key ids, and the key-store aliases made from them: shared by
//! both header formats, the migration, rotation and the wipe.

pub(crate) type Id = [u8; 16];

pub(crate) fn random_id() -> Id {
    crate::random::array()
}

/// Every alias of one vault starts with this (format-1 aliases too, which
/// were exactly the prefix).
pub(crate) fn vault_prefix(vault_id: &Id) -> String {
    format!("waymark-{}", crate::hex::encode(vault_id))
}

/// The key-store alias of one key of a vault. Every alias has this shape,
/// whatever the key is for.
pub(crate) fn alias(vault_id: &Id, key_id: &Id) -> String {
    format!("{}-{}", vault_prefix(vault_id), crate::hex::encode(key_id))
}
