package org.maillage.reporting.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.reporting.sql.Sql;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;

/**
 * Per enterprise and per opportunity, for a pilot and period; narrowed to one organization's own rows when asked.
 * Hand-written SQL (issue 20): report aggregates over several read models, not rows of one entity.
 */
@Singleton
public class DetailQuery {

    private static final String SCOPE = """
            with o as (select o.id from opportunity o join pilot_member pm on pm.organization_id = o.buyer_id and pm.pilot_id = ?
                       where o.published_at >= ? and o.published_at < ?)
            """;

    private final TransactionOperations<Connection> tx;

    public DetailQuery(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    public List<Detail.EnterpriseRow> enterprises(UUID pilot, Period p, @Nullable UUID only) {
        return tx.executeRead(status -> Sql.list(status.getConnection(), SCOPE + """
                select e.id, e.name,
                       (select count(*) from opportunity_match m join o on o.id = m.opportunity_id where m.enterprise_id = e.id),
                       (select count(*) from opportunity_response r join o on o.id = r.opportunity_id
                        where r.enterprise_id = e.id and r.status = 'SUBMITTED'),
                       (select count(*) from contract k join o on o.id = k.opportunity_id
                        where k.supplier_ids @> array[e.id] and k.status <> 'CANCELLED'),
                       coalesce((select sum(contracts) from cell_supplier cs where cs.pilot_id = pm.pilot_id and cs.supplier_id = e.id
                                 and cs.month between ? and ?), 0),
                       coalesce((select sum(value) from cell_supplier cs where cs.pilot_id = pm.pilot_id and cs.supplier_id = e.id
                                 and cs.month between ? and ?), 0)
                from pilot_member pm join organization e on e.id = pm.organization_id
                where pm.pilot_id = ? and pm.kind = 'ENTERPRISE' and (?::uuid is null or e.id = ?)
                order by 7 desc, e.name""", rs -> {
            long responses = rs.getLong(4);
            long wins = rs.getLong(5);
            return new Detail.EnterpriseRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), responses, wins,
                    responses == 0 ? null : Math.round(1000.0 * wins / responses) / 1000.0, rs.getLong(6),
                    DashboardQuery.money(rs.getBigDecimal(7)));
        }, pilot, p.start(), p.endExclusive(), p.firstDay(), p.lastMonth(), p.firstDay(), p.lastMonth(), pilot, only, only));
    }

    public List<Detail.OpportunityRow> opportunities(UUID pilot, Period p, @Nullable UUID onlyBuyer) {
        return tx.executeRead(status -> Sql.list(status.getConnection(), SCOPE + """
                select op.id, coalesce(op.title_fr, op.title_en), op.buyer_id, op.status, op.matched,
                       (select count(*) from opportunity_interest i where i.opportunity_id = op.id and i.interested),
                       (select count(*) from opportunity_interest i where i.opportunity_id = op.id and not i.interested),
                       (select count(*) from opportunity_response r where r.opportunity_id = op.id and r.status = 'SUBMITTED'),
                       op.status = 'AWARDED'
                from o join opportunity op on op.id = o.id
                where ?::uuid is null or op.buyer_id = ?
                order by op.published_at desc, op.id limit 5000""",
                rs -> new Detail.OpportunityRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getBoolean(9)),
                pilot, p.start(), p.endExclusive(), onlyBuyer, onlyBuyer));
    }
}
