-- Signing keys are kept sealed (AES-GCM, with a key-encryption key from the environment), and rotate:
-- a new key is published ahead of signing (so every validator's cached JWKS knows it first), and an old
-- one stays published until the tokens it signed have expired. Keys stored in clear before this version
-- are sealed by the service at its next start-up (it alone knows the key-encryption key), which then
-- empties the clear column.
alter table signing_key
    alter column jwk drop not null,
    add column public_jwk         text,
    add column sealed_private_key bytea,
    add column signs_from         timestamptz;

update signing_key set signs_from = created_at;
alter table signing_key alter column signs_from set not null;
