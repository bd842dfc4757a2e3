package io.saidwho.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Parses {@code published_at} values into microseconds since the epoch (UTC), as stored in the
 * {@code articles.published_at} timestamp column. Accepts ISO-8601 instants with an offset or zone
 * ({@code 2024-05-17T09:30:00Z}, {@code 2024-05-17T11:30:00+02:00}), local date-times (taken as
 * UTC) and dates (midnight UTC), also with a space for the {@code T} or an offset without colon
 * ({@code +0100}); anything else yields null (the article is kept). Stateless.
 */
public final class PublishedAt {

  private static final Pattern SPACE_FOR_T =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:)");
  private static final Pattern COLONLESS_OFFSET =
      Pattern.compile("(T[0-9:.]+[+-]\\d{2})(\\d{2})$");

  private PublishedAt() {}

  /** Microseconds since the epoch, or null when {@code value} is absent or unparseable. */
  public static Long toMicros(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Instant instant = parse(normalize(value.strip()));
    return instant == null ? null : ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  /** Common variants in page metadata: a space for the {@code T}, an offset without colon. */
  private static String normalize(String text) {
    String iso = SPACE_FOR_T.matcher(text).replaceFirst("$1T$2");
    return COLONLESS_OFFSET.matcher(iso).replaceFirst("$1:$2");
  }

  private static Instant parse(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return ZonedDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
