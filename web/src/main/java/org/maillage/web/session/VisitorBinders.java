package org.maillage.web.session;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.maillage.directory.api.http.Role;

import java.util.Optional;
import java.util.function.Function;

/**
 * Binds the page parameters that say who may open a page: {@link Visitor} (anyone signed in; {@code @Nullable}: anyone),
 * {@link Buyer}, {@link Supplier}, {@link Coordinator}. Someone signed out is sent to sign in and back; a signed-in person
 * of another role is refused with the error page. This is the one place where the site decides who sees a page.
 */
final class VisitorBinders {

    private VisitorBinders() {
    }

    abstract static class Binder<T> implements TypedRequestArgumentBinder<T> {

        // a provider: the binders are made with the router, before the clients that Visitors needs (a cycle otherwise)
        private final Provider<Visitors> visitors;
        private final Class<T> type;
        private final Role role;
        private final Function<Visitor, T> as;

        Binder(Provider<Visitors> visitors, Class<T> type, Role role, Function<Visitor, T> as) {
            this.visitors = visitors;
            this.type = type;
            this.role = role;
            this.as = as;
        }

        @Override
        public Argument<T> argumentType() {
            return Argument.of(type);
        }

        @Override
        public BindingResult<T> bind(ArgumentConversionContext<T> context, HttpRequest<?> request) {
            Optional<Visitor> visitor = visitors.get().of(request);
            if (visitor.isEmpty()) {
                if (context.getArgument().isNullable()) {
                    return BindingResult.empty();
                }
                throw new SignInRequired();
            }
            if (role != null && visitor.get().role() != role) {
                throw new Forbidden(type.getSimpleName() + " pages only");
            }
            if (role != null && role != Role.COORDINATOR && visitor.get().organization() == null) {
                throw new Forbidden("an account without an organization");
            }
            T value = as.apply(visitor.get());
            return () -> Optional.of(value);
        }
    }

    @Singleton
    static final class AnyoneSignedIn extends Binder<Visitor> {
        AnyoneSignedIn(Provider<Visitors> visitors) {
            super(visitors, Visitor.class, null, v -> v);
        }
    }

    @Singleton
    static final class Buyers extends Binder<Buyer> {
        Buyers(Provider<Visitors> visitors) {
            super(visitors, Buyer.class, Role.BUYER, Buyer::new);
        }
    }

    @Singleton
    static final class Suppliers extends Binder<Supplier> {
        Suppliers(Provider<Visitors> visitors) {
            super(visitors, Supplier.class, Role.SUPPLIER, Supplier::new);
        }
    }

    @Singleton
    static final class Coordinators extends Binder<Coordinator> {
        Coordinators(Provider<Visitors> visitors) {
            super(visitors, Coordinator.class, Role.COORDINATOR, Coordinator::new);
        }
    }
}
