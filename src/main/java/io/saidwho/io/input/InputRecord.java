package io.saidwho.io.input;

import io.saidwho.io.ParsedRecord;

/**
 * One input record as read: where it came from and what it became (an article or a reject).
 *
 * @param inputFile the file's path as shown in {@code input_file}
 * @param format the label of the format it was read in
 * @param recordKey the record's place in input order, unique within a run: the file's index in
 *     the high bits, the record's byte offset in the file in the low {@link #OFFSET_BITS}
 * @param parsed the article or the reject
 */
public record InputRecord(String inputFile, String format, long recordKey,
    ParsedRecord parsed) {

  /** Bits of the record key that hold the byte offset: files up to 1 TiB. */
  public static final int OFFSET_BITS = 40;

  /** Largest file index a record key can hold. */
  public static final int MAX_FILE_INDEX = (1 << (63 - OFFSET_BITS)) - 1;

  /** The record of {@code file} that starts at byte {@code offset}. */
  public static InputRecord of(InputFile file, long offset, ParsedRecord parsed) {
    return new InputRecord(file.path(), file.format(), key(file.index(), offset), parsed);
  }

  /** The record key of the record at {@code offset} in the file of index {@code fileIndex}. */
  public static long key(int fileIndex, long offset) {
    return ((long) fileIndex << OFFSET_BITS) | (offset & ((1L << OFFSET_BITS) - 1));
  }

  /** True when the article's text was made by its format (extracted from HTML). */
  public boolean hasExtractedText() {
    return !parsed.isRejected() && InputFormats.byLabel(format).extractsText();
  }
}
