package org.maillage.directory.auth;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.maillage.directory.api.LinkSeal;

/** The key shared with notification-service for the tokens of emailed links (MAILLAGE_ACCOUNT_LINK_KEY). */
@Factory
class LinkSealFactory {

    @Singleton
    LinkSeal linkSeal(@Value("${maillage.account-link.key:" + LinkSeal.LOCAL_KEY + "}") String key) {
        return new LinkSeal(key);
    }
}
