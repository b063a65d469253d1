package org.maillage.directory.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * directory-service validates the tokens it issues with its own published keys, rather than fetching its
 * own JWKS over HTTP: the key named by the token's kid, among those still published (so a token signed
 * before a rotation stays valid until it expires). The other services validate against the JWKS.
 */
@Singleton
@Named("maillage-local")
public class LocalTokenSignature implements SignatureConfiguration {

    private final SigningKeys keys;

    public LocalTokenSignature(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only the RS256 JWS algorithm is supported";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return JWSAlgorithm.RS256.equals(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        String kid = jwt.getHeader().getKeyID();
        Optional<com.nimbusds.jose.jwk.RSAKey> key = kid == null ? Optional.empty() : keys.publicKey(kid);
        return key.isPresent() && jwt.verify(new RSASSAVerifier(key.get().toRSAPublicKey()));
    }
}
