package org.maillage.web.contact;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.maillage.web.member.MemberApi;

/** My contact log, for an enterprise's account (an institution's buyers keep theirs at /buyer/contacts). */
@Controller(ContactLogController.BASE)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ContactLogController extends ContactPages {

    static final String BASE = "/supplier/contacts";

    private final MemberApi api;

    public ContactLogController(ContactLog log, MemberApi api) {
        super(log);
        this.api = api;
    }

    @Override
    protected ContactViews.Side side(HttpRequest<?> request) {
        return new ContactViews.Side(BASE, api.member(request, true), false);
    }
}
