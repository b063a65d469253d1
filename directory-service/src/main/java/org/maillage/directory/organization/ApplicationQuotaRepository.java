package org.maillage.directory.organization;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApplicationQuotaRepository extends CrudRepository<ApplicationQuotaRow, ApplicationQuotaRow.Key> {

    /**
     * Hand-written: one atomic upsert, so that applications sent at the same moment from one address each
     * count, and each reads the count its own increment produced.
     */
    @Query("""
            insert into application_quota as q (client, day, applications) values (:client, :day, 1)
            on conflict (client, day) do update set applications = q.applications + 1
            returning applications""")
    int spend(String client, LocalDate day);

    @Query("delete from application_quota where day < :before")
    long forgetBefore(LocalDate before);
}
