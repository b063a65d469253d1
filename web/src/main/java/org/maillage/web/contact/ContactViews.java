package org.maillage.web.contact;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.member.Errors;
import org.maillage.web.member.Member;
import org.maillage.web.member.Neighbours;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The records the contact log's pages render. */
public final class ContactViews {

    private ContactViews() {
    }

    /**
     * Which side of the relationships the log is kept from.
     *
     * @param base        where its pages are: /supplier/contacts or /buyer/contacts
     * @param institution the signed-in person is an institution's buyer (otherwise an enterprise's account)
     */
    public record Side(String base, Member me, boolean institution) {
    }

    /** One contact as a line of a history. {@code ours}: my enterprise took the first step. */
    public record Entry(UUID id, LocalDate occurredOn, String channel, String with, UUID withId, boolean ours, @Nullable String unit,
                        String summary, @Nullable String outcome, @Nullable String nextStep, @Nullable LocalDate followUpOn,
                        boolean firstContact, @Nullable UUID introducedBy) {
    }

    /** A relationship: the other organization, how many contacts, the last one and the next follow-up. */
    public record Relationship(UUID id, String name, boolean institution, int contacts, LocalDate last, @Nullable LocalDate followUpOn) {
    }

    /** The contact log's front page. {@code due}: follow-ups up to today, oldest first. */
    public record Log(Side side, List<Relationship> relationships, List<Entry> due, LocalDate today) {
    }

    /** One relationship's history, newest first. */
    public record History(Side side, String name, UUID id, List<Entry> entries) {
    }

    /** A step of a chain of introductions, from the first contact to this one. */
    public record Step(UUID id, LocalDate occurredOn, String between, boolean current) {
    }

    public record Detail(Side side, Entry entry, List<Step> chain, List<Step> ledTo, boolean justLogged) {
    }

    /** Logging a contact: what was typed, the choices and the errors. */
    public record NewForm(Side side, Map<String, String> values, List<Neighbours.Organization> counterparts, Map<String, List<Unit>> units,
                          List<String> channels, List<Earlier> earlier, Errors errors) {

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public List<Neighbours.Organization> institutions() {
            return counterparts.stream().filter(Neighbours.Organization::institution).toList();
        }

        public List<Neighbours.Organization> enterprises() {
            return counterparts.stream().filter(o -> !o.institution()).toList();
        }
    }

    public record Unit(String id, String name) {
    }

    /** An earlier contact that may have led to this one. */
    public record Earlier(String id, String label) {
    }
}
