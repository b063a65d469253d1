package org.maillage.contracts.document;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.contracts.opportunity.Amendment;
import org.maillage.contracts.opportunity.OpportunityService;
import org.maillage.contracts.opportunity.OpportunityStore;
import org.maillage.contracts.opportunity.OpportunityView;
import org.maillage.contracts.response.ResponseService;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.problem.TextInput;
import org.maillage.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Documents of a notice (attached by the buying organization; after publication each change is an addendum) and of
 * a response (attached by the responding enterprise until the deadline; the buyer reads them once it has passed).
 * A file is checked whole before anything is kept; its bytes are written first and its row committed after, and a
 * row that cannot be committed takes its bytes away with it, so nothing is ever half-stored.
 */
@Singleton
public class DocumentService {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentService.class);

    private final TransactionOperations<Connection> tx;
    private final DocumentStore store;
    private final DocumentStorage storage;
    private final FileCheck files;
    private final OpportunityStore opportunities;
    private final OpportunityService opportunityService;
    private final ResponseService responses;
    private final DocumentSettings settings;
    private final Clock clock;

    public DocumentService(TransactionOperations<Connection> tx, DocumentStore store, DocumentStorage storage, FileCheck files,
                           OpportunityStore opportunities, OpportunityService opportunityService, ResponseService responses,
                           DocumentSettings settings, Clock clock) {
        this.tx = tx;
        this.store = store;
        this.storage = storage;
        this.files = files;
        this.opportunities = opportunities;
        this.opportunityService = opportunityService;
        this.responses = responses;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The buying organization deletes one of its drafts, and the files attached to it: the rows in one transaction with
     * the draft, the bytes once it has committed (a failed delete leaves both; bytes that outlive a committed delete
     * are only logged, nothing refers to them).
     */
    public void discardDraft(Caller caller, UUID opportunity) {
        List<StoredDocument> files = tx.executeWrite(status -> {
            List<StoredDocument> gone = new ArrayList<>();
            opportunityService.discard(caller, opportunity, () -> gone.addAll(store.deleteNotice(opportunity)));
            return gone;
        });
        for (StoredDocument d : files) {
            try {
                storage.delete(d.storageKey());
            } catch (RuntimeException e) {
                LOG.warn("could not remove the document object {} of deleted draft {}: {}", d.storageKey(), opportunity, e.toString());
            }
        }
    }

    /** The buying organization attaches a file to its notice, or replaces one (a new version; the old stays listed). */
    public DocumentView attachToNotice(Caller caller, UUID opportunity, Upload upload, String replaces, String summary) {
        OpportunityView o = opportunities.find(opportunity).orElseThrow(() -> ProblemException.notFound("Opportunity", opportunity));
        if (!o.buyerId().equals(caller.organizationId())) {
            if (o.publishedAt() == null) {
                throw ProblemException.notFound("Opportunity", opportunity);
            }
            throw ProblemException.forbidden("Only the buying organization attaches documents to its opportunity.");
        }
        boolean addendum = !"DRAFT".equals(o.status());
        if (addendum && !o.openAt(clock.instant())) {
            throw ProblemException.conflict("status", "documents change only on a draft, or by addendum while responses are open ("
                    + o.status() + ") / les documents ne changent qu'au brouillon ou par addenda avant la date limite", Map.of());
        }
        String words = summary == null || summary.isBlank() ? null : summary.strip();
        if (addendum && words == null) {
            throw ProblemException.invalid("summary", "after publication a document comes with an addendum: say what changed / "
                    + "après publication, un document s'accompagne d'un addenda : dites ce qui change");
        }
        text("summary", words, 2000);
        UUID series = parse("replaces", replaces);
        FileCheck.Checked file = files.check(upload.clientName(), upload.content());
        return keep(caller, opportunity, null, series, file, words, "opportunities/" + opportunity + "/notice/", () -> {
            if (addendum) {
                // the addendum is recorded and announced like any other: responders learn that the notice changed
                opportunityService.amend(caller, opportunity, new Amendment(words, null));
            }
        });
    }

    /**
     * The responding enterprise attaches a file to its response: only an enterprise that may respond (the rule of the
     * response itself, ResponseService.responder), checked again in the document's transaction.
     */
    public DocumentView attachToResponse(Caller caller, UUID opportunity, Upload upload, String replaces) {
        responses.responder(caller, opportunity);
        UUID series = parse("replaces", replaces);
        FileCheck.Checked file = files.check(upload.clientName(), upload.content());
        return keep(caller, opportunity, caller.organizationId(), series, file, null,
                "opportunities/" + opportunity + "/responses/" + caller.organizationId() + "/", () -> responses.responder(caller, opportunity));
    }

    /** The notice's documents, every version: for whoever may read the notice. */
    public List<DocumentView> ofNotice(Caller caller, UUID opportunity) {
        published(caller, opportunity);
        return views(store.of(opportunity, null));
    }

    /** The caller's enterprise's own response documents. */
    public List<DocumentView> ofMyResponse(Caller caller, UUID opportunity) {
        published(caller, opportunity);
        return caller.organizationId() == null ? List.of() : views(store.of(opportunity, caller.organizationId()));
    }

    /** The buyer's view of the response documents: nothing while sealed, every standing response's after the deadline. */
    public List<DocumentView> ofResponsesForBuyer(Caller caller, UUID opportunity) {
        OpportunityView o = opportunities.find(opportunity).filter(x -> x.buyerId().equals(caller.organizationId()))
                .orElseThrow(() -> ProblemException.forbidden("Only the buying organization sees the responses to its opportunity."));
        requireUnsealed(o);
        return views(store.ofStandingResponses(opportunity));
    }

    public Download downloadFromNotice(Caller caller, UUID opportunity, UUID document) {
        published(caller, opportunity);
        StoredDocument d = store.find(document).filter(x -> x.opportunityId().equals(opportunity) && x.enterpriseId() == null)
                .orElseThrow(() -> ProblemException.notFound("Document", document));
        return download(d, false);
    }

    /** A response's document: its enterprise's, and the buyer's once the deadline has passed (the response still standing). */
    public Download downloadFromResponse(Caller caller, UUID opportunity, UUID document) {
        OpportunityView o = published(caller, opportunity);
        UUID org = caller.organizationId();
        StoredDocument d = store.find(document).filter(x -> x.opportunityId().equals(opportunity) && x.enterpriseId() != null)
                .orElseThrow(() -> ProblemException.notFound("Document", document));
        if (d.enterpriseId().equals(org)) {
            return download(d, true);
        }
        if (!o.buyerId().equals(org) || !store.hasStandingResponse(opportunity, d.enterpriseId())) {
            throw ProblemException.notFound("Document", document);
        }
        requireUnsealed(o);
        return download(d, true);
    }

    private DocumentView keep(Caller caller, UUID opportunity, UUID enterprise, UUID replaces, FileCheck.Checked file, String summary,
                              String keyPrefix, Step inTransaction) {
        UUID id = UUID.randomUUID();
        String key = keyPrefix + id;
        // checked before the bytes are written (a full response costs no storage), then again under the opportunity's lock
        requireRoom(opportunity, enterprise, file.content().length);
        storage.put(key, file.content(), file.kind().mediaType);
        try {
            return tx.executeWrite(status -> {
                store.lockOpportunity(opportunity);
                inTransaction.run();
                requireRoom(opportunity, enterprise, file.content().length);
                UUID series = id;
                int version = 1;
                if (replaces != null) {
                    StoredDocument old = store.find(replaces).filter(x -> x.opportunityId().equals(opportunity)
                                    && (enterprise == null ? x.enterpriseId() == null : enterprise.equals(x.enterpriseId())))
                            .orElseThrow(() -> ProblemException.invalid("replaces", "no such document here to replace: " + replaces));
                    series = old.seriesId();
                    version = store.lastVersion(series) + 1;
                }
                StoredDocument d = new StoredDocument(id, series, version, opportunity, enterprise, file.fileName(), file.kind().mediaType,
                        file.content().length, file.sha256(), key, summary, caller.accountId(), clock.instant());
                store.insert(d);
                return view(d, true);
            });
        } catch (RuntimeException e) {
            try {
                storage.delete(key);
            } catch (RuntimeException cleanup) {
                // the row was not committed, so nothing refers to these bytes; say where they are for whoever cleans up
                LOG.warn("could not remove the unreferenced document object {}: {}", key, cleanup.toString());
            }
            throw e;
        }
    }

    private Download download(StoredDocument d, boolean privateToParties) {
        return new Download(storage.open(d.storageKey()), d.contentType(), d.sizeBytes(), FileNames.contentDisposition(d.fileName()),
                privateToParties);
    }

    /** What was never published exists only for its buyer (404 to everyone else, as for the notice itself). */
    private OpportunityView published(Caller caller, UUID opportunity) {
        OpportunityView o = opportunities.find(opportunity).orElseThrow(() -> ProblemException.notFound("Opportunity", opportunity));
        if (o.publishedAt() == null && (caller == null || !o.buyerId().equals(caller.organizationId()))) {
            throw ProblemException.notFound("Opportunity", opportunity);
        }
        return o;
    }

    /**
     * What a notice (enterprise null) or one response may hold in all, every version counted (DocumentSettings): 409 naming
     * the file when this one would go beyond it.
     */
    private void requireRoom(UUID opportunity, UUID enterprise, long size) {
        boolean response = enterprise != null;
        int maxFiles = response ? settings.getResponseMaxFiles() : settings.getNoticeMaxFiles();
        long maxBytes = response ? settings.getResponseMaxTotalBytes() : settings.getNoticeMaxTotalBytes();
        DocumentStore.Held held = store.held(opportunity, enterprise);
        if (held.files() + 1 > maxFiles || held.bytes() + size > maxBytes) {
            String mib = (maxBytes / (1024 * 1024)) + " MiB";
            String what = response ? "a response" : "a notice";
            String quoi = response ? "une réponse" : "un avis";
            throw ProblemException.conflict("file", what + " holds at most " + maxFiles + " files and " + mib + " in all, every version "
                    + "counted; it holds " + held.files() + " files, " + held.bytes() + " bytes / " + quoi + " contient au plus " + maxFiles
                    + " fichiers et " + mib + " en tout, versions comprises", Map.of("maxFiles", maxFiles, "maxTotalBytes", maxBytes));
        }
    }

    private void requireUnsealed(OpportunityView o) {
        if (!o.unsealedAt(clock.instant())) {
            throw ProblemException.conflict("deadline", "responses stay sealed until the deadline (" + o.deadlineMontreal()
                    + "), and for good if the call was cancelled before it / les réponses restent scellées jusqu'à la date limite", Map.of());
        }
    }

    private List<DocumentView> views(List<StoredDocument> all) {
        return all.stream().map(d -> view(d, all.stream().noneMatch(x -> x.seriesId().equals(d.seriesId()) && x.version() > d.version())))
                .toList();
    }

    private static DocumentView view(StoredDocument d, boolean current) {
        String href = "/api/opportunities/" + d.opportunityId() + (d.enterpriseId() == null ? "/documents/" : "/responses/documents/") + d.id();
        return new DocumentView(d.id(), d.seriesId(), d.version(), current, d.opportunityId(), d.enterpriseId(), d.fileName(),
                d.contentType(), d.sizeBytes(), d.sha256(), d.summary(), d.uploadedAt(), href);
    }

    /** A rule or change that belongs in the document's transaction. */
    private interface Step {
        void run();
    }

    private static UUID parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be a document's identifier / identifiant de document invalide");
        }
    }

    private static void text(String field, String value, int max) {
        if (value != null && (TextInput.isInvalid(value) || value.length() > max)) {
            throw ProblemException.invalid(field, value.length() > max ? "at most " + max + " characters / " + max + " caractères au plus"
                    : TextInput.MESSAGE);
        }
    }
}
