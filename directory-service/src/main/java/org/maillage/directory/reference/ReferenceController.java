package org.maillage.directory.reference;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;

/** The codes forms and filters use, with their French and English labels. Public. */
@Controller("/api")
@Secured(SecurityRule.IS_ANONYMOUS)
public class ReferenceController {

    private final ReferenceData reference;

    public ReferenceController(ReferenceData reference) {
        this.reference = reference;
    }

    @Get("/categories")
    public List<ReferenceData.Category> categories() {
        return reference.categories();
    }

    @Get("/regions")
    public List<ReferenceData.Region> regions() {
        return reference.regions();
    }
}
