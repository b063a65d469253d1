package org.maillage.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/** Says where a body stops being JSON, without the parser's own words (they name our classes). */
final class MalformedJson {

    private MalformedJson() {
    }

    static String describe(JsonParseException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String ou = at == null || at.getLineNr() < 1 ? "" : " à la ligne " + at.getLineNr() + ", colonne " + at.getColumnNr();
        if (e instanceof JsonEOFException) {
            return "The body is not valid JSON: it ends too early" + where + " (a brace, bracket or quote is not closed)."
                    + " / Le corps n'est pas du JSON valide : il se termine trop tôt" + ou + " (accolade, crochet ou guillemet non fermé).";
        }
        return "The body is not valid JSON: unexpected character" + where + "."
                + " / Le corps n'est pas du JSON valide : caractère inattendu" + ou + ".";
    }
}
