package org.maillage.contracts.contract;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ContractRepository extends CrudRepository<ContractRow, UUID> {

    /** The contract an award made of this opportunity (origin AWARD; an opportunity is awarded once). */
    Optional<ContractRow> findFirstByOpportunityIdAndOrigin(UUID opportunityId, String origin);

    /** Locks the row until the transaction ends: two changes to one contract never interleave. */
    Optional<ContractRow> findByIdForUpdate(UUID id);

    /**
     * The declared contracts that wait for this organization's word: as buyer, those a supplier declared; as a supplier
     * between enterprises, those the buyer declared. Hand-written for the array containment, which the GIN index of
     * migration V16 answers.
     */
    @Query(value = """
            select * from contract where not confirmed and status = 'PENDING'
              and ((buyer_id = :org and recorded_by <> buyer_id)
                   or (origin = 'BETWEEN_ENTERPRISES' and recorded_by = buyer_id and supplier_ids @> array[cast(:org as text)]))
            order by created_at, id limit :limit""", nativeQuery = true)
    List<ContractRow> awaiting(UUID org, int limit);

    /**
     * The contracts this organization is a party to, newest first; after {@code after} (the previous page's last contract)
     * when given, so a page never shifts as contracts are added. Hand-written for the array containment (V16).
     */
    @Query(value = """
            select * from contract where (buyer_id = :org or supplier_ids @> array[cast(:org as text)])
            and (cast(:after as uuid) is null or (created_at, id) < (select a.created_at, a.id from contract a where a.id = :after))
            order by created_at desc, id desc limit :limit""", nativeQuery = true)
    List<ContractRow> ofParty(UUID org, @Nullable UUID after, int limit);
}
