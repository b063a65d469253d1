package org.maillage.directory.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SignInRepository extends CrudRepository<SignInRow, UUID> {

    /** Hand-written for its upsert: two sign-ins at once both count, and the first one's time stays. */
    @Query("""
            insert into account_sign_in (account_id, first_signed_in, last_signed_in) values (:accountId, :at, :at)
            on conflict (account_id) do update set last_signed_in = greatest(account_sign_in.last_signed_in, excluded.last_signed_in)""")
    long record(UUID accountId, Instant at);

    /**
     * The BUYER and SUPPLIER accounts of a pilot that never signed in, oldest first, after the account {@code after}
     * (null: from the start). Hand-written: an anti-join, and a keyset over the account's creation.
     */
    @Query("""
            select a.id, a.email, a.role, a.organization_id, coalesce(o.legal_name, '') as organization_name, a.language, a.created_at
            from account a left join organization o on o.id = a.organization_id
            where :pilot = any(a.pilots) and a.role in ('BUYER', 'SUPPLIER')
              and not exists (select 1 from account_sign_in s where s.account_id = a.id)
              and (cast(:after as uuid) is null
                   or (a.created_at, a.id) > (select created_at, id from account where id = cast(:after as uuid)))
            order by a.created_at, a.id limit :limit""")
    List<NeverSignedIn> neverSignedIn(String pilot, @io.micronaut.core.annotation.Nullable UUID after, int limit);
}
