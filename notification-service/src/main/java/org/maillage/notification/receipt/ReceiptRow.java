package org.maillage.notification.receipt;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

/** What one version of a response's receipt says (migration V8), kept until its message is written. */
@MappedEntity("response_receipt")
record ReceiptRow(@EmbeddedId Key key, UUID opportunityId, UUID enterpriseId, UUID accountId, boolean replaced,
                  @MappedProperty(type = DataType.STRING_ARRAY) String[] fileNames,
                  @MappedProperty(type = DataType.LONG_ARRAY) Long[] fileSizes,
                  @MappedProperty(type = DataType.STRING_ARRAY) String[] fileDigests) {

    @Embeddable
    record Key(@MappedProperty("response_id") UUID responseId, @MappedProperty("received_at") Instant receivedAt) {
    }
}
