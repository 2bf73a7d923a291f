package org.dutyledger.integration.imports.read;

import org.dutyledger.common.CsvCells;
import org.dutyledger.integration.imports.ImportKind;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * RFC 4180 CSV: quoted fields with "" escapes and line breaks inside, CRLF or LF, a UTF-8 byte order mark
 * ignored. Comma-separated, or tab-separated when the header line has tabs and no commas.
 */
final class CsvReader implements SourceReader {

    private final Charset charset;

    CsvReader(Charset charset) {
        this.charset = charset;
    }

    @Override
    public void read(byte[] content, ImportKind kind, Consumer<RawRow> rows) {
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(content), charset)) {
            Lexer lexer = new Lexer(in);
            List<String> header = null;
            List<String> fields = null;
            int line = 0;
            List<String> record;
            while ((record = lexer.next()) != null) {
                line++;
                if (header == null) {
                    if (SourceReader.blank(record)) {
                        continue;
                    }
                    header = record;
                    if (line != 1) {
                        throw new FileProblem(1, "表头", "第 1 行应为表头");
                    }
                    fields = new Headers(kind).fields(header);
                    continue;
                }
                if (SourceReader.blank(record)) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < fields.size(); i++) {
                    if (fields.get(i) != null) {
                        cells.put(fields.get(i), i < record.size() ? CsvCells.restore(record.get(i)) : "");
                    }
                }
                rows.accept(new RawRow(line, cells));
            }
            if (header == null) {
                throw new FileProblem(1, "表头", "文件是空的：第 1 行应为表头");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits the character stream into records. */
    static final class Lexer {
        private final Reader in;
        private final int separator;
        private int pushedBack = -2;

        Lexer(Reader reader) throws IOException {
            java.io.BufferedReader buffered = new java.io.BufferedReader(reader, 65536);
            buffered.mark(65536);
            int c = buffered.read();
            if (c != '\uFEFF') {
                buffered.reset();
                buffered.mark(65536);
            } else {
                buffered.mark(65536);
            }
            // The separator is read off the header line: tabs and no comma → tab-separated.
            boolean comma = false;
            boolean tab = false;
            int n = 0;
            while ((c = buffered.read()) != -1 && c != '\n' && n++ < 60000) {
                comma |= c == ',';
                tab |= c == '\t';
            }
            buffered.reset();
            this.separator = tab && !comma ? '\t' : ',';
            this.in = buffered;
        }

        private int read() throws IOException {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            return in.read();
        }

        List<String> next() throws IOException {
            int c = read();
            if (c == -1) {
                return null;
            }
            pushedBack = c;
            List<String> record = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean inQuotes = false;
            while (true) {
                c = read();
                if (inQuotes) {
                    if (c == -1) {
                        throw new FileProblem(0, "文件", "CSV 文件在引号内结束：有一个未配对的双引号");
                    }
                    if (c == '"') {
                        int n = read();
                        if (n == '"') {
                            cell.append('"');
                        } else {
                            inQuotes = false;
                            pushedBack = n;
                        }
                    } else {
                        cell.append((char) c);
                    }
                    continue;
                }
                if (c == '"' && !quoted && cell.toString().isBlank()) {
                    cell.setLength(0);
                    inQuotes = true;
                    quoted = true;
                    continue;
                }
                if (c == -1 || c == '\n' || c == '\r') {
                    if (c == '\r') {
                        int n = read();
                        if (n != '\n') {
                            pushedBack = n;
                        }
                    }
                    record.add(cell.toString());
                    return record;
                }
                if (c == separator) {
                    record.add(cell.toString());
                    cell.setLength(0);
                    quoted = false;
                    continue;
                }
                cell.append((char) c);
            }
        }
    }
}
