package org.maillage.gateway.docs;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.net.URI;
import java.util.Map;

/** The API's documentation: one description for the whole platform, and a UI served from here (no CDN). */
@Controller("/api/docs")
public class ApiDocsController {

    private final OpenApiMerger merger;

    public ApiDocsController(OpenApiMerger merger) {
        this.merger = merger;
    }

    @Get
    public HttpResponse<?> ui() {
        return HttpResponse.seeOther(URI.create("/api/docs/index.html"));
    }

    @Get("/openapi.json")
    public Map<String, Object> openApi() {
        return merger.merged();
    }
}
