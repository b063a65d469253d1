package org.maillage.web.coordinator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The coordinator's file as the page shows it back: its columns and rows, numbered as a spreadsheet numbers
 * them (the header is row 1), read the way the directory reads it (comma or semicolon, a byte-order mark tolerated).
 */
public record ImportSheet(List<String> headers, List<Line> lines) {

    public record Line(int row, List<String> cells) {
    }

    /** UTF-8, or else Windows-1252: what a spreadsheet saves as "CSV" on many French-language computers. */
    static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** The sheet, or null when it is not CSV at all (the import's own report then says why). */
    static ImportSheet read(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String first = body.lines().findFirst().orElse("");
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            List<String> headers = List.of();
            List<Line> lines = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (headers.isEmpty()) {
                    headers = r.toList();
                } else {
                    lines.add(new Line((int) r.getRecordNumber(), r.toList()));
                }
            }
            return new ImportSheet(headers, lines);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
