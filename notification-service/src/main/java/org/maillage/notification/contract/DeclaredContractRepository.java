package org.maillage.notification.contract;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.maillage.notification.message.DeclaredContract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DeclaredContractRepository extends CrudRepository<DeclaredContractRow, UUID> {

    /** Hand-written for {@code on conflict do nothing}: a redelivered or replayed declaration keeps the first one. */
    @Query("""
            insert into declared_contract (contract_id, title, value_cad, recorded_by, buyer_id, declared_at)
            values (:contractId, :title, :valueCad, :recordedBy, :buyerId, :declaredAt)
            on conflict (contract_id) do nothing""")
    long remember(UUID contractId, String title, BigDecimal valueCad, UUID recordedBy, UUID buyerId, Instant declaredAt);

    void update(@Id UUID contractId, boolean confirmed);

    /** Hand-written: the contract with the name of the organization that declared it, from this service's copy of the directory. */
    @Query("""
            select k.title, k.value_cad, coalesce(o.name, '') as declared_by from declared_contract k
            left join organization o on o.id = k.recorded_by where k.contract_id = :contractId""")
    Optional<DeclaredContract> toConfirm(UUID contractId);
}
