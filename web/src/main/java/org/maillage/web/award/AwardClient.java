package org.maillage.web.award;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import org.maillage.contracts.api.http.AwardForm;
import org.maillage.contracts.api.http.AwardNotice;
import org.maillage.contracts.api.http.ContractView;

import java.util.Optional;
import java.util.UUID;

/** contracts-service's awards, as the site calls them through the gateway, as the signed-in person (client/ApiCalls). */
@Client(id = "api", path = "/api/opportunities")
public interface AwardClient {

    /** Awards the call to one of its responses: the contract it makes. Final: the API refuses a second decision (409). */
    @Post("/{opportunityId}/award")
    ContractView award(UUID opportunityId, @Body AwardForm award);

    /** An awarded call's public award notice; empty until the call is awarded (404). */
    @Get("/{opportunityId}/award")
    Optional<AwardNotice> notice(UUID opportunityId);
}
