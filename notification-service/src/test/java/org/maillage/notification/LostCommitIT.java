package org.maillage.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.notification.delivery.SmtpMailer;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.TestInfrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The window no sender can close: the SMTP server accepted a message, then the commit that records it as sent is lost
 * (here the database refuses it once; a process that dies there does the same). The message stays pending and goes
 * again, with the same Message-ID, derived from its key, so the copy is recognisable as one; then it is recorded once.
 */
/*
 * A context, database and topics of its own (the module has no shared one): notification-service's sender delivers
 * every message of its database to the one SMTP server it is given, and this class reads what its own server
 * (GreenMail) received, with mail settings of its own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LostCommitIT implements TestPropertyProvider {

    private final ServiceUnderTest service = ServiceUnderTest.create("notification_lost_commit", List.of(DirectoryTopics.ACCOUNTS));
    private final ServerSetup smtpSetup = new ServerSetup(TestInfrastructure.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private final GreenMail smtp = new GreenMail(smtpSetup);

    @Override
    public Map<String, String> getProperties() {
        smtp.start();
        Map<String, String> p = new HashMap<>(service.properties());
        p.put("maillage.mail.smtp.port", String.valueOf(smtpSetup.getPort()));
        p.put("maillage.mail.poll-ms", "100");
        p.put("maillage.mail.backoff-initial-ms", "100");
        return p;
    }

    @AfterAll
    void stop() {
        smtp.stop();
    }

    @Test
    void aMessageWhoseSentMarkIsLostGoesAgainWithTheSameMessageId() throws Exception {
        try (Connection c = service.database().connect(); Statement st = c.createStatement()) {
            // the first commit of a sent mark fails; a sequence, unlike a table, keeps its count through the rollback
            st.execute("create sequence lost_commits");
            st.execute("""
                    create function lose_the_first_commit() returns trigger language plpgsql as $$
                    begin
                        if nextval('lost_commits') = 1 then
                            raise exception 'the commit is lost';
                        end if;
                        return new;
                    end $$""");
            st.execute("""
                    create trigger lose_the_first_commit before update on outgoing_message for each row
                    when (old.status = 'PENDING' and new.status = 'SENT') execute function lose_the_first_commit()""");
            st.execute("""
                    insert into outgoing_message (message_key, kind, event_id, email, language, organization_id, organization_name, reason)
                    values ('applicant|ev-lost', 'APPLICATION_REFUSED', 'ev-lost', 'lost@coop.test', 'en',
                            '00000000-0000-4000-8000-000000000001', 'Candidate Co-op', 'Outside the region')""");
        }

        MimeMessage[] copies = await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(smtp, "lost@coop.test"), m -> m.length == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from outgoing_message where event_id = 'ev-lost'"
                + " and status = 'SENT' and attempts = 1") == 1);
        assertThat(copies[0].getMessageID()).isEqualTo(copies[1].getMessageID()).isEqualTo(SmtpMailer.messageId("applicant|ev-lost"));
        assertThat(copies[1].getSubject()).isEqualTo(copies[0].getSubject());
        assertThat(count("select last_value from lost_commits")).as("one lost commit, one kept").isEqualTo(2);
        assertThat(Mailbox.to(smtp, "lost@coop.test")).hasSize(2);
    }

    private int count(String sql) {
        try (Connection c = service.database().connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
