package org.maillage.web.buyer;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.maillage.web.api.ApiException;
import org.maillage.web.contact.ContactLog;
import org.maillage.web.contact.ContactPages;
import org.maillage.web.contact.ContactViews;
import org.maillage.web.member.Member;
import org.maillage.web.member.MemberApi;

import java.util.List;

/** The institution's contact log, kept by its buyers: the same pages as an enterprise's, from the institution's side. */
@Controller(BuyerContactsController.BASE)
@ExecuteOn(TaskExecutors.BLOCKING)
public class BuyerContactsController extends ContactPages {

    static final String BASE = "/buyer/contacts";

    private final MemberApi api;

    public BuyerContactsController(ContactLog log, MemberApi api) {
        super(log);
        this.api = api;
    }

    @Override
    protected ContactViews.Side side(HttpRequest<?> request) {
        Member me = api.member(request, false);
        if (!"BUYER".equals(me.role()) || me.organizationId() == null) {
            throw new ApiException(403, "a page for institutions' buyers", List.of());
        }
        return new ContactViews.Side(BASE, me, true);
    }
}
