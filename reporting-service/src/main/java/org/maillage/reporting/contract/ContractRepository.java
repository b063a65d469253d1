package org.maillage.reporting.contract;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ContractRepository extends CrudRepository<ContractRow, UUID> {

    /**
     * Hand-written: an upsert where the newest state wins in one statement. The month is the start's, or else the day
     * it was first recorded, and a later state without a start never moves it; 0 when this state is older.
     */
    @Query("""
            insert into contract (id, opportunity_id, buyer_id, supplier_ids, title, categories, value_cad, final_value_cad, starts_on,
                ends_on, status, origin, confirmed, month, updated_at)
            values (:id, :opportunityId, :buyerId, cast(:supplierIds as uuid[]), :title, :categories, :valueCad, :finalValueCad,
                :startsOn, :endsOn, :status, :origin, :confirmed,
                cast(date_trunc('month', coalesce(cast(:startsOn as date), cast(:recordedOn as date))) as date), :updatedAt)
            on conflict (id) do update set supplier_ids = excluded.supplier_ids, title = excluded.title,
                categories = excluded.categories, value_cad = excluded.value_cad, final_value_cad = excluded.final_value_cad,
                starts_on = excluded.starts_on, ends_on = excluded.ends_on, status = excluded.status, confirmed = excluded.confirmed,
                month = case when excluded.starts_on is not null then excluded.month
                             when contract.starts_on is null then contract.month
                             else excluded.month end,
                updated_at = excluded.updated_at
            where contract.updated_at <= excluded.updated_at""")
    long keepNewest(UUID id, @Nullable UUID opportunityId, UUID buyerId, String[] supplierIds, String title, String[] categories,
                    BigDecimal valueCad, @Nullable BigDecimal finalValueCad, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
                    String status, String origin, boolean confirmed, LocalDate recordedOn, Instant updatedAt);

    /** The contracts an organization is party to, as buyer or as one of the suppliers. */
    @Query("select id from contract where buyer_id = :organization or supplier_ids @> array[cast(:organization as uuid)]")
    List<UUID> partyTo(UUID organization);
}
