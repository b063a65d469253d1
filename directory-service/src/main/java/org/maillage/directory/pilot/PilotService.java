package org.maillage.directory.pilot;

import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.directory.auth.AccountRepository;
import org.maillage.platform.api.Listing;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Pilots: several at once (Montréal, Estrie), each with its members, read in pages. */
@Singleton
public class PilotService {

    private final PilotRepository pilots;
    private final PilotMemberRepository members;
    private final AccountRepository accounts;

    public PilotService(PilotRepository pilots, PilotMemberRepository members, AccountRepository accounts) {
        this.pilots = pilots;
        this.members = members;
        this.accounts = accounts;
    }

    /** The coordinator who opens a pilot coordinates it (its next token carries it). */
    @Transactional
    public PilotView create(Caller caller, NewPilot pilot) {
        if (pilot.endsOn().isBefore(pilot.startsOn())) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn / la fin précède le début");
        }
        UUID id = UUID.randomUUID();
        insert(id, pilot);
        accounts.findByIdForUpdate(caller.accountId()).ifPresent(a -> accounts.update(a.id(),
                Stream.concat(Arrays.stream(a.pilots()), Stream.of(id.toString())).toArray(String[]::new)));
        return find(id).orElseThrow();
    }

    /** Creates the pilot with this id if it does not exist yet (first start of a deployment). */
    @Transactional
    public void ensure(UUID id, NewPilot pilot) {
        if (!pilots.existsById(id)) {
            insert(id, pilot);
        }
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return pilots.existsById(id);
    }

    @Transactional(readOnly = true)
    public Optional<PilotView> find(UUID id) {
        return pilots.findById(id).map(p -> view(p, members.countInPilot(id)));
    }

    /** Every pilot with its member count: two queries, however many pilots and members. */
    @Transactional(readOnly = true)
    public List<PilotView> all() {
        Map<UUID, Long> counts = members.countByPilot().stream().collect(Collectors.toMap(MemberCount::pilotId, MemberCount::members));
        return pilots.findAll(Sort.of(Sort.Order.asc("startsOn"), Sort.Order.asc("name"))).stream()
                .map(p -> view(p, counts.getOrDefault(p.id(), 0L))).toList();
    }

    /** Members by name then id; {@code after} is the last organization of the previous page. */
    @Transactional(readOnly = true)
    public Listing<Member> members(UUID pilot, UUID after, int size) {
        List<Member> out = members.membersAfter(pilot, after, size + 1).stream()
                .map(m -> new Member(m.organizationId(), m.name(), m.kind(), m.status(), m.joinedOn())).toList();
        boolean more = out.size() > size;
        List<Member> page = more ? out.subList(0, size) : out;
        return new Listing<>(List.copyOf(page), more ? page.get(size - 1).organizationId().toString() : null);
    }

    private void insert(UUID id, NewPilot p) {
        pilots.save(new PilotRow(id, p.name().strip(), p.region(), p.startsOn(), p.endsOn(), p.coordinatingOrganization().strip(),
                Instant.now()));
    }

    private static PilotView view(PilotRow p, long memberCount) {
        return new PilotView(p.id(), p.name(), p.region(), p.startsOn(), p.endsOn(), p.coordinatingOrganization(), memberCount);
    }
}
