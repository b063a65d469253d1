package org.maillage.directory.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The RSA keys that sign access tokens, kept in the database so that every instance signs with the
 * same key and tokens survive a restart. The oldest key signs; all are published in the JWKS.
 */
@Singleton
public class SigningKeys {

    private final TransactionOperations<Connection> tx;
    private volatile List<RSAKey> keys;

    public SigningKeys(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    public RSAKey signingKey() {
        return all().get(0);
    }

    /** Public halves only. */
    public JWKSet publicKeys() {
        return new JWKSet(all().stream().map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList());
    }

    private List<RSAKey> all() {
        List<RSAKey> loaded = keys;
        if (loaded == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = loadOrCreate();
                }
                loaded = keys;
            }
        }
        return loaded;
    }

    private List<RSAKey> loadOrCreate() {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            // one instance creates the first key; the others wait on the lock and then read it
            try (PreparedStatement lock = c.prepareStatement("lock table signing_key in exclusive mode")) {
                lock.execute();
            }
            List<RSAKey> found = read(c);
            if (found.isEmpty()) {
                RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                        .keyID(UUID.randomUUID().toString()).generate();
                try (PreparedStatement ps = c.prepareStatement("insert into signing_key (kid, jwk, created_at) values (?, ?, ?)")) {
                    ps.setString(1, key.getKeyID());
                    ps.setString(2, key.toJSONString());
                    ps.setTimestamp(3, Timestamp.from(Instant.now()));
                    ps.executeUpdate();
                }
                found = List.of(key);
            }
            return found;
        });
    }

    private static List<RSAKey> read(Connection c) throws Exception {
        List<RSAKey> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select jwk from signing_key order by created_at");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(RSAKey.parse(rs.getString(1)));
            }
        } catch (ParseException e) {
            throw new IllegalStateException("a stored signing key is unreadable", e);
        }
        return out;
    }

}
