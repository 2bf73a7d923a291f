package org.dutyledger.integration.imports.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dutyledger.integration.imports.ImportKind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A JSON array of objects keyed by the Chinese headers or the camelCase field names, read with Jackson's
 * streaming parser one object at a time. Row numbers are positions in the array, from 1.
 */
final class JsonReader implements SourceReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void read(byte[] content, ImportKind kind, Consumer<RawRow> rows) {
        Headers headers = new Headers(kind);
        int position = 0;
        try (JsonParser parser = new JsonFactory(MAPPER).createParser(content)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new FileProblem(0, "文件", "JSON 文件应为一个对象数组：[ {…}, {…} ]");
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                position++;
                if (token != JsonToken.START_OBJECT) {
                    throw new FileProblem(position, "文件", "第 " + position + " 项不是对象");
                }
                JsonNode item = MAPPER.readTree(parser);
                Map<String, String> cells = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String field = headers.field(e.getKey());
                    if (field != null) {
                        cells.put(field, text(e.getValue()));
                    }
                }
                if (SourceReader.blank(cells.values())) {
                    continue;
                }
                rows.accept(new RawRow(position, cells));
            }
            if (parser.nextToken() != null) {
                throw new FileProblem(0, "文件", "JSON 数组之后还有内容");
            }
        } catch (JsonProcessingException e) {
            throw new FileProblem(position, "文件", "JSON 格式错误（第 " + e.getLocation().getLineNr() + " 行附近）");
        } catch (IOException e) {
            throw new FileProblem(0, "文件", "无法读取 JSON 文件");
        }
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "是" : "否";
        }
        if (v.isNumber()) {
            return v.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(text(x)));
            return String.join("、", parts);
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
