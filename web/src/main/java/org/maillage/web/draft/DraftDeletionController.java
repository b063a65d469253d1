package org.maillage.web.draft;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.maillage.web.buyer.BuyerApi;
import org.maillage.web.client.NotFound;
import org.maillage.web.documents.DocumentsApi;
import org.maillage.web.session.Buyer;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.net.URI;
import java.util.UUID;

/**
 * A buyer deletes a draft it will not publish. Deleting is final and takes the draft's files with it, so the review's
 * "Supprimer ce brouillon" opens this page, which names what goes; only its button deletes. A call already published
 * is never deleted (the API refuses): the buyer lands on its page, which says where it stands and offers to cancel it.
 */
@Controller("/buyer/opportunities/{id}/delete")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DraftDeletionController {

    private final DraftClient drafts;
    private final BuyerApi api;
    private final DocumentsApi documents;

    public DraftDeletionController(DraftClient drafts, BuyerApi api, DocumentsApi documents) {
        this.drafts = drafts;
        this.api = api;
        this.documents = documents;
    }

    @Get
    public HttpResponse<?> confirm(HttpRequest<?> request, Buyer me, UUID id) {
        BuyerApi.Opportunity o = api.opportunity(id, me.visitor().token());
        if (!o.buyerId().equals(me.organization())) {
            throw new NotFound();
        }
        if (!"DRAFT".equals(o.status())) {
            return HttpResponse.seeOther(URI.create("/buyer/opportunities/" + id));
        }
        Page p = Pages.page(request, "buyer.deleteDraft.pageTitle");
        String title = p.pick(o.titleFr(), o.titleEn());
        return HttpResponse.ok(Pages.render("draft/delete", p,
                new DraftDeletionPage(id, title == null || title.isBlank() ? p.t("buyer.deleteDraft.untitled") : title,
                        documents.list(id, me.visitor().token()).size())));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> delete(Buyer me, UUID id) {
        try {
            drafts.delete(id);
        } catch (HttpClientResponseException e) {
            if (e.getStatus().getCode() == 409) {
                // published meanwhile (another tab, a colleague): its page says so
                return HttpResponse.seeOther(URI.create("/buyer/opportunities/" + id));
            }
            throw e;
        }
        return HttpResponse.seeOther(URI.create("/buyer?done=draftDeleted"));
    }
}
