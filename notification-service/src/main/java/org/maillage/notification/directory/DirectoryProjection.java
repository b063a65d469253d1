package org.maillage.notification.directory;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.directory.api.AccountClosed;
import org.maillage.directory.api.AccountEventTypes;
import org.maillage.directory.api.AccountNoticeTypes;
import org.maillage.notification.account.AccountNotices;
import org.maillage.directory.api.AccountState;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.directory.api.OrganizationState;
import org.maillage.notification.Sql;
import org.maillage.platform.inbox.InboundEvent;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * This service's copy of the directory: organizations (what they do, where, in which pilots) and the people
 * it may write to. Runs in the inbox's transaction; the newest state wins whatever order events arrive in.
 */
@Singleton
public class DirectoryProjection {

    private final TransactionOperations<Connection> tx;
    private final ObjectMapper json;
    private final AccountNotices notices;

    public DirectoryProjection(TransactionOperations<Connection> tx, ObjectMapper json, AccountNotices notices) {
        this.tx = tx;
        this.json = json;
        this.notices = notices;
    }

    public void organization(InboundEvent event) throws SQLException {
        if (!OrganizationEventTypes.carriesState(event.type())) {
            return;
        }
        OrganizationState o = event.decode(json, OrganizationState.class);
        Sql.update(tx.getConnection(), """
                insert into organization (id, kind, name, status, categories, regions, pilots, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set kind = excluded.kind, name = excluded.name, status = excluded.status,
                    categories = excluded.categories, regions = excluded.regions, pilots = excluded.pilots,
                    changed_at = excluded.changed_at
                where organization.changed_at <= excluded.changed_at""",
                o.organizationId(), o.kind(), o.name(), o.status(), Sql.array(o.categories()), Sql.array(o.regions()),
                o.pilots().toArray(UUID[]::new), o.occurredAt());
    }

    public void account(InboundEvent event) throws SQLException {
        Connection c = tx.getConnection();
        if (AccountEventTypes.carriesState(event.type())) {
            AccountState a = event.decode(json, AccountState.class);
            Sql.update(c, """
                    insert into recipient (account_id, organization_id, role, email, language, pilots, changed_at)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (account_id) do update set organization_id = excluded.organization_id, role = excluded.role,
                        email = excluded.email, language = excluded.language, pilots = excluded.pilots,
                        changed_at = excluded.changed_at
                    where recipient.changed_at <= excluded.changed_at""",
                    a.accountId(), a.organizationId(), a.role(), a.email(), a.language(), a.pilots().toArray(UUID[]::new),
                    a.occurredAt());
        } else if (AccountEventTypes.CLOSED_V1.equals(event.type())) {
            // erasure: the person, their preferences and the addresses kept on their messages go
            UUID account = event.decode(json, AccountClosed.class).accountId();
            Sql.update(c, "update email_intent set email = null, status = case when status = 'PENDING' then 'SUPPRESSED' else status end where account_id = ?", account);
            Sql.update(c, "delete from preference where account_id = ?", account);
            Sql.update(c, "delete from recipient where account_id = ?", account);
        } else if (AccountNoticeTypes.isNotice(event.type())) {
            notices.apply(event);
        }
    }
}
