package org.maillage.reporting.rebuild;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.maillage.platform.security.Roles;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Coordinators only: the read models are rebuilt from the topics (the answer says how many events, how long). */
@Tag(name = "reports")
@Controller("/api/reports/rebuild")
@Secured(Roles.COORDINATOR)
@SecurityRequirement(name = "bearer")
public class RebuildController {

    private final Replay replay;

    public RebuildController(Replay replay) {
        this.replay = replay;
    }

    @Operation(summary = "Rebuild the read models from the topics", description = "Who: a COORDINATOR. One at a time; readers keep the old numbers until it ends.")
    @ApiResponse(responseCode = "409", description = "a rebuild is already running")
    @Post
    @ExecuteOn(TaskExecutors.BLOCKING)
    public Replay.Result rebuild() {
        return replay.rebuild();
    }
}
