package dev.aihire.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.aihire.render.Json;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * One batch input line read as {"id": …, "text": "…"}; other fields are skipped so labelled case
 * files can be fed as they are. Streaming parse: no object tree, no jackson-databind. A string id
 * is kept as a string, a number as the token written ({@code 1e20} stays {@code 1e20}); a key given
 * twice makes the line an error, as it does in the knowledge file.
 */
record BatchLine(Object id, String text, String error) {
  private static final JsonFactory FACTORY = new JsonFactory();

  static BatchLine parse(String line) {
    Object id = null;
    String text = null;
    Set<String> seen = new HashSet<>();
    try (JsonParser p = FACTORY.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return new BatchLine(
            null,
            null,
            "not a JSON object; each line must be like" + " {\"id\": \"1\", \"text\": \"…\"}");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (!seen.add(name)) {
          return new BatchLine(
              id, null, "the key \"" + name + "\" is given twice; give" + " each key once");
        }
        JsonToken t = p.nextToken();
        if (name.equals("id")) {
          id = id(p, t, line);
        } else if (name.equals("text")) {
          if (t != JsonToken.VALUE_STRING) {
            p.skipChildren();
            return new BatchLine(id, null, "\"text\" must be a string");
          }
          text = p.getText();
        } else {
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        return new BatchLine(id, null, "more than one JSON value on the line");
      }
    } catch (JsonProcessingException e) {
      return new BatchLine(
          id, null, "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      return new BatchLine(id, null, "cannot read: " + e.getMessage());
    }
    if (text == null) {
      return new BatchLine(id, null, "no \"text\" field");
    }
    if (text.isBlank()) {
      return new BatchLine(id, null, "\"text\" is empty");
    }
    return new BatchLine(id, text, null);
  }

  /**
   * The id at the parser's current value, exactly as written: a string as its text, anything else
   * (a number, null, true, a list, an object) as its JSON, from the line itself.
   */
  static Object id(JsonParser p, JsonToken t, String line) throws IOException {
    return switch (t) {
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Json.Raw(p.getText());
      default -> {
        int start = (int) p.currentTokenLocation().getCharOffset();
        p.skipChildren();
        int end = (int) p.currentLocation().getCharOffset();
        yield new Json.Raw(line.substring(start, end));
      }
    };
  }
}
