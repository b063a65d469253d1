package org.maillage.platform.problem;

import io.micronaut.serde.exceptions.SerdeException;

/** Thrown while reading a JSON body whose string holds text no service accepts (see {@link TextInput}). */
public class InvalidTextException extends SerdeException {

    private final Integer index;

    public InvalidTextException() {
        this(null);
    }

    /** @param index the item at fault when the string is in a list read as a whole */
    public InvalidTextException(Integer index) {
        super(TextInput.MESSAGE);
        this.index = index;
    }

    /** The suffix that completes serde's path to the value: {@code [index]} for a list item, else nothing. */
    String pathSuffix() {
        return index == null ? "" : "[" + index + "]";
    }
}
