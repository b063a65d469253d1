package org.maillage.contracts.contract;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ContractChangeRepository extends CrudRepository<ContractChangeRow, ContractChangeKey> {

    /** The histories of several contracts, each oldest first. Written out because the contract is a part of the key. */
    @Query(value = "select * from contract_change where contract_id in (:contracts) order by contract_id, seq", nativeQuery = true)
    List<ContractChangeRow> ofContracts(Collection<UUID> contracts);
}
