package org.maillage.reporting.contract;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract's shares and the summary cells they fall into. Hand-written (issue 20): what a share and each cell hold is
 * defined once, by the views of migration V6 (`<table>_source`), which a rebuild reads in full; a change deletes the
 * touched rows and inserts them again from their view, so a live figure cannot drift from a rebuilt one. A cell with
 * nothing left stays deleted.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ContractShareRepository extends CrudRepository<ContractShareRow, ContractShareRow.Key> {

    @Query("select * from contract_share where contract_id = :contractId")
    List<ContractShareRow> ofContract(UUID contractId);

    @Query("delete from contract_share where contract_id = :contractId")
    long deleteShares(UUID contractId);

    @Query("insert into contract_share select * from contract_share_source where contract_id = :contractId")
    long insertShares(UUID contractId);

    @Query("delete from cell_month where pilot_id = :pilotId and month = :month")
    long deleteMonth(UUID pilotId, LocalDate month);

    @Query("insert into cell_month select * from cell_month_source where pilot_id = :pilotId and month = :month")
    long insertMonth(UUID pilotId, LocalDate month);

    @Query("delete from cell_buyer where pilot_id = :pilotId and month = :month and buyer_id = :buyerId")
    long deleteBuyer(UUID pilotId, LocalDate month, UUID buyerId);

    @Query("insert into cell_buyer select * from cell_buyer_source where pilot_id = :pilotId and month = :month and buyer_id = :buyerId")
    long insertBuyer(UUID pilotId, LocalDate month, UUID buyerId);

    @Query("delete from cell_supplier where pilot_id = :pilotId and month = :month and supplier_id = :supplierId")
    long deleteSupplier(UUID pilotId, LocalDate month, UUID supplierId);

    @Query("""
            insert into cell_supplier select * from cell_supplier_source
            where pilot_id = :pilotId and month = :month and supplier_id = :supplierId""")
    long insertSupplier(UUID pilotId, LocalDate month, UUID supplierId);

    @Query("delete from cell_category where pilot_id = :pilotId and month = :month and category = :category")
    long deleteCategory(UUID pilotId, LocalDate month, String category);

    @Query("insert into cell_category select * from cell_category_source where pilot_id = :pilotId and month = :month and category = :category")
    long insertCategory(UUID pilotId, LocalDate month, String category);
}
