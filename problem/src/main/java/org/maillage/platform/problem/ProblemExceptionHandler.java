package org.maillage.platform.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** One handler for every domain rule: the status comes from the exception, the body from the processor. */
@Singleton
@Produces
@Requires(classes = {ProblemException.class, ExceptionHandler.class})
public class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    public ProblemExceptionHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
        MutableHttpResponse<?> response = HttpResponse.status(exception.status());
        Object retryAfter = exception.extensions().get("retryAfterSeconds");
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, retryAfter.toString());
        }
        return processor.processResponse(ErrorContext.builder(request).cause(exception).build(), response);
    }
}
