package org.maillage.platform.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every error leaves every service as RFC 9457 {@code application/problem+json}: a title, the status,
 * a detail a person can act on, and for invalid input the fields at fault. Never a stack trace.
 * (micronaut-problem-json would do this, but its jar is not served to us; this is the part we need.)
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {

    public static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public MutableHttpResponse<Map<String, Object>> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        Map<String, Object> problem = new LinkedHashMap<>();
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof ProblemException p) {
            problem.put("type", p.type());
            problem.put("title", p.title());
            problem.put("status", status.getCode());
            problem.put("detail", p.getMessage());
            problem.putAll(p.extensions());
        } else {
            List<Map<String, String>> fields = new ArrayList<>();
            ConversionErrorException unconverted = conversionError(cause);
            String invalidText = invalidTextField(context.getRootCause().orElse(null));
            if (invalidText != null) {
                fields.add(Map.of("field", invalidText, "message", TextInput.MESSAGE));
            } else if (unconverted != null) {
                fields.add(Map.of("field", unconverted.getArgument().getName(), "message", expected(unconverted.getArgument().getType())));
            } else if (cause instanceof ConstraintViolationException violations) {
                for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
                    fields.add(Map.of("field", FieldNames.of(v.getPropertyPath()), "message", v.getMessage()));
                }
                fields.sort(java.util.Comparator.comparing(f -> f.get("field")));
            } else {
                for (Error e : context.getErrors()) {
                    e.getPath().ifPresent(path -> fields.add(Map.of("field", path, "message", e.getMessage())));
                }
            }
            problem.put("type", "about:blank");
            problem.put("title", fields.isEmpty() ? status.getReason() : "Invalid input / Saisie invalide");
            problem.put("status", status.getCode());
            if (status.getCode() >= 500) {
                problem.put("detail", "An unexpected error occurred; nothing you sent was lost. / Une erreur inattendue est survenue.");
            } else if (!fields.isEmpty()) {
                problem.put("detail", fields.get(0).get("field") + ": " + fields.get(0).get("message"));
                problem.put("errors", fields);
            } else if (!context.getErrors().isEmpty()) {
                problem.put("detail", context.getErrors().get(0).getMessage());
            }
        }
        problem.put("instance", context.getRequest().getPath());
        return response.contentType(PROBLEM_JSON).body(problem);
    }

    private static ConversionErrorException conversionError(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConversionErrorException e) {
                return e;
            }
        }
        return null;
    }

    /** The JSON field (as serde recorded its path, e.g. {@code contacts[0].name}) whose text was refused, if that is the error. */
    private static String invalidTextField(Throwable cause) {
        InvalidTextException invalidText = null;
        SerdeException withPath = null;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof InvalidTextException e) {
                invalidText = e;
            }
            if (t instanceof SerdeException s && s.getPath() != null && !s.getPath().isEmpty()
                    && (withPath == null || s.getPath().size() > withPath.getPath().size())) {
                withPath = s;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (invalidText == null) {
            return null;
        }
        return (withPath == null ? "body" : TextFieldPaths.of(withPath.getPath())) + invalidText.pathSuffix();
    }

    /** What a value of this type looks like, said to a person rather than in the converter's words. */
    static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number / doit être un nombre entier";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "must be a number / doit être un nombre";
        }
        if (type == java.util.UUID.class) {
            return "must be an identifier such as 3f2b8c1e-5d7a-4c1b-9e0f-2a6b7c8d9e01 / identifiant invalide";
        }
        if (type == java.time.LocalDate.class) {
            return "must be a date such as 2014-06-01 / date invalide (AAAA-MM-JJ)";
        }
        if (type == java.time.YearMonth.class) {
            return "must be a month such as 2014-06 / mois invalide (AAAA-MM)";
        }
        if (type.isEnum()) {
            return "must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + " / valeur invalide";
        }
        return "has the wrong format / format invalide";
    }
}
