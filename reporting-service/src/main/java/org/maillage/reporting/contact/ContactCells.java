package org.maillage.reporting.contact;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What is derived from the contact log, and the monthly cells the dashboard sums: which contact is a pair's
 * first, how deep in a chain of introductions each one sits, and how many months after a first contact the
 * pair's first contract came. Recomputed for what a change touches, under the projection lock.
 */
@Singleton
public class ContactCells {

    /** A pilot's month of contacts. */
    private record Month(UUID pilot, LocalDate month) {
    }

    private final ContactRepository contacts;
    private final ContactCellRepository cells;

    public ContactCells(ContactRepository contacts, ContactCellRepository cells) {
        this.contacts = contacts;
        this.cells = cells;
    }

    /**
     * After a contact was written: its own month, and the months of whatever changed because of it (which of
     * the pair's contacts is first, the depths below it in the chain, the pair's first contact's conversion).
     * Only changed rows are touched, so a busy pair costs no more than a quiet one.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void refreshAround(UUID contact) {
        ContactRow k = contacts.findById(contact).orElseThrow();
        Set<Month> touched = new LinkedHashSet<>();
        if (k.pilotId() != null) {
            touched.add(new Month(k.pilotId(), k.month()));
        }
        addMonths(touched, cells.markFirst(k.lowId(), k.highId()));
        addMonths(touched, depths(contact));
        addMonths(touched, cells.convert(k.lowId(), k.highId()));
        recompute(touched);
    }

    /** A contract between the two changed: their first contacts may now have led to one, or no longer. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void refreshConversion(UUID a, UUID b) {
        Set<Month> touched = new LinkedHashSet<>();
        addMonths(touched, cells.convert(a, b));
        recompute(touched);
    }

    /** A later-arriving introducer deepens its whole subtree, one level of introductions per statement. */
    private Set<ContactRow> depths(UUID contact) {
        cells.placeInChain(contact);
        Set<ContactRow> changed = new LinkedHashSet<>();
        Deque<UUID> queue = new ArrayDeque<>();
        queue.add(contact);
        int guard = 0;
        while (!queue.isEmpty() && guard++ < 100_000) {
            for (ContactRow c : cells.deepenIntroduced(queue.poll())) {
                queue.add(c.id());
                changed.add(c);
            }
        }
        return changed;
    }

    private static void addMonths(Set<Month> touched, Collection<ContactRow> changed) {
        for (ContactRow c : changed) {
            if (c.pilotId() != null) {
                touched.add(new Month(c.pilotId(), c.month()));
            }
        }
    }

    private void recompute(Set<Month> touched) {
        for (Month m : touched) {
            cells.deleteContacts(m.pilot(), m.month());
            cells.insertContacts(m.pilot(), m.month());
            cells.deleteDepths(m.pilot(), m.month());
            cells.insertDepths(m.pilot(), m.month());
            cells.deleteFirstContacts(m.pilot(), m.month());
            cells.insertFirstContacts(m.pilot(), m.month());
            cells.deleteUnits(m.pilot(), m.month());
            cells.insertUnits(m.pilot(), m.month());
        }
    }
}
