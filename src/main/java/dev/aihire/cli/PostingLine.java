package dev.aihire.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * One line of a {@code check --batch} file, {"id": …, "title": "…", "text": "…"}; the title is
 * optional and other fields are skipped, so labelled posting files can be fed as they are.
 */
record PostingLine(Object id, String title, String text, String error) {
  private static final JsonFactory FACTORY = new JsonFactory();

  static PostingLine parse(String line) {
    Object id = null;
    String title = null;
    String text = null;
    try (JsonParser p = FACTORY.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return bad(
            null,
            "not a JSON object; each line must be like"
                + " {\"id\": \"1\", \"title\": \"…\", \"text\": \"…\"}");
      }
      Set<String> seen = new HashSet<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (!seen.add(name)) {
          // As recommend --batch and the knowledge file: which of the two was meant is unknown.
          return bad(id, "the key \"" + name + "\" is given twice; give each key once");
        }
        JsonToken t = p.nextToken();
        if (name.equals("id") && id == null) {
          id = BatchLine.id(p, t, line);
        } else if (name.equals("title") || name.equals("text")) {
          if (t == JsonToken.VALUE_NULL && name.equals("title")) {
            continue;
          }
          if (t != JsonToken.VALUE_STRING) {
            p.skipChildren();
            return bad(id, "\"" + name + "\" must be a string");
          }
          if (name.equals("title")) {
            title = p.getText();
          } else {
            text = p.getText();
          }
        } else {
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        return bad(id, "more than one JSON value on the line");
      }
    } catch (JsonProcessingException e) {
      return bad(id, "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      return bad(id, "cannot read: " + e.getMessage());
    }
    if (text == null) {
      return bad(id, "no \"text\" field");
    }
    if (text.isBlank()) {
      return bad(id, "\"text\" is empty");
    }
    return new PostingLine(id, title, text, null);
  }

  private static PostingLine bad(Object id, String error) {
    return new PostingLine(id, null, null, error);
  }
}
