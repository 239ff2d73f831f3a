package dev.aihire.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Writes result records as JSON, so that JSON and text come from the same objects. Record
 * components become snake_case fields in declaration order (a stable public shape); nulls are left
 * out, and an empty {@link Optional} is how a record says "present, and null". A {@link Raw} is
 * written as the JSON token it holds (a batch id keeps its digits). Uses jackson-core's streaming
 * generator only: jackson-databind would add some 400 classes to every start.
 */
public final class Json {
  private static final JsonFactory FACTORY =
      new JsonFactory().setCharacterEscapes(new TerminalSafeEscapes());

  /**
   * Jackson escapes C0 controls (ESC included) but writes DEL, the C1 controls (U+009B is a
   * one-character CSI) and bidi overrides as they are; JSON read on a terminal must not be able to
   * drive it, so those are escaped too. The JSON value is unchanged.
   */
  private static final class TerminalSafeEscapes extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    TerminalSafeEscapes() {
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      boolean control =
          (ch >= 0x80 && ch <= 0x9f)
              || (ch >= 0x202a && ch <= 0x202e)
              || (ch >= 0x2066 && ch <= 0x2069);
      return control ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }

  private Json() {}

  /** A JSON token written as it is, e.g. a number exactly as the input spelled it. */
  public record Raw(String json) {
    @Override
    public String toString() {
      return json;
    }
  }

  /** One JSON document on one line, followed by a newline. */
  public static void writeLine(Writer out, Object value) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(g, value);
      g.flush();
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A pretty-printed document, for single answers a person may also read. */
  public static void writePretty(Writer out, Object value) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      write(g, value);
      g.flush();
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Optional<?> o) {
      write(g, o.orElse(null));
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Raw raw) {
      g.writeRawValue(raw.json());
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Double d) {
      // Scores are shown to three decimals: more would be noise, and it keeps output stable.
      g.writeNumber(Math.round(d * 1000.0) / 1000.0);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Enum<?> e) {
      g.writeString(e.toString());
    } else if (v instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object o : c) {
        write(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (e.getValue() != null) {
          g.writeFieldName(String.valueOf(e.getKey()));
          write(g, e.getValue());
        }
      }
      g.writeEndObject();
    } else if (v.getClass().isRecord()) {
      g.writeStartObject();
      for (Field field : FIELDS.get(v.getClass())) {
        Object value;
        try {
          value = field.accessor().invoke(v);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        if (value != null) {
          g.writeFieldName(field.name());
          write(g, value);
        }
      }
      g.writeEndObject();
    } else {
      g.writeString(v.toString());
    }
  }

  /** A record component as JSON writes it: its snake_case name and its accessor. */
  private record Field(SerializedString name, Method accessor) {}

  /**
   * The fields of each record class, worked out once: reading a class's components, opening their
   * accessors and spelling their names anew for every record written was most of the time of a JSON
   * batch (10,000 answers of a few dozen records each).
   */
  private static final ClassValue<Field[]> FIELDS =
      new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          Field[] fields = new Field[components.length];
          for (int i = 0; i < components.length; i++) {
            Method accessor = components[i].getAccessor();
            accessor.setAccessible(true); // result records may be package-private
            fields[i] = new Field(new SerializedString(snake(components[i].getName())), accessor);
          }
          return fields;
        }
      };

  static String snake(String camel) {
    StringBuilder b = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        b.append('_').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
