package org.maillage.notification.delivery;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface BouncedAddressRepository extends CrudRepository<BouncedAddressRow, String> {

    /** Hand-written for {@code on conflict do nothing}: two senders may see the same address refused at once. */
    @Query("insert into bounced_address (email, reason) values (:email, :reason) on conflict do nothing")
    long remember(String email, String reason);
}
