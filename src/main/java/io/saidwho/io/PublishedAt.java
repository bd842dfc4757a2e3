package io.saidwho.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Parses {@code published_at} values into microseconds since the epoch (UTC), as stored in the
 * {@code articles.published_at} timestamp column. Accepts ISO-8601 instants with an offset or zone
 * ({@code 2024-05-17T09:30:00Z}, {@code 2024-05-17T11:30:00+02:00}), local date-times (taken as
 * UTC) and dates (midnight UTC); anything else yields null (the article is kept). Stateless.
 */
public final class PublishedAt {

  private PublishedAt() {}

  /** Microseconds since the epoch, or null when {@code value} is absent or unparseable. */
  public static Long toMicros(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Instant instant = parse(value.strip());
    return instant == null ? null : ChronoUnit.MICROS.between(Instant.EPOCH, instant);
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
