package org.maillage.notification;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.maillage.notification.delivery.SmtpMailer;
import org.maillage.testkit.TestInfrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V6 on a database that V1 to V5 filled: every row of the five old tables moves into outgoing_message with its
 * status, recipient and facts, under the key its old sender derived its Message-ID from (so a message sent before the
 * upgrade and sent again after keeps its Message-ID, and is never queued twice); the alerts a digest gathered still
 * point to it; then the old tables are gone.
 */
class OutgoingMessageMigrationIT {

    private static final String ACCOUNT = "00000000-0000-4000-8000-0000000000a1";
    private static final String ORG = "00000000-0000-4000-8000-0000000000b1";
    private static final String LEAD = "00000000-0000-4000-8000-0000000000b2";
    private static final String OPPORTUNITY = "00000000-0000-4000-8000-0000000000c1";

    private final TestInfrastructure.Database database = TestInfrastructure.get().newDatabase("notification_v6");

    @Test
    void everyRowOfTheOldTablesMovesUnderTheKeyItsMessageIdCameFrom() throws Exception {
        flyway("5").migrate();
        try (Connection c = database.connect(); Statement st = c.createStatement()) {
            st.execute("insert into email_intent (id, event_id, account_id, kind, opportunity_id, delivery, status, email, language, attempts,"
                    + " sent_at) values (7, 'ev-matched', '" + ACCOUNT + "', 'MATCHED', '" + OPPORTUNITY + "', 'IMMEDIATE', 'SENT',"
                    + " 'a@coop.test', 'fr', 1, now())");
            st.execute("insert into email_intent (id, event_id, account_id, kind, delivery, status) values (9, 'digest:2027-02-15', '"
                    + ACCOUNT + "', 'DIGEST', 'IMMEDIATE', 'PENDING')");
            st.execute("insert into email_intent (id, event_id, account_id, kind, opportunity_id, delivery, status, digest_id) values"
                    + " (8, 'ev-gathered', '" + ACCOUNT + "', 'MATCHED', '" + OPPORTUNITY + "', 'DIGEST', 'DIGESTED', 9)");
            st.execute("insert into account_message (event_id, account_id, kind, sealed_token, expires_at) values ('ev-link', '"
                    + ACCOUNT + "', 'INVITATION', 'sealed-token', now() + interval '1 day')");
            st.execute("insert into account_message (event_id, account_id, kind, locked_until, status, email, language, attempts, sent_at)"
                    + " values ('ev-locked', '" + ACCOUNT + "', 'LOCKED', now(), 'SENT', 'a@coop.test', 'en', 1, now())");
            st.execute("insert into applicant_message (event_id, organization_id, email, language, organization_name, reason, status,"
                    + " attempts, error, next_attempt_at, created_at) values ('ev-refused', '" + ORG + "', 'applicant@coop.test', 'en',"
                    + " 'Candidate Co-op', 'Outside the region', 'FAILED', 1, '550 no such user', now(), now())");
            st.execute("insert into invitation_message (event_id, account_id, organization_id, pilot_name, organization_name,"
                    + " next_attempt_at, created_at) values ('ev-invited', '" + ACCOUNT + "', '" + ORG + "', 'Pilote de l''Estrie',"
                    + " 'Menuiserie Boréale', now(), now())");
            st.execute("insert into partner_message (event_id, opportunity_id, lead_id, account_id, status, attempts, next_attempt_at,"
                    + " created_at, sent_at) values ('ev-named', '" + OPPORTUNITY + "', '" + LEAD + "', '" + ACCOUNT + "', 'SENT', 1, now(),"
                    + " now(), now())");
        }

        flyway(null).migrate();

        assertThat(rows("select message_key || ' ' || kind || ' ' || status || ' ' || coalesce(account_id::text, email)"
                + " from outgoing_message order by message_key collate \"C\"")).containsExactly(
                "account|ev-link ACCOUNT_INVITATION PENDING " + ACCOUNT,
                "account|ev-locked ACCOUNT_LOCKED SENT " + ACCOUNT,
                "applicant|ev-refused APPLICATION_REFUSED FAILED applicant@coop.test",
                "digest:2027-02-15|" + ACCOUNT + "|DIGEST DIGEST PENDING " + ACCOUNT,
                "ev-gathered|" + ACCOUNT + "|MATCHED MATCHED DIGESTED " + ACCOUNT,
                "ev-matched|" + ACCOUNT + "|MATCHED MATCHED SENT " + ACCOUNT,
                "invitation|ev-invited|" + ACCOUNT + " PILOT_INVITATION PENDING " + ACCOUNT,
                "partner|" + OPPORTUNITY + "|" + LEAD + "|" + ACCOUNT + " PARTNER_NAMED SENT " + ACCOUNT);
        // the seeds the old senders gave SmtpMailer.messageId, spelled as they built them
        assertThat(rows("select message_key from outgoing_message where kind = 'PARTNER_NAMED'"))
                .extracting(SmtpMailer::messageId).containsExactly(SmtpMailer.messageId("partner|" + OPPORTUNITY + "|" + LEAD + "|" + ACCOUNT));
        assertThat(rows("select id || ' ' || digest_id from outgoing_message where kind = 'MATCHED' and digest_id is not null"))
                .containsExactly("8 9");
        assertThat(rows("select sealed_token || ' ' || (expires_at > now()) from outgoing_message where event_id = 'ev-link'"))
                .containsExactly("sealed-token true");
        assertThat(rows("select email || ' ' || language || ' ' || organization_id || ' ' || organization_name || ' ' || reason || ' '"
                + " || error from outgoing_message where event_id = 'ev-refused'"))
                .containsExactly("applicant@coop.test en " + ORG + " Candidate Co-op Outside the region 550 no such user");
        assertThat(rows("select pilot_name || ' ' || organization_name || ' ' || organization_id from outgoing_message"
                + " where event_id = 'ev-invited'")).containsExactly("Pilote de l'Estrie Menuiserie Boréale " + ORG);
        assertThat(rows("select opportunity_id || ' ' || organization_id from outgoing_message where event_id = 'ev-named'"))
                .containsExactly(OPPORTUNITY + " " + LEAD);
        assertThat(rows("select table_name from information_schema.tables where table_name in ('email_intent', 'account_message',"
                + " 'applicant_message', 'invitation_message', 'partner_message')")).isEmpty();
        // a message queued after the upgrade takes an id after the moved ones
        try (Connection c = database.connect(); Statement st = c.createStatement()) {
            st.execute("insert into outgoing_message (message_key, kind, event_id, account_id) values ('after', 'PASSWORD_CHANGED',"
                    + " 'ev-after', '" + ACCOUNT + "')");
        }
        assertThat(rows("select (id > 9)::text from outgoing_message where message_key = 'after'")).containsExactly("true");
    }

    private Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(database.url(), database.username(), database.password())
                .locations("classpath:db/platform", "classpath:db/migration");
        return (target == null ? config : config.target(target)).load();
    }

    private List<String> rows(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = database.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
