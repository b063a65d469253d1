package org.maillage.reporting.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import org.maillage.reporting.sql.Sql;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;

/**
 * The contacts of a pilot that led to a contract: the two organizations of the contact signed a counted contract (confirmed,
 * not cancelled) in the pilot in the contact's month or later. The same rule as the dashboard's "first contacts that led
 * to a contract", applied to every contact, so the referral map can mark where its chains ended in business.
 * Hand-written SQL (issue 20): a read across two read models.
 */
@Singleton
public class ContactContracts {

    /**
     * @param next always null: the whole list fits one answer (one row per contact that led somewhere)
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS) // `next` is there, null, on the last page
    public record Page(@ArraySchema(maxItems = 100000) List<Row> items, @Nullable @Schema(maxLength = 1) String next) {
    }

    /**
     * @param firstContractMonth YYYY-MM of the pair's first contract on or after the contact
     * @param contracts          how many counted contracts the pair signed from the contact's month on
     */
    @Serdeable
    public record Row(UUID contactId, @Schema(maxLength = 7) String firstContractMonth, @Schema(minimum = "0", maximum = "1200") int monthsAfter,
                      @Schema(minimum = "1", maximum = "1000000") long contracts) {
    }

    private final TransactionOperations<Connection> tx;

    public ContactContracts(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    public Page of(UUID pilot) {
        return new Page(tx.executeRead(status -> Sql.list(status.getConnection(), """
                select k.id, to_char(min(s.month), 'YYYY-MM'),
                       ((extract(year from min(s.month)) - extract(year from k.month)) * 12
                        + extract(month from min(s.month)) - extract(month from k.month))::int,
                       count(distinct s.contract_id)
                from contact k
                join contract_share s on s.pilot_id = k.pilot_id and s.counted and s.month >= k.month
                  and ((s.buyer_id = k.low_id and s.supplier_id = k.high_id) or (s.buyer_id = k.high_id and s.supplier_id = k.low_id))
                where k.pilot_id = ?
                group by k.id, k.month order by k.id""",
                rs -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getLong(4)), pilot)), null);
    }
}
