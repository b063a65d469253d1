package org.maillage.web.site.form;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.maillage.web.client.Problem;
import org.maillage.web.site.Page;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checking a form, and sending it: the two steps every page that takes a form goes through.
 * <ol>
 * <li>{@link #check}: the record's own constraints (Jakarta Validation, as the framework validates anything), each
 *     message a key of the site's texts ({@code @NotBlank(message = "form.required")}), said in the page's language
 *     beside its field;</li>
 * <li>{@link #send}: the call to the API, only if the form holds no error; a refusal (400, 409, 422) is placed beside
 *     the fields it names, any other failure goes on up to the error page.</li>
 * </ol>
 */
@Singleton
public class Forms {

    /** Refusals the person can act on: the page is shown again with what to change. */
    private static final Set<Integer> REFUSALS = Set.of(400, 409, 422);

    private final Validator validator;

    public Forms(Validator validator) {
        this.validator = validator;
    }

    /** The form as sent, with the errors of its record's constraints, in field order then by name. */
    public <T> Form<T> check(T input, Page page) {
        Form<T> form = Form.of(input);
        validator.validate(input).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .forEach(v -> form.error(field(v), text(v, page)));
        return form;
    }

    /**
     * Sends what the form asks for, unless it holds errors already. False when the form must be shown again: for its own
     * errors, or for the API's refusal, placed beside the fields it names ({@code fields}: the API's name to the form's;
     * {@code categories[2]} is {@code categories}); a refusal that names no field of the form goes to the summary.
     */
    public static boolean send(Form<?> form, Map<String, String> fields, Runnable call) {
        return answer(form, fields, () -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** As {@link #send}, for a call whose answer the page needs: empty when the form must be shown again. */
    public static <R> Optional<R> answer(Form<?> form, Map<String, String> fields, Supplier<R> call) {
        if (!form.ok()) {
            return Optional.empty();
        }
        try {
            return Optional.of(call.get());
        } catch (HttpClientResponseException e) {
            if (!REFUSALS.contains(e.getStatus().getCode())) {
                throw e;
            }
            refused(form, e, fields);
            return Optional.empty();
        }
    }

    /** Places an API's refusal beside the fields it names, as {@link #send} does, for a page that handles other answers itself. */
    public static void refused(Form<?> form, HttpClientResponseException e, Map<String, String> fields) {
        place(form, Problem.of(e), fields);
    }

    private static void place(Form<?> form, Problem problem, Map<String, String> fields) {
        boolean placed = false;
        for (Problem.FieldError x : problem.fieldErrors()) {
            String name = x.field() == null ? null : x.field().replaceAll("\\[\\d+]", "");
            form.error(name == null ? null : fields.get(name), x.message() == null ? problem.detail() : x.message());
            placed = true;
        }
        if (!placed) {
            form.error(null, problem.detail() == null ? String.valueOf(problem.title()) : problem.detail());
        }
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int dot = path.indexOf('.');
        return (dot < 0 ? path : path.substring(0, dot)).replaceAll("\\[\\d*]", "");
    }

    /** The constraint's message is a key of the site's texts; its attributes (max, min) are the text's arguments. */
    private static String text(ConstraintViolation<?> v, Page page) {
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        return page.t(v.getMessageTemplate(), attributes.get("min"), attributes.get("max"));
    }
}
