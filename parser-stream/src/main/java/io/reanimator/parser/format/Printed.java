package io.reanimator.parser.format;

import com.fasterxml.jackson.databind.JsonNode;

/** Helpers to take values as a tool printed them: trimmed of padding, blank meaning "not reported". */
public final class Printed {

  private Printed() {}

  /**
   * The value trimmed of padding (whitespace and control characters such as the NUL bytes some BMCs pad FRU
   * fields with), or null when nothing is left.
   */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    int start = 0;
    int end = value.length();
    while (start < end && isPadding(value.charAt(start))) {
      start++;
    }
    while (end > start && isPadding(value.charAt(end - 1))) {
      end--;
    }
    return start == end ? null : value.substring(start, end);
  }

  private static boolean isPadding(char c) {
    return Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c);
  }

  /** First non-null cleaned value. */
  public static String first(String... values) {
    for (String value : values) {
      String cleaned = clean(value);
      if (cleaned != null) {
        return cleaned;
      }
    }
    return null;
  }

  /** A JSON field as text (numbers included), cleaned; null when missing, null or a container. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    return clean(value.asText());
  }

  /**
   * A JSON field as a whole number, accepting numbers and numeric strings (some tool versions quote them);
   * null when missing or not a number.
   */
  public static Long number(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return value.asLong();
    }
    return value.isTextual() ? digits(value.asText()) : null;
  }

  /**
   * The number a tool printed with grouping separators ({@code 1,600,321,314,816}, {@code 128 035 676 160},
   * {@code 2’000’398’934’016}, {@code 0x09}); null when there is no digit or it does not fit a long.
   */
  public static Long digits(String printed) {
    if (printed == null) {
      return null;
    }
    String value = printed.strip();
    if (value.startsWith("0x") || value.startsWith("0X")) {
      try {
        return Long.parseLong(value.substring(2).strip(), 16);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    StringBuilder digits = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (Character.isDigit(c)) {
        digits.append(c);
      }
    }
    if (digits.isEmpty() || digits.length() > 18) {
      return null;
    }
    return Long.parseLong(digits.toString());
  }
}
