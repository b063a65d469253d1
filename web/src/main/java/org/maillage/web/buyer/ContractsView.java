package org.maillage.web.buyer;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** The institution's contracts, those awaiting its word first. */
public record ContractsView(List<Item> awaiting, List<Item> contracts, @Nullable String done) {

    public record Item(BuyerApi.Contract c, String suppliers) {
    }
}
