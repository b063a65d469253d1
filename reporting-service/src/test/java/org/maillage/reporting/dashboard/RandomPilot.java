package org.maillage.reporting.dashboard;

import io.micronaut.serde.ObjectMapper;
import org.maillage.contracts.api.ContactEventTypes;
import org.maillage.contracts.api.ContactState;
import org.maillage.contracts.api.ContractEventTypes;
import org.maillage.contracts.api.ContractState;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.OpportunityInterest;
import org.maillage.contracts.api.OpportunityMatches;
import org.maillage.contracts.api.OpportunityResponse;
import org.maillage.contracts.api.OpportunityState;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.directory.api.OrganizationState;
import org.maillage.testkit.TestEvents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A random pilot, as events on the real topics, and the numbers its dashboard must show, computed here
 * from the pilot's own definitions without any of reporting-service's code or SQL. Events arrive across
 * topics out of order (contracts and contacts before the organizations they name, an introduction after the
 * contact it led to), some twice, and some organizations' older states after their newer ones.
 */
final class RandomPilot {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private static final List<String> CATEGORIES = List.of("90100000", "82120000", "78120000", "76110000", "70110000");
    private static final List<String> REASONS = List.of("TOO_LARGE", "NOT_OUR_FIELD", "TIMING", "CAPACITY", "OTHER");
    private static final Instant START = LocalDate.of(2014, 1, 1).atStartOfDay(MONTREAL).toInstant();

    record Org(UUID id, String kind, List<UUID> pilots, Integer commitment, List<UUID> units) {
    }

    record Contract(UUID id, UUID opportunity, UUID buyer, List<UUID> suppliers, String category, BigDecimal value,
                    BigDecimal finalValue, LocalDate startsOn, Instant recordedAt, String status, boolean confirmed) {
        YearMonth month() {
            return YearMonth.from(startsOn != null ? startsOn : recordedAt.atZone(MONTREAL).toLocalDate());
        }

        BigDecimal counted() {
            return finalValue != null ? finalValue : value;
        }
    }

    record Contact(UUID id, UUID pilot, UUID enterprise, UUID counterpart, String counterpartKind, UUID unit, LocalDate on,
                   Instant createdAt, UUID introducedBy, boolean introduced) {
    }

    record Opportunity(UUID id, UUID buyer, Instant publishedAt, int matched, String status, Map<UUID, String> interest,
                       Map<UUID, String> responses) {
    }

    final UUID pilot = UUID.randomUUID();
    final UUID otherPilot = UUID.randomUUID();
    final Map<UUID, Org> orgs = new LinkedHashMap<>();
    final List<Contract> contracts = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();
    final List<Opportunity> opportunities = new ArrayList<>();
    final List<TestEvents.Outgoing> events = new ArrayList<>();

    private final Random random;
    private final ObjectMapper json;
    private final String prefix;

    RandomPilot(long seed, ObjectMapper json, String topicPrefix) {
        this.random = new Random(seed);
        this.json = json;
        this.prefix = topicPrefix;
        List<TestEvents.Outgoing> organizationEvents = organizations();
        opportunitiesAndAwards();
        directContracts();
        contactLog();
        List<TestEvents.Outgoing> rest = new ArrayList<>(events);
        events.clear();
        // contracts and contacts first, their organizations after; then a tenth of everything delivered again
        events.addAll(rest);
        events.addAll(organizationEvents);
        List<TestEvents.Outgoing> again = new ArrayList<>(events);
        Collections.shuffle(again, random);
        events.addAll(again.subList(0, again.size() / 10));
    }

    // ---- generation ----

    private List<TestEvents.Outgoing> organizations() {
        List<TestEvents.Outgoing> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            List<UUID> units = new ArrayList<>();
            for (int u = random.nextInt(4); u > 0; u--) {
                units.add(UUID.randomUUID());
            }
            org(out, "INSTITUTION", i < 5 ? List.of(pilot) : List.of(otherPilot), i % 3 == 0 ? null : 1 + random.nextInt(6), units);
        }
        for (int i = 0; i < 15; i++) {
            List<UUID> pilots = i < 12 ? List.of(pilot) : i == 12 ? List.of(pilot, otherPilot) : List.of(otherPilot);
            org(out, "ENTERPRISE", pilots, null, List.of());
        }
        return out;
    }

    /** The final state, announced after an older one that the newer must win over (sent in the wrong order). */
    private void org(List<TestEvents.Outgoing> out, String kind, List<UUID> pilots, Integer commitment, List<UUID> units) {
        UUID id = UUID.randomUUID();
        Org o = new Org(id, kind, pilots, commitment, units);
        orgs.put(id, o);
        Instant newer = START.plus(400, ChronoUnit.DAYS);
        out.add(event(DirectoryTopics.ORGANIZATIONS, id, OrganizationEventTypes.UPDATED_V1, state(o, pilots, units, newer)));
        if (random.nextBoolean()) {
            List<UUID> stalePilots = pilots.contains(otherPilot) ? List.of(pilot) : List.of(otherPilot);
            out.add(event(DirectoryTopics.ORGANIZATIONS, id, OrganizationEventTypes.REGISTERED_V1,
                    state(o, stalePilots, List.of(), START.minus(10, ChronoUnit.DAYS))));
        }
    }

    private static OrganizationState state(Org o, List<UUID> pilots, List<UUID> units, Instant at) {
        return new OrganizationState(o.id(), o.kind(), "Organisation " + o.id(), List.of(), "ACTIVE", null, null, List.of("90100000"),
                List.of("06"), pilots, units.stream().map(u -> new OrganizationState.DecisionUnit(u, "Unité " + u, List.of())).toList(),
                o.commitment(), o.commitment() == null ? null : BigDecimal.valueOf(10000L * o.commitment()), at);
    }

    private void opportunitiesAndAwards() {
        List<Org> buyers = orgs.values().stream().filter(o -> "INSTITUTION".equals(o.kind())).toList();
        List<Org> enterprises = enterprises();
        for (int i = 0; i < 30; i++) {
            Org buyer = pick(buyers);
            UUID id = UUID.randomUUID();
            Instant published = START.plus(random.nextInt(700), ChronoUnit.DAYS).plus(random.nextInt(86_400), ChronoUnit.SECONDS);
            List<UUID> matched = new ArrayList<>();
            for (Org e : enterprises) {
                if (random.nextInt(3) == 0) {
                    matched.add(e.id());
                }
            }
            Map<UUID, String> interest = new HashMap<>();
            Map<UUID, String> responses = new HashMap<>();
            String status = List.of("PUBLISHED", "CLOSED", "AWARDED", "AWARDED", "CANCELLED", "UNSUCCESSFUL").get(random.nextInt(6));
            Instant t = published;
            event(ContractsTopics.OPPORTUNITIES, id, OpportunityEventTypes.PUBLISHED_V1, opportunity(id, buyer, "PUBLISHED", matched.size(), t));
            event(ContractsTopics.OPPORTUNITIES, id, OpportunityEventTypes.MATCHED_V1, new OpportunityMatches(id, matched, t));
            for (UUID e : matched) {
                int answer = random.nextInt(4);
                t = t.plusSeconds(60);
                if (answer == 0) {
                    continue;
                }
                boolean interested = answer > 1;
                String reason = interested ? null : pick(REASONS);
                interest.put(e, interested ? "YES" : reason);
                event(ContractsTopics.OPPORTUNITIES, id, OpportunityEventTypes.INTEREST_V1, new OpportunityInterest(id, e, interested, reason, t));
                if (interested && random.nextBoolean()) {
                    t = t.plusSeconds(60);
                    event(ContractsTopics.OPPORTUNITIES, id, OpportunityEventTypes.RESPONSE_V1, new OpportunityResponse(id, e, "SUBMITTED", t));
                    String last = "SUBMITTED";
                    if (random.nextInt(4) == 0) {
                        t = t.plusSeconds(60);
                        last = "WITHDRAWN";
                        event(ContractsTopics.OPPORTUNITIES, id, OpportunityEventTypes.RESPONSE_V1, new OpportunityResponse(id, e, last, t));
                    }
                    responses.put(e, last);
                }
            }
            List<UUID> responders = responses.entrySet().stream().filter(r -> r.getValue().equals("SUBMITTED")).map(Map.Entry::getKey).toList();
            if (status.equals("AWARDED") && responders.isEmpty()) {
                status = "UNSUCCESSFUL";
            }
            if (!status.equals("PUBLISHED")) {
                t = t.plus(20, ChronoUnit.DAYS);
                String type = switch (status) {
                    case "CLOSED" -> OpportunityEventTypes.CLOSED_V1;
                    case "AWARDED" -> OpportunityEventTypes.AWARDED_V1;
                    case "CANCELLED" -> OpportunityEventTypes.CANCELLED_V1;
                    default -> OpportunityEventTypes.UNSUCCESSFUL_V1;
                };
                event(ContractsTopics.OPPORTUNITIES, id, type, opportunity(id, buyer, status, matched.size(), t));
            }
            opportunities.add(new Opportunity(id, buyer.id(), published, matched.size(), status, interest, responses));
            if (status.equals("AWARDED")) {
                contract(id, buyer.id(), List.of(pick(responders)), t, true);
            }
        }
    }

    private OpportunityState opportunity(UUID id, Org buyer, String status, int matched, Instant at) {
        return new OpportunityState(id, buyer.id(), "INSTITUTION", null, "Occasion " + id, null, "INVITATION", List.of(pick(CATEGORIES)),
                List.of("06"), List.of("social.smeInclusion"), random.nextBoolean() ? null : BigDecimal.valueOf(5000 + random.nextInt(90000)),
                at.plus(15, ChronoUnit.DAYS), status, status.equals("CANCELLED") ? "Besoin annulé" : null, matched, at);
    }

    private void directContracts() {
        List<Org> all = new ArrayList<>(orgs.values());
        List<Org> enterprises = enterprises();
        for (int i = 0; i < 140; i++) {
            Org buyer = pick(all);
            List<UUID> suppliers = new ArrayList<>();
            suppliers.add(pick(enterprises).id());
            if (random.nextInt(5) == 0) {
                suppliers.add(pick(enterprises).id());
            }
            suppliers.remove(buyer.id());
            suppliers = suppliers.stream().distinct().toList();
            if (suppliers.isEmpty()) {
                continue;
            }
            Instant at = START.plus(random.nextInt(700), ChronoUnit.DAYS).plus(random.nextInt(86_400), ChronoUnit.SECONDS);
            contract(null, buyer.id(), suppliers, at, random.nextInt(5) > 0);
        }
    }

    /** A contract's life as events: recorded (maybe only declared), confirmed, then perhaps started, completed or cancelled. */
    private void contract(UUID opportunity, UUID buyer, List<UUID> suppliers, Instant at, boolean eventuallyConfirmed) {
        UUID id = UUID.randomUUID();
        String category = pick(CATEGORIES);
        BigDecimal value = BigDecimal.valueOf(100_00 + random.nextInt(5_000_000), 2);
        LocalDate startsOn = random.nextBoolean() ? null : at.atZone(MONTREAL).toLocalDate().plusDays(random.nextInt(90));
        boolean declaredFirst = opportunity == null && random.nextBoolean();
        String origin = opportunity != null ? "AWARD" : "INSTITUTION".equals(orgs.get(buyer).kind()) ? "DIRECT" : "BETWEEN_ENTERPRISES";
        Contract k = new Contract(id, opportunity, buyer, suppliers, category, value, null, startsOn, at, "PENDING", !declaredFirst);
        emit(k, ContractEventTypes.RECORDED_V1, at, origin);
        Instant t = at;
        if (declaredFirst && eventuallyConfirmed) {
            t = t.plus(3, ChronoUnit.DAYS);
            k = with(k, k.status(), true, null, null);
            emit(k, ContractEventTypes.CONFIRMED_V1, t, origin);
        }
        if (k.confirmed()) {
            int fate = random.nextInt(5);
            if (fate >= 1) {
                t = t.plus(5, ChronoUnit.DAYS);
                k = fate == 1 ? with(k, "CANCELLED", true, null, null) : with(k, "ACTIVE", true, null, null);
                emit(k, ContractEventTypes.STATUS_CHANGED_V1, t, origin);
            }
            if (fate >= 3) {
                t = t.plus(30, ChronoUnit.DAYS);
                k = with(k, k.status(), true, k.value().add(BigDecimal.valueOf(random.nextInt(100_000), 2)), null);
                emit(k, ContractEventTypes.AMENDED_V1, t, origin);
            }
            if (fate == 4) {
                t = t.plus(60, ChronoUnit.DAYS);
                k = with(k, "COMPLETED", true, k.value(), k.value().subtract(BigDecimal.valueOf(random.nextInt(10_000), 2)));
                emit(k, ContractEventTypes.STATUS_CHANGED_V1, t, origin);
            }
        }
        contracts.add(k);
    }

    private static Contract with(Contract k, String status, boolean confirmed, BigDecimal value, BigDecimal finalValue) {
        return new Contract(k.id(), k.opportunity(), k.buyer(), k.suppliers(), k.category(), value != null ? value : k.value(), finalValue,
                k.startsOn(), k.recordedAt(), status, confirmed);
    }

    private void emit(Contract k, String type, Instant at, String origin) {
        event(ContractsTopics.CONTRACTS, k.id(), type, new ContractState(k.id(), k.opportunity(), k.buyer(), null, k.suppliers(),
                "Contrat " + k.id(), List.of(k.category()), k.value(), k.startsOn(), null, k.status(), origin, k.confirmed(),
                k.finalValue(), k.confirmed() ? k.buyer() : null, k.buyer(), at));
    }

    private void contactLog() {
        List<Org> enterprises = enterprises();
        List<Org> all = new ArrayList<>(orgs.values());
        List<Contact> logged = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            Org e = pick(enterprises);
            Org other = pick(all);
            if (other.id().equals(e.id())) {
                continue;
            }
            LocalDate on = START.atZone(MONTREAL).toLocalDate().plusDays(random.nextInt(700));
            Instant created = START.plus(i, ChronoUnit.MINUTES);
            List<Contact> earlier = logged.stream().filter(c -> !c.on().isAfter(on)).toList();
            UUID introducedBy = !earlier.isEmpty() && random.nextInt(3) == 0 ? pick(earlier).id() : null;
            boolean introduced = introducedBy != null || random.nextInt(8) == 0;
            UUID unit = "INSTITUTION".equals(other.kind()) && !other.units().isEmpty() && random.nextBoolean()
                    ? (random.nextInt(6) == 0 ? UUID.randomUUID() : pick(other.units())) : null;
            boolean bothIn = e.pilots().contains(pilot) && other.pilots().contains(pilot);
            UUID contactPilot = bothIn ? pilot : e.pilots().contains(otherPilot) && other.pilots().contains(otherPilot) ? otherPilot : null;
            Contact c = new Contact(UUID.randomUUID(), contactPilot, e.id(), other.id(), other.kind(), unit, on, created, introducedBy, introduced);
            logged.add(c);
        }
        contacts.addAll(logged);
        List<Contact> shuffled = new ArrayList<>(logged);
        Collections.shuffle(shuffled, random);
        for (Contact c : shuffled) {
            ContactState s = new ContactState(c.id(), c.pilot(), c.enterprise(), c.counterpart(), c.counterpartKind(), c.unit(), c.on(),
                    random.nextBoolean() ? "MEETING" : "PHONE", c.enterprise(), c.introducedBy(), c.introduced(), c.createdAt(), c.createdAt());
            event(ContractsTopics.CONTACTS, c.id(), ContactEventTypes.LOGGED_V1, s);
        }
    }

    private List<Org> enterprises() {
        return orgs.values().stream().filter(o -> "ENTERPRISE".equals(o.kind())).toList();
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private TestEvents.Outgoing event(String topic, UUID key, String type, Object data) {
        try {
            TestEvents.Outgoing e = new TestEvents.Outgoing(prefix + topic, key.toString(), UUID.randomUUID().toString(), type,
                    json.writeValueAsString(data));
            events.add(e);
            return e;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    // ---- the expected figures, from the definitions ----

    private boolean inPilot(UUID org) {
        return orgs.get(org).pilots().contains(pilot);
    }

    private boolean participates(Contract k) {
        return inPilot(k.buyer()) && k.suppliers().stream().anyMatch(this::inPilot);
    }

    private static boolean counted(Contract k) {
        return k.confirmed() && !"CANCELLED".equals(k.status());
    }

    private boolean between(Contract k) {
        return "ENTERPRISE".equals(orgs.get(k.buyer()).kind());
    }

    private static boolean within(YearMonth m, YearMonth from, YearMonth to) {
        return !m.isBefore(from) && !m.isAfter(to);
    }

    List<Contract> headlineContracts(YearMonth from, YearMonth to) {
        return contracts.stream().filter(k -> participates(k) && counted(k) && !between(k) && within(k.month(), from, to)).toList();
    }

    List<Contract> betweenContracts(YearMonth from, YearMonth to) {
        return contracts.stream().filter(k -> participates(k) && counted(k) && between(k) && within(k.month(), from, to)).toList();
    }

    List<Contract> declaredContracts(YearMonth from, YearMonth to) {
        return contracts.stream().filter(k -> participates(k) && !k.confirmed() && !"CANCELLED".equals(k.status())
                && within(k.month(), from, to)).toList();
    }

    List<Org> pilotInstitutions() {
        return orgs.values().stream().filter(o -> "INSTITUTION".equals(o.kind()) && o.pilots().contains(pilot)).toList();
    }

    static BigDecimal sum(List<Contract> ks) {
        return ks.stream().map(Contract::counted).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private boolean isFirst(Contact c) {
        return contacts.stream().filter(o -> samePair(o, c)).min(Comparator.comparing(Contact::on).thenComparing(Contact::createdAt))
                .orElseThrow() == c;
    }

    private static boolean samePair(Contact a, Contact b) {
        return (a.enterprise().equals(b.enterprise()) && a.counterpart().equals(b.counterpart()))
                || (a.enterprise().equals(b.counterpart()) && a.counterpart().equals(b.enterprise()));
    }

    int depth(Contact c) {
        if (c.introducedBy() == null) {
            return c.introduced() ? 1 : 0;
        }
        return depth(contacts.stream().filter(o -> o.id().equals(c.introducedBy())).findFirst().orElseThrow()) + 1;
    }

    List<Contact> pilotContacts(YearMonth from, YearMonth to) {
        return contacts.stream().filter(c -> pilot.equals(c.pilot()) && within(YearMonth.from(c.on()), from, to)).toList();
    }

    long firstContacts(YearMonth from, YearMonth to) {
        return pilotContacts(from, to).stream().filter(this::isFirst).count();
    }

    Map<Integer, Long> byDepth(YearMonth from, YearMonth to) {
        Map<Integer, Long> out = new TreeMap<>();
        pilotContacts(from, to).forEach(c -> out.merge(depth(c), 1L, Long::sum));
        return out;
    }

    /** First contacts whose pair had a counted contract in the pilot between that month and N months later. */
    long ledToContract(YearMonth from, YearMonth to, int months) {
        return pilotContacts(from, to).stream().filter(this::isFirst).filter(c -> contracts.stream().anyMatch(k ->
                participates(k) && counted(k) && pairOf(k, c)
                        && !k.month().isBefore(YearMonth.from(c.on())) && !k.month().isAfter(YearMonth.from(c.on()).plusMonths(months)))).count();
    }

    /** Every contact of the pilot whose pair had a counted contract in the pilot from its month on: the first such month. */
    Map<UUID, YearMonth> contactsLedToContract() {
        Map<UUID, YearMonth> out = new java.util.HashMap<>();
        for (Contact c : pilotContacts(YearMonth.of(2000, 1), YearMonth.of(2100, 12))) {
            contracts.stream().filter(k -> participates(k) && counted(k) && pairOf(k, c) && !k.month().isBefore(YearMonth.from(c.on())))
                    .map(Contract::month).min(Comparator.naturalOrder()).ifPresent(m -> out.put(c.id(), m));
        }
        return out;
    }

    private boolean pairOf(Contract k, Contact c) {
        return k.suppliers().stream().filter(this::inPilot).anyMatch(s ->
                (k.buyer().equals(c.enterprise()) && s.equals(c.counterpart())) || (k.buyer().equals(c.counterpart()) && s.equals(c.enterprise())));
    }

    long unitsReached(Org institution, YearMonth from, YearMonth to) {
        return pilotContacts(from, to).stream().filter(c -> c.counterpart().equals(institution.id()) && c.unit() != null
                && institution.units().contains(c.unit())).map(Contact::unit).distinct().count();
    }

    List<Opportunity> pilotOpportunities(YearMonth from, YearMonth to) {
        Instant start = from.atDay(1).atStartOfDay(MONTREAL).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(MONTREAL).toInstant();
        return opportunities.stream().filter(o -> inPilot(o.buyer()) && !o.publishedAt().isBefore(start) && o.publishedAt().isBefore(end))
                .toList();
    }
}
