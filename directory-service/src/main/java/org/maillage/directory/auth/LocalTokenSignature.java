package org.maillage.directory.auth;

import com.nimbusds.jose.JOSEException;
import io.micronaut.security.token.jwt.signature.rsa.RSASignatureConfiguration;
import jakarta.inject.Named;

import java.security.interfaces.RSAPublicKey;

/**
 * directory-service validates the tokens it issues with its own public key, rather than fetching its
 * own JWKS over HTTP. The other services validate against the published JWKS.
 */
@jakarta.inject.Singleton
@Named("maillage-local")
public class LocalTokenSignature implements RSASignatureConfiguration {

    private final SigningKeys keys;

    public LocalTokenSignature(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public RSAPublicKey getPublicKey() {
        try {
            return keys.signingKey().toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
