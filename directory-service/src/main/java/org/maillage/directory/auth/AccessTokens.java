package org.maillage.directory.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Singleton;
import org.maillage.platform.security.Caller;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Signs short-lived RS256 access tokens carrying what object-level checks need. */
@Singleton
public class AccessTokens {

    private final SigningKeys keys;
    private final TokenSettings settings;

    public AccessTokens(SigningKeys keys, TokenSettings settings) {
        this.keys = keys;
        this.settings = settings;
    }

    public String issue(Account account) {
        RSAKey key = keys.signingKey();
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(settings.getIssuer())
                .audience(settings.getAudience())
                .subject(account.id().toString())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(settings.getAccessTokenLifetime())))
                .claim("roles", List.of(account.role()))
                .claim(Caller.PILOTS, List.of(account.pilots()))
                .claim("lang", account.language());
        if (account.organizationId() != null) {
            claims.claim(Caller.ORGANIZATION, account.organizationId().toString());
        }
        if (account.decisionUnitId() != null) {
            claims.claim(Caller.DECISION_UNIT, account.decisionUnitId().toString());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign an access token", e);
        }
        return jwt.serialize();
    }

    public long lifetimeSeconds() {
        return settings.getAccessTokenLifetime().toSeconds();
    }
}
