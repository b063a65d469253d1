package org.maillage.notification.applicant;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.maillage.directory.api.ApplicationEventTypes;
import org.maillage.directory.api.ApplicationRefused;
import org.maillage.platform.inbox.InboundEvent;

/**
 * Applies the directory's application events inside the inbox's transaction: a refusal with a contact address becomes a
 * message to send; without one, no one can be told here (the coordinator's page says so).
 */
@Singleton
public class ApplicationRefusals {

    private final RefusalQueue messages;
    private final ObjectMapper json;

    ApplicationRefusals(RefusalQueue messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public void apply(InboundEvent event) {
        if (!ApplicationEventTypes.REFUSED_V1.equals(event.type())) {
            return;
        }
        ApplicationRefused refused = event.decode(json, ApplicationRefused.class);
        if (refused.contactEmail() == null || refused.contactEmail().isBlank()) {
            return;
        }
        messages.add(event.id(), refused.organizationId(), refused.contactEmail(), "en".equals(refused.language()) ? "en" : "fr",
                refused.name(), refused.reason());
    }
}
