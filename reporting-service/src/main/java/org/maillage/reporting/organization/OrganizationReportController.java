package org.maillage.reporting.organization;

import io.micronaut.http.annotation.Controller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.transaction.TransactionOperations;
import org.maillage.platform.problem.ProblemException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** What reporting knows of the directory: public, no personal data. */
@Tag(name = "reports")
@Controller("/api/reports/organizations")
@Secured(SecurityRule.IS_ANONYMOUS)
public class OrganizationReportController {

    @Serdeable
    public record Summary(@Schema(minimum = "0", maximum = "10000000") long enterprises,
                          @Schema(minimum = "0", maximum = "10000000") long institutions,
                          @Schema(minimum = "0", maximum = "10000000") long active) {
    }

    @Serdeable
    public record KnownOrganization(UUID id, @Schema(maxLength = 20) String kind, @Schema(maxLength = 200) String name,
                                    @Schema(maxLength = 20) String status) {
    }

    private final TransactionOperations<Connection> tx;

    public OrganizationReportController(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    /** @param pilot only the members of this pilot */
    @Operation(summary = "Headline numbers per organization", description = "Who: anyone, signed in or not.")
    @Get
    public Summary summary(@QueryValue @Nullable UUID pilot) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    select count(*) filter (where kind = 'ENTERPRISE'), count(*) filter (where kind = 'INSTITUTION'),
                           count(*) filter (where status = 'ACTIVE') from organization
                    where ?::text is null or ?::text = any(pilots)""")) {
                ps.setString(1, pilot == null ? null : pilot.toString());
                ps.setString(2, pilot == null ? null : pilot.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Summary(rs.getLong(1), rs.getLong(2), rs.getLong(3));
                }
            }
        });
    }

    @Operation(summary = "One organization's headline numbers", description = "Who: anyone, signed in or not.")
    @Get("/{id}")
    public KnownOrganization show(UUID id) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "select id, kind, name, status from organization where id = ?")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw ProblemException.notFound("Organization", id);
                    }
                    return new KnownOrganization(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4));
                }
            }
        });
    }
}
