package cn.suiji.plan.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code task.scope_json} back into a {@link TaskScope}: an object of string arrays, the
 * only shape {@link TaskScope#toJson} writes. Pure code (the domain reads no JSON library), strict
 * about everything else: any other value is refused, so a damaged scope never narrows a pool
 * silently.
 */
final class ScopeReader {
  private final String text;
  private int at;

  ScopeReader(String text) {
    this.text = text;
  }

  TaskScope read() {
    List<String> townships = List.of();
    List<String> industries = List.of();
    List<String> kinds = List.of();
    List<String> targets = List.of();
    expect('{');
    if (!peek('}')) {
      do {
        String name = string();
        expect(':');
        List<String> values = array();
        switch (name) {
          case "townships" -> townships = values;
          case "industries" -> industries = values;
          case "kinds" -> kinds = values;
          case "targets" -> targets = values;
          default -> { } // a member this version does not know narrows nothing
        }
      } while (accept(','));
    }
    expect('}');
    skipSpace();
    if (at != text.length()) {
      throw bad("text after the object");
    }
    return new TaskScope(townships, industries, kinds, targets);
  }

  private List<String> array() {
    List<String> values = new ArrayList<>();
    expect('[');
    if (!peek(']')) {
      do {
        values.add(string());
      } while (accept(','));
    }
    expect(']');
    return values;
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (at >= text.length()) {
        break;
      }
      char e = text.charAt(at++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw bad("a short \\u escape");
          }
          try {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          } catch (NumberFormatException ex) {
            throw bad("a bad \\u escape");
          }
          at += 4;
        }
        default -> throw bad("an unknown escape \\" + e);
      }
    }
    throw bad("an unterminated string");
  }

  private void expect(char c) {
    skipSpace();
    if (at >= text.length() || text.charAt(at) != c) {
      throw bad("'" + c + "' expected");
    }
    at++;
  }

  private boolean accept(char c) {
    skipSpace();
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private boolean peek(char c) {
    skipSpace();
    return at < text.length() && text.charAt(at) == c;
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private IllegalArgumentException bad(String what) {
    return new IllegalArgumentException("scope_json at " + at + ": " + what);
  }
}
