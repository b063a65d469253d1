package org.maillage.contracts.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Documents. The lists are hand-written for their order: a series' documents in the order they were first attached, each
 * series' versions in order, which needs each series' first upload (a subquery no method name expresses).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DocumentRepository extends CrudRepository<StoredDocument, UUID> {

    String ORDER = " order by (select min(first.uploaded_at) from document first where first.series_id = d.series_id),"
            + " d.series_id, d.version";

    /** Locks the opportunity's row: document changes to one opportunity are serialized, so two replacements never take the same version. */
    @Query("select id from opportunity where id = :opportunity for update")
    Optional<UUID> lockOpportunity(UUID opportunity);

    /** How many files the notice (enterprise null) or one enterprise's response holds, every version counted. */
    @Query(value = "select count(*) from document where opportunity_id = :opportunity and enterprise_id is not distinct from cast(:enterprise as uuid)",
            nativeQuery = true)
    long countHeld(UUID opportunity, @Nullable UUID enterprise);

    /** Their bytes in all. */
    @Query(value = """
            select coalesce(sum(size_bytes), 0) from document
            where opportunity_id = :opportunity and enterprise_id is not distinct from cast(:enterprise as uuid)""", nativeQuery = true)
    long bytesHeld(UUID opportunity, @Nullable UUID enterprise);

    /** The latest version of a series. */
    Optional<Integer> findMaxVersionBySeriesId(UUID seriesId);

    @Query(value = "select d.* from document d where d.opportunity_id = :opportunity and d.enterprise_id is null" + ORDER, nativeQuery = true)
    List<StoredDocument> ofNotice(UUID opportunity);

    @Query(value = "select d.* from document d where d.opportunity_id = :opportunity and d.enterprise_id = :enterprise" + ORDER,
            nativeQuery = true)
    List<StoredDocument> ofResponse(UUID opportunity, UUID enterprise);

    /** The documents of every response that still stands (a withdrawn response's files are not the buyer's to read). */
    @Query(value = """
            select d.* from document d where d.opportunity_id = :opportunity and d.enterprise_id is not null and exists (select 1
            from response r where r.opportunity_id = d.opportunity_id and r.enterprise_id = d.enterprise_id and r.status <> 'WITHDRAWN')"""
            + ORDER, nativeQuery = true)
    List<StoredDocument> ofStandingResponses(UUID opportunity);
}
