package org.maillage.web.coordinator;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The referral map's trees: each contact under the one that led to it, lonely contacts left out. */
class ReferralsTest {

    private static Referrals.Contact contact(String id, String enterprise, String counterpart, String on, String introducedBy) {
        return new Referrals.Contact(UUID.nameUUIDFromBytes(id.getBytes()), enterprise, counterpart, LocalDate.parse(on), introducedBy == null,
                introducedBy == null ? null : UUID.nameUUIDFromBytes(introducedBy.getBytes()));
    }

    @Test
    void chainsBecomeTreesAndContactsThatLedNowhereAreLeftOut() {
        Referrals.Picture p = Referrals.of(List.of(
                contact("a", "Jardins", "Ville", "2014-04-01", null),
                contact("b", "Jardins", "CHUM", "2014-05-01", "a"),
                contact("c", "Jardins", "CSDM", "2014-06-01", "b"),
                contact("d", "Éclat", "OMHM", "2014-05-15", "a"),
                contact("e", "Racines", "Ville", "2014-07-01", null),
                contact("f", "Tremplin", "Cégep", "2014-03-01", "not in the list")));
        assertThat(p.trees()).hasSize(1);
        Referrals.Node root = p.trees().get(0);
        assertThat(root.label()).isEqualTo("Jardins – Ville");
        assertThat(root.children()).extracting(Referrals.Node::label).containsExactly("Jardins – CHUM", "Éclat – OMHM");
        assertThat(root.children().get(0).children()).extracting(Referrals.Node::label).containsExactly("Jardins – CSDM");
        assertThat(p.deepest()).isEqualTo(2);
        assertThat(p.nodes()).hasSize(4);
        assertThat(p.edges()).hasSize(3);
        assertThat(p.edges().get(0).x2()).as("a line ends at the box of the contact led to").isGreaterThan(p.edges().get(0).x1());
        assertThat(p.width()).isEqualTo(3 * Referrals.COLUMN);
    }

    @Test
    void aLongNameIsShortenedOnThePictureOnly() {
        Referrals.Node n = new Referrals.Node(contact("x", "Coopérative de solidarité en alimentation", "Ville de Montréal", "2014-04-01", null),
                List.of(), 0, 0, null);
        assertThat(n.shortLabel()).hasSize(34).endsWith("…");
        assertThat(n.label()).contains("Ville de Montréal");
    }

    @Test
    void aContactThatLedToAContractIsMarkedWhereverItSitsInTheChain() {
        UUID b = UUID.nameUUIDFromBytes("b".getBytes());
        Referrals.Picture p = Referrals.of(List.of(
                contact("a", "Jardins", "Ville", "2014-04-01", null),
                contact("b", "Jardins", "CHUM", "2014-05-01", "a"),
                contact("c", "Jardins", "CSDM", "2014-06-01", "b")),
                java.util.Map.of(b, new Referrals.Led(b, "2014-09", 4, 2)));
        Referrals.Node root = p.trees().get(0);
        assertThat(root.led()).isNull();
        assertThat(root.children().get(0).led()).extracting(Referrals.Led::firstContractMonth).isEqualTo("2014-09");
        assertThat(root.children().get(0).children().get(0).led()).isNull();
        assertThat(p.ledToContracts()).isEqualTo(1);
    }
}
