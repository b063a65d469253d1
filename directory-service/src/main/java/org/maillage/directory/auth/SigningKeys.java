package org.maillage.directory.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The RSA keys that sign access tokens, kept in the database (sealed, see KeyEncryption) so that every
 * instance signs with the same key and tokens survive a restart. Keys rotate (maillage.auth.
 * signing-key-rotation): a new key is published in the JWKS a while before it signs
 * (signing-key-publish-ahead, longer than any validator's JWKS cache and than the check period, so every
 * instance and service knows it first), and the key it replaces stays published until every token it
 * signed has expired. Every instance re-reads the keys at each check; one at a time rotates them.
 */
@Singleton
public class SigningKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);

    /** A key and the time from which it signs (before that, it is only published). */
    record StoredKey(RSAKey key, Instant signsFrom) {
    }

    private final SigningKeyRepository repository;
    private final JdbcOperations jdbc;
    private final KeyEncryption encryption;
    private final TokenSettings settings;
    private volatile List<StoredKey> keys;

    public SigningKeys(SigningKeyRepository repository, JdbcOperations jdbc, KeyEncryption encryption, TokenSettings settings) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.settings = settings;
    }

    /** The newest key that has started signing. */
    public RSAKey signingKey() {
        Instant now = Instant.now();
        List<StoredKey> all = all();
        RSAKey current = all.get(0).key();
        for (StoredKey k : all) {
            if (!k.signsFrom().isAfter(now)) {
                current = k.key();
            }
        }
        return current;
    }

    /** Public halves only: the key that signs, the next one, and those whose tokens may still be valid. */
    public JWKSet publicKeys() {
        return new JWKSet(all().stream().map(k -> (JWK) k.key().toPublicJWK()).toList());
    }

    public Optional<RSAKey> publicKey(String kid) {
        return all().stream().map(StoredKey::key).filter(k -> k.getKeyID().equals(kid)).findFirst().map(RSAKey::toPublicJWK);
    }

    /** Seals keys left in clear by an older version, rotates when due, forgets keys no token can need, and re-reads. */
    @Scheduled(fixedDelay = "${maillage.auth.signing-key-check:5m}", initialDelay = "${maillage.auth.signing-key-check:5m}")
    public void refresh() {
        keys = rotateAndLoad();
    }

    private List<StoredKey> all() {
        List<StoredKey> loaded = keys;
        if (loaded == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = rotateAndLoad();
                }
                loaded = keys;
            }
        }
        return loaded;
    }

    @Transactional
    List<StoredKey> rotateAndLoad() {
        // one instance at a time; the others wait here and then read what it wrote. A table lock, not a row lock (the
        // first key goes into an empty table), and a statement Micronaut Data has no method for, hence plain JDBC
        jdbc.prepareStatement("lock table signing_key in exclusive mode", lock -> lock.execute());
        sealClearKeys();
        List<StoredKey> found = read();
        Instant now = Instant.now();
        if (found.isEmpty()) {
            insert(now, now);
        } else if (!found.get(found.size() - 1).signsFrom().plus(settings.getSigningKeyRotation()).isAfter(now)) {
            insert(now, now.plus(settings.getSigningKeyPublishAhead()));
        }
        forgetSuperseded(read(), now);
        return read();
    }

    /** Keys written in clear before keys were sealed (migration V11): sealed now, the clear copy emptied. */
    private void sealClearKeys() {
        for (SigningKeyRow row : repository.findByJwkIsNotNull()) {
            RSAKey key = parse(row.jwk());
            repository.update(new SigningKeyRow(row.kid(), null, key.toPublicJWK().toJSONString(),
                    encryption.seal(row.jwk().getBytes(StandardCharsets.UTF_8), row.kid()), row.createdAt(), row.signsFrom()));
            LOG.info("sealed signing key {} that was stored in clear", row.kid());
        }
    }

    private void insert(Instant now, Instant signsFrom) {
        RSAKey key;
        try {
            key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate a signing key", e);
        }
        repository.save(new SigningKeyRow(key.getKeyID(), null, key.toPublicJWK().toJSONString(),
                encryption.seal(key.toJSONString().getBytes(StandardCharsets.UTF_8), key.getKeyID()), now, signsFrom));
        LOG.info("new signing key {}, signing from {}", key.getKeyID(), signsFrom);
    }

    /** A key replaced long enough ago that every token it signed has expired (plus a check period of slack). */
    private void forgetSuperseded(List<StoredKey> found, Instant now) {
        Duration keep = settings.getAccessTokenLifetime().plus(settings.getSigningKeyCheck()).plusMinutes(1);
        for (int i = 0; i + 1 < found.size(); i++) {
            if (found.get(i + 1).signsFrom().plus(keep).isBefore(now)) {
                repository.deleteById(found.get(i).key().getKeyID());
            }
        }
    }

    private List<StoredKey> read() {
        return repository.findAllInOrder().stream().map(row -> new StoredKey(parse(new String(
                encryption.open(row.sealedPrivateKey(), row.kid()), StandardCharsets.UTF_8)), row.signsFrom())).toList();
    }

    private static RSAKey parse(String jwk) {
        try {
            return RSAKey.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored signing key is unreadable", e);
        }
    }
}
