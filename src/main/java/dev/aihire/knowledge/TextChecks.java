package dev.aihire.knowledge;

import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.model.Term;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Text that reads as something other than it is. Invisible characters (Unicode's format category
 * Cf: zero-width spaces and joiners, bidi marks, the byte-order mark, tag characters) hide words
 * from a reader and reorder what a terminal shows; names written with look-alike letters of another
 * script ("ΑI Engineer" with a Greek Alpha) pass for another role's name. A hand-made table of
 * Greek and Cyrillic look-alikes stands in for Unicode TR39's skeletons: those scripts are where a
 * Latin name is forged, and the check costs nothing at start-up since it runs only when YAML is
 * validated.
 */
final class TextChecks {
  /** U+00AD SOFT HYPHEN, the first character of Unicode's format category (Cf). */
  private static final char FIRST_FORMAT = '\u00AD';

  /** Look-alike letter to the Latin letter it passes for (after lower-casing). */
  private static final Map<Integer, Character> LOOKALIKES = new HashMap<>();

  static {
    // Pairs of (look-alike, Latin) in lower case: Greek, Cyrillic, digits.
    put("αaβbεeηnιiκkμuνvοoρpτtυuχxγyζz");
    put("аaвbсcеeһhіiјjкkмmнhоoрpѕsтtуyхxԁdԛqԝwүyӏlђhћhѵv");
    put("0o1l");
  }

  private static void put(String pairs) {
    for (int i = 0; i + 1 < pairs.length(); i += 2) {
      LOOKALIKES.put((int) pairs.charAt(i), pairs.charAt(i + 1));
    }
  }

  private final Binder binder;

  TextChecks(Binder binder) {
    this.binder = binder;
  }

  void check(Node root, Knowledge k) {
    invisible(root);
    lookalikes(k);
  }

  /** Every string of the file, keys included: no invisible character anywhere. */
  private void invisible(Node n) {
    if (n instanceof Node.Scalar s) {
      report(n, s.text());
    } else if (n instanceof Node.MapNode m) {
      for (Node.Entry e : m.entries().values()) {
        report(new Node.Scalar(e.line(), e.column(), e.key(), Node.ScalarType.STRING), e.key());
        invisible(e.value());
      }
    } else if (n instanceof Node.ListNode l) {
      for (Node item : l.items()) {
        invisible(item);
      }
    }
  }

  private void report(Node at, String text) {
    for (int i = 0; i < text.length(); ) {
      if (text.charAt(i) < FIRST_FORMAT) {
        i++; // most of a file: nothing below U+00AD is a format character
        continue;
      }
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      // Bidi embeddings and isolates are refused already, as control characters (Binder).
      boolean known = cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
      if (Character.getType(cp) == Character.FORMAT && !known) {
        String name = Character.getName(cp);
        binder.problem(
            at,
            String.format(
                "contains the invisible character U+%04X%s; remove it"
                    + " (it hides or reorders text)",
                cp, name == null ? "" : " (" + name + ")"));
        return; // one problem per string is enough to find it
      }
    }
  }

  /** No two roles (or glossary terms) whose names differ only by look-alike letters. */
  private void lookalikes(Knowledge k) {
    Map<String, String> roleOwner = new HashMap<>();
    for (Role r : k.roles()) {
      List<String> names = new ArrayList<>(r.aliases());
      names.add(0, r.name());
      names.add(r.id());
      for (String name : names) {
        clash(roleOwner, name, r.id(), r, "role");
      }
    }
    Map<String, String> termOwner = new HashMap<>();
    for (Term t : k.glossary()) {
      List<String> names = new ArrayList<>(t.aliases());
      names.add(0, t.term());
      for (String name : names) {
        clash(termOwner, name, t.id(), t, "glossary entry");
      }
    }
  }

  private void clash(Map<String, String> owner, String name, String id, Object item, String what) {
    String skeleton = skeleton(name);
    if (skeleton.isEmpty()) {
      return;
    }
    String other = owner.putIfAbsent(skeleton, id + "\u0000" + name);
    if (other == null) {
      return;
    }
    String otherId = other.substring(0, other.indexOf('\u0000'));
    String otherName = other.substring(other.indexOf('\u0000') + 1);
    // Exactly equal names are the duplicate-name check's business; this one is for disguises.
    if (!otherId.equals(id) && !key(otherName).equals(key(name))) {
      Node at = binder.origins.get(item);
      binder.problem(
          at == null ? new Node.Scalar(1, 1, "", Node.ScalarType.NULL) : at,
          what
              + " '"
              + id
              + "': the name '"
              + name
              + "' looks like '"
              + otherName
              + "' of '"
              + otherId
              + "' (letters of another script that look the same); write it in one"
              + " script or make the names differ");
    }
  }

  private static String key(String s) {
    return lettersAndNumbers(
        Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
  }

  /**
   * Only the letters and numbers of {@code t} ({@code [\\p{L}\\p{N}]}): a loop, not {@code
   * replaceAll}, which compiles its pattern again for each of a large file's hundred thousand
   * names.
   */
  static String lettersAndNumbers(String t) {
    StringBuilder kept = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (Character.isLetter(cp)
          || type == Character.DECIMAL_DIGIT_NUMBER
          || type == Character.LETTER_NUMBER
          || type == Character.OTHER_NUMBER) {
        kept.appendCodePoint(cp);
      }
    }
    return kept.toString();
  }

  /** The name as it looks: NFKC, lower case, look-alikes replaced, marks and spacing gone. */
  static String skeleton(String name) {
    String s = Normalizer.normalize(key(name), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) == Character.NON_SPACING_MARK) {
        continue;
      }
      Character latin = LOOKALIKES.get(cp);
      if (latin != null) {
        b.append(latin.charValue());
      } else {
        b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }
}
