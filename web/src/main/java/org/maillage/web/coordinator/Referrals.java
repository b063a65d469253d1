package org.maillage.web.coordinator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who introduced whom: the pilot's contacts as trees, each contact under the one that led to it
 * ({@code introducedByContactId}), only the trees where at least one introduction happened. Laid out for a
 * picture (depth across, order down) and kept as nested lists, the picture's text alternative. A contact that led to a
 * contract says so in words in both, not only by its colour.
 */
public final class Referrals {

    /** Boxes of the picture, in pixels of its own coordinates. */
    static final int COLUMN = 300;
    static final int ROW = 56;
    static final int BOX_WIDTH = 270;
    static final int BOX_HEIGHT = 44;
    private static final int LABEL = 34;

    private Referrals() {
    }

    @Serdeable
    public record Contact(UUID id, String enterpriseName, String counterpartName, LocalDate occurredOn, boolean firstContact,
                          @Nullable UUID introducedByContactId) {
    }

    /**
     * A contact whose two organizations signed a contract in the pilot in its month or later, as the reports know it.
     *
     * @param firstContractMonth YYYY-MM of the first such contract
     */
    @Serdeable
    public record Led(UUID contactId, String firstContractMonth, int monthsAfter, long contracts) {
    }

    /**
     * A contact in a tree, with the contacts it led to.
     *
     * @param led its contract, when it led to one; null otherwise
     */
    public record Node(Contact contact, List<Node> children, int depth, int row, @Nullable Led led) {

        public String label() {
            return contact.enterpriseName() + " – " + contact.counterpartName();
        }

        /** The label as the picture shows it: shortened; the list beside it has it whole. */
        public String shortLabel() {
            String l = label();
            return l.length() > LABEL ? l.substring(0, LABEL - 1) + "…" : l;
        }

        public int x() {
            return depth * COLUMN + 4;
        }

        public int y() {
            return row * ROW + 4;
        }
    }

    /** A line from a contact to one it led to. */
    public record Edge(int x1, int y1, int x2, int y2) {
    }

    /** The picture and its lists: trees in the order of their first contact, and the picture's size. */
    public record Picture(List<Node> trees, List<Node> nodes, List<Edge> edges, int width, int height, int deepest) {

        public boolean isEmpty() {
            return trees.isEmpty();
        }

        /** How many contacts of the picture led to a contract. */
        public long ledToContracts() {
            return nodes.stream().filter(n -> n.led() != null).count();
        }
    }

    public static Picture of(List<Contact> contacts) {
        return of(contacts, Map.of());
    }

    /** @param led the contacts that led to a contract, by contact id */
    public static Picture of(List<Contact> contacts, Map<UUID, Led> led) {
        Map<UUID, List<Contact>> children = new HashMap<>();
        Map<UUID, Contact> byId = new HashMap<>();
        contacts.forEach(c -> byId.put(c.id(), c));
        for (Contact c : contacts) {
            if (c.introducedByContactId() != null && byId.containsKey(c.introducedByContactId())) {
                children.computeIfAbsent(c.introducedByContactId(), k -> new ArrayList<>()).add(c);
            }
        }
        Comparator<Contact> byDate = Comparator.comparing(Contact::occurredOn).thenComparing(c -> c.id().toString());
        List<Contact> roots = contacts.stream()
                .filter(c -> (c.introducedByContactId() == null || !byId.containsKey(c.introducedByContactId())) && children.containsKey(c.id()))
                .sorted(byDate).toList();
        List<Node> trees = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        int[] row = {0};
        int[] deepest = {0};
        for (Contact root : roots) {
            trees.add(place(root, 0, row, children, byDate, nodes, edges, deepest, led));
            row[0]++; // a blank row between two trees
        }
        int width = (deepest[0] + 1) * COLUMN;
        int height = Math.max(1, row[0]) * ROW;
        return new Picture(trees, nodes, edges, width, height, deepest[0]);
    }

    private static Node place(Contact c, int depth, int[] row, Map<UUID, List<Contact>> children, Comparator<Contact> order,
                              List<Node> nodes, List<Edge> edges, int[] deepest, Map<UUID, Led> led) {
        int mine = row[0]++;
        deepest[0] = Math.max(deepest[0], depth);
        List<Node> kids = new ArrayList<>();
        for (Contact child : children.getOrDefault(c.id(), List.of()).stream().sorted(order).toList()) {
            kids.add(place(child, depth + 1, row, children, order, nodes, edges, deepest, led));
        }
        Node node = new Node(c, kids, depth, mine, led.get(c.id()));
        nodes.add(node);
        for (Node k : kids) {
            edges.add(new Edge(node.x() + BOX_WIDTH, node.y() + BOX_HEIGHT / 2, k.x(), k.y() + BOX_HEIGHT / 2));
        }
        return node;
    }
}
