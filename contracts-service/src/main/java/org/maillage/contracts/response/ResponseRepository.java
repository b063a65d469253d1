package org.maillage.contracts.response;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ResponseRepository extends CrudRepository<ResponseRow, UUID> {

    /** Locks the row until the transaction ends, so a decision on it and its writer never interleave. */
    Optional<ResponseRow> findByIdAndOpportunityIdForUpdate(UUID id, UUID opportunityId);

    Optional<ResponseRow> findByOpportunityIdAndEnterpriseId(UUID opportunityId, UUID enterpriseId);

    Optional<ResponseRow> findByOpportunityIdAndEnterpriseIdForUpdate(UUID opportunityId, UUID enterpriseId);

    boolean existsByOpportunityIdAndEnterpriseIdAndStatusNotEqual(UUID opportunityId, UUID enterpriseId, String status);

    List<ResponseRow> findByEnterpriseId(UUID enterpriseId, Pageable page);

    List<ResponseRow> findByOpportunityIdAndStatusNotEqual(UUID opportunityId, String status, Sort sort);

    /**
     * Submits or replaces the enterprise's one response. Hand-written for its conflict clause: two first submissions at once
     * end in one row, and a partner no longer named loses its confirmation, in the same statement.
     */
    @Query("""
            insert into response (id, opportunity_id, enterprise_id, price_cad, proposal, documents, partners, status, submitted_at, updated_at)
            values (:id, :opportunityId, :enterpriseId, :priceCad, :proposal, :documents, :partners, 'SUBMITTED', :now, :now)
            on conflict (opportunity_id, enterprise_id) do update set price_cad = excluded.price_cad,
                proposal = excluded.proposal, documents = excluded.documents, partners = excluded.partners,
                confirmed_partners = array(select unnest(response.confirmed_partners) intersect select unnest(excluded.partners)),
                status = 'SUBMITTED', updated_at = excluded.updated_at, version = response.version + 1""")
    void submit(UUID id, UUID opportunityId, UUID enterpriseId, BigDecimal priceCad, String proposal, String[] documents,
                String[] partners, Instant now);

    /**
     * The current version of each file of the enterprise's response, for its receipt. Read here rather than through the
     * documents feature, which builds on this one: the receipt is made in the submission's own transaction.
     */
    @Query(value = """
            select d.file_name, d.size_bytes, d.sha256 from document d
            where d.opportunity_id = :opportunity and d.enterprise_id = :enterprise
              and d.version = (select max(v.version) from document v where v.series_id = d.series_id)
            order by d.uploaded_at, d.id""", nativeQuery = true)
    List<ReceivedFile> currentFiles(UUID opportunity, UUID enterprise);

    /** The responses to an opportunity naming this partner. Hand-written for the array containment (the GIN index of V15). */
    @Query(value = """
            select * from response where opportunity_id = :opportunity and status <> 'WITHDRAWN'
              and partners @> array[cast(:partner as text)] order by submitted_at, id""", nativeQuery = true)
    List<ResponseRow> naming(UUID opportunity, UUID partner);

    /**
     * The submitted responses naming this partner on opportunities still open, nearest deadline first. Hand-written for the
     * array containment (V15) and the join on the opportunity's deadline.
     */
    @Query(value = """
            select r.* from response r join opportunity o on o.id = r.opportunity_id
            where r.partners @> array[cast(:partner as text)] and r.status = 'SUBMITTED' and o.status = 'PUBLISHED' and o.deadline > :now
            order by o.deadline, r.id limit :limit""", nativeQuery = true)
    List<ResponseRow> openNaming(UUID partner, Instant now, int limit);
}
