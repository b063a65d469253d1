package org.maillage.directory.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What a coordinator sends to register an enterprise.
 *
 * @param neq        Québec enterprise number, 10 digits
 * @param categories UNSPSC codes (8 digits) of what it sells
 * @param regions    Québec administrative region codes, 01 to 17
 */
@Serdeable
public record RegisterEnterprise(
        @NotBlank @Size(max = 200) String legalName,
        @NotBlank @Size(min = 10, max = 10) @Pattern(regexp = "[0-9]{10}", message = "must be 10 digits / doit compter 10 chiffres") String neq,
        @Nullable @Size(max = 50) List<@Size(max = 8) @Pattern(regexp = "[0-9]{8}", message = "must be an 8-digit UNSPSC code") String> categories,
        @Nullable @Size(max = 17) List<@Size(max = 2) @Pattern(regexp = "0[1-9]|1[0-7]", message = "must be a region code from 01 to 17") String> regions) {
}
