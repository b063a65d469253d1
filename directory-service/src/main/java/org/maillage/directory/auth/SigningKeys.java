package org.maillage.directory.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

    private final TransactionOperations<Connection> tx;
    private final KeyEncryption encryption;
    private final TokenSettings settings;
    private volatile List<StoredKey> keys;

    public SigningKeys(TransactionOperations<Connection> tx, KeyEncryption encryption, TokenSettings settings) {
        this.tx = tx;
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

    private List<StoredKey> rotateAndLoad() {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            // one instance at a time; the others wait on the lock and then read what it wrote
            try (PreparedStatement lock = c.prepareStatement("lock table signing_key in exclusive mode")) {
                lock.execute();
            }
            sealClearKeys(c);
            List<StoredKey> found = read(c);
            Instant now = Instant.now();
            if (found.isEmpty()) {
                insert(c, now, now);
            } else if (!found.get(found.size() - 1).signsFrom().plus(settings.getSigningKeyRotation()).isAfter(now)) {
                insert(c, now, now.plus(settings.getSigningKeyPublishAhead()));
            }
            forgetSuperseded(c, read(c), now);
            return read(c);
        });
    }

    /** Keys written in clear before keys were sealed (migration V11): sealed now, the clear copy emptied. */
    private void sealClearKeys(Connection c) throws SQLException {
        List<String[]> clear = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select kid, jwk from signing_key where jwk is not null");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                clear.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] row : clear) {
            RSAKey key = parse(row[1]);
            try (PreparedStatement ps = c.prepareStatement(
                    "update signing_key set public_jwk = ?, sealed_private_key = ?, jwk = null where kid = ?")) {
                ps.setString(1, key.toPublicJWK().toJSONString());
                ps.setBytes(2, encryption.seal(row[1].getBytes(StandardCharsets.UTF_8), row[0]));
                ps.setString(3, row[0]);
                ps.executeUpdate();
            }
            LOG.info("sealed signing key {} that was stored in clear", row[0]);
        }
    }

    private void insert(Connection c, Instant now, Instant signsFrom) throws SQLException {
        RSAKey key;
        try {
            key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate a signing key", e);
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into signing_key (kid, public_jwk, sealed_private_key, created_at, signs_from) values (?, ?, ?, ?, ?)""")) {
            ps.setString(1, key.getKeyID());
            ps.setString(2, key.toPublicJWK().toJSONString());
            ps.setBytes(3, encryption.seal(key.toJSONString().getBytes(StandardCharsets.UTF_8), key.getKeyID()));
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setTimestamp(5, Timestamp.from(signsFrom));
            ps.executeUpdate();
        }
        LOG.info("new signing key {}, signing from {}", key.getKeyID(), signsFrom);
    }

    /** A key replaced long enough ago that every token it signed has expired (plus a check period of slack). */
    private void forgetSuperseded(Connection c, List<StoredKey> found, Instant now) throws SQLException {
        Duration keep = settings.getAccessTokenLifetime().plus(settings.getSigningKeyCheck()).plusMinutes(1);
        for (int i = 0; i + 1 < found.size(); i++) {
            if (found.get(i + 1).signsFrom().plus(keep).isBefore(now)) {
                try (PreparedStatement ps = c.prepareStatement("delete from signing_key where kid = ?")) {
                    ps.setString(1, found.get(i).key().getKeyID());
                    ps.executeUpdate();
                }
            }
        }
    }

    private List<StoredKey> read(Connection c) throws SQLException {
        List<StoredKey> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select kid, sealed_private_key, signs_from from signing_key order by signs_from, kid");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String opened = new String(encryption.open(rs.getBytes(2), rs.getString(1)), StandardCharsets.UTF_8);
                out.add(new StoredKey(parse(opened), rs.getTimestamp(3).toInstant()));
            }
        }
        return out;
    }

    private static RSAKey parse(String jwk) {
        try {
            return RSAKey.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored signing key is unreadable", e);
        }
    }
}
